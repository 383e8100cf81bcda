// Node quality report (`npm run eval`): precision and recall of move detection and draft checks on every corpus.
// A report, not a gate (the gates are in tests/unit): it is how the figures in closing notes are produced, and the
// only code that reads holdout3, the set no rule, weight or threshold was tuned on.
import { z } from 'zod';
import { analyzeDraft } from '../../lib/negotiation/analyze';
import { cleanMessage } from '../../lib/negotiation/clean';
import { detectMoves, detectRuleMoves } from '../../lib/negotiation/moves';
import { parse } from '../../lib/negotiation/nlp';
import { DRAFT_CHECK_IDS, MOVE_IDS } from '../../lib/negotiation/playbook';
import { reportReplies } from './replies-quality';
import { f1, loadJsonl, precision, recall, score, scoreTable, type Score } from '../corpus/score';

const MessageSchema = z.object({ id: z.string(), text: z.string(), moves: z.array(z.string()) });
const DraftSchema = z.object({ id: z.string(), text: z.string(), checks: z.array(z.string()) });

/** `npm run eval -- --per-label`: one line per move and check on the unseen set, to see where detection is weakest. */
const perLabel = process.argv.includes('--per-label');
const UNSEEN = 'holdout3';

function line(label: string, n: number, s: Score<unknown>, cleanWord: string): string {
  const m = s.micro;
  return `  ${label.padEnd(42)} ${String(n).padStart(4)}  P ${precision(m).toFixed(2)}  R ${recall(m).toFixed(2)}  F1 ${f1(m).toFixed(2)}  ${cleanWord} flagged ${s.cleanRaised.length}/${s.clean}`;
}

const body = (text: string) => parse(cleanMessage(text).body);

console.log('Client moves (micro-averaged over all 16 moves; rules = hand-written rules only, combined = rules + learned model)');
for (const [label, file] of [
  ['training corpus', 'client-messages.jsonl'],
  ['holdout1 (tuned on)', 'holdout-messages.jsonl'],
  ['holdout2 (development, trains)', 'holdout2-messages.jsonl'],
  ['holdout3 (unseen)', 'holdout3-messages.jsonl'],
  ['holdout4 (development)', 'holdout4-messages.jsonl'],
  ['holdout5 (development)', 'holdout5-messages.jsonl'],
] as const) {
  const rows = loadJsonl(file, MessageSchema);
  const parsed = rows.map((r) => body(r.text));
  for (const [kind, detect] of [
    ['rules', detectRuleMoves],
    ['combined', detectMoves],
  ] as const) {
    const s = score(
      rows.map((r, i) => ({ case: r, expected: r.moves, got: new Set(detect(parsed[i]!).map((m) => m.id)) })),
      MOVE_IDS,
    );
    console.log(line(`${label}, ${kind}`, rows.length, s, 'neutral'));
    if (perLabel && kind === 'combined' && file.startsWith(UNSEEN)) console.log(scoreTable(`${UNSEEN}: move`, s));
  }
}

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
    DRAFT_CHECK_IDS,
  );
  console.log(line(label, rows.length, s, 'good drafts'));
  if (perLabel && file.startsWith(UNSEEN)) console.log(scoreTable(`${UNSEEN}: check`, s));
}

reportReplies(process.argv.includes('--unseen'));
