// Runs everywhere (Node, side panel): the concessions ledger — what each side gave in a negotiation, read from the thread, the client's notes and the agreement history.
import { sentences } from './sentences';

/** A lower price, extra rounds or scope at no charge, an earlier date, a smaller deposit or later payment, an NDA or exclusivity without a surcharge. */
export const CONCESSION_KINDS = ['price', 'free_scope', 'earlier_date', 'payment', 'nda'] as const;
export type ConcessionKind = (typeof CONCESSION_KINDS)[number];
export const SIDES = ['us', 'client'] as const;
export type Side = (typeof SIDES)[number];
export const CONCESSION_SOURCES = ['thread', 'note', 'agreement'] as const;
export type ConcessionSource = (typeof CONCESSION_SOURCES)[number];

export interface Concession {
  kind: ConcessionKind;
  by: Side;
  /** YYYY-MM-DD, or '' when the message carried no date. */
  date: string;
  /** The words that give it: a quote from the message or note, or the agreement change spelled out. */
  evidence: string;
  source: ConcessionSource;
  /** What came back for it, in the giver's words ("in exchange for payment upfront"); absent: nothing. */
  return?: string;
}

export interface Ledger {
  entries: Concession[];
  /** Concessions we made with nothing named in return. */
  gave: number;
  /** Concessions the client made. */
  got: number;
  /** Concessions we made that were traded for something. */
  traded: number;
  /** "You gave 3, got 1". */
  balance: string;
  /** We already gave at least ONE_SIDED_GAP more than we got: the next free concession deserves a warning. */
  oneSided: boolean;
}

/** How far the balance may lean before the coach speaks up: one unreturned favour is goodwill, two is a pattern. */
export const ONE_SIDED_GAP = 2;

export const KIND_LABEL: Record<ConcessionKind, string> = {
  price: 'a lower price',
  free_scope: 'extra work at no charge',
  earlier_date: 'an earlier date',
  payment: 'easier payment terms',
  nda: 'an NDA without a surcharge',
};

const MAX_TEXT = 20_000;
const MAX_SENTENCES = 200;
const MAX_ENTRIES = 200;

// ---- what a client asks us to give

