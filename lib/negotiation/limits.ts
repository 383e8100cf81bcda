// Runs everywhere (Node, side panel, its worker): how much text the engine reads, and the notice of what it left out.
import { z } from 'zod';

/**
 * The engine costs about 0.1–0.2 ms per character (compromise's parse plus every detector), so time is bounded by
 * bounding the text: the client's own newest words up to MAX_MESSAGE_CHARS, the quoted history (only our earlier
 * terms are looked for there) up to MAX_QUOTE_CHARS, and the cleaner never sees more than MAX_RAW_CHARS.
 */
export const MAX_RAW_CHARS = 200_000;
export const MAX_MESSAGE_CHARS = 3_000;
export const MAX_QUOTE_CHARS = 20_000;
export const MAX_DRAFT_CHARS = 3_000;
export const MAX_NOTES_CHARS = 3_000;
/** Figures cost the most per word ("1k 2k 3 days 4%"), so words are capped as well: ordinary prose has ~550 in 3,000 characters. */
export const MAX_WORDS = 500;
/** Part of the cost is per sentence and per line ("a. a. a." is a sentence every three characters), so those are capped too. */
export const MAX_BREAKS = 100;
/** Call notes are parsed line by line, so a line costs more there. */
export const MAX_NOTES_BREAKS = 60;

export const TruncationSchema = z.strictObject({
  /** Which text was cut: the client's newest words, the user's draft or the call notes. */
  part: z.enum(['message', 'draft', 'notes']),
  /** Characters read, from the top. */
  read: z.number().int().nonnegative(),
  /** Characters read from the end as well (a long message's closing questions), when any. */
  tail: z.number().int().positive().optional(),
  /** Characters the part had in all (after quotes and signature were removed, for a message). */
  total: z.number().int().nonnegative(),
});
export type Truncation = z.infer<typeof TruncationSchema>;

const PART_NAME: Record<Truncation['part'], string> = { message: 'message', draft: 'draft', notes: 'notes' };

/** One line for the panel and the CLI. */
export function truncationNotice(t: Truncation): string {
  const n = (x: number) => x.toLocaleString('en-US');
  if (t.tail) return `Long ${PART_NAME[t.part]}: read the first ${n(t.read)} and the last ${n(t.tail)} of ${n(t.total)} characters; the middle (${n(t.total - t.read - t.tail)}) was skipped.`;
  return `Long ${PART_NAME[t.part]}: read the first ${n(t.read)} of ${n(t.total)} characters; the rest (${n(t.total - t.read)}) was skipped.`;
}

/**
 * The first at most `max` characters, cut at the last paragraph, sentence or word end in the final fifth of the
 * window so no sentence is read half, and never inside a surrogate pair.
 */
export function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const floor = Math.floor(max * 0.8);
  const window = text.slice(floor, max + 1);
  const para = window.lastIndexOf('\n\n');
  if (para > 0) end = floor + para;
  else {
    let best = -1;
    for (const re of [/[.!?]\s/g, /\n/g, /\s/g]) {
      re.lastIndex = 0;
      for (let m = re.exec(window); m; m = re.exec(window)) best = m.index + 1;
      if (best > 0) break;
    }
    if (best > 0) end = floor + best;
  }
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end).trimEnd();
}

/** Bounded `text` and, when it was cut, what was left out. */
export function capPart(text: string, max: number, part: Truncation['part'], maxBreaks = MAX_BREAKS): { text: string; truncated?: Truncation } {
  const limit = Math.min(max, breakLimit(text.slice(0, max + 1), maxBreaks));
  if (text.length <= limit) return { text };
  const head = headOf(text, limit);
  return { text: head, truncated: { part, read: head.length, total: text.length } };
}

/** Where the max-th sentence end or line break, or the MAX_WORDS-th word, ends; Infinity when there are fewer. */
function breakLimit(text: string, max: number): number {
  // A blank line between paragraphs is one break, not two.
  const re = /[.!?]+(?=\s)|\n\s*|\s+/g;
  let breaks = 0;
  let words = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const isBreak = m[0][0] !== ' ' && m[0][0] !== '\t';
    if ((isBreak && ++breaks >= max) || ++words >= MAX_WORDS) return m.index + m[0].length;
  }
  return Infinity;
}

/**
 * A long message read at both ends: clients put the context first and their questions last ("…so, can you do it by
 * Friday?"), so two thirds of the budget go to the head and a third to the closing paragraph(s). The tail starts at a
 * paragraph or sentence start and is dropped when it alone is dense with breaks or words (a hostile shape).
 */
export function capMessage(text: string, max: number, maxBreaks = MAX_BREAKS): { text: string; truncated?: Truncation } {
  const whole = capPart(text, max, 'message', maxBreaks);
  if (!whole.truncated) return whole;
  const tailMax = Math.floor(max / 3);
  const head = capPart(text, max - tailMax, 'message', Math.floor((maxBreaks * 2) / 3));
  let start = text.length - tailMax;
  const window = text.slice(start, start + Math.floor(tailMax / 2));
  const para = window.indexOf('\n\n');
  const sentence = /[.!?]\s+(?=\S)/.exec(window);
  if (para >= 0) start += para + 2;
  else if (sentence) start += sentence.index + sentence[0].length;
  const c = text.charCodeAt(start);
  if (c >= 0xdc00 && c <= 0xdfff) start++;
  const tail = text.slice(start).trim();
  const dense = breakLimit(tail, Math.floor(maxBreaks / 3)) < tail.length;
  if (!tail || dense || start <= head.text.length) return whole;
  return { text: `${head.text}\n\n${tail}`, truncated: { part: 'message', read: head.text.length, tail: tail.length, total: text.length } };
}
