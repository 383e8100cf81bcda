// Runs everywhere (Node, side panel): the sentences of a message or note, with their offsets, for the memory readers.

export interface Sentence {
  text: string;
  /** Offsets of the trimmed sentence in the text. */
  start: number;
  end: number;
}

/** Sentences split at . ? ! and line ends, trimmed, at most `max` of them (bounded work on any input). */
export function sentences(text: string, max: number): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.?!\n]+[.?!]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && out.length < max) {
    const t = m[0].trim();
    if (!t) continue;
    const start = m.index + m[0].indexOf(t);
    out.push({ text: t, start, end: start + t.length });
  }
  return out;
}
