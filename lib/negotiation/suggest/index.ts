// Runs everywhere (Node, side panel): writes 1–3 reply cards, each one settled position (one price, one date, one stance) written as one email that answers every ask.
import { STOP_PER_PIECE } from './stop-per-piece';
import { PAPERWORK } from './paperwork';
import { ARRANGEMENT } from './arrangement';
import { FILES_AND_BALANCE } from './files-and-balance';
import type { MoveId } from '../playbook';
import type { Suggestion, Tone } from '../schemas';
import type { Understanding } from '../understand';
import { writeCard, type Card, type Strategy } from './card';
import { CONFLICT_STRATEGIES } from './conflict';
import { extras } from './extras';
import { formatPercent } from './format';
import { offerBelowFloor, respectsFloor } from './floor';
import { Kit, roundMoney } from './kit';
import { timing } from './time';
import { PRICE_STRATEGIES } from './price';
import { balanceNamed, disputesDeliveredPrice, pauseAsked, TERMS_STRATEGIES } from './terms';
import { rulesAgainstAdvance } from './deposit';
import { TIME_STRATEGIES, UNDERWAY_TIME } from './time';
import { beyondRounds, followUpAsk, newWorkAsked, retainerAsked, unlimitedAsked, untraced, WORK_STRATEGIES } from './work';
import { SEVERAL_STRATEGIES, severalAsked } from './several';

/** Which move a reply is built around: an unhappy client first, then money and time, then scope and terms. */
export const SIGNIFICANCE: MoveId[] = [
  'complaint',
  'discount_request',
  'price_objection',
  'budget_anchor',
  'rush_deadline',
  'payment_terms',
  'free_work',
  'scope_creep',
  'wrong_direction',
  'future_promise',
  'nda_request',
  'revision_request',
  'boundary_push',
  'price_question',
  'vague_brief',
  'acceptance',
];

const MAX_CARDS = 3;

/**
 * Situations answered as what they are, whatever moves the detector heard; each returns null unless its situation holds.
 * - a new audience or positioning for work under way ("it's now CFOs"): new work, priced;
 * - a cancellation before work starts with the deposit asked back: refunded as agreed, a new account checked by phone;
 * - our invoice rejected (VAT added, no PO) with a corrected one asked for: owned, corrected;
 * - their paperwork (the invoice split across cost centres, a PO on it, the old one credited): done, today;
 * - the logo in a format their printer needs, or what is still owed: sent, or said outright;
 * - a running per-piece arrangement changed (more pieces a month from April, a pause over the summer): the new total, or what still comes;
 * - "where are the files?" when our mail holds them until the balance is paid: they go out the moment it is paid;
 * - a project stopped half-way: work stops, the deposit is set against the work done, the rest invoiced, files on settlement;
 * - a breakage on a site we never worked on ("could you take a look?"): a first look by the hour;
 * - a job priced per unit that grew ("10,900 words now instead of 8,500"): the extra at the agreed rate, the date checked.
 */
const OWN_ANSWERS: Strategy[] = [...WORK_STRATEGIES.newBrief, ...WORK_STRATEGIES.moreUnits, ...TERMS_STRATEGIES.refundBeforeStart, ...TERMS_STRATEGIES.filesOnPayment, ...STOP_PER_PIECE, ...TERMS_STRATEGIES.stopped, ...TERMS_STRATEGIES.invoiceError, ...PAPERWORK, ...ARRANGEMENT, ...FILES_AND_BALANCE, ...WORK_STRATEGIES.emergency];

