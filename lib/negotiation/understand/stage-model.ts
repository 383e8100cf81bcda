// Runs everywhere (Node, side panel): loads the learned stage model's weights (their own chunk, with the engine) and unpacks them once.
import { predictStage, stageFeatures, unpackStages, type StageInput, type StageModel } from './stage-features';
import type { Stage } from './situation';

const weightsJson: unknown = (await import('./stage-weights.json')).default;
let MODEL: StageModel | null = null;

/** The learned reading of the stage, or undefined where the model is unsure and the hand-written cues should decide. */
export function learnedStage(input: StageInput): { stage: Stage; p: number } | undefined {
  MODEL ??= unpackStages(weightsJson);
  const got = predictStage(MODEL, stageFeatures(input));
  return got.p >= MODEL.gate ? got : undefined;
}
