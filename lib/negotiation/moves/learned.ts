// Runs everywhere (Node, side panel): the learned move model — per move, a logistic text model over sentence features, and a calibrator that weighs its score with the rules' hit into one probability.
import { z } from 'zod';
import { MoveIdSchema, type MoveId } from '../playbook';
import { TypoVocabulary } from './features';

/**
 * Per move: `bias` of the sentence model; per feature, "moveIndex:weight" pairs packed in one string (most
 * features matter to one or two moves, so this is a fraction of a dense table's size).
 * `calibration[move]` = [a, b, c, d, e]: p = σ(a + b·z + c·rule + d·other + e·rule·z), z the logit of the message's
 * best sentence for the move, rule the hand-written detector's hit (0 or 1), other whether that sentence already
 * carries another move the rules found; e lets a rule's hit lean on the text less than a bare text score does. Fitted on leave-one-writer-out scores, so p is what held up on writers the model never saw.
 */
export const LearnedWeightsSchema = z.strictObject({
  version: z.literal(2),
  moves: z.array(MoveIdSchema).min(1),
  bias: z.array(z.number().finite()),
  calibration: z.array(z.tuple([z.number().finite(), z.number().finite(), z.number().finite(), z.number().finite(), z.number().finite()])),
  /** Shown as a move at or above `show`; as "maybe" at or above `maybe`. Chosen by cross-validation (see the trainer's report). */
  thresholds: z.strictObject({ show: z.number().min(0).max(1), maybe: z.number().min(0).max(1) }),
  weights: z.record(z.string(), z.string().regex(/^\d+:-?[\d.]+(,\d+:-?[\d.]+)*$/)),
  /** Whether the model reads character n-grams (the trainer decides by cross-validation). */
  charGrams: z.boolean(),
});
export type LearnedWeights = z.infer<typeof LearnedWeightsSchema>;

/** The weights unpacked once: feature -> dense vector over moves. */
export interface MoveModel {
  moves: MoveId[];
  bias: Float64Array;
  calibration: Array<[number, number, number, number, number]>;
  thresholds: { show: number; maybe: number };
  weights: Map<string, Float64Array>;
  charGrams: boolean;
  /** Unknown words read as the known word one typo away. */
  typos: TypoVocabulary;
}

export function unpack(raw: unknown): MoveModel {
  const w = LearnedWeightsSchema.parse(raw);
  const n = w.moves.length;
  if (w.bias.length !== n || w.calibration.length !== n) throw new Error(`learned weights: ${n} moves but ${w.bias.length} biases and ${w.calibration.length} calibrations`);
  const weights = new Map<string, Float64Array>();
  for (const [feature, packed] of Object.entries(w.weights)) {
    const v = new Float64Array(n);
    for (const pair of packed.split(',')) {
      const [i, value] = pair.split(':');
      const at = Number(i);
      if (at >= n) throw new Error(`learned weights: feature "${feature}" names move ${at} of ${n}`);
      v[at] = Number(value);
    }
    weights.set(feature, v);
  }
  return { moves: w.moves, bias: Float64Array.from(w.bias), calibration: w.calibration, thresholds: w.thresholds, weights, charGrams: w.charGrams, typos: new TypoVocabulary(weights.keys()) };
}

export function pack(model: MoveModel): LearnedWeights {
  const weights: Record<string, string> = {};
  for (const [feature, v] of model.weights) {
    const pairs: string[] = [];
    v.forEach((x, i) => {
      if (x !== 0) pairs.push(`${i}:${short(x)}`);
    });
    if (pairs.length) weights[feature] = pairs.join(',');
  }
  return LearnedWeightsSchema.parse({
    version: 2,
    moves: model.moves,
    bias: [...model.bias].map(round),
    calibration: model.calibration.map((c) => c.map((x) => Math.round(x * 1000) / 1000)),
    thresholds: model.thresholds,
    weights,
    charGrams: model.charGrams,
  });
}

const round = (x: number) => Math.round(x * 100) / 100;
/** Two significant digits are all a weight needs ("-.34", "1.2"): the file is mostly numbers. */
const short = (x: number) => (Math.abs(x) >= 1 ? x.toFixed(1) : x.toFixed(2)).replace(/^(-?)0\./, '$1.');

/** Sentence logits, sentence by sentence, for every move at once: one look-up per feature, not one per feature and move. */
export function sentenceLogits(model: MoveModel, sentences: string[][]): Float64Array[] {
  const n = model.moves.length;
  return sentences.map((features) => {
    const z = Float64Array.from(model.bias);
    const seen = new Set(features);
    for (const f of features) {
      let v = model.weights.get(f);
      if (!v && !model.weights.has(f)) {
        // An unknown word one typo from a known one counts as that word, once.
        const known = model.typos.resolve(f);
        if (known && !seen.has(known)) {
          seen.add(known);
          v = model.weights.get(known);
        }
      }
      if (v) for (let i = 0; i < n; i++) z[i]! += v[i]!;
    }
    return z;
  });
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface Signals {
  /** Logit of the best sentence for the move (−Infinity when the message has none left to read). */
  z: number;
  rule: boolean;
  other: boolean;
}

/** Logits beyond ±6 (p 0.0025 or 0.9975) say nothing more; clipping keeps one odd sentence from deciding alone. */
export const Z_CLIP = 6;

/** [1, z, rule, other, rule·z]: what the calibration weighs. */
export function calibrationInputs(s: Signals): [number, number, number, number, number] {
  const z = Number.isFinite(s.z) ? Math.max(-Z_CLIP, Math.min(Z_CLIP, s.z)) : -Z_CLIP;
  const rule = s.rule ? 1 : 0;
  return [1, z, rule, s.other ? 1 : 0, rule * z];
}

/** The calibrated probability that the message makes move `i`, from its text score and the rules' hits. */
export function calibrated(model: Pick<MoveModel, 'calibration'>, i: number, s: Signals): number {
  return sigmoid(calibrationInputs(s).reduce((sum, x, j) => sum + x * model.calibration[i]![j]!, 0));
}
