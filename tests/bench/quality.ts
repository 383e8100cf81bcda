// Node quality report (`npm run eval`): precision and recall of move detection and draft checks on every corpus.
// A report, not a gate (the gates are in tests/unit): it is how the figures in closing notes are produced. It is the
// only code that reads holdout3 (the regression set nothing is tuned on), and, behind --unseen, the unseen set of move-sets.ts.
import { z } from 'zod';
import { analyzeDraft } from '../../lib/negotiation/analyze';
import { cleanMessage } from '../../lib/negotiation/clean';
import { detectRuleMoves, readMoves } from '../../lib/negotiation/moves';
import { parse } from '../../lib/negotiation/nlp';
import { MOVE_IDS, TEXT_DRAFT_CHECK_IDS } from '../../lib/negotiation/playbook';
import { MessageEntrySchema, MOVE_SETS, setsFor, type MessageEntry, type MoveSet } from '../corpus/move-sets';
import { f1, loadJsonl, precision, recall, score, scoreTable, type Counts, type Score } from '../corpus/score';
import { reportReplies } from './replies-quality';
import { situationLines } from './situations';
import { SITUATION_SETS } from '../corpus/situation-sets';

const DraftSchema = z.object({ id: z.string(), text: z.string(), checks: z.array(z.string()) });

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const flagValue = (name: string, fallback: string) => flag(name)?.split('=')[1] ?? fallback;

function line(label: string, n: number, s: Pick<Score<unknown>, 'micro' | 'cleanRaised' | 'clean'>, cleanWord: string): string {
  const m = s.micro;
  return `  ${label.padEnd(44)} ${String(n).padStart(4)}  P ${precision(m).toFixed(2)}  R ${recall(m).toFixed(2)}  F1 ${f1(m).toFixed(2)}  ${cleanWord} flagged ${s.cleanRaised.length}/${s.clean}`;
}

const body = (text: string) => parse(cleanMessage(text).body);

interface Run {
  entry: MessageEntry;
  rules: Set<string>;
  combined: Set<string>;
  maybe: Array<{ id: string; evidence: string }>;
  evidence: Map<string, string>;
}

function runSet(set: MoveSet): Run[] {
  return loadJsonl(set.file, MessageEntrySchema).map((entry) => {
    const parsed = body(entry.text);
    const read = readMoves(parsed);
    return {
      entry,
      rules: new Set(detectRuleMoves(parsed).map((m) => m.id)),
      combined: new Set(read.moves.map((m) => m.id)),
      maybe: read.maybe.map((m) => ({ id: m.id, evidence: m.evidence })),
      evidence: new Map(read.moves.map((m) => [m.id, m.evidence])),
    };
  });
}

const scoreOf = (runs: Run[], kind: 'rules' | 'combined') =>
  score(
    runs.map((r) => ({ case: r, expected: r.entry.moves, got: r[kind] })),
    MOVE_IDS,
  );

/** How often a "maybe" (below the display threshold) names a move the writer labelled. */
function maybeLine(runs: Run[]): string {
  let right = 0;
  let all = 0;
  for (const r of runs) {
    for (const m of r.maybe) {
      all++;
      if (r.entry.moves.includes(m.id as never)) right++;
    }
  }
  return `    maybe band: ${all} shown, ${right} of them a labelled move (${all ? (right / all).toFixed(2) : '-'})`;
}

function report(label: string, runs: Run[], withMaybe = true): void {
  console.log(line(`${label}, rules`, runs.length, scoreOf(runs, 'rules'), 'neutral'));
  console.log(line(`${label}, combined`, runs.length, scoreOf(runs, 'combined'), 'neutral'));
  if (withMaybe) console.log(maybeLine(runs));
}

if (flag('unseen')) {
  // The lead's one measurement of the set kept out of development: figures only, never a message.
  const [unseen] = setsFor('unseen');
  if (!unseen) throw new Error('no unseen set configured');
  console.log(`Client moves on the unseen set (${unseen.name}, ${unseen.writer}); micro over all 16 moves`);
  const runs = runSet(unseen);
  for (const kind of ['rules', 'combined'] as const) {
    const s = scoreOf(runs, kind);
    console.log(line(`${unseen.name}, ${kind}`, runs.length, s, 'neutral'));
    // The counts behind the figures, so a target at the second decimal is read exactly.
    console.log(`    TP ${s.micro.tp} FP ${s.micro.fp} FN ${s.micro.fn}  F1 ${f1(s.micro).toFixed(4)}`);
  }
  process.exit(0);
}

