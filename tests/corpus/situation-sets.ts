// Node (tests, `npm run eval`): the labelled situation sets — where the deal stands in each message — who wrote each, and what each may be used for.
import { z } from 'zod';

export interface SituationSet {
  name: string;
  file: string;
  writer: string;
  /** dev: read and tuned on; heldout: measured, never read message by message. */
  use: 'dev' | 'heldout' | 'unseen';
}

export const SITUATION_SETS: SituationSet[] = [
  // Written 2026-12-06 by an independent writer (small businesses, phone mail) who never saw the engine.
  { name: 's1', file: 's1.jsonl', writer: 'situations1', use: 'dev' },
  // Written 2026-12-06 by a second independent writer (agencies, corporates, non-native English, long threads);
  // committed unread, measured once as the held-out set (stage 0.66, our fault P 0.36 R 0.31, deposit paid P 0.29
  // R 0.29: the rules tuned on s1 did not carry over), then read and tuned on: development now.
  { name: 's2', file: 's2.jsonl', writer: 'situations2', use: 'dev' },
  // Written 2026-12-06 (fifth session) by a third independent writer (phone mail from small businesses, and some very
  // polite long mail); committed unread, measured once untouched (stage 0.69, fault 0.79, our fault P 0.86 R 0.46,
  // deposit paid P 0.83 R 0.50, our price 18 right / 3 wrong / 9 missed), then read and tuned on: development now.
  { name: 's3', file: 's3.jsonl', writer: 'situations3', use: 'dev' },
  // Written 2026-12-06 (fifth session) by a fourth independent writer (organisations, non-native English, long quoted
  // threads); committed unread, measured once at the end of the session (stage 0.63, our fault P 0.63 R 0.83, deposit
  // paid P 0.67 R 0.50; the session-start engine 0.64, 0.57/0.67, 0.67/0.50): the cues tuned on s3 did not carry over.
  { name: 's4', file: 's4.jsonl', writer: 'situations4', use: 'heldout' },
  // Written 2026-12-06 (sixth session) by a fifth independent writer (individuals and small shops on the phone, a few
  // very long mails, pronouns for earlier work); committed unread, measured once at the end of the session: stage 0.67
  // (session-start cues) → 0.81 (learned stage model), our fault P/R 0.71/0.42 → 0.75/0.50, deposit paid 0.57/0.57 (same).
  // Held out now; the stage trainer reads every set that is not unseen, so it trains on it at the next retraining.
  { name: 's5', file: 's5.jsonl', writer: 'situations5', use: 'heldout' },
  // Written 2026-12-07 (seventh session) by a sixth independent writer (agencies and mid-size companies, forwarded
  // feedback, procurement, non-native English, short phone replies under quoted history); committed unread, measured
  // once untouched at the end of the session: stage 0.69, fault 0.70, our fault P/R 0.82/0.45, deposit paid P/R
  // 0.75/0.50 (session start 0.60/0.50), our price 13 right / 0 wrong / 21 missed. Held out now (the stage trainer
  // will read it at its next retraining).
  { name: 's6', file: 's6.jsonl', writer: 'situations6', use: 'heldout' },
];

export const SituationEntrySchema = z.strictObject({
  id: z.string(),
  trade: z.enum(['designer', 'copywriter', 'developer', 'translator']),
  text: z.string().min(1),
  stage: z.enum(['enquiry', 'quoted', 'agreed', 'in_progress', 'delivered']),
  fault: z.enum(['ours', 'taste', 'none']),
  deposit_paid: z.boolean().nullable(),
  agreed_price: z.number().nullable(),
  rounds_used: z.number().nullable(),
  rounds_included: z.number().nullable(),
  asks: z.array(z.string()),
});

/**
 * Stage, fault and deposit labels for the development messages of the reply sets (tests/corpus/replies), written
 * 2026-12-06 (sixth session) by two independent helpers who read only the messages, each with a one-line note of the cue.
 * The stage trainer learns from them; the unseen reply set is never labelled.
 */
export const ReplyStageSchema = z.strictObject({
  id: z.string(),
  stage: z.enum(['enquiry', 'quoted', 'agreed', 'in_progress', 'delivered']),
  fault: z.enum(['ours', 'taste', 'none']),
  deposit_paid: z.boolean().nullable(),
  note: z.string(),
});
