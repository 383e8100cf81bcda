// Runs everywhere (Node, side panel, trainer): the learned stage model's features and its prediction — where the deal stands, read from the client's words, ours, and what the rules found, by a small multinomial text model.
import { z } from 'zod';
import { StageSchema } from '../schemas';
import type { Stage } from './situation';

/** Each text is read up to this many characters, so the features of a 110 kB mail cost what a long one does. */
const MAX = 6000;

export interface StageInput {
  /** The client's cleaned newest words. */
  text: string;
  /** Our own earlier words in the thread, newest first. */
  ourWords: readonly string[];
  /** Something is quoted under the client's words. */
  quoted: boolean;
  /** The rules read a paid deposit. */
  depositPaid: boolean;
  /** The client's moves as detected, before the situation filters them. */
  moves: readonly string[];
}

/**
 * Words and word pairs of the client's text ("c:") and of ours ("o:"), digits folded to 0, plus what the thread holds.
 * The rules' own stage is deliberately not a feature: they were tuned on the training writers, so the model learnt to
 * trust them more than a new writer's mail deserves (held-out writer 0.82 with it, 0.88 without).
 */
export function stageFeatures(input: StageInput): string[] {
  const out = new Set<string>(['bias']);
  words(input.text, 'c:', out);
  words(input.ourWords.join('\n'), 'o:', out);
  if (input.ourWords.length) out.add('has_ours');
  if (input.quoted) out.add('has_quote');
  if (input.depositPaid) out.add('deposit_paid');
  for (const m of input.moves) out.add(`m:${m}`);
  return [...out];
}

function words(text: string, prefix: string, out: Set<string>): void {
  const w = text.slice(0, MAX).toLowerCase().replace(/[’]/g, "'").replace(/\d+/g, '0').match(/[a-z0']+|[$€£%?]/g) ?? [];
  for (let i = 0; i < w.length; i++) {
    out.add(`${prefix}${w[i]}`);
    if (i + 1 < w.length) out.add(`${prefix}${w[i]}_${w[i + 1]}`);
  }
}

/** Per feature, its weight for each stage in `stages` order, packed as "w0,w1,w2,w3,w4". */
export const StageWeightsSchema = z.strictObject({
  version: z.literal(1),
  stages: z.array(StageSchema).length(5),
  /** The model decides when its probability reaches this; below it the hand-written cues decide. */
  gate: z.number().min(0).max(1),
  weights: z.record(z.string(), z.string().regex(/^-?\d+(?:\.\d+)?(?:,-?\d+(?:\.\d+)?){4}$/)),
});
export type StageWeights = z.infer<typeof StageWeightsSchema>;

export interface StageModel {
  stages: Stage[];
  gate: number;
  weights: Map<string, Float64Array>;
}

export function unpackStages(raw: unknown): StageModel {
  const w = StageWeightsSchema.parse(raw);
  const weights = new Map<string, Float64Array>();
  for (const [feature, packed] of Object.entries(w.weights)) weights.set(feature, Float64Array.from(packed.split(','), Number));
  return { stages: w.stages, gate: w.gate, weights };
}

/**
 * How much each feature counts. A long mail has hundreds of words, and summed at full value its everyday words
 * ("need", "do", "the") outvote the few that say where the deal is; so each text's words count 1/√n of a short
 * message's, past the first SHORT of them. Structural features (the thread, the deposit, the moves) count 1.
 */
const SHORT = 16;
export function featureValues(features: readonly string[]): number[] {
  let c = 0;
  let o = 0;
  for (const f of features) {
    if (f.startsWith('c:')) c++;
    else if (f.startsWith('o:')) o++;
  }
  const cs = Math.min(1, Math.sqrt(SHORT / Math.max(1, c)));
  const os = Math.min(1, Math.sqrt(SHORT / Math.max(1, o)));
  return features.map((f) => (f.startsWith('c:') ? cs : f.startsWith('o:') ? os : 1));
}

/** The most likely stage and its probability (softmax over the weighted sum of the features present). */
export function predictStage(model: StageModel, features: readonly string[]): { stage: Stage; p: number } {
  const z = new Float64Array(model.stages.length);
  const values = featureValues(features);
  features.forEach((f, i) => {
    const v = model.weights.get(f);
    if (v) for (let k = 0; k < z.length; k++) z[k] = z[k]! + v[k]! * values[i]!;
  });
  const max = Math.max(...z);
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k]! - max);
  let best = 0;
  for (let k = 1; k < z.length; k++) if (z[k]! > z[best]!) best = k;
  return { stage: model.stages[best]!, p: z[best]! / sum };
}
