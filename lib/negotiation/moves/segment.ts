// Runs everywhere (Node, side panel): splits a parsed client message into sentences and clauses with exact offsets, for every move detector.
import type { Doc, Parsed } from '../nlp';

/** One sentence (never spanning a line break) with its offset in `parsed.text`. */
export interface Sentence {
  /** Exact slice of `parsed.text`. */
  text: string;
  /** Lower-cased, curly quotes straightened; same length as `text`, so offsets carry over. */
  lower: string;
  start: number;
  isQuestion: boolean;
  /** The compromise view of the sentence this line belongs to. */
  view: Doc;
}

const GREETING = /^(hi|hello|hey|dear|good (morning|afternoon|evening|day)|greetings|hallo|hola)\b[^.!?]{0,40}[,!:]?$/i;
const SIGN_OFF =
  /^(best|regards|kind regards|best regards|warm regards|many thanks|thanks|thank you|thx|cheers|sincerely|yours( sincerely| faithfully| truly)?|br|all the best|talk soon|speak soon|greetings)\b[^.!?]{0,30}$/i;

/** Lower-cases and straightens quotes without changing the length (offsets stay valid). */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Lines that carry no move: a bare greeting ("Hi Anna,") or sign-off ("Best, Tom"). */
export function isFormula(line: string): boolean {
  const t = line.trim();
  return GREETING.test(t) || SIGN_OFF.test(t);
}

/**
 * Sentences of the message, in order, with offsets into `parsed.text`.
 * compromise finds the sentences; each is further cut at line breaks because mail lines
 * (signatures, bullet points) often lack punctuation.
 */
export function sentencesOf(parsed: Parsed): Sentence[] {
  const views = parsed.doc.sentences();
  // Offsets only, through the plain View: Sentences.json() also parses each sentence's grammar and
  // copies every term, which cost more than all the detectors together. An empty sentence (no first
  // term to take an offset from) keeps the Sentences path, which tolerates it.
  const plain = views.docs.every((terms) => terms.length > 0);
  const json = (
    plain ? (views as unknown as { toView: () => Doc }).toView().json({ offset: true, text: false, terms: false } as object) : views.json({ offset: true })
  ) as Array<{ offset?: { start: number; length: number } }>;
  const out: Sentence[] = [];
  json.forEach((entry, i) => {
    if (!entry.offset) return;
    // compromise types sentences() as a bare View; at runtime it carries the full (three) API.
    const view = views.eq(i) as unknown as Doc;
    const raw = parsed.text.slice(entry.offset.start, entry.offset.start + entry.offset.length);
    const sentenceQuestion = isQuestionSentence(view, raw);
    let cursor = 0;
    for (const line of raw.split('\n')) {
      const lead = line.length - line.trimStart().length;
      const text = line.trim();
      const start = entry.offset.start + cursor + lead;
      cursor += line.length + 1;
      if (!text || isFormula(text)) continue;
      out.push({ text, lower: normalise(text), start, isQuestion: text.endsWith('?') || (sentenceQuestion && raw.trim().endsWith(text)), view });
    }
  });
  return out;
}

/**
 * compromise's `view.questions().found` for one whole sentence, step for step, except that it splits
 * the sentence into clauses (costly: a third of all detection time) only for the one rule that reads
 * them, and only when the sentence holds that rule's opening words at all.
 */
// Each view.has() is a compromise match over the sentence; a plain test of the raw words first skips the matches that
// cannot succeed (none of their words is there), which keeps the analysis within its speed ratio. Each test is a
// superset of its match: compromise tags only how… and wh… words #QuestionWord, and expands "what's", "dont",
// "isn't" to words these prefixes still find.
const QUESTION_WORD_FIRST = /^[^\p{L}\d]*(?:how|wh)/iu;
const AUX_FIRST = /^[^\p{L}\d]*(?:do|does|did|is|was|can|could|will|would|may)/iu;
const HAVE_MUST_FIRST = /^[^\p{L}\d]*(?:have|must)/iu;
const AUX_ANYWHERE = /\b(?:do|does|is|was)|['’]s\b|\b(?:what|that|it|how|where|who|there|here|he|she)s\b/i;

function isQuestionSentence(view: Doc, raw: string): boolean {
  type Term = { post: string; index: [number, number] };
  const terms = (view.docs as unknown as Term[][])[0] ?? [];
  const last = terms[terms.length - 1];
  if (!last || (view.document as unknown as Term[][])[last.index[0]]!.length !== terms.length) return false;
  if (/[?\uFF1F]/.test(last.post)) return true;
  if (/\.\.$/.test(view.out('text') as string)) return false;
  const q = QUESTION_WORD_FIRST.test(raw);
  if (q && view.has('^#QuestionWord') && view.has('@hasComma')) return false;
  if (/\bnot\b/i.test(raw) && view.has('or not$')) return true;
  if (q && view.has('^#QuestionWord')) return true;
  if (AUX_FIRST.test(raw) && view.has('^(do|does|did|is|was|can|could|will|would|may) #Noun')) return true;
  if (HAVE_MUST_FIRST.test(raw) && view.has('^(have|must) you')) return true;
  // A clause match is a match inside the sentence, so without these words no clause can have it.
  if (!AUX_ANYWHERE.test(raw) || !view.has('(do|does|is|was) #Noun')) return false;
  return (view as unknown as { clauses: () => Doc }).clauses().has('(do|does|is|was) #Noun+ #Adverb? (#Adjective|#Infinitive)$');
}

const CLAUSE_BREAK = /[;:\u2014\u2013]\s*|\s-\s|,\s+(?=(?:and|but|so|or|because|since|as|while|although|though|which|if|then)\b)|\s+(?=but\b)/g;

/** Widens [from, to) of a sentence to whole clauses, so evidence is the clause that carries the move. */
export function clauseSpan(sentence: Sentence, from: number, to: number): { start: number; end: number } {
  const cuts = [0];
  for (const m of sentence.lower.matchAll(CLAUSE_BREAK)) cuts.push((m.index ?? 0) + m[0].length);
  cuts.push(sentence.text.length);
  let start = 0;
  let end = sentence.text.length;
  for (let i = 0; i < cuts.length - 1; i++) {
    const here = cuts[i] ?? 0;
    const next = cuts[i + 1] ?? sentence.text.length;
    if (here <= from) start = here;
    if (next >= to && here < to) {
      end = next;
      break;
    }
  }
  const slice = sentence.text.slice(start, end);
  const trimmedStart = start + (slice.length - slice.trimStart().length);
  const trimmedEnd = start + slice.trimEnd().length;
  // A clause of a word or two says nothing on its own; fall back to the sentence.
  if (trimmedEnd - trimmedStart < 12) return { start: 0, end: sentence.text.length };
  return { start: trimmedStart, end: trimmedEnd };
}
