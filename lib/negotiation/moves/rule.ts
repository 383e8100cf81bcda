// Runs everywhere (Node, side panel): the small vocabulary move detectors are written in (patterns, negation, money).
import type { MoveId } from '../playbook';
import type { Sentence } from './segment';

/** A span inside one sentence that triggered a move. */
export interface Hit {
  from: number;
  to: number;
  confidence: number;
}

/** What every detector may consult about the whole message (moves depend on neighbouring sentences). */
export interface MessageContext {
  sentences: Sentence[];
  /** All sentences joined (normalised), for message-level cues. */
  lower: string;
}

export type Detector = (sentence: Sentence, ctx: MessageContext) => Hit | null;
export interface MoveDetector {
  id: MoveId;
  detect: Detector;
}

/** Negators, including contractions compromise does not tag as #Negative. */
export const NEGATION =
  /\b(not|no|never|none|nobody|nothing|without|neither|nor|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|shouldn't|wouldn't|couldn't|needn't|haven't|hasn't|hadn't|dont|cant|wont|no need)\b/;

/** True when a negator sits in the few words before `at` (same clause): "we don't need an NDA". */
export function negatedBefore(lower: string, at: number, words = 4): boolean {
  const before = lower.slice(0, at).split(/[,.;:!?\u2014\u2013]| but /).pop() ?? '';
  const tail = before.trim().split(/\s+/).slice(-words).join(' ');
  return NEGATION.test(tail);
}

interface FindOptions {
  /** Ignore matches preceded by a negator ("no rush", "don't need an NDA"). */
  unlessNegated?: boolean;
  confidence: number;
}

/** First match of any pattern, as a hit; patterns are tried in order so stronger cues go first. */
export function find(sentence: Sentence, patterns: RegExp | RegExp[], opts: FindOptions): Hit | null {
  for (const re of Array.isArray(patterns) ? patterns : [patterns]) {
    const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
    for (const m of sentence.lower.matchAll(new RegExp(re.source, flags))) {
      const at = m.index ?? 0;
      if (opts.unlessNegated && negatedBefore(sentence.lower, at)) continue;
      return { from: at, to: at + m[0].length, confidence: opts.confidence };
    }
  }
  return null;
}

export function has(sentence: Sentence, re: RegExp): boolean {
  return re.test(sentence.lower);
}

/** Spans both hits: used when a move needs two cues in one sentence. */
export function join(a: Hit, b: Hit, confidence: number): Hit {
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to), confidence };
}

/** An amount of money or a bare figure that could be one (not a percentage, date, count of days…). */
export const FIGURE =
  /(?:[$€£¥]\s?\d[\d,.]*\s?k?\b|\b\d[\d,.]*\s?k?\s?(?:usd|eur|euros?|gbp|chf|sek|nok|dkk|pln|dollars?|bucks|pounds?|quid|cents?|rupees?|[$€£])(?![a-z])|\b\d[\d,.]*k\b(?!\s?(?:followers|subscribers|fans|users|views|likes|visitors|downloads|customers|members|readers|words|impressions|[a-z]*s\b))|(?<!\bnet\s?)(?<![\d.,%-])\b\d[\d,.]*\b(?!\s?(?:%|percent|days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|pages?|words?|articles?|posts?|items?|times?|more|am|pm|th|st|nd|rd|x\b|seconds?|languages?|people|members?|[a-z]*s\b)|[\d:/-]))/;

/** Money named in the sentence: by pattern, or as compromise's #Money ("five hundred euros"). */
export function findFigure(sentence: Sentence): Hit | null {
  const hit = find(sentence, FIGURE, { confidence: 1 });
  if (hit) return hit;
  const money = sentence.view.match('#Money');
  if (!money.found) return null;
  const word = (money.text('normal') as string).split(/\s+/)[0] ?? '';
  const at = word ? sentence.lower.indexOf(word) : -1;
  return at >= 0 ? { from: at, to: at + word.length, confidence: 1 } : null;
}
