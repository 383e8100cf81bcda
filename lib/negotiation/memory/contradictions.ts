// Runs everywhere (Node, side panel): a client message that states or assumes terms other than the stored agreement — price, deadline, rounds, deposit, payment after launch.
import type { AgreementTerms, Contradiction } from '../schemas';
import { formatDay, formatMoney, formatPercent } from '../suggest/format';
import { sentences } from './sentences';

const MAX_SENTENCES = 300;

export type { Contradiction };

/** One changed agreement field as lib/db records it (the parts read here). */
export interface AgreedChange {
  at: string;
  field: string;
  after?: unknown;
  source: string;
}

export interface ContradictionInput {
  /** The client's cleaned newest words; offsets below point into it. */
  text: string;
  amounts: Array<{ text: string; value: number; currency: string | null; index: number; role?: string }>;
  percentages: Array<{ text: string; value: number; index: number; role?: string }>;
  dates: Array<{ text: string; iso: string; index: number; role?: string }>;
  agreement?: AgreementTerms;
  /** The agreement history, any order: the newest entry that set a field's current value dates it. */
  history?: AgreedChange[];
  /** When the agreement was last saved: the date for a field the history does not cover. */
  agreedAt?: string;
  today: string;
}

const MAX_TEXT = 20_000;

/** The client takes a term as settled: "as agreed", "you quoted", "is included". */
const ASSUMES = /\b(?:as (?:we )?(?:agreed|discussed|promised|quoted)|we agreed|(?:you|we) (?:said|quoted|promised|told us|confirmed)|per our|as per|according to (?:our|the|your) (?:agreement|contract|quote|proposal)|the agreed|our agreement|(?:the|your) (?:price|fee|total|quote|deadline|deposit|due date) (?:is|was|of)|remember|just to confirm|to confirm)\b/i;
const PAY_LATER = /\b(?:pay(?:ment|ing)?|invoice|settle)\s+(?:\w+\s+){0,3}(?:after|on|upon|once|when)\s+(?:the\s+|we\s+|it\s+)?(?:launch|delivery|completion|go-live|it'?s (?:live|done|finished)|the site is live|launched|delivered|finished|complete)\w*|\bno (?:deposit|upfront payment|advance)\b|\bwithout (?:a |the |any )?(?:deposit|advance)\b|\bnothing (?:up ?front|in advance)\b|\bpay (?:everything|it all|in full|the full amount) at the end\b/i;
const ROUNDS = /\b(?:(\d+|one|two|three|four|five|six|another|a few|some)\s+(more\s+|extra\s+|additional\s+)?(?:rounds?|revisions?)(?:\s+of\s+(?:revisions?|changes|edits))?\s+(?:are\s+|is\s+|were\s+|was\s+)?(?:included|free|part of|covered|in the price|at no (?:extra )?(?:cost|charge))|unlimited (?:revisions|rounds|changes)(?: (?:are|were) (?:included|part of))?)/i;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const NOT_THE_PRICE = /\b(?:deposit|upfront|in advance|first payment|instal(?:l)?ment|stage|milestone|paid so far|already paid|per (?:month|hour|word|page))\b/i;
const DEADLINE_WORDS = /\b(?:deadline|due|deliver\w*|launch\w*|ready|finish\w*|done|go[- ]live|hand ?over)\b/i;

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** When and how the current value of a field was agreed: the newest history entry that set it. */
function agreedWhen(input: ContradictionInput, field: string, value: unknown): { on: string; source: string } {
  const hits = (input.history ?? []).filter((c) => c.field === field && sameJson(c.after, value)).sort((a, b) => b.at.localeCompare(a.at));
  const at = hits[0]?.at ?? input.agreedAt ?? '';
  return { on: /^\d{4}-\d{2}-\d{2}/.test(at) ? at.slice(0, 10) : '', source: hits[0]?.source ?? 'agreement' };
}

/** "As we agreed on 12 November, …": the citation a reply opens with. */
export function citation(c: Contradiction, today: string): string {
  const when = c.agreedOn ? ` on ${formatDay(c.agreedOn, today)}` : '';
  return `As we agreed${when}, ${c.term}.`;
}

/** Each differing term once, in the client's order. Total; bounded by MAX_TEXT. */
export function findContradictions(input: ContradictionInput): Contradiction[] {
  const a = input.agreement;
  if (!a) return [];
  const text = input.text.slice(0, MAX_TEXT);
  const found: Contradiction[] = [];
  const add = (c: Omit<Contradiction, 'agreedOn' | 'source'>, value: unknown) => {
    if (found.some((f) => f.field === c.field)) return;
    const { on, source } = agreedWhen(input, c.field === 'payment' ? 'depositPercent' : c.field === 'deadline' ? 'deadlines' : c.field, value);
    found.push({ ...c, agreedOn: on, source });
  };
  for (const s of sentences(text, MAX_SENTENCES)) {
    const assumes = ASSUMES.test(s.text);
    const inside = <T extends { index: number }>(xs: T[]) => xs.filter((x) => x.index >= s.start && x.index < s.end);

    // Price: a figure they restate as ours, or take as agreed, that is not the agreed one.
    if (a.price && !NOT_THE_PRICE.test(s.text)) {
      for (const m of inside(input.amounts)) {
        if (m.role === 'competitor' || (m.currency !== null && m.currency !== a.price.currency)) continue;
        if (!(m.role === 'our_price' || assumes)) continue;
        if (Math.abs(m.value - a.price.amount) <= Math.max(0.5, a.price.amount * 0.005)) continue;
        const agreed = formatMoney(a.price.amount, a.price.currency);
        add({ field: 'price', agreed, term: `the price is ${agreed}`, clientWords: s.text, index: s.start }, a.price);
        break;
      }
    }

    // Deadline: a date they take as the agreed delivery that is none of the agreed deadlines.
    if (a.deadlines?.length && DEADLINE_WORDS.test(s.text) && assumes) {
      const agreedIsos = new Set(a.deadlines.map((d) => d.date));
      const other = inside(input.dates).find((d) => !agreedIsos.has(d.iso) && d.role !== 'requested');
      if (other) {
        const d = a.deadlines[0]!;
        const day = formatDay(d.date, input.today);
        add({ field: 'deadline', agreed: `${d.what}: ${day}`, term: `the deadline for ${d.what} is ${day}`, clientWords: s.text, index: s.start }, a.deadlines);
      }
    }

    // Rounds: "two more rounds included", "unlimited revisions", or more rounds than agreed.
    if (a.revisionRounds !== undefined) {
      const r = ROUNDS.exec(s.text);
      if (r) {
        const n = r[1] ? (NUMBER_WORDS[r[1].toLowerCase()] ?? Number(r[1])) : Infinity;
        const more = Boolean(r[2]) || /^(?:another|a few|some)$/i.test(r[1] ?? '');
        if (more || !Number.isFinite(n) || n > a.revisionRounds) {
          const agreed = `${a.revisionRounds} revision round${a.revisionRounds === 1 ? '' : 's'}`;
          add({ field: 'revisionRounds', agreed, term: `the price includes ${agreed}`, clientWords: s.text, index: s.start }, a.revisionRounds);
        }
      }
    }

    // Payment: after launch, no deposit — against an agreed deposit.
    if (a.depositPercent !== undefined && a.depositPercent > 0) {
      if (PAY_LATER.test(s.text)) {
        const agreed = `a ${formatPercent(a.depositPercent)} deposit before work starts`;
        add({ field: 'payment', agreed, term: `${agreed} is part of our terms`, clientWords: s.text, index: s.start }, a.depositPercent);
      } else {
        const dep = inside(input.percentages).find((p) => p.role === 'deposit' && Math.abs(p.value - a.depositPercent!) > 0.01);
        if (dep && assumes) {
          const agreed = `a ${formatPercent(a.depositPercent)} deposit`;
          add({ field: 'depositPercent', agreed, term: `${agreed} is part of our terms`, clientWords: s.text, index: s.start }, a.depositPercent);
        }
      }
    }
  }
  return found;
}

/** The reply cites what was agreed before it says anything else, instead of renegotiating from zero. */
export function citeAgreement<T extends { text: string }>(card: T, found: Contradiction[], today: string): T {
  if (!found.length) return card;
  // Terms agreed on the same day are cited in one sentence: "As we agreed on 12 November, the price is $2,400, and …".
  const byDay = new Map<string, Contradiction[]>();
  for (const c of found) byDay.set(c.agreedOn, [...(byDay.get(c.agreedOn) ?? []), c]);
  const cite = [...byDay.values()]
    .map((cs) => citation({ ...cs[0]!, term: cs.map((c) => c.term).join(', and ') }, today))
    .join(' ');
  const parts = card.text.split('\n\n');
  if (parts.length < 2) return { ...card, text: `${cite}\n\n${card.text}` };
  parts[1] = `${cite} ${parts[1]}`;
  return { ...card, text: parts.join('\n\n') };
}
