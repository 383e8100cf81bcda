// Side panel (plain TS): cuts the sentence around a piece of evidence so the UI can show it in context, as text only.

export interface EvidenceContext {
  before: string;
  match: string;
  after: string;
  /** True when the sentence was cut at either end. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

const BOUNDARY = /[.!?…\n]/;

/**
 * Finds `evidence` at `index` (or, when the offset is stale, its first occurrence) and returns the surrounding
 * sentence split around it. `maxSide` caps each side so a run-on paragraph does not fill the panel.
 */
export function evidenceInContext(text: string, evidence: string, index: number, maxSide = 90): EvidenceContext {
  const at = text.startsWith(evidence, index) ? index : text.indexOf(evidence);
  if (at < 0 || !evidence) {
    return { before: '', match: evidence, after: '', clippedStart: false, clippedEnd: false };
  }
  let start = at;
  while (start > 0 && !BOUNDARY.test(text[start - 1]!)) start--;
  let end = at + evidence.length;
  // The evidence may itself end with punctuation; the sentence ends at the next boundary after it.
  while (end < text.length && !BOUNDARY.test(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++;

  let before = text.slice(start, at).trimStart();
  let after = text.slice(at + evidence.length, end).trimEnd();
  let clippedStart = false;
  let clippedEnd = false;
  if (before.length > maxSide) {
    before = before.slice(before.length - maxSide).replace(/^\S*\s/, '');
    clippedStart = true;
  }
  if (after.length > maxSide) {
    after = after.slice(0, maxSide).replace(/\s\S*$/, '');
    clippedEnd = true;
  }
  return { before, match: evidence, after, clippedStart, clippedEnd };
}

/** Placeholders such as "[your rate]" still present in `text`. */
export function placeholdersIn(text: string, candidates: readonly string[]): string[] {
  return candidates.filter((p) => text.includes(p));
}