const perLabel = flag('per-label') ? flagValue('per-label', 'holdout3') : null;
const misses = flag('misses') ? flagValue('misses', '') : null;
for (const asked of [perLabel, misses]) {
  if (asked && !MOVE_SETS.some((s) => s.name === asked)) throw new Error(`no set named ${asked}`);
  if (asked && MOVE_SETS.find((s) => s.name === asked)?.use === 'unseen') throw new Error(`${asked} is the unseen set: only --unseen reads it`);
}
if (misses && MOVE_SETS.find((s) => s.name === misses)?.use !== 'train') throw new Error(`${misses} is not development data: its messages are not printed`);

console.log('Client moves, per set (one writer each); micro-averaged over all 16 moves; rules = hand-written rules only, combined = what the panel shows');
const all: Array<{ set: MoveSet; runs: Run[] }> = [];
for (const set of MOVE_SETS.filter((s) => s.use !== 'unseen')) {
  const runs = runSet(set);
  all.push({ set, runs });
  report(`${set.name} (${set.writer}, ${set.use === 'train' ? 'development, trains' : 'regression, never tuned on'})`, runs);
  if (perLabel === set.name) console.log(scoreTable(`${set.name}: move`, scoreOf(runs, 'combined')));
  if (misses === set.name) {
    for (const r of runs) {
      const fn = r.entry.moves.filter((m) => !r.combined.has(m));
      const fp = [...r.combined].filter((m) => !r.entry.moves.includes(m as never));
      if (!fn.length && !fp.length) continue;
      console.log(`    ${r.entry.id} [${r.entry.register ?? ''}] ${r.entry.text.replace(/\s+/g, ' ').slice(0, 200)}`);
      if (fn.length) console.log(`      missed: ${fn.join(', ')}${r.maybe.length ? `  (maybe: ${r.maybe.map((m) => m.id).join(', ')})` : ''}`);
      for (const id of fp) console.log(`      false: ${id} «${r.evidence.get(id)}»`);
    }
  }
}

console.log('\nPooled over the development sets');
const dev = all.filter((a) => a.set.use === 'train');
report(`all development sets (${dev.length} writers)`, dev.flatMap((a) => a.runs));
const registers = [...new Set(dev.flatMap((a) => a.runs.map((r) => r.entry.register)).filter((r): r is string => !!r))].sort();
if (registers.length) {
  console.log('  per register (sets that label registers):');
  for (const reg of registers) report(`  ${reg}`, dev.flatMap((a) => a.runs.filter((r) => r.entry.register === reg)), false);
}
const totals: Counts = scoreOf(
  dev.flatMap((a) => a.runs),
  'combined',
).micro;
console.log(`  development micro, combined: TP ${totals.tp} FP ${totals.fp} FN ${totals.fn}`);

console.log("\nDraft checks on the freelancer's own draft (micro-averaged over all checks; same path as the draft coach)");
for (const [label, file] of [
  ['training corpus', 'drafts.jsonl'],
  ['holdout1 (tuned on)', 'holdout-drafts.jsonl'],
  ['holdout2 (development)', 'holdout2-drafts.jsonl'],
  ['holdout3 (unseen)', 'holdout3-drafts.jsonl'],
  ['holdout4 (development)', 'holdout4-drafts.jsonl'],
  ['holdout5 (development)', 'holdout5-drafts.jsonl'],
] as const) {
  const rows = loadJsonl(file, DraftSchema);
  const s = score(
    rows.map((r) => ({ case: r, expected: r.checks, got: new Set(analyzeDraft(r.text).checks.map((c) => c.id)) })),
    TEXT_DRAFT_CHECK_IDS,
  );
  console.log(line(label, rows.length, s, 'good drafts'));
  if (perLabel === 'holdout3' && file.startsWith('holdout3')) console.log(scoreTable('holdout3: check', s));
}

reportReplies(process.argv.includes('--unseen'));

// Where the deal stands (stage, our fault, deposit paid, our price), on the sets development may read; a held-out set is
// measured once, by name, with tests/bench/situations.ts.
console.log('\nSituation (stage of the deal, our fault, deposit paid, our agreed price)');
console.log(situationLines(SITUATION_SETS.filter((x) => x.use === 'dev').map((x) => x.name)).map((l) => `  ${l}`).join('\n'));
