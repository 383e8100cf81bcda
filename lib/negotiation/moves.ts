// Runs everywhere (Node, side panel): detects the client's negotiation moves in their newest words (see shared/playbook.md).
import { parse, type Parsed } from './nlp';
import type { DetectedMove } from './schemas';
import type { MoveId } from './playbook';
import { placedTerms, sentenceFeatures, withContext } from './moves/features';
import { calibrated, sentenceLogits, unpack, type MoveModel } from './moves/learned';
import { MONEY_MOVES } from './moves/money-moves';
import { courtesy, elsewhere, ownBusiness, ownStep, privateLife, settledFact, type MessageContext, type MoveDetector } from './moves/rule';
import { clauseSpan, sentencesOf, type Sentence } from './moves/segment';
import { originalSpan, respell, shouted, type Respelled } from './moves/spelling';
import { WORK_MOVES } from './moves/work-moves';

export { sentencesOf, clauseSpan, type Sentence } from './moves/segment';

const DETECTORS: MoveDetector[] = [...MONEY_MOVES, ...WORK_MOVES];

/** What the panel shows: moves at or above the display threshold, and weaker signals as "maybe", each with its evidence. */
export interface MoveReading {
  moves: DetectedMove[];
  /** Below the display threshold but above the "maybe" one: shown as a hint, never answered by a suggestion. */
  maybe: DetectedMove[];
}

// The weights are their own chunk, fetched when the engine loads (never with the panel's shell); unpacked on first use,
// once: validating and indexing them costs a few milliseconds nobody should pay twice.
const weightsJson: unknown = (await import('./moves/learned-weights.json')).default;
let MODEL: MoveModel | null = null;
function model(): MoveModel {
  MODEL ??= unpack(weightsJson);
  return MODEL;
}

/**
 * The client's moves in one message: at most one per move id (its strongest, then earliest, cue),
 * in the order the client made them. Evidence is the clause that carries the move.
 */
export function detectMoves(parsed: Parsed): DetectedMove[] {
  return readMoves(parsed).moves;
}

/** Moves and "maybe" moves of one message, each evidence an exact slice of `parsed.text`. */
export function readMoves(parsed: Parsed, m: MoveModel = model()): MoveReading {
  const ev = moveEvidence(parsed, { charGrams: m.charGrams });
  const signals = moveSignals(ev, m, sentenceLogits(m, ev.features));
  return decide(ev, signals, m.thresholds);
}

/** What the hand-written detectors alone find (settled, in order): the learned model's baseline. */
export function detectRuleMoves(parsed: Parsed): DetectedMove[] {
  const ev = moveEvidence(parsed, null);
  const moves = ev.rules.map((r) => ruleMove(ev, r));
  return settle(moves.map((move) => ({ move, strength: move.confidence }))).sort((a, b) => a.index - b.index);
}

// ---- reading: casual spelling, sentences, rule hits, features

/** A message read once for every detector: respelled (when the client's spelling needed it) and parsed. */
export interface MoveEvidence {
  original: string;
  /** The rewrite that was parsed, or null when the message was parsed as written. */
  respelled: Respelled | null;
  parsed: Parsed;
  sentences: Sentence[];
  /** Sentence-level reasons a move cannot be there, per sentence. */
  facts: SentenceFacts[];
  rules: RuleHit[];
  /** Learned-model features per sentence (empty when not asked for). */
  features: string[][];
}

/** A hand-written detector's best hit: the move, its clause, and the sentence holding it. */
export interface RuleHit {
  id: MoveId;
  confidence: number;
  sentence: number;
  /** Clause span in the (respelled) parsed text. */
  start: number;
  end: number;
}

/**
 * Rules and features read the message after casual spelling is rewritten ("cant stretch to that tbh" → "can't stretch
 * to that to be honest"); compromise parses the rewrite again only when there was something to rewrite.
 */
export function moveEvidence(parsed: Parsed, features: { charGrams: boolean } | null): MoveEvidence {
  const r = respell(parsed.text);
  const read = r.changed ? parse(r.text) : parsed;
  const sentences = sentencesOf(read);
  const facts = sentences.map(factsOf);
  const ev: MoveEvidence = { original: parsed.text, respelled: r.changed ? r : null, parsed: read, sentences, facts, rules: [], features: [] };
  ev.rules = ruleHits(ev);
  if (features) {
    const terms = placedTerms(read);
    ev.features = withContext(sentences.map((s) => sentenceFeatures(s, terms, wasShouted(ev, s), features)));
  }
  return ev;
}

function wasShouted(ev: MoveEvidence, s: Sentence): boolean {
  if (!ev.respelled) return false;
  const span = originalSpan(ev.respelled, s.start, s.start + s.text.length);
  return shouted(ev.original.slice(span.start, span.end));
}