/** The client's budget is fixed ("cannot be increased", "a fixed sum", "that's our max") and a smaller version fits in it. */
function fixedBudgetFits(u: Understanding, k: Kit): boolean {
  const offer = u.clientOffer?.value;
  if (offer === undefined || !/\b(?:cannot|can'?t|can not|won'?t|will not) (?:be )?(?:increase|go (?:any )?(?:higher|above|over)|exceed|stretch)\w*|\bfixed (?:sum|amount|budget)\b|\b(?:hard|absolute|strict) (?:limit|cap|ceiling|maximum)\b|\bthat'?s (?:our|my|the) (?:max|limit|ceiling)\b/i.test(u.text.slice(0, 6000))) return false;
  return k.smaller.some((v) => v.price <= offer);
}

function strategiesOf(id: MoveId, u: Understanding): Strategy[] {
  switch (id) {
    case 'price_objection':
    case 'discount_request':
    case 'budget_anchor': {
      // "$2,400 for an afternoon… $500 and we call it square" after the final files: the agreed price stands.
      if (disputesDeliveredPrice(u) && !followUpAsk(u)) return TERMS_STRATEGIES.delivered;
      // "A logo and a website, is $3k enough?": every service named is priced, not only the first matched.
      if (severalAsked(u)) return SEVERAL_STRATEGIES;
      const k = new Kit(u, 'neutral');
      if (offerBelowFloor(u, k)) return PRICE_STRATEGIES.belowFloor;
      // "can u do it cheaper if we skip the guide thing": they are asking for the smaller version, so it leads.
      // So it does for a budget that cannot move ("a fixed sum of EUR 1,500; this amount cannot be increased") when a
      // smaller version fits inside it: holding the full price there only ends the conversation (u14a-04).
      return dropsWhatSmallerLeavesOut(u) || fixedBudgetFits(u, k) ? [PRICE_STRATEGIES.smaller, ...PRICE_STRATEGIES.pressure.filter((x) => x !== PRICE_STRATEGIES.smaller)] : PRICE_STRATEGIES.pressure;
    }
    case 'price_question':
      // After a delivered job, "how much for a Christmas banner?" prices that small job, not the whole service again.
      if (u.situation.stage === 'delivered' && followUpAsk(u)) return WORK_STRATEGIES.followUp;
      return severalAsked(u) ? SEVERAL_STRATEGIES : PRICE_STRATEGIES.question;
    case 'rush_deadline':
      // Work under way: the date is for what is left, never a whole job's pace and surcharge.
      return u.situation.underway ? UNDERWAY_TIME : TIME_STRATEGIES;
    case 'payment_terms':
      // With the deposit paid or the work under way, what is left to settle is the balance.
      // ("pay the rest of 560 euro in three times" names a balance, whatever stage the words alone read.)
      if (u.situation.depositPaid || u.situation.underway || balanceNamed(u) !== undefined) return TERMS_STRATEGIES.balance;
      // A rule against advances: milestone invoices first, the deposit kept only as a later card.
      return rulesAgainstAdvance(u) ? [...TERMS_STRATEGIES.payment].reverse() : TERMS_STRATEGIES.payment;
    case 'acceptance':
      // A yes to a draft or the final is an approval of work, not of a quote: no contract, no deposit.
      return u.situation.underway ? TERMS_STRATEGIES.approval : TERMS_STRATEGIES.acceptance;
    case 'nda_request':
      return TERMS_STRATEGIES.nda;
    case 'boundary_push':
      return TERMS_STRATEGIES.boundary;
    case 'free_work':
      return WORK_STRATEGIES.free;
    case 'future_promise':
      return WORK_STRATEGIES.promise;
    case 'scope_creep':
      if (u.situation.stage === 'delivered' && followUpAsk(u)) return [...WORK_STRATEGIES.followUp, ...WORK_STRATEGIES.scope];
      return WORK_STRATEGIES.scope;
    case 'revision_request':
      // "swap the topics completely", "add subscriptions and a wholesale login": new work under the word "changes".
      // (With the included rounds used up, the paid further round already says it is paid work.)
      if (!u.defect && newWorkAsked(u) && !beyondRounds(u)) return [...WORK_STRATEGIES.scope, ...WORK_STRATEGIES.revision];
      return WORK_STRATEGIES.revision;
    case 'complaint':
      // Something broke and nobody has traced it yet: look into it now, before owning or arguing anything.
      if (u.defect && untraced(u)) return [WORK_STRATEGIES.investigate, ...CONFLICT_STRATEGIES.complaint];
      // Money or a threat on top of our error: the card that answers those comes first.
      if (u.defect && u.has('revision_request') && !u.refund && !u.threats.length) return [...WORK_STRATEGIES.revision.slice(0, 1), ...CONFLICT_STRATEGIES.complaint];
      return CONFLICT_STRATEGIES.complaint;
    case 'wrong_direction':
      return CONFLICT_STRATEGIES.direction;
    case 'vague_brief':
      return CONFLICT_STRATEGIES.vague;
  }
}

/** Moves whose strategies change the deal enough to deserve a card of their own next to the lead's. */
const MAJOR = new Set<MoveId>(['complaint', 'discount_request', 'price_objection', 'budget_anchor', 'rush_deadline', 'payment_terms', 'free_work', 'scope_creep', 'wrong_direction', 'future_promise', 'nda_request']);
const FAMILY: Partial<Record<MoveId, string>> = { price_objection: 'price', discount_request: 'price', budget_anchor: 'price', price_question: 'price' };

/** "if we skip the guide thing", "without the brand guide": a part that one of the service's smaller versions leaves out. */
function dropsWhatSmallerLeavesOut(u: Understanding): boolean {
  const versions = u.deal.service?.smallerVersions ?? [];
  if (!versions.length) return false;
  const text = u.text.slice(0, 4000);
  // "if we skip the guide thing", and "the brand guide would be nice to have, but we can live without it": the part
  // named before the words that let it go.
  const named = [
    /\b(?:skip|skipping|without|drop|dropping|leave out|leaving out|no need for|(?:don'?t|do not) need|not need|minus)\s+(?:the\s+|a\s+|any\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/iu.exec(text),
    /\b(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:is|would be|are)\s+(?:a\s+|just\s+|only\s+)?(?:nice[- ]to[- ]have|not essential|optional|not (?:really )?needed|not a must)\b/iu.exec(text),
  ];
  return named.some((m) => {
    if (!m) return false;
    const words = m[1]!.toLowerCase().split(/\s+/).filter((w) => w.length > 3 && !/^(?:thing|stuff|part|bits?)$/.test(w));
    return versions.some((v) => words.some((w) => new RegExp(`\\bno ${w}|\\bwithout (?:the )?${w}|\\b${w}\\b`, 'i').test(v.name) && /\b(?:no|without)\b/i.test(v.name)));
  });
}

export function leadMove(u: Understanding): MoveId | undefined {
  // An error of ours comes first: nothing else in the reply lands until it is owned.
  if (u.defect && u.has('complaint')) return 'complaint';
  if (u.defect && u.has('revision_request')) return 'revision_request';
  // A first enquiry asks the price first: the payment terms are answered inside the quote, not the other way round.
  if (u.situation.stage === 'enquiry' && u.has('price_question') && u.has('payment_terms') && !u.moves.some((m) => ['complaint', 'discount_request', 'price_objection', 'budget_anchor', 'free_work'].includes(m.id))) return 'price_question';
  // Work under way: changes to it lead, whatever else the mail says about time or money; a date is then the date of
  // the changes, not of a whole new job.
  if (u.situation.underway && !u.has('complaint')) {
    if (u.has('revision_request')) return 'revision_request';
    if (u.has('scope_creep')) return 'scope_creep';
  }
  // Equity or royalties offered instead of the fee is the real question, whatever else the mail says about the price.
  if (u.has('future_promise') && /\b(?:instead|rather than|in lieu of|in place of|as payment|in exchange|for the rest)\b[^.?!]{0,120}\b(?:equity|shares?|stake|royalt\w+|profit share|revenue share)\b|\b(?:equity|shares?|stake|royalt\w+|profit share|revenue share)\b[^.?!]{0,120}\b(?:instead of|rather than|in lieu of|in place of|as payment|in exchange|for the rest)\b|\b(?:instead of|rather than|in lieu of)\s+(?:your |a |the )?(?:fee|payment|cash|money)\b/i.test(u.text) && !u.has('complaint')) return 'future_promise';
  // "We want to go ahead… the label must be at the printer on 15 January": a yes whose date fits is answered as a yes.
  if (u.has('acceptance') && !u.moves.some((m) => ['complaint', 'discount_request', 'price_objection', 'budget_anchor', 'payment_terms', 'free_work', 'future_promise', 'nda_request', 'wrong_direction'].includes(m.id))) {
    const t = u.has('rush_deadline') ? timing(u, new Kit(u, 'neutral')) : undefined;
    if (!t || t.verdict === 'fits' || !t.wanted) return 'acceptance';
  }
  return [...u.moves].sort((a, b) => SIGNIFICANCE.indexOf(a.id) - SIGNIFICANCE.indexOf(b.id))[0]?.id;
}

export function suggestReplies(u: Understanding, tone: Tone): Suggestion[] {
  const lead = leadMove(u);
  // Each card keeps the kit it was written with, so its placeholders are its own.
  const cards: Array<{ card: Card; kit: Kit }> = [];
  const take = (strategies: Strategy[], limit: number) => {
    for (const s of strategies) {
      if (cards.length >= limit) break;
      const kit = new Kit(u, tone);
      const card = s(u, kit);
      if (!card || cards.some((c) => c.card.id === card.id)) continue;
      const settled = settleRush(u, kit, { ...card, ack: card.ack || fallbackAck(u) });
      // The private floor: no card offers less than it, whatever move the card answers.
      if (respectsFloor(u, kit, settled)) cards.push({ card: settled, kit });
    }
  };
  // "Unlimited revisions or we can't sign", "a retainer of 10 hours a month for £500": answered as what they are.
  if (unlimitedAsked(u) && !u.has('complaint')) take(WORK_STRATEGIES.rounds, MAX_CARDS);
  if (retainerAsked(u) && !u.has('complaint')) take(WORK_STRATEGIES.retainer, 1);
  // Situations with one right answer, each strategy checking its own situation: the first that applies is the card.
  take(OWN_ANSWERS, 1);
  if (cards.length) return cards.map(({ card, kit }) => writeCard(u, kit, card, extras, tone));
  // "Can we pause and pick it up again in January?": a pause is its own answer, whatever else the mail says.
  if (pauseAsked(u) && !u.has('complaint')) take(TERMS_STRATEGIES.pause, 1);
  // "We need a logo. The sign goes to the printer on 4 January": a first enquiry that names a service is answered with the
  // whole proposal, asked for or not.
  if (!lead && u.situation.stage === 'enquiry' && u.deal.named.length) take(severalAsked(u) ? SEVERAL_STRATEGIES : PRICE_STRATEGIES.question, 2);
  if (!lead) take(CONFLICT_STRATEGIES.none, 1);
  else {
    const second = [...u.moves]
      .map((m) => m.id)
      .filter((id) => id !== lead && MAJOR.has(id) && (FAMILY[id] === undefined || FAMILY[id] !== FAMILY[lead]))
      // Fixing our own error is never a rush job with a surcharge; a date for changes to work under way is not a whole job's rush.
      .filter((id) => !((u.defect || (u.situation.underway && (lead === 'revision_request' || lead === 'scope_creep'))) && id === 'rush_deadline'))
      .sort((a, b) => SIGNIFICANCE.indexOf(a) - SIGNIFICANCE.indexOf(b))[0];
    take(strategiesOf(lead, u), second ? MAX_CARDS - 1 : MAX_CARDS);
    if (second) take(strategiesOf(second, u), MAX_CARDS);
    if (cards.length < 2) take(strategiesOf(lead, u), MAX_CARDS);
  }
  // Every card fell under the floor: a polite no that keeps the door open is still an answer.
  if (!cards.length && offerBelowFloor(u, new Kit(u, tone))) take(PRICE_STRATEGIES.decline, 1);
  // Every message gets a card: when no position fits (no price known, a rule against what a card would ask), the
  // answer to its questions and a next step is still a reply.
  if (!cards.length) take(CONFLICT_STRATEGIES.none, 1);
  return cards.map(({ card, kit }) => writeCard(u, kit, card, extras, tone));
}

/**
 * A card built around another move (the price, the payment) still meets the date the client needs when rush work can:
 * the surcharge goes into the card's one total, and the closing question asks for that total, not the old one.
 */
function settleRush(u: Understanding, k: Kit, card: Card): Card {
  if (!u.has('rush_deadline') || card.covers.includes('rush_deadline') || card.total === undefined || card.stance.rush !== 'standard') return card;
  const t = timing(u, k);
  const pct = k.rushPercent;
  if (t.verdict !== 'rush' || !t.wanted || pct === undefined) return card;
  const total = roundMoney(card.total * (1 + pct / 100));
  const old = k.money(card.total);
  const deposit = k.depositPercent !== undefined ? `, with ${k.deposit(total)} before I start` : '';
  // The deposit on the old total would contradict the one on the new total: only the new one is said.
  const stale = k.depositPercent !== undefined ? k.deposit(card.total) : undefined;
  const position = stale ? card.position.map((p) => dropSentences(p, (x) => /^I ask for\b/.test(x) && x.includes(stale))).filter(Boolean) : card.position;
  return {
    ...card,
    total,
    position: [...position, `For ${k.day(t.wanted)} I would have to move other work, so the ${k.v(formatPercent(pct))} rush surcharge applies: ${k.money(total)} in total${deposit}.`],
    covers: [...card.covers, 'rush_deadline'],
    stance: { ...card.stance, rush: 'paid', date: t.wanted },
    close: card.close.includes(old) ? card.close.replace(old, `${k.money(total)} for ${k.day(t.wanted)}`) : card.close,
    why: [...card.why, ['negotiate_deadline', 'Meets their date, with the rush surcharge inside the one total.']],
  };
}

function fallbackAck(u: Understanding): string {
  if (u.has('nda_request')) return 'I understand the project needs to stay confidential.';
  return 'Thank you for your message.';
}

/** A paragraph without the sentences `drop` picks (sentences end at ". " followed by a capital). */
function dropSentences(paragraph: string, drop: (sentence: string) => boolean): string {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .filter((x) => !drop(x))
    .join(' ');
}
