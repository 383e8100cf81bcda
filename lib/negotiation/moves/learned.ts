// Runs everywhere (Node, side panel): a small learned complement to the rule detectors; one-vs-rest logistic regression over sentence features.
import { z } from 'zod';
import type { Parsed } from '../nlp';
import { MoveIdSchema, type MoveId } from '../playbook';
import type { DetectedMove } from '../schemas';
import weightsJson from './learned-weights.json';
import { isFormula } from './segment';

/** A sentence (never spanning a line break) with its offset in `parsed.text` and its sparse features. */
export interface FeaturedSentence {
  text: string;
  start: number;
  features: string[];
}

const MoveModelSchema = z.strictObject({
  bias: z.number().finite(),
  /** Minimum probability for the best sentence of a message; chosen by cross-validation for precision. */
  threshold: z.number().min(0).max(1),
  weights: z.record(z.string(), z.number().finite()),
});
export const LearnedWeightsSchema = z.strictObject({
  version: z.literal(1),
  /** Moves missing here have no model good enough to trust (cross-validated precision target not met). */
  moves: z.partialRecord(MoveIdSchema, MoveModelSchema),
});
export type LearnedWeights = z.infer<typeof LearnedWeightsSchema>;
export type MoveModel = z.infer<typeof MoveModelSchema>;

// Validated once at load: a corrupt weights file fails loudly instead of scoring garbage.
const WEIGHTS: LearnedWeights = LearnedWeightsSchema.parse(weightsJson);

const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nothing', 'none', 'nor', 'neither', "n't", 'cannot']);
const CLAUSE_END = /[,.;:!?\u2014\u2013]/;
/** How many words after a negator read as negated ("can't pay upfront" -> not_pay, not_upfront). */
const NEGATION_SCOPE = 3;

interface JsonTerm {
  normal: string;
  root?: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** The word a feature is built from: roots generalise over inflection; numbers and names collapse to their class. */
function baseForm(term: JsonTerm): string {
  const tags = term.tags;
  if (tags.includes('Money')) return '#money';
  if (tags.includes('Percent')) return '#percent';
  if (tags.includes('Value')) return '#value';
  if (tags.includes('Person') || tags.includes('Place') || tags.includes('Organization')) return '#name';
  return (term.root || term.normal).toLowerCase();
}

function isNegator(term: JsonTerm): boolean {
  return term.tags.includes('Negative') || NEGATORS.has(term.normal) || /n't$/.test(term.normal);
}

/** Features of one line's terms: negation-marked words, bigrams, and a few tag and shape cues. */
function featuresOf(terms: JsonTerm[], text: string): string[] {
  const words: string[] = [];
  const tagCues = new Set<string>();
  let negated = 0;
  for (const term of terms) {
    const base = baseForm(term);
    if (isNegator(term)) {
      negated = NEGATION_SCOPE;
      tagCues.add('#neg');
    } else if (base) {
      words.push(negated > 0 ? `not_${base}` : base);
      if (negated > 0) negated--;
    }
    if (CLAUSE_END.test(term.post)) negated = 0;
    for (const tag of ['Money', 'Date', 'Value', 'Imperative', 'Comparable', 'Superlative']) if (term.tags.includes(tag)) tagCues.add(`#${tag.toLowerCase()}`);
  }
  if (text.trimEnd().endsWith('?')) tagCues.add('#question');
  if (text.includes('!')) tagCues.add('#exclaim');
  const features = new Set<string>(words);
  for (let i = 0; i + 1 < words.length; i++) features.add(`${words[i]} ${words[i + 1]}`);
  for (const cue of tagCues) features.add(cue);
  return [...features];
}

/**
 * The message's lines with features, read from the shared parse (roots computed on it once).
 * compromise finds sentences; each is cut at line breaks because mail lines often lack punctuation.
 */
export function featuredSentences(parsed: Parsed): FeaturedSentence[] {
  parsed.doc.compute('root');
  const json = parsed.doc.json({ offset: true, terms: { offset: true } }) as Array<{ offset?: { start: number; length: number }; terms: JsonTerm[] }>;
  const out: FeaturedSentence[] = [];
  for (const sentence of json) {
    if (!sentence.offset) continue;
    const raw = parsed.text.slice(sentence.offset.start, sentence.offset.start + sentence.offset.length);
    let cursor = sentence.offset.start;
    for (const line of raw.split('\n')) {
      const lineStart = cursor;
      cursor += line.length + 1;
      const text = line.trim();
      if (!text || isFormula(text)) continue;
      const start = lineStart + (line.length - line.trimStart().length);
      const end = start + text.length;
      const terms = sentence.terms.filter((t) => t.offset.start >= start && t.offset.start < end);
      out.push({ text, start, features: featuresOf(terms, text) });
    }
  }
  return out;
}

/** Probability that a sentence with these features carries the move. */
export function score(model: Pick<MoveModel, 'bias' | 'weights'>, features: string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Moves the rules did not find but the model is confident about: the message's best sentence for a move
 * must pass that move's threshold. Evidence is that sentence; confidence is the model probability.
 */
export function learnedMoves(parsed: Parsed, rules: DetectedMove[], weights: LearnedWeights = WEIGHTS): DetectedMove[] {
  const known = new Set<MoveId>(rules.map((m) => m.id));
  const open = (Object.entries(weights.moves) as Array<[MoveId, MoveModel]>).filter(([id]) => !known.has(id));
  if (!open.length) return [];
  const sentences = featuredSentences(parsed);
  const found: DetectedMove[] = [];
  for (const [id, model] of open) {
    let best: { sentence: FeaturedSentence; p: number } | null = null;
    for (const sentence of sentences) {
      const p = score(model, sentence.features);
      if (!best || p > best.p) best = { sentence, p };
    }
    if (best && best.p >= model.threshold) {
      found.push({ id, confidence: Math.round(best.p * 100) / 100, evidence: best.sentence.text, index: best.sentence.start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