/** Moves that ask for something; a statement of what is already done cannot carry them. */
const ASKS = new Set<MoveId>(['price_question', 'discount_request', 'payment_terms', 'free_work', 'future_promise', 'rush_deadline', 'scope_creep', 'boundary_push', 'nda_request', 'vague_brief']);
/** Demands a courtesy formula cannot carry (a price question can: "feel free to send your rates"). */
const DEMANDS = new Set<MoveId>(['rush_deadline', 'boundary_push', 'nda_request', 'complaint', 'scope_creep', 'wrong_direction', 'vague_brief', 'free_work', 'future_promise']);
/** Money moves: never raised by the client's talk about their own customers' prices. */
const MONEY_IDS = new Set<MoveId>(MONEY_MOVES.map((d) => d.id));

/** Sentence-level reasons a request cannot be there, whatever the words. */
interface SentenceFacts {
  settled: boolean;
  business: boolean;
  polite: boolean;
  ownStep: boolean;
  boilerplate: boolean;
  /** A grievance aimed at someone or something other than the freelancer. */
  elsewhere: boolean;
  /** Small talk about the client's private life, not about us or the work (a grievance there is `elsewhere`'s to judge). */
  aside: boolean;
}

/**
 * Mail-system boilerplate: a legal disclaimer or an out-of-office notice is written for every recipient, so it makes
 * no move, however many trigger words it holds ("confidential", "please notify the sender and delete it", "urgent").
 */
const BOILERPLATE =
  /\b(this|the) (e-?mail|message|communication|transmission)( and any (attachments?|files?)( (transmitted|sent) with it)?)? (is|are|may be|may contain|contains?|might contain)\b[^.?!]{0,80}\b(confidential|privileged|intended)\b|\bthe information (in|contained in|within) this (e-?mail|message)\b|\bintended (solely |only |exclusively )?for the (use of the )?(addressee|named recipient|recipient|individual)|\b(received|receive|got) (this|it)( (e-?mail|message))? (in error|by mistake)\b|\bnotify the sender\b|\bconfidentiality notice\b|^\s*disclaimer\b|\b(out of (the )?office|on annual leave|away from my desk)\b[^.?!]{0,60}\b(limited access|return|back on|until)\b|\bfor urgent (matters|enquiries|inquiries|issues)\b[^.?!]{0,30}\b(contact|call|email|ring)\b/;

function factsOf(sentence: { lower: string }): SentenceFacts {
  return { settled: settledFact(sentence), business: ownBusiness(sentence), polite: courtesy(sentence), ownStep: ownStep(sentence), boilerplate: BOILERPLATE.test(sentence.lower), elsewhere: elsewhere(sentence), aside: privateLife(sentence) };
}

function ruledOut(id: MoveId, f: SentenceFacts): boolean {
  return f.boilerplate || (f.aside && id !== 'complaint') || (ASKS.has(id) && f.settled) || (MONEY_IDS.has(id) && f.business) || (DEMANDS.has(id) && f.polite) || (id === 'complaint' && f.elsewhere);
}

function ruleHits(ev: MoveEvidence): RuleHit[] {
  const { sentences, facts } = ev;
  const ctx: MessageContext = { sentences, lower: sentences.map((s) => s.lower).join(' ') };
  const found: RuleHit[] = [];
  for (const detector of DETECTORS) {
    let best: { hit: NonNullable<ReturnType<MoveDetector['detect']>>; at: number } | null = null;
    for (const [i, sentence] of sentences.entries()) {
      if (ruledOut(detector.id, facts[i]!)) continue;
      const hit = detector.detect(sentence, ctx);
      if (hit && (!best || hit.confidence > best.hit.confidence)) best = { hit, at: i };
    }
    if (!best) continue;
    const sentence = sentences[best.at]!;
    const span = clauseSpan(sentence, best.hit.from, best.hit.to);
    found.push({
      id: detector.id,
      confidence: Math.round(best.hit.confidence * 100) / 100,
      sentence: best.at,
      start: sentence.start + span.start,
      end: sentence.start + span.end,
    });
  }
  return found;
}

// ---- deciding: the rules' hits and the model's scores into calibrated moves

/** Per move (in the model's order): the calibrated probability and the sentence that carries it. */
export interface MoveSignal {
  id: MoveId;
  p: number;
  rule: RuleHit | null;
  /** The model's best admissible sentence (−1 when none is left). */
  at: number;
  z: number;
  other: boolean;
}

/**
 * Calibrated probability per move. The model's sentence for a move must be one the move can sit in (not a settled
 * fact, a courtesy formula, the client's business or, for a deadline, the client's own next step).
 */
