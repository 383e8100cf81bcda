// Runs everywhere (Node, side panel): the clause around a figure, and the nearest cue to it, for reading whose a figure is.

export interface Window {
  /** The clause text before the figure (same sentence, after the last clause break). */
  before: string;
  /** The clause text after the figure. */
  after: string;
  /** The whole sentence around the figure, for cues that may sit in another clause of it. */
  sentence: string;
  /** Offset of `sentence` in the text. */
  sentenceStart: number;
}

// Sentence ends: . ! ? and line breaks; a dot inside a number ("1.5k", "$2.400") or an abbreviation is not one.
const SENTENCE_END = /[!?\n]|\.(?!\d)(?=\s|$)/g;
// Clause breaks inside a sentence: semicolons, dashes, and the conjunctions that change who is talking about what.
const CLAUSE_BREAK = /;|\s[-–—]\s|,?\s+\b(?:but|while|whereas|although|though|however|yet)\b|,\s+(?=(?:and|so)\s+(?:we|i|they|you|he|she|it|the|our|your|their)\b)/gi;

/** Limits keep every search linear in the text: a sentence longer than this is read as its nearest part. */
const MAX_SPAN = 400;

export function windowAround(text: string, start: number, end: number): Window {
  const from = Math.max(0, start - MAX_SPAN);
  const to = Math.min(text.length, end + MAX_SPAN);
  const head = text.slice(from, start);
  const tail = text.slice(end, to);
  let sStart = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(head); m; m = SENTENCE_END.exec(head)) sStart = m.index + m[0].length;
  SENTENCE_END.lastIndex = 0;
  const endMatch = SENTENCE_END.exec(tail);
  // A question mark or an exclamation ends the sentence but belongs to it: "is 500 doable?".
  const sEnd = endMatch ? endMatch.index + (endMatch[0] === '\n' || endMatch[0] === '.' ? 0 : 1) : tail.length;
  const sentenceBefore = head.slice(sStart);
  const sentenceAfter = tail.slice(0, sEnd);
  let cStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentenceBefore); m; m = CLAUSE_BREAK.exec(sentenceBefore)) cStart = m.index + m[0].length;
  CLAUSE_BREAK.lastIndex = 0;
  const cEnd = CLAUSE_BREAK.exec(sentenceAfter)?.index ?? sentenceAfter.length;
  return {
    before: sentenceBefore.slice(cStart),
    after: sentenceAfter.slice(0, cEnd),
    sentence: sentenceBefore + text.slice(start, end) + sentenceAfter,
    sentenceStart: from + sStart,
  };
}

export interface Cue<R extends string> {
  role: R;
  /** Matched against the clause before the figure; must end at the figure to count as adjacent. */
  before?: RegExp;
  /** Matched against the clause after the figure, anchored at its start. */
  after?: RegExp;
  /** Extra weight: a cue right next to the figure ("your $2,750") outranks a looser one. */
  weight?: number;
}

/**
 * The role whose cue sits nearest the figure within its clause. Distance counts characters between
 * the cue and the figure; cues after the figure count a little more, since English puts the owner first.
 */
export function nearestRole<R extends string>(w: Window, cues: Cue<R>[], fallback: R): R {
  let best: R = fallback;
  let bestScore = Infinity;
  for (const cue of cues) {
    if (cue.before) {
      const re = new RegExp(cue.before.source, cue.before.flags.replace('g', '') + 'g');
      let last: RegExpExecArray | null = null;
      for (let m = re.exec(w.before); m; m = re.exec(w.before)) {
        last = m;
        if (m[0] === '') re.lastIndex++;
      }
      if (last) {
        const distance = w.before.length - (last.index + last[0].length);
        const score = distance - (cue.weight ?? 0);
        if (score < bestScore) {
          best = cue.role;
          bestScore = score;
        }
      }
    }
    if (cue.after) {
      const m = cue.after.exec(w.after);
      if (m) {
        const score = m.index * 1.3 - (cue.weight ?? 0);
        if (score < bestScore) {
          best = cue.role;
          bestScore = score;
        }
      }
    }
  }
  return best;
}

/** Where the sentence holding `index` starts: after the last ". ", "? ", "! " or line break before it (0 if none). */
export function sentenceStart(text: string, index: number): number {
  return Math.max(0, ...['. ', '? ', '! ', '\n'].map((p) => text.lastIndexOf(p, index)));
}

/** Where the sentence holding `index` starts and ends (its closing stop or line break, or the end of the text). */
export function sentenceSpan(text: string, index: number): { start: number; end: number } {
  const end = text.slice(index).search(/[.?!](?:\s|$)|\n/);
  return { start: sentenceStart(text, index), end: end < 0 ? text.length : index + end };
}

/** The sentence holding `index`, from its start to the next sentence end or line break. */
export function sentenceAround(text: string, index: number): string {
  const { start, end } = sentenceSpan(text, index);
  return text.slice(start, end === text.length ? end : end + 1);
}
