// Runs everywhere (Node, side panel): the engine's entry: clean → parse once → moves, entities → suggestions; draft checks.
import { cleanMessage } from './clean';
import { checkDraft } from './draft-checks';
import { extractEntities } from './entities';
import { capMessage, capPart, MAX_DRAFT_CHARS, MAX_MESSAGE_CHARS, MAX_QUOTE_CHARS, MAX_RAW_CHARS, type Truncation } from './limits';
import { readMoves } from './moves';
import { parse } from './nlp';
import { EMPTY_PROFILE, type AgreementTerms, type Analysis, type DetectedMove, type DraftCheck, type Entities, type Profile, type Tone } from './schemas';
import { suggestReplies } from './suggest';
import { extractAsks, type Ask } from './understand/asks';
import { forwardedNote } from './forwarded';
import { understand } from './understand';
import { askedConcessions, checkOneSided, type Ledger } from './memory/ledger';
import { checkDraftFloor, type FloorWarning } from './memory/floor';
import { citeAgreement, findContradictions, type AgreedChange } from './memory/contradictions';
import { DRAFT_CHECKS } from './playbook';

/** Cards that offer less money for the job; not offered against a price already agreed. */
const LOWERS_PRICE = new Set(['discount-for-terms', 'discount-for-commitment', 'smaller-version', 'fewer-units-for-budget']);

export interface AnalyzeOptions {
  /** YYYY-MM-DD that relative dates resolve against; defaults to the local date. */
  today?: string;
  /** "Name <email>" of the client, for their first name. */
  from?: string;
  profile?: Profile;
  agreement?: AgreementTerms;
  tone?: Tone;
  /** Our own earlier messages in the thread, newest first: where our quote, dates and terms were stated. */
  ourEarlier?: string[];
  /** The agreement's history (when and how each term was set), so a contradiction can say when it was agreed. */
  agreementHistory?: AgreedChange[];
  /** When the agreement was last saved, for terms the history does not date. */
  agreedAt?: string;
}

/** What depends only on the message text and date, so it can be cached per message. */
export interface MessageReading {
  text: string;
  /** The quoted history under the client's words (our earlier message is usually its first block). */
  quote: string;
  moves: DetectedMove[];
  /** Weak signals below the display threshold: shown as "maybe" with their evidence, never answered by a suggestion. */
  maybe: DetectedMove[];
  entities: Entities;
  asks: Ask[];
  /** Set when the client's words were longer than the engine reads: what was read of how much. */
  truncated?: Truncation;
}

export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function readMessage(raw: string, opts: Pick<AnalyzeOptions, 'today' | 'from'> = {}): MessageReading {
  // Bounded work: the newest words are at the top, so the head of a huge mail is the part that matters (and of the
  // client's own words, the head and the closing questions).
  const rawHead = raw.length > MAX_RAW_CHARS ? raw.slice(0, MAX_RAW_CHARS) : raw;
  const cleaned = cleanMessage(rawHead);
  const body = capMessage(cleaned.body, MAX_MESSAGE_CHARS);
  // With no quote found in the head, the cut-off tail counts as the client's words too.
  const unseen = rawHead.length < raw.length && !cleaned.quote ? raw.length - rawHead.length : 0;
  const truncated = body.truncated ?? (unseen ? { part: 'message' as const, read: body.text.length, total: body.text.length } : undefined);
  if (truncated) truncated.total += unseen;
  // "See below from our AP team": the forwarded note's conditions are asked of us too, read after the client's own words.
  const forwarded = forwardedNote(body.text, cleaned.quote, opts.from);
  const note = forwarded ? cleanMessage(forwarded).body : '';
  const text = note ? `${body.text}\n\n${note}` : body.text;
  const parsed = parse(text);
  const { moves, maybe } = readMoves(parsed);
  return {
    text,
    quote: cleaned.quote.slice(0, MAX_QUOTE_CHARS),
    moves,
    maybe,
    entities: extractEntities(parsed, { today: opts.today ?? localToday(), from: opts.from, signature: cleaned.signature }),
    asks: extractAsks(parsed),
    ...(truncated ? { truncated } : {}),
  };
}

