// Runs everywhere (Node, side panel): the engine's entry: clean → parse once → moves, entities → suggestions; draft checks.
import { cleanMessage } from './clean';
import { checkDraft } from './draft-checks';
import { extractEntities } from './entities';
import { readMoves } from './moves';
import { parse } from './nlp';
import { EMPTY_PROFILE, type AgreementTerms, type Analysis, type DetectedMove, type DraftCheck, type Entities, type Profile, type Tone } from './schemas';
import { suggestReplies } from './suggest';

export interface AnalyzeOptions {
  /** YYYY-MM-DD that relative dates resolve against; defaults to the local date. */
  today?: string;
  /** "Name <email>" of the client, for their first name. */
  from?: string;
  profile?: Profile;
  agreement?: AgreementTerms;
  tone?: Tone;
}

/** What depends only on the message text and date, so it can be cached per message. */
export interface MessageReading {
  text: string;
  moves: DetectedMove[];
  /** Weak signals below the display threshold: shown as "maybe" with their evidence, never answered by a suggestion. */
  maybe: DetectedMove[];
  entities: Entities;
}

export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function readMessage(raw: string, opts: Pick<AnalyzeOptions, 'today' | 'from'> = {}): MessageReading {
  const cleaned = cleanMessage(raw);
  const parsed = parse(cleaned.body);
  const { moves, maybe } = readMoves(parsed);
  return {
    text: cleaned.body,
    moves,
    maybe,
    entities: extractEntities(parsed, { today: opts.today ?? localToday(), from: opts.from, signature: cleaned.signature }),
  };
}

export function suggestFor(reading: MessageReading, opts: AnalyzeOptions = {}): Analysis {
  const profile = opts.profile ?? EMPTY_PROFILE;
  const suggestions = suggestReplies({
    text: reading.text,
    moves: reading.moves,
    entities: reading.entities,
    profile,
    agreement: opts.agreement,
    tone: opts.tone ?? profile.tone,
    today: opts.today ?? localToday(),
  });
  // Suggestions answer the moves shown; "maybe" moves stay with the reading, not in the analysis.
  const { maybe: _maybe, ...shown } = reading;
  return { ...shown, suggestions };
}

export function analyzeMessage(raw: string, opts: AnalyzeOptions = {}): Analysis {
  return suggestFor(readMessage(raw, opts), opts);
}

export interface DraftReading {
  text: string;
  checks: DraftCheck[];
}

export function analyzeDraft(raw: string): DraftReading {
  const { body } = cleanMessage(raw);
  return { text: body, checks: checkDraft(parse(body)) };
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
    const latest = latestIndex === -1 ? null : suggestFor(readings[latestIndex]!, { ...opts, from: opts.from ?? messages[latestIndex]!.from, today });
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