export function moveSignals(ev: MoveEvidence, m: Pick<MoveModel, 'moves' | 'calibration'>, logits: Float64Array[]): MoveSignal[] {
  return m.moves.map((id, i) => {
    let z = -Infinity;
    let at = -1;
    logits.forEach((row, s) => {
      const f = ev.facts[s]!;
      if (ruledOut(id, f) || (id === 'rush_deadline' && f.ownStep)) return;
      if (row[i]! > z) {
        z = row[i]!;
        at = s;
      }
    });
    const rule = ev.rules.find((r) => r.id === id) ?? null;
    // The sentence already read by the rules as another move is less likely to be this one too.
    const other = !rule && at >= 0 && ev.rules.some((r) => r.sentence === at);
    return { id, z, at, rule, other, p: calibrated(m, i, { z, rule: !!rule, other }) };
  });
}

/** Words a "maybe" of these moves needs in its evidence. */
const MAYBE_NEEDS: Partial<Record<MoveId, RegExp>> = {
  complaint: /\b(?:not|no|never|nothing|nobody|n't|hate[sd]?|wrong|bad|poor|disappoint\w*|unhappy|upset|problem|issues?|mistakes?|errors?|broken|late|worse|worst|awful|terrible|ugly|boring|dull|off|missing|fail\w*|complain\w*|sorry|refund|angry|frustrat\w*|annoy\w*|useless|rubbish|crap|joke|embarrass\w*|childish|cheap|amateur\w*|sloppy|generic|bland|robot|fed up|waste)\b|\?/i,
};

/** Moves at or above `show`, "maybe" moves at or above `maybe`; the settling rules then apply to the moves. */
export function decide(ev: MoveEvidence, signals: MoveSignal[], thresholds: { show: number; maybe: number }): MoveReading {
  const shown: Array<{ move: DetectedMove; strength: number }> = [];
  const maybe: DetectedMove[] = [];
  for (const s of signals) {
    if (s.p < thresholds.maybe) continue;
    const move = s.rule ? ruleMove(ev, s.rule) : s.at >= 0 ? sentenceMove(ev, s.id, s.at) : null;
    if (!move) continue;
    // A hint is only worth showing when its sentence could carry the move at all: an unhappy client says something
    // negative ("Our whole team saw the announcement" is no complaint, however the words weigh).
    if (s.p < thresholds.show && MAYBE_NEEDS[s.id] && !MAYBE_NEEDS[s.id]!.test(move.evidence)) continue;
    move.confidence = Math.round(s.p * 100) / 100;
    if (s.p >= thresholds.show) shown.push({ move, strength: s.rule ? s.rule.confidence : s.p });
    else maybe.push(move);
  }
  const moves = settle(shown).sort((a, b) => a.index - b.index);
  return { moves, maybe: maybe.sort((a, b) => a.index - b.index) };
}

/** A span of the parsed (maybe respelled) text as evidence in the client's own words. */
function evidenceOf(ev: MoveEvidence, start: number, end: number): { evidence: string; index: number } {
  const span = ev.respelled ? originalSpan(ev.respelled, start, end) : { start, end };
  return { evidence: ev.original.slice(span.start, span.end), index: span.start };
}

function ruleMove(ev: MoveEvidence, r: RuleHit): DetectedMove {
  return { id: r.id, confidence: r.confidence, ...evidenceOf(ev, r.start, r.end) };
}

function sentenceMove(ev: MoveEvidence, id: MoveId, at: number): DetectedMove | null {
  const s = ev.sentences[at]!;
  const found = evidenceOf(ev, s.start, s.start + s.text.length);
  return found.evidence.trim() ? { id, confidence: 0, ...found } : null;
}

/**
 * Moves that change the meaning of others in the same message:
 * spec work is no agreement ("go ahead and draft it, we'll pay if we like it");
 * defects listed inside a complaint are the complaint, not a change request;
 * "adjust the designs" right after new scope is part of the new scope.
 * `strength` is the rule's own confidence in its cue (or the model's probability when no rule fired).
 */
function settle(found: Array<{ move: DetectedMove; strength: number }>): DetectedMove[] {
  const has = (id: MoveId) => found.some((m) => m.move.id === id);
  return found
    .filter(({ move, strength }) => {
      if (move.id === 'acceptance') return !has('free_work') && (strength >= 0.8 || !COUNTER_MOVES.some(has));
      if (move.id === 'revision_request') return !((has('complaint') && strength < 0.8) || (has('scope_creep') && strength < 0.7));
      return true;
    })
    .map(({ move }) => move);
}

/** Moves that leave terms open, so approving one term ("the price is fine") is not yet agreement. */
const COUNTER_MOVES: MoveId[] = ['discount_request', 'payment_terms', 'price_objection', 'budget_anchor', 'scope_creep', 'nda_request', 'rush_deadline'];