export function suggestFor(reading: MessageReading, opts: AnalyzeOptions = {}): Analysis {
  const profile = opts.profile ?? EMPTY_PROFILE;
  const today = opts.today ?? localToday();
  const u = understand({
    text: reading.text,
    quote: reading.quote,
    moves: reading.moves,
    entities: reading.entities,
    asks: reading.asks,
    profile,
    agreement: opts.agreement,
    today,
    from: opts.from,
    ourEarlier: opts.ourEarlier,
  });
  const contradictions = findContradictions({
    text: reading.text,
    amounts: u.amounts,
    percentages: u.percentages,
    dates: u.dates,
    agreement: opts.agreement,
    history: opts.agreementHistory,
    agreedAt: opts.agreedAt,
    today,
  });
  // Cards cite what was agreed ("As we agreed on 12 November, …") instead of renegotiating from zero.
  const written = suggestReplies(u, opts.tone ?? profile.tone);
  // A client restating the agreed price lower is answered with the agreement, not with a new discount.
  const kept = contradictions.some((c) => c.field === 'price') ? written.filter((s) => !LOWERS_PRICE.has(s.id)) : written;
  const suggestions = (kept.length ? kept : written).map((s) => citeAgreement(s, contradictions, today));
  // Figures leave with the role the reply writer read them in.
  const entities: Entities = {
    ...reading.entities,
    amounts: u.amounts.map(({ text, value, currency, index, role }) => ({ text, value, currency, index, role })),
    percentages: u.percentages.map(({ text, value, index, role }) => ({ text, value, index, role })),
    dates: u.dates.map(({ text, iso, deadline, index, role }) => ({ text, iso, deadline, index, role })),
  };
  return {
    text: reading.text,
    moves: reading.moves,
    asks: reading.asks.map(({ text, evidence, index, topic, question }) => ({ text, evidence, index, topic, question })),
    entities,
    suggestions,
    situation: { stage: u.situation.stage, depositPaid: u.situation.depositPaid, ...(u.situation.evidence ? { evidence: u.situation.evidence } : {}) },
    ...(contradictions.length ? { contradictions } : {}),
    ...(reading.truncated ? { truncated: reading.truncated } : {}),
  };
}

export function analyzeMessage(raw: string, opts: AnalyzeOptions = {}): Analysis {
  return suggestFor(readMessage(raw, opts), opts);
}

export interface DraftReading {
  text: string;
  checks: DraftCheck[];
  /** Prices in the draft under the private floor of their service (or in another currency, so not compared). */
  floor?: FloorWarning[];
  /** Set when the draft was longer than the coach reads. */
  truncated?: Truncation;
}

/** What the coach knows beyond the draft: this client's concessions ledger and what their newest message asks for. */
export interface DraftMemory {
  ledger?: Ledger | null;
  /** The client's newest words, so a plain "sure, no problem" is read as giving what they asked. */
  clientText?: string;
  /** For the private floor of each service. */
  profile?: Profile;
}

export function analyzeDraft(raw: string, memory?: DraftMemory): DraftReading {
  const { body: whole } = cleanMessage(raw.length > MAX_RAW_CHARS ? raw.slice(0, MAX_RAW_CHARS) : raw);
  const capped = capPart(whole, MAX_DRAFT_CHARS, 'draft');
  const body = capped.text;
  const checks = checkDraft(parse(body));
  const clientText = capPart(memory?.clientText ?? '', MAX_DRAFT_CHARS, 'draft').text;
  const oneSided = memory ? checkOneSided(body, memory.ledger, askedConcessions(clientText)) : null;
  if (oneSided) {
    checks.push({ id: 'one_sided_concession', evidence: oneSided.evidence, index: oneSided.index, principle: DRAFT_CHECKS.one_sided_concession.principle, advice: oneSided.advice });
    checks.sort((a, b) => a.index - b.index);
  }
  const floor = memory?.profile ? checkDraftFloor(body, memory.profile, clientText) : [];
  return { text: body, checks, ...(floor.length ? { floor } : {}), ...(capped.truncated ? { truncated: capped.truncated } : {}) };
}

export interface ThreadMessageInput {
  id: string;
  text: string;
  from?: string;
  fromUser?: boolean;
}

/**
 * Reads a thread message by message, remembering each reading, so a thread that gains one message
 * costs one parse instead of fifty. Bounded so a long session cannot grow without limit.
 */
export class ThreadAnalyzer {
  private readonly cache = new Map<string, MessageReading>();

  constructor(private readonly maxEntries = 1000) {}

  read(message: ThreadMessageInput, today: string): MessageReading {
    const key = `${message.id}\u0000${today}\u0000${message.from ?? ''}\u0000${hash(message.text)}`;
    const hit = this.cache.get(key);
    if (hit) {
      // Refresh recency: Map keeps insertion order, so re-inserting makes eviction least-recently-used.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const reading = readMessage(message.text, { today, from: message.from });
    this.cache.set(key, reading);
    if (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    return reading;
  }

  /** Reads every message and answers the newest one from the client. */
  analyzeThread(messages: ThreadMessageInput[], opts: AnalyzeOptions = {}): { readings: MessageReading[]; latest: Analysis | null } {
    const today = opts.today ?? localToday();
    const readings = messages.map((m) => this.read(m, today));
    let latestIndex = -1;
    for (let i = messages.length - 1; i >= 0; i--) {
      if (!messages[i]!.fromUser) {
        latestIndex = i;
        break;
      }
    }
    // Our own messages before the client's latest carry our quote and dates; newest first.
    const ourEarlier = messages
      .slice(0, Math.max(0, latestIndex))
      .filter((m) => m.fromUser)
      .map((m) => m.text)
      .reverse();
    const latest =
      latestIndex === -1
        ? null
        : suggestFor(readings[latestIndex]!, { ...opts, from: opts.from ?? messages[latestIndex]!.from, today, ourEarlier: opts.ourEarlier ?? ourEarlier });
    return { readings, latest };
  }

  get size(): number {
    return this.cache.size;
  }
}

/** FNV-1a: a cheap content fingerprint, so an edited message is never served a stale reading. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(36)}`;
}
