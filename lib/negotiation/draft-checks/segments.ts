// Runs everywhere (Node, side panel): splits a parsed draft into sentence-like units with exact offsets, and finds where the body ends.
import type { Parsed } from '../nlp';

/** A sentence, or a line of a list, with its exact place in the draft. */
export interface Unit {
  /** Position among all units. */
  n: number;
  index: number;
  end: number;
  /** Always `parsed.text.slice(index, end)`. */
  text: string;
  paragraph: number;
  isQuestion: boolean;
  isBullet: boolean;
  /** Before the sign-off and not the greeting line. */
  inBody: boolean;
}

export interface DraftView {
  parsed: Parsed;
  text: string;
  units: Unit[];
  body: Unit[];
  /** Units where a compromise match starts; compromise does the matching, we only locate it. */
  unitsMatching(pattern: string | string[]): Unit[];
  unitAt(offset: number): Unit | undefined;
}

interface TermJson {
  text: string;
  pre: string;
  post: string;
  index: [number, number];
  offset: { start: number; length: number };
}

const CLOSING =
  /^(?:best|best wishes|best regards|kind regards|warm regards|warmest regards|warmly|regards|many thanks|thanks|thanks so much|thanks again|thank you|thank you again|cheers|sincerely|yours|yours truly|yours sincerely|all the best|talk soon|speak soon|take care|with thanks|with gratitude)\s*[,.!]*$/i;
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b(?:[ \t]+[\w'.-]+){0,3}[ \t]*[,!:]?$/i;
const SIGNATURE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}$/u;
const BULLET_LINE = /^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+/;
const TRAILING_PUNCT = /^[.?!…:;,)"'”’]+/;

/** Where the sign-off starts ("Best,\nDan"), or the text length when there is none. */
function bodyEndOf(text: string): number {
  const lines: { start: number; line: string }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: pos, line: line.trim() });
    pos += line.length + 1;
  }
  const nonEmpty = lines.filter((l) => l.line !== '');
  // A sign-off sits in the last few lines: closing word, then a name or a short signature.
  for (const l of nonEmpty.slice(-4)) {
    if (CLOSING.test(l.line) || /^--\s*$/.test(l.line)) return l.start;
  }
  // A bare name on its own paragraph at the end ("…tomorrow.\n\nDana") signs off without a closing word.
  const last = nonEmpty[nonEmpty.length - 1];
  if (last && nonEmpty.length > 1 && SIGNATURE_NAME.test(last.line) && /\n[ \t]*\n[ \t]*$/.test(text.slice(0, last.start))) return last.start;
  return text.length;
}

/** The term's own characters, without the punctuation and whitespace compromise keeps around it. */
function termSpan(text: string, t: TermJson): [number, number] | null {
  if (t.text === '') return null; // implicit term of a contraction ("can't" -> not)
  const start = t.offset.start;
  if (text.startsWith(t.text, start)) return [start, start + t.text.length];
  const found = text.indexOf(t.text, Math.max(0, start - 4));
  return found === -1 ? null : [found, found + t.text.length];
}

export function segment(parsed: Parsed): DraftView {
  const { text, doc } = parsed;
  const terms = (doc.terms().json({ offset: true }) as { terms: TermJson[] }[]).map((x) => x.terms[0]!).filter(Boolean);
  const groups: [number, number][] = [];
  let cur: [number, number] | null = null;
  let lastSentence = -1;
  let prevPost = '';
  for (const t of terms) {
    const span = termSpan(text, t);
    if (!span) {
      prevPost = t.post;
      continue;
    }
    const newSentence = t.index[0] !== lastSentence;
    const lineBreak = prevPost.includes('\n') || t.pre.includes('\n') || (cur !== null && text.slice(cur[1], span[0]).includes('\n'));
    if (cur === null || newSentence || lineBreak) {
      if (cur) groups.push(cur);
      cur = [span[0], span[1]];
    } else {
      cur[1] = span[1];
    }
    lastSentence = t.index[0];
    prevPost = t.post;
  }
  if (cur) groups.push(cur);

  const bodyEnd = bodyEndOf(text);
  const units: Unit[] = [];
  let paragraph = 0;
  let prevEnd = 0;
  for (const [s, e0] of groups) {
    const trail = TRAILING_PUNCT.exec(text.slice(e0));
    const end = e0 + (trail ? trail[0].length : 0);
    if (units.length && /\n[ \t]*\n/.test(text.slice(prevEnd, s))) paragraph += 1;
    const lineStart = text.lastIndexOf('\n', s - 1) + 1;
    const unitText = text.slice(s, end);
    units.push({
      n: units.length,
      index: s,
      end,
      text: unitText,
      paragraph,
      isQuestion: /\?["'”’)]*$/.test(unitText),
      isBullet: s - lineStart <= 6 && BULLET_LINE.test(text.slice(lineStart, end)),
      inBody: s < bodyEnd,
    });
    prevEnd = end;
  }
  const first = units[0];
  if (first && GREETING.test(first.text.trim())) first.inBody = false;
  const body = units.filter((u) => u.inBody);

  const unitAt = (offset: number) => units.find((u) => offset >= u.index && offset < u.end) ?? units.find((u) => u.index >= offset);
  const unitsMatching = (pattern: string | string[]): Unit[] => {
    const found = new Map<number, Unit>();
    for (const p of typeof pattern === 'string' ? [pattern] : pattern) {
      for (const m of doc.match(p).json({ offset: true }) as { offset: { start: number } }[]) {
        const u = unitAt(m.offset.start);
        if (u) found.set(u.n, u);
      }
    }
    return [...found.values()].sort((a, b) => a.n - b.n);
  };
  return { parsed, text, units, body, unitsMatching, unitAt };
}
