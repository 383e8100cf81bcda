// Node (trainer, tests, `npm run eval`): the labelled client-message sets, who wrote each, and what each may be used for.
import { z } from 'zod';
import { MoveIdSchema } from '../../lib/negotiation/playbook';

/**
 * - train: the learned model trains on it and cross-validation holds it out as one writer;
 * - regression: measured, never trained or tuned on (holdout3);
 * - unseen: not read by anything but `npm run eval -- --unseen`, which the lead runs once, at the end.
 */
export type SetUse = 'train' | 'regression' | 'unseen';

export interface MoveSet {
  name: string;
  file: string;
  /** One independent writer per set: cross-validation leaves one writer out at a time. */
  writer: string;
  use: SetUse;
}

export const MOVE_SETS: MoveSet[] = [
  { name: 'training', file: 'client-messages.jsonl', writer: 'team', use: 'train' },
  { name: 'holdout1', file: 'holdout-messages.jsonl', writer: 'writer1', use: 'train' },
  { name: 'holdout2', file: 'holdout2-messages.jsonl', writer: 'writer2', use: 'train' },
  { name: 'holdout3', file: 'holdout3-messages.jsonl', writer: 'writer3', use: 'regression' },
  { name: 'holdout4', file: 'holdout4-messages.jsonl', writer: 'writer4', use: 'train' },
  { name: 'holdout5', file: 'holdout5-messages.jsonl', writer: 'writer5', use: 'train' },
  { name: 'holdout6', file: 'holdout6-messages.jsonl', writer: 'writer6', use: 'train' },
  { name: 'holdout7', file: 'holdout7-messages.jsonl', writer: 'writer7', use: 'train' },
  { name: 'holdout8', file: 'holdout8-messages.jsonl', writer: 'writer8', use: 'train' },
  // Written by the helper that built the learned model, in its own words, in the registers real mail takes.
  { name: 'registers', file: 'registers-messages.jsonl', writer: 'helper', use: 'train' },
  // Measured once as the unseen set (combined P 0.91 R 0.78, neutral flagged 5/48), then turned into training data.
  { name: 'holdout9', file: 'holdout9-messages.jsonl', writer: 'writer9', use: 'train' },
  // Written for issue #12 by a second helper, in its own words: terse phone mail, colloquial refusals, budgets as
  // questions, rude and sarcastic objections, complaints without the word, wrong directions as instructions,
  // non-native English, capitals, and neutral mail full of trigger words.
  { name: 'helper2', file: 'helper2-messages.jsonl', writer: 'helper2', use: 'train' },
  // Written 2026-12-06 by a new writer who never saw the rules; measured once as the unseen set (combined P 0.92 R 0.77
  // F1 0.84, neutral flagged 0/50), never tuned on: a regression set now. The next unseen set needs a new writer.
  { name: 'holdout10', file: 'holdout10-messages.jsonl', writer: 'writer10', use: 'regression' },
  // Written 2026-12-06 by a new writer who never saw the rules; committed unread, measured once untouched (combined P 0.90
  // R 0.69 F1 0.78, neutral flagged 10/63), then turned into training data.
  { name: 'writer11', file: 'writer11-messages.jsonl', writer: 'writer11', use: 'train' },
  // Written 2026-12-06 by a new writer who never saw the rules; committed unread, measured once untouched (combined P 0.93
  // R 0.74 F1 0.82, neutral flagged 5/62), then turned into training data.
  { name: 'writer12', file: 'writer12-messages.jsonl', writer: 'writer12', use: 'train' },
  // Written 2026-12-06 (fourth session) by a new writer who never saw the rules (private clients, nonprofits,
  // corporates); committed unread, measured once at the end of the session (combined P 0.92 R 0.79 F1 0.847,
  // neutral flagged 4/65; the session-start engine 0.83, 6/65), never tuned on: a regression set now.
  { name: 'holdout11', file: 'holdout11-messages.jsonl', writer: 'writer13', use: 'regression' },
  // Written 2026-12-06 (fifth session) by a new writer who never saw the rules (phone mail: lowercase, abbreviations,
  // rude and sarcastic); committed unread, measured once untouched (rules P 0.91 R 0.74 F1 0.81, combined P 0.92 R 0.81
  // F1 0.863, neutral flagged 6/64), then turned into training data.
  { name: 'writer14', file: 'writer14-messages.jsonl', writer: 'writer14', use: 'train' },
  // Written 2026-12-06 (fifth session) by a new writer who never saw the rules (spoken and non-native English, formal
  // mail that buries the move, many messages with two or three moves); committed unread, measured once untouched
  // (rules P 0.88 R 0.62 F1 0.73, combined P 0.93 R 0.72 F1 0.811, neutral flagged 5/64), then turned into training data.
  { name: 'writer15', file: 'writer15-messages.jsonl', writer: 'writer15', use: 'train' },
  // Written 2026-12-06 (fifth session) by a new writer who never saw the rules (every register, hard neutral mail);
  // committed unread, measured once at the end of the session (combined P 0.95 R 0.78 F1 0.858, neutral flagged
  // 1/62; the session-start engine 0.848, 4/62), never tuned on: a regression set now. The next unseen set needs a
  // new writer.
  { name: 'holdout12', file: 'holdout12-messages.jsonl', writer: 'writer16', use: 'regression' },
  // Written 2026-12-06 (sixth session) by a new writer who never saw the rules (small businesses and agencies from many
  // countries, short in-thread replies, regional English, dictated mail, hard neutral mail); committed unread, measured
  // once at the end of the session (rules P 0.87 R 0.63 F1 0.73; combined P 0.91 R 0.70 F1 0.791, neutral flagged
  // 5/60; the session-start engine the same), never tuned on: a regression set now. The next unseen set needs a new writer.
  { name: 'holdout13', file: 'holdout13-messages.jsonl', writer: 'writer17', use: 'regression' },
  // Written 2026-12-07 (seventh session) by an eighteenth independent writer (200 messages, 60 hard neutral, ten
  // registers) who never saw the detector; committed unread, measured once untouched at the end of the session:
  // combined P 0.91 R 0.78 F1 0.842 (TP 133 FP 13 FN 37), neutral flagged 8/60; rules alone F1 0.757 (the
  // session-start engine scored the same). Regression from now on: never trained or tuned on.
  { name: 'holdout14', file: 'holdout14-messages.jsonl', writer: 'writer18', use: 'regression' },
  // Written 2026-12-07 (eighth session) by a nineteenth independent writer (200 messages, 60 hard neutral, ten
  // registers) who never saw the detector; committed unread, measured once untouched at the end of the session:
  // combined P 0.87 R 0.84 F1 0.857 (TP 138 FP 20 FN 26), neutral flagged 9/60; rules alone F1 0.752, neutral 15/60
  // (the session-start engine scored the same). Regression from then on; in the ninth session its neutral false alarms
  // were read and one rule (small talk about private life) was written from them: it is tuned on now, not a clean holdout.
  { name: 'holdout15', file: 'holdout15-messages.jsonl', writer: 'writer19', use: 'regression' },
  // Written 2026-12-07 (end of the eighth session) by a twentieth independent writer (200 messages, 60 hard neutral,
  // ten registers) who never saw the detector; committed unread, measured once untouched at the end of the ninth
  // session: combined P 0.91 R 0.86 F1 0.881 (TP 130 FP 13 FN 22), neutral flagged 5/60; rules alone F1 0.790, neutral
  // 11/60 (the session-start engine scored the same). Regression from now on; never trained or tuned on.
  { name: 'holdout16', file: 'holdout16-messages.jsonl', writer: 'writer20', use: 'regression' },
  // Written 2026-12-07 (ninth session) by a twenty-first independent writer (200 messages, 60 hard neutral, ten
  // registers) who never saw the detector; committed unread, measured once untouched at the start of the tenth session
  // (engine 40b97b7): combined P 0.94 R 0.86 F1 0.899 (TP 151 FP 10 FN 24), neutral flagged 5/60; rules alone F1 0.790
  // (TP 130 FP 24 FN 45), neutral 10/60. Regression from now on; never trained or tuned on.
  { name: 'holdout17', file: 'holdout17-messages.jsonl', writer: 'writer21', use: 'regression' },
  // Written 2026-12-07 (tenth session) by a twenty-second independent writer (200 messages, 60 hard neutral, ten
  // registers) who never saw the detector; committed unread, measured once untouched at the end of the tenth session:
  // combined P 0.94 R 0.67 F1 0.784 (TP 134 FP 8 FN 66), neutral flagged 3/60; rules alone F1 0.696, neutral 7/60 (the
  // session-start engine scored the same). Regression from now on; never trained or tuned on.
  { name: 'holdout18', file: 'holdout18-messages.jsonl', writer: 'writer22', use: 'regression' },
  // Written 2026-12-07 (tenth session) by a twenty-third independent writer (200 messages, 60 hard neutral, ten
  // registers) who never saw the detector; committed unread, measured once untouched in the eleventh session (detector
  // unchanged since the session start): combined P 0.93 R 0.73 F1 0.816 (TP 151 FP 11 FN 57), neutral flagged 8/60;
  // rules alone F1 0.714 (TP 130 FP 26 FN 78), neutral 17/60. Regression from now on; never trained or tuned on.
  { name: 'holdout19', file: 'holdout19-messages.jsonl', writer: 'writer23', use: 'regression' },
  // Written 2026-12-07 (eleventh session) by a twenty-fourth independent writer (200 messages, 60 hard neutral, ten
  // registers) who never saw the detector; committed unread, measured once untouched at the end of the twelfth session
  // (detector unchanged but for date reading): combined P 0.95 R 0.73 F1 0.825 (TP 156 FP 9 FN 57), neutral flagged
  // 4/60; rules alone F1 0.770 (TP 144 FP 17 FN 69), neutral 8/60. Regression from now on; never trained or tuned on.
  { name: 'holdout20', file: 'holdout20-messages.jsonl', writer: 'writer24', use: 'regression' },
  // Written 2026-12-07 (twelfth session) by a twenty-fifth independent writer (200 messages, 60 hard neutral, ten
  // registers incl. misspelt and indirect) who never saw the detector; committed unread, measured once untouched at the
  // start of the thirteenth session (detector unchanged since the twelfth): combined P 0.95 R 0.72 F1 0.815 (TP 141 FP 8
  // FN 56), neutral flagged 3/60; rules alone F1 0.726 (TP 122 FP 17 FN 75), neutral 10/60. Regression from now on;
  // never trained or tuned on.
  { name: 'holdout21', file: 'holdout21-messages.jsonl', writer: 'writer25', use: 'regression' },
  // Written 2026-12-07 (thirteenth session) by a twenty-sixth independent writer (200 messages, 60 hard neutral, seven
  // registers: terse, rude, non-native, colloquial, formal, typos, spoken) who never saw the detector; committed unread,
  // measured once untouched at the start of the fourteenth session (detector unchanged since the thirteenth): combined
  // P 0.90 R 0.77 F1 0.833 (TP 147 FP 16 FN 43), neutral flagged 11/60; rules alone F1 0.799 (TP 139 FP 19 FN 51),
  // neutral 11/60. Its misses and false alarms were read then, and three sentence facts came of the neutral ones (another
  // supplier's bill, an NDA already in place, a refund not wanted), so it is no clean regression set; the model is not
  // trained on it: retrained with it (MIN_DOC_FREQ 10 to stay under 160 KiB), regression F1 rose by 0.01 on most sets but
  // two reply cards in the unit tests broke ("Can you please rework it?" fell under the display threshold), so the
  // weights were kept as they were. Measured as a regression set.
  { name: 'holdout22', file: 'holdout22-messages.jsonl', writer: 'writer26', use: 'regression' },
  // Written 2026-12-07 (fourteenth session) by a twenty-seventh independent writer (200 messages, 60 hard neutral, nine
  // registers: terse, non-native, colloquial, formal, chatty, rude, sarcastic, misspelt, indirect) who never saw the
  // detector; committed unread, measured once untouched at the start of the fifteenth session (detector unchanged since
  // the fourteenth): combined P 0.93 R 0.76 F1 0.840 (TP 136 FP 10 FN 42), neutral flagged 3/60; rules alone P 0.85
  // R 0.65 F1 0.737 (TP 116 FP 21 FN 62), neutral 10/60. A regression set now.
  { name: 'holdout23', file: 'holdout23-messages.jsonl', writer: 'writer27', use: 'regression' },
  // Written 2026-12-07 (fifteenth session) by a twenty-eighth independent writer (200 messages, 60 hard neutral, seven
  // registers: terse, non-native, colloquial, typos, rude, spoken, formal) who read only the moves table and never saw
  // the detector; committed unread: the unseen set now (holdout23 is spent), measured once at the start of a session.
  { name: 'holdout24', file: 'holdout24-messages.jsonl', writer: 'writer28', use: 'unseen' },
];

export const MessageEntrySchema = z.strictObject({
  id: z.string(),
  text: z.string().min(1),
  moves: z.array(MoveIdSchema),
  /** How the writer meant the message to read (terse, rude, non-native, neutral-hard…); newer sets only. */
  register: z.string().optional(),
});
export type MessageEntry = z.infer<typeof MessageEntrySchema>;

export const setsFor = (use: SetUse): MoveSet[] => MOVE_SETS.filter((s) => s.use === use);
