// Runs everywhere (Node, side panel): detects the client's negotiation moves in their newest words (see shared/playbook.md).
import type { Parsed } from './nlp';
import type { DetectedMove } from './schemas';
import { MONEY_MOVES } from './moves/money-moves';
import type { Hit, MessageContext, MoveDetector } from './moves/rule';
import { clauseSpan, sentencesOf } from './moves/segment';
import { WORK_MOVES } from './moves/work-moves';

export { sentencesOf, clauseSpan, type Sentence } from './moves/segment';

const DETECTORS: MoveDetector[] = [...MONEY_MOVES, ...WORK_MOVES];

/**
 * The client's moves in one message: at most one per move id (its strongest, then earliest, cue),
 * in the order the client made them. Evidence is the clause that carries the move.
 */
export function detectMoves(parsed: Parsed): DetectedMove[] {
  const sentences = sentencesOf(parsed);
  const ctx: MessageContext = { sentences, lower: sentences.map((s) => s.lower).join(' ') };
  const found: DetectedMove[] = [];
  for (const detector of DETECTORS) {
    let best: { hit: Hit; sentence: (typeof sentences)[number] } | null = null;
    for (const sentence of sentences) {
      const hit = detector.detect(sentence, ctx);
      if (hit && (!best || hit.confidence > best.hit.confidence)) best = { hit, sentence };
    }
    if (!best) continue;
    const span = clauseSpan(best.sentence, best.hit.from, best.hit.to);
    found.push({
      id: detector.id,
      confidence: Math.round(best.hit.confidence * 100) / 100,
      evidence: best.sentence.text.slice(span.start, span.end),
      index: best.sentence.start + span.start,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}
