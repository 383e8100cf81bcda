// Node quality report (`npm run eval`): precision and recall of move detection and draft checks on every corpus.
// A report, not a gate (the gates are in tests/unit): it is how the figures in closing notes are produced, and the
// only code that reads holdout3, the set no rule, weight or threshold was tuned on.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanMessage } from '../../lib/negotiation/clean';
import { analyzeDraft } from '../../lib/negotiation/analyze';
import { detectMoves, detectRuleMoves } from '../../lib/negotiation/moves';
import { parse } from '../../lib/negotiation/nlp';

const CORPUS = resolve(import.meta.dirname, '../corpus');

interface Row {
  id: string;
  text: string;
  expected: string[];
}

function load(file: string, key: 'moves' | 'checks'): Row[] {
  return readFileSync(resolve(CORPUS, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as Record<string, unknown>;
      return { id: String(r.id), text: String(r.text), expected: r[key] as string[] };
    });
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  cleanRaised: number;
  clean: number;
}

function score(rows: Row[], found: (text: string) => string[]): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, cleanRaised: 0, clean: 0 };
  for (const row of rows) {
    const got = new Set(found(row.text));
    const want = new Set(row.expected);
    if (want.size === 0) {
      s.clean++;
      if (got.size > 0) s.cleanRaised++;
    }
    for (const g of got) if (want.has(g)) s.tp++;
    else s.fp++;
    for (const w of want) if (!got.has(w)) s.fn++;
  }
  return s;
}

function line(label: string, n: number, s: Score, cleanWord: string): string {
  const p = s.tp / (s.tp + s.fp || 1);
  const r = s.tp / (s.tp + s.fn || 1);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return `  ${label.padEnd(42)} ${String(n).padStart(4)}  P ${p.toFixed(2)}  R ${r.toFixed(2)}  F1 ${f1.toFixed(2)}  ${cleanWord} flagged ${s.cleanRaised}/${s.clean}`;
}

const body = (text: string) => parse(cleanMessage(text).body);
/** `npm run eval -- --per-label`: one line per move and check on the unseen set, to see where detection is weakest. */
const perLabel = process.argv.includes('--per-label');

function perLabelLines(rows: Row[], found: (text: string) => string[]): string[] {
  const got = rows.map((r) => new Set(found(r.text)));
  const labels = [...new Set(rows.flatMap((r) => r.expected))].sort();
  return labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    rows.forEach((r, i) => {
      const want = r.expected.includes(label);
      const has = got[i]!.has(label);
      if (want && has) tp++;
      else if (has) fp++;
      else if (want) fn++;
    });
    return `    ${label.padEnd(24)} TP ${String(tp).padStart(3)}  FP ${String(fp).padStart(3)}  FN ${String(fn).padStart(3)}  P ${(tp / (tp + fp || 1)).toFixed(2)}  R ${(tp / (tp + fn || 1)).toFixed(2)}`;
  });
}

console.log('Client moves (micro-averaged over all 16 moves; rules = hand-written rules only, combined = rules + learned model)');
for (const [label, file] of [
  ['training corpus', 'client-messages.jsonl'],
  ['holdout1 (tuned on)', 'holdout-messages.jsonl'],
  ['holdout2 (development, trains)', 'holdout2-messages.jsonl'],
  ['holdout3 (unseen)', 'holdout3-messages.jsonl'],
  ['holdout4 (development)', 'holdout4-messages.jsonl'],
  ['holdout5 (development)', 'holdout5-messages.jsonl'],
] as const) {
  const rows = load(file, 'moves');
  console.log(line(`${label}, rules`, rows.length, score(rows, (t) => detectRuleMoves(body(t)).map((m) => m.id)), 'neutral'));
  console.log(line(`${label}, combined`, rows.length, score(rows, (t) => detectMoves(body(t)).map((m) => m.id)), 'neutral'));
  if (perLabel && file.startsWith('holdout3')) console.log(perLabelLines(rows, (t) => detectMoves(body(t)).map((m) => m.id)).join('\n'));
}

console.log('\nDraft checks on the freelancer\'s own draft (micro-averaged over all checks; same path as the draft coach)');
for (const [label, file] of [
  ['training corpus', 'drafts.jsonl'],
  ['holdout1 (tuned on)', 'holdout-drafts.jsonl'],
  ['holdout2 (development)', 'holdout2-drafts.jsonl'],
  ['holdout3 (unseen)', 'holdout3-drafts.jsonl'],
  ['holdout4 (development)', 'holdout4-drafts.jsonl'],
  ['holdout5 (development)', 'holdout5-drafts.jsonl'],
] as const) {
  const rows = load(file, 'checks');
  console.log(line(label, rows.length, score(rows, (t) => analyzeDraft(t).checks.map((c) => c.id)), 'good drafts'));
  if (perLabel && file.startsWith('holdout3')) console.log(perLabelLines(rows, (t) => analyzeDraft(t).checks.map((c) => c.id)).join('\n'));
}