const ASK_PATTERNS: Array<[ConcessionKind, RegExp]> = [
  ['free_scope', /\b(?:one more|another|an extra|an additional|a (?:third|fourth|fifth)|(?:two|three|2|3) more|more) (?:round|revision|change|version|concept|page|section)s?\b|\b(?:free of charge|for free|at no (?:extra )?(?:cost|charge)|no extra charge|included in the (?:price|fee))\b|\bwhile you'?re at it\b|\bthrow in\b|\bunlimited (?:revisions|rounds|changes)\b/i],
  ['price', /\b(?:discount|lower (?:the )?(?:price|rate|fee)|(?:come|go) down|cheaper|best price|better price|reduce (?:the )?(?:price|fee|rate)|knock (?:off|down)|\d+\s?% off|can you do (?:it )?for)\b/i],
  ['earlier_date', /\b(?:earlier|sooner|asap|as soon as possible|move (?:the deadline|it) (?:up|forward)|by tomorrow|rush|faster)\b/i],
  ['payment', /\b(?:no (?:deposit|upfront|advance)|without (?:a |the )?(?:deposit|advance)|pay (?:after|on|upon|at the end|once)|(?:smaller|lower|reduce the) (?:deposit|advance)|net[ -]?(?:30|45|60|90)|(?:skip|waive) the (?:deposit|advance))\b/i],
  ['nda', /\b(?:nda|non-disclosure|confidentiality agreement|exclusiv\w+|not (?:to )?(?:show|use) (?:it|this|the work) in your portfolio)\b/i],
];

/** Kinds of concession the client's words ask for, in a stable order. Total; bounded by MAX_TEXT. */
export function askedConcessions(clientText: string): ConcessionKind[] {
  const text = clientText.slice(0, MAX_TEXT);
  return ASK_PATTERNS.filter(([, re]) => re.test(text)).map(([k]) => k);
}

// ---- what a message gives

/** Our own words that give something away, per kind. */
const OUR_GIVE: Array<[ConcessionKind, RegExp]> = [
  ['price', /\b(?:i (?:can|could|will|'ll)|i'?m happy to|happy to|let'?s) (?:do (?:it|this|the \w+) for|come down|lower|reduce|drop|knock|take \S+ off|go down|make it)\b|\b\d+\s?% (?:off|discount)\b|\bdiscount of\b|\bfor [$€£]?\s?\d[\d,.]*k?\s?(?:€|£|kr|EUR|USD|GBP|SEK)? instead of\b|\bfrom [$€£]?\s?\d[\d,.]*k?\s+(?:down )?to [$€£]?\s?\d/i],
  ['free_scope', /\b(?:no (?:extra |additional )?charge|free of charge|for free|at no (?:extra |additional )?(?:cost|charge)|on the house|throw (?:it |that |this )?in|i'?ll include|(?:one more|another|an extra|a third|a fourth) (?:round|revision)s?(?: is| are)? (?:fine|included|free|on me))\b/i],
  ['earlier_date', /\b(?:i can (?:have|get|deliver) (?:it|this|them) (?:by|for) (?:tomorrow|monday|tuesday|wednesday|thursday|friday|the \d+)|i'?ll (?:prioriti[sz]e|move it up|rush it)|earlier than (?:planned|agreed)|without (?:a|the) rush (?:fee|surcharge))\b/i],
  ['payment', /\b(?:(?:you )?(?:can|may) pay (?:after|on|upon|at the end|once|later)|no (?:need for a|need for the) (?:deposit|advance)|(?:skip|waive|drop) the (?:deposit|advance)|(?:without|no) (?:a |the )?deposit is fine|net[ -]?(?:30|45|60|90) is fine|pay(?:ment)? (?:after|on|upon) (?:delivery|launch|completion) is fine)\b/i],
  ['nda', /\b(?:(?:i'?ll|i will|happy to|i can) sign (?:the|your|an) (?:nda|confidentiality agreement)(?! (?:for|with|at) (?:a |the )?(?:\d|surcharge|fee|premium))|won'?t (?:show|use) (?:it|this|the work) in my portfolio)\b/i],
];

/** The client's words that give something to us. */
const CLIENT_GIVE: Array<[ConcessionKind, RegExp]> = [
  ['price', /\b(?:we(?: can| could| will|'ll) (?:pay (?:more|up to|the full price|your (?:full )?(?:price|rate|fee)|[$€£]|\d)|go up to|increase|raise|stretch)|(?:increase|raise|stretch) (?:our|the) budget|(?:your|the) (?:full )?price is (?:fine|ok|okay|acceptable)|we accept (?:the|your) (?:price|quote|rate|surcharge))\b/i],
  ['free_scope', /\b(?:we'?ll (?:drop|skip|remove)|(?:drop|skip|remove) the (?:extra|additional|second|third)|fewer (?:pages|rounds|revisions|sections)|smaller scope is fine)\b/i],
  ['earlier_date', /\b(?:(?:more|extra) time is fine|we can wait|(?:move|push) the deadline (?:back|out)|(?:a |the )?later (?:date|deadline) is fine|no rush|take (?:the|an) extra (?:week|few days))\b/i],
  ['payment', /\b(?:we(?:'ll| will| agreed to| can| are happy to)? pay (?:the )?(?:deposit|upfront|in advance|everything upfront|the full amount)|(?:the|your) deposit is fine|we accept the deposit|(?:pay|paying) (?:\d+\s?% )?upfront is fine|we can pay upfront)\b/i],
  ['nda', /\b(?:(?:you )?can (?:show|use) (?:it|this|the work) in your portfolio|no need for (?:an|the) nda|we'?ll drop the nda|(?:the|your) (?:nda )?surcharge is fine)\b/i],
];

/** A yes with no condition ("sure, no problem", "of course", "happy to"). */
const PLAIN_YES = /^\W*(?:sure|of course|no problem|no worries|absolutely|happy to|fine|ok(?:ay)?|yes|yep|done|will do|sounds good|that'?s fine|consider it done)\b/i;

const GREETING = /^\W*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|thanks|thank you)\b[^.?!]{0,40},?$|^[^\s,]{1,30},$/i;

/** "in exchange for…", "if you…", "provided that…": the return named for a concession. */
const RETURN = /\b(?:in (?:exchange|return) for|in (?:exchange|return),|if you (?:can |could )?(?:pay|sign|confirm|agree|extend|give|move|accept|send|commit|let)|provided (?:that )?you|as long as you|on condition that|for (?:a |an )?(?:\d+\s?% )?(?:surcharge|premium|rush fee)|at (?:my|the) (?:hourly|usual|standard) rate|(?:for|at) an extra|that would (?:need|require)|for that,? i'?d need)\b[^.?!\n]{0,120}/i;

/** Declines and hypotheticals give nothing: "I can't do it for free", "no discount". */
const NEGATED = /\b(?:can'?t|cannot|won'?t|not able|unable|no discount|not (?:free|included)|isn'?t (?:free|included)|would be extra|is extra|are extra|charged|billed|at my (?:hourly|usual) rate)\b/i;

export interface Given {
  kind: ConcessionKind;
  evidence: string;
  index: number;
  return?: string;
}

/**
 * What one message gives away. `asked` is what the other side's previous message asked for, so a plain
 * "sure, no problem" to "can we have a third round for free?" counts as giving that round.
 */
export function givenIn(text: string, by: Side, asked: ConcessionKind[] = []): Given[] {
  const body = text.slice(0, MAX_TEXT);
  const patterns = by === 'us' ? OUR_GIVE : CLIENT_GIVE;
  const ret = by === 'us' ? RETURN.exec(body) : null;
  const found: Given[] = [];
  const seen = new Set<ConcessionKind>();
  const said = sentences(body, MAX_SENTENCES);
  for (const s of said) {
    for (const [kind, re] of patterns) {
      if (seen.has(kind) || !re.test(s.text)) continue;
      if (by === 'us' && NEGATED.test(s.text) && !RETURN.test(s.text)) continue;
      seen.add(kind);
      found.push({ kind, evidence: s.text, index: s.start, ...(ret ? { return: ret[0].trim() } : {}) });
    }
  }
  // Saying yes to what they just asked gives it, even in words no pattern lists.
  if (by === 'us' && asked.length) {
    const first = said.find((x) => !GREETING.test(x.text));
    // A collapsed message is read as one line: "Hi Mia, Sure, no problem."
    const yes = first?.text.replace(/^\W*(?:hi|hello|hey|dear)\s+[^,.!?]{1,30},\s*/i, '');
    if (first && yes && PLAIN_YES.test(yes) && !NEGATED.test(first.text)) {
      for (const kind of asked) {
        if (seen.has(kind)) continue;
        seen.add(kind);
        found.push({ kind, evidence: first.text, index: first.start, ...(ret ? { return: ret[0].trim() } : {}) });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

// ---- the ledger

export interface LedgerMessage {
  text: string;
  /** ISO date or date-time; null when unknown. */
  date: string | null;
  fromUser: boolean;
}

export interface LedgerNote {
  text: string;
  at: string;
}

/** One changed agreement field, as lib/db records it (only the parts the ledger reads). */
export interface LedgerChange {
  at: string;
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface LedgerInput {
  messages?: LedgerMessage[];
  notes?: LedgerNote[];
  history?: LedgerChange[];
}

const day = (iso: string | null | undefined): string => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : '');

/** Notes are in the user's words: "they agreed to pay upfront" is the client's; "gave them a free round" is ours. */
const NOTE_THEIRS = /^\W*(?:they|the client|client|she|he)\b/i;
const NOTE_OURS_GAVE = /\b(?:gave|agreed to|threw in|let (?:them|her|him)|accepted|dropped|waived|did (?:it|the \w+) for free)\b/i;

function fromNote(note: LedgerNote): Concession[] {
  const out: Concession[] = [];
  for (const s of sentences(note.text.slice(0, MAX_TEXT), MAX_SENTENCES)) {
    const by: Side = NOTE_THEIRS.test(s.text) ? 'client' : 'us';
    const text = by === 'client' ? s.text.replace(NOTE_THEIRS, 'we') : s.text.replace(/^\W*(?:i|we)\b/i, "I'll");
    let gives = givenIn(text, by);
    // A note in the past tense ("gave them a third round for free") is ours when it names a gift the patterns know.
    if (!gives.length && by === 'us' && NOTE_OURS_GAVE.test(s.text)) {
      gives = ASK_PATTERNS.filter(([, re]) => re.test(s.text)).slice(0, 1).map(([kind]) => ({ kind, evidence: s.text, index: 0 }));
    }
    for (const g of gives) {
      const ret = RETURN.exec(s.text);
      out.push({ kind: g.kind, by, date: day(note.at), evidence: s.text, source: 'note', ...(ret ? { return: ret[0].trim() } : {}) });
    }
  }
  return out;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const priceOf = (v: unknown): number | undefined => (v && typeof v === 'object' ? num((v as { amount?: unknown }).amount) : undefined);

function fromChange(c: LedgerChange): Concession | null {
  const date = day(c.at);
  const entry = (kind: ConcessionKind, by: Side, evidence: string): Concession => ({ kind, by, date, evidence, source: 'agreement' });
  switch (c.field) {
    case 'price': {
      const [b, a] = [priceOf(c.before), priceOf(c.after)];
      if (b === undefined || a === undefined || a === b) return null;
      return entry('price', a < b ? 'us' : 'client', `Price changed from ${b} to ${a}`);
    }
    case 'revisionRounds': {
      const [b, a] = [num(c.before), num(c.after)];
      if (b === undefined || a === undefined || a === b) return null;
      return entry('free_scope', a > b ? 'us' : 'client', `Revision rounds changed from ${b} to ${a}`);
    }
    case 'depositPercent': {
      const [b, a] = [num(c.before), num(c.after)];
      if (b === undefined || a === undefined || a === b) return null;
      return entry('payment', a < b ? 'us' : 'client', `Deposit changed from ${b}% to ${a}%`);
    }
    case 'nda': {
      const after = c.after as { required?: boolean; surchargePercent?: number } | undefined;
      if (!after?.required || (after.surchargePercent ?? 0) > 0) return null;
      return entry('nda', 'us', 'NDA accepted without a surcharge');
    }
    default:
      return null;
  }
}

/** The ledger of one client: thread (oldest first), notes and agreement history, by date. Total and bounded. */
export function buildLedger(input: LedgerInput): Ledger {
  const entries: Concession[] = [];
  const messages = (input.messages ?? []).slice(-200);
  let asked: ConcessionKind[] = [];
  for (const m of messages) {
    const by: Side = m.fromUser ? 'us' : 'client';
    for (const g of givenIn(m.text, by, m.fromUser ? asked : [])) {
      entries.push({ kind: g.kind, by, date: day(m.date), evidence: g.evidence, source: 'thread', ...(g.return ? { return: g.return } : {}) });
    }
    asked = m.fromUser ? [] : askedConcessions(m.text);
  }
  for (const n of (input.notes ?? []).slice(0, 500)) entries.push(...fromNote(n));
  for (const c of (input.history ?? []).slice(0, 2000)) {
    const e = fromChange(c);
    if (e) entries.push(e);
  }
  const sorted = entries.sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999')).slice(-MAX_ENTRIES);
  return summarise(sorted);
}

export function summarise(entries: Concession[]): Ledger {
  const gave = entries.filter((e) => e.by === 'us' && !e.return).length;
  const traded = entries.filter((e) => e.by === 'us' && e.return).length;
  const got = entries.filter((e) => e.by === 'client').length;
  const balance = `You gave ${gave}, got ${got}${traded ? ` (and traded ${traded})` : ''}`;
  return { entries, gave, got, traded, balance, oneSided: gave - got >= ONE_SIDED_GAP };
}

// ---- the draft check

export interface OneSidedFinding {
  evidence: string;
  index: number;
  /** The earlier unreturned concessions, newest first, for the warning. */
  earlier: Concession[];
  advice: string;
}

/**
 * A draft that gives something away while the ledger already leans our way gets a warning naming the earlier
 * concessions. A concession with a return named in the draft is a trade and passes.
 */
export function checkOneSided(draft: string, ledger: Ledger | null | undefined, clientAsked: ConcessionKind[] = []): OneSidedFinding | null {
  if (!ledger || !ledger.oneSided) return null;
  const given = givenIn(draft, 'us', clientAsked).filter((g) => !g.return);
  if (!given.length) return null;
  const earlier = ledger.entries.filter((e) => e.by === 'us' && !e.return).reverse();
  const named = earlier
    .slice(0, 3)
    .map((e) => `${KIND_LABEL[e.kind]}${e.date ? ` (${e.date})` : ''}`)
    .join('; ');
  const advice = `${ledger.balance}. Earlier you gave: ${named}. Ask for something tied to this job in return before giving ${KIND_LABEL[given[0]!.kind]}.`;
  return { evidence: given[0]!.evidence, index: given[0]!.index, earlier, advice };
}
