// Runs everywhere (Node, side panel): one reply card — a settled position (one price, one date, one stance on every open term) — and how it becomes one email.
import type { MoveId } from '../playbook';
import type { Suggestion, Tone } from '../schemas';
import type { Understanding } from '../understand';
import type { Ask } from '../understand/asks';
import { depositSettled, rulesAgainstAdvance, withoutDepositAsk } from './deposit';
import { Kit, type Why } from './kit';
import { applyTone, greeting, signOff, tidy, unmarked } from './tone';

/** How this card treats the terms other moves touch, so every sentence agrees with the position. */
export interface Stance {
  /** The client's earlier date: met with a surcharge, kept at the standard pace, or met with a smaller first part. */
  rush?: 'paid' | 'standard' | 'smaller' | 'fits';
  /** Confidentiality: priced in, or free against anonymised portfolio use. */
  nda?: 'surcharge' | 'anonymised';
  /** Payment: the deposit kept, paid stages, or milestone invoices without an advance. */
  payment?: 'deposit' | 'stages' | 'milestones';
  /** The delivery date this card commits to. */
  date?: string;
}

export interface Card {
  id: string;
  title: string;
  /** The one whole-job figure every sentence of this card uses, when money is on the table. */
  total?: number;
  /** A per-unit rate this card offers below the standing one (a volume rate), checked against a per-unit floor. */
  offeredRate?: number;
  /** First sentence(s): the client's goal in their own figures or dates. */
  ack: string;
  /** The position: what we keep, what we offer, what we ask in return. */
  position: string[];
  /** An optional second paragraph (a list of terms or stages). */
  detail?: string;
  /** Moves the position itself answers, so they get no second sentence. */
  covers: MoveId[];
  stance: Stance;
  why: Why[];
  /** The one closing question or next step. */
  close: string;
  /**
   * What the card says instead when nothing was answered (no position, no extra sentence): a holding reply. Written only
   * when used, because the kit says a day's event once per card.
   */
  unanswered?: () => { ack: string; close: string };
  /** The client's asks this card's position already answers, so no extra sentence repeats them. */
  answers?: (a: Ask) => boolean;
}

export type Strategy = (u: Understanding, k: Kit) => Card | null;

/** Extra sentences for the moves and asks the position did not cover, in the card's own terms. */
export type Extras = (u: Understanding, k: Kit, card: Card) => { sentences: string[]; why: Why[] };

export function writeCard(u: Understanding, k: Kit, card: Card, extras: Extras, tone: Tone): Suggestion {
  const extra = extras(u, k, card);
  // Only the extras know whether anything was answered; the card says what to send then.
  if (card.unanswered && !card.position.length && !extra.sentences.length) card = { ...card, ...card.unanswered() };
  const first = [card.ack, ...card.position].filter(Boolean).join(' ');
  const last = [...onceEach(first, extra.sentences), card.close].filter(Boolean).join(' ');
  const paragraphs = [first, card.detail, last].filter((p): p is string => Boolean(p && p.trim()));
  // A client who writes "Dear Ms Berg" gets "Dear Katrin Vogel" back, whatever the card's tone.
  const hello = u.formal && u.fullName ? `Dear ${k.v(u.fullName)},` : greeting(tone, u.name);
  const bye = u.formal ? 'Kind regards,' : signOff(tone);
  // Asking again for a deposit already paid, or "before I start" on work under way, reads as careless.
  const settled = depositSettled(u) ? paragraphs.map((p) => withoutDepositAsk(p, rulesAgainstAdvance(u))) : paragraphs;
  const body = [hello, ...settled, `${bye}\n${k.signature()}`].join('\n\n');
  const text = applyTone(body, tone);
  const principles: Suggestion['principles'] = [];
  const rationale: Suggestion['rationale'] = [];
  for (const [principle, why] of [...card.why, ...extra.why, ['keep_dialogue', `Ends with one clear next step: "${tidy(applyTone(card.close, tone))}"`] as Why]) {
    if (principles.includes(principle)) continue;
    principles.push(principle);
    rationale.push({ principle, text: tidy(applyTone(why, tone)) });
  }
  return {
    id: card.id,
    title: card.title,
    moves: u.moves.map((m) => m.id),
    principles,
    rationale,
    tone,
    text,
    missing: k.missing.filter((p) => text.includes(p)),
  };
}

/** A date's status ("Friday 4 December works with my schedule."): said once per card, wherever it is said first. */
const DATE_STATUS = /^(?:(.+) works with my schedule|I can plan around (.+)|Delivery stays (.+)|At my normal pace it would be ready by (.+), well ahead of your .+)\.$/;

/** Extra sentences minus repeats: the same sentence twice, or a date's status the position already gave. */
function onceEach(first: string, sentences: string[]): string[] {
  const kept: string[] = [];
  for (const s of sentences) {
    if (kept.includes(s)) continue;
    const m = DATE_STATUS.exec(s);
    // Compared without the value markers: "Thursday 26 February (ahead of your launch …)" is the same day.
    const day = m && unmarked(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
    if (day && (unmarked(first).includes(day) || kept.some((x) => unmarked(x).includes(day)))) continue;
    kept.push(s);
  }
  return kept;
}
