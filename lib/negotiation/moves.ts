// Runs everywhere (Node, side panel): detects the client's negotiation moves in their newest words (see shared/playbook.md).
import type { Parsed } from './nlp';
import type { DetectedMove } from './schemas';
import { MONEY_MOVES } from './moves/money-moves';
import { courtesy, ownBusiness, ownStep, settledFact, type Hit, type MessageContext, type MoveDetector } from './moves/rule';
import { learnedMoves } from './moves/learned';
import { clauseSpan, normalise, sentencesOf } from './moves/segment';
import { WORK_MOVES } from './moves/work-moves';

export { sentencesOf, clauseSpan, type Sentence } from './moves/segment';

const DETECTORS: MoveDetector[] = [...MONEY_MOVES, ...WORK_MOVES];

/**
 * The client's moves in one message: at most one per move id (its strongest, then earliest, cue),
 * in the order the client made them. Evidence is the clause that carries the move.
 */
export function detectMoves(parsed: Parsed): DetectedMove[] {
  const rules = ruleCandidates(parsed);
  // The learned model only adds moves the rules missed; the same settling rules then apply to both.
  // The sentence-level guards bind the model too: it learnt words, not whether a request is still open.
  // It also speaks only where the rules were silent: a sentence the rules already read as one move is not a second one.
  const learned = learnedMoves(parsed, rules).filter((m) => {
    const clause = { lower: normalise(m.evidence) };
    // The rush rule tests the client's own next step on its clause itself; the model needs the same guard here.
    if (ruledOut(m.id, factsOf(clause)) || (m.id === 'rush_deadline' && ownStep(clause))) return false;
    return !rules.some((r) => r.index >= m.index && r.index < m.index + m.evidence.length);
  });
  return settle([...rules, ...learned]).sort((a, b) => a.index - b.index);
}

/** What the hand-written detectors alone find (settled, in order): the learned model's baseline. */
export function detectRuleMoves(parsed: Parsed): DetectedMove[] {
  return settle(ruleCandidates(parsed)).sort((a, b) => a.index - b.index);
}

/** Moves that ask for something; a statement of what is already done cannot carry them. */
const ASKS = new Set<DetectedMove['id']>(['price_question', 'discount_request', 'payment_terms', 'free_work', 'future_promise', 'rush_deadline', 'scope_creep', 'boundary_push', 'nda_request', 'vague_brief']);
/** Demands a courtesy formula cannot carry (a price question can: "feel free to send your rates"). */
const DEMANDS = new Set<DetectedMove['id']>(['rush_deadline', 'boundary_push', 'nda_request', 'complaint', 'scope_creep', 'wrong_direction', 'vague_brief', 'free_work', 'future_promise']);
/** Money moves: never raised by the client's talk about their own customers' prices. */
const MONEY_IDS = new Set<DetectedMove['id']>(MONEY_MOVES.map((d) => d.id));

/** Sentence-level reasons a request cannot be there, whatever the words. */
interface SentenceFacts {
  settled: boolean;
  business: boolean;
  polite: boolean;
}

function factsOf(sentence: { lower: string }): SentenceFacts {
  return { settled: settledFact(sentence), business: ownBusiness(sentence), polite: courtesy(sentence) };
}

function ruledOut(id: DetectedMove['id'], f: SentenceFacts): boolean {
  return (ASKS.has(id) && f.settled) || (MONEY_IDS.has(id) && f.business) || (DEMANDS.has(id) && f.polite);
}

function ruleCandidates(parsed: Parsed): DetectedMove[] {
  const sentences = sentencesOf(parsed);
  const ctx: MessageContext = { sentences, lower: sentences.map((s) => s.lower).join(' ') };
  // Computed once per sentence, shared by every detector.
  const facts = sentences.map(factsOf);
  const found: DetectedMove[] = [];
  for (const detector of DETECTORS) {
    let best: { hit: Hit; sentence: (typeof sentences)[number] } | null = null;
    for (const [i, sentence] of sentences.entries()) {
      if (ruledOut(detector.id, facts[i]!)) continue;
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
  return found;
}

/**
 * Moves that change the meaning of others in the same message:
 * spec work is no agreement ("go ahead and draft it, we'll pay if we like it");
 * defects listed inside a complaint are the complaint, not a change request;
 * "adjust the designs" right after new scope is part of the new scope.
 */
function settle(found: DetectedMove[]): DetectedMove[] {
  const has = (id: DetectedMove['id']) => found.some((m) => m.id === id);
  return found.filter((m) => {
    if (m.id === 'acceptance') return !has('free_work') && (m.confidence >= 0.8 || !COUNTER_MOVES.some(has));
    if (m.id === 'revision_request') return !((has('complaint') && m.confidence < 0.8) || (has('scope_creep') && m.confidence < 0.7));
    return true;
  });
}

/** Moves that leave terms open, so approving one term ("the price is fine") is not yet agreement. */
const COUNTER_MOVES: DetectedMove['id'][] = ['discount_request', 'payment_terms', 'price_objection', 'budget_anchor', 'scope_creep', 'nda_request', 'rush_deadline'];
