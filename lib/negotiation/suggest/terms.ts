// Runs everywhere (Node, side panel): positions on terms — payment, acceptance, confidentiality and exclusivity, availability.
import { SPLIT, type Understanding } from '../understand';
import { sentenceAround } from '../understand/clause';
import type { Card, Strategy } from './card';
import { formatMoney, formatPercent, joinList, numberWord } from './format';
import { addWorkingDays, formatWeekday, Kit, roundMoney, VAGUE_DAY, type Why } from './kit';
import { payStages } from './stages';

// ---- payment

const NO_ADVANCE = /\b(?:no (?:deposit|advance|upfront)|not (?:able|allowed|permitted) to (?:make |pay )?(?:anything |any )?(?:in advance|advance payments?|upfront)|(?:can'?t|cannot|won'?t|don'?t|do not|does ?n[o']?t|does not|will not|never) (?:make |pay |accept |issue )(?:the |a |any |anything )?(?:deposits?|upfront|advance|advances|advance payments?|in advance|before)|without (?:a |any )?(?:deposit|advance)|(?:100|full|whole)\s?%?\s?(?:after|on|upon|once)|pay (?:everything|in full|the full (?:amount|£?\$?€?[\d,]+)|all|100\s?%) (?:after|on|once|when|at)|invoic\w+ the full [^.]{0,20}on completion|(?:after|upon|on) (?:completion|delivery|launch|go-?live)|once (?:it'?s|the \w+ is|we'?re) (?:live|online|done|working)|against (?:our )?policy|no advance payments?|settle up (?:once|after|when))\b/i;
const NET = /\bnet\s?-?(\d{2,3})\b|\b(\d{2,3})[ -]days? (?:payment|payment terms|terms)\b|\b(\d{2,3})\s+days?\s+(?:end of month|eom|from (?:receipt|invoice)|after (?:receipt|invoice|delivery)|of (?:receipt|invoice)|from the invoice)|\bpayment (?:at|within|in) (\d{2,3}) days\b|\b(\d{2,3})-day (?:payment )?terms\b/i;
const POLICY = /\b(?:policy|procurement|finance (?:team|department)?|accounts payable|ap team|purchase order|\bpo\b|supplier terms|standard terms|our terms|firm policy|company policy|all our suppliers)\b/i;
const TRUST = /\b(?:disappeared|ran off|vanished|scam(?:med)?|burn(?:ed|t)|bad experience|lost (?:the |our |my )?(?:money|deposit|£|\$|€)|never (?:got|delivered|heard)|previous (?:developer|designer|freelancer|writer)|last (?:year|time)[^.]{0,60}(?:deposit|paid))\b/i;

export interface PaymentAsk {
  noAdvance: boolean;
  netDays?: number;
  policy: boolean;
  trust: boolean;
}

/** A refusal to pay ahead, said about paying: "hosting after launch" is about hosting. Bounded: at most 20 matches. */
const NO_ADVANCE_ALL = new RegExp(NO_ADVANCE.source, 'gi');
function noAdvance(text: string): boolean {
  const re = NO_ADVANCE_ALL;
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m && n < 20; m = re.exec(text), n++) {
    if (/\b(?:deposit|advance|upfront|balance|invoic\w*|in full|(?:pay|pays|paying|paid|settle\w*) (?:you|u|the (?:rest|balance|deposit|invoice|full|whole|fee|remainder)|everything|all|it all|in full|100))\b/i.test(sentenceAround(text, m.index))) return true;
  }
  return false;
}

export function paymentAsk(u: Understanding): PaymentAsk {
  const net = NET.exec(u.text);
  const n = net ? Number(net[1] ?? net[2] ?? net[3] ?? net[4] ?? net[5]) : undefined;
  return { noAdvance: noAdvance(u.text) || u.depositOffered?.value === 0, netDays: n && n > 14 ? n : undefined, policy: POLICY.test(u.text), trust: TRUST.test(u.text) };
}

export function paymentAck(u: Understanding, k: Kit): string {
  const a = paymentAsk(u);
  const parts: string[] = [];
  if (a.noAdvance) parts.push('no payment in advance');
  if (a.netDays) parts.push(`payment ${k.v(String(a.netDays))} days after the invoice`);
  // "50% upfront and the rest only if conversion goes up": our own deposit, with the balance tied to results.
  const results = /\b(?:rest|remainder|balance|other (?:half|50 ?%)|second (?:half|payment))\b[^.?!]{0,40}\b(?:only )?(?:if|when|once|depending on)\b[^.?!]{0,40}\b(?:conversion|sales|results?|sign-?ups?|revenue|traffic|leads|bookings|goes up|works|performs?)\b/i.exec(u.text);
  if (results) parts.push('to tie the rest of the payment to results');
  else if (u.depositOffered && u.depositOffered.value > 0 && u.depositOffered.value !== k.depositPercent) parts.push(`a ${k.v(formatPercent(u.depositOffered.value))} deposit instead of ${k.depositPercent !== undefined ? k.v(formatPercent(k.depositPercent)) : 'mine'}`);
  if (a.trust) return 'I understand why you are careful after losing a deposit to someone who disappeared; that should never happen.';
  const split = instalmentsAsked(u);
  if (split && !parts.length) return `I understand you would like to spread the payment over ${k.v(String(split))} instalments.`;
  if (a.policy && parts.length) return `I understand your finance team's rules: ${parts.join(' and ')}.`;
  if (parts.length) return `I understand you would prefer ${parts.join(' and ')}.`;
  // No fear of paying is said unless they said it: a company's terms are just terms.
  if (a.policy) return 'Thank you for setting out your payment terms.';
  if (/\b(?:before (?:seeing|i see|we see)|see (?:it|the work|results) first|once (?:i|we) (?:see|like)|if (?:i|we) like)\b/i.test(u.text)) return 'I understand you would rather see the work before paying.';
  return 'Thank you for raising the payment terms.';
}

function depositWhy(k: Kit): string {
  return `because the deposit is what reserves my time for your project${k.service?.turnaroundDays ? ` over the ${k.v(String(k.service.turnaroundDays))} working days it takes` : ''}.`;
}

/**
 * The balance term our own quote in the thread gave ("the balance of €705.60 on delivery"), said back instead of a
 * counter we never offered: "on delivery, as in my quote". Bounded: one regular test on the head of our newest message
 * (its first two blocks: a mail client's header line can be a block of its own).
 */
export function quotedBalance(u: Understanding): string | undefined {
  const m = /\b(?:balance|rest|remainder|remaining \d+\s?%)\b(?:[^.?!\n]|\.\d){0,40}?\b(?:on|at|upon) (delivery|launch|completion|handover|hand-off|go-live)\b/i.exec(u.deal.ourWords.slice(0, 2).join('\n').slice(0, 4000));
  return m ? `on ${m[1]!.toLowerCase()}, as in my quote` : undefined;
}

/** Our answer to "we pay 30 days after the invoice": our quote's own term, else 14 days. */
export function balanceCounter(u: Understanding, k: Kit, netDays: number, from: 'invoice' | 'delivery' | ''): string {
  const quoted = quotedBalance(u);
  if (quoted) return `${quoted}, rather than ${k.v(String(netDays))} days later`;
  return `within 14 days${from ? ` of ${from === 'invoice' ? 'the invoice' : 'delivery'}` : ''} rather than ${k.v(String(netDays))}`;
}

function acceptLead(u: Understanding, k: Kit): string {
  if (!u.has('acceptance')) return '';
  const P = k.price;
  return P ? `I am glad you want to go ahead with ${k.serviceName()} at the agreed price of ${k.money(P.amount)}.` : `I am glad you want to go ahead with ${k.serviceName()}.`;
}

const depositWithContract: Strategy = (u, k) => {
  const P = k.price;
  const a = paymentAsk(u);
  // A written rule against advances is not argued with in a bid: milestone invoices answer it instead.
  if (a.policy && a.noAdvance && /\b(?:polic(?:y|ies)|procurement|purchasing|rules?)\b/i.test(u.text)) return null;
  const balance = a.netDays ? ` and the balance ${balanceCounter(u, k, a.netDays, 'delivery')}` : '';
  const position = [
    acceptLead(u, k),
    `I do need ${P ? k.deposit(P.amount) : k.deposit()} before I start${balance}, ${depositWhy(k)}`,
  ];
  if (a.policy && a.noAdvance && /\b(?:po|purchase order|exception)\b/i.test(u.text)) position.push('If a PO exception is needed for the deposit, I am happy to hold the start date while it is approved.');
  // The money-back guarantee answers a client who lost a deposit before; volunteered to anyone else, it is a penalty nobody asked for.
  position.push(a.trust ? 'To make that safe for you, I will put scope, dates and payment in a short contract, with a guarantee: if I miss the agreed date while your materials and feedback arrive on time, half the deposit comes back.' : 'I will put scope, dates and payment in a short contract, so we both know exactly what is agreed.');
  return {
    id: 'deposit-with-contract',
    title: a.trust ? 'Keep the deposit, add a contract and a guarantee' : 'Keep the deposit, with a short contract',
    total: P?.amount,
    ack: paymentAck(u, k),
    position: position.filter(Boolean),
    covers: ['payment_terms', 'acceptance'],
    stance: { payment: 'deposit', nda: 'surcharge', rush: 'standard' },
    why: [
      ['deposit_first', 'States the billing rule and why the deposit matters.'],
      ['contract_and_guarantees', 'A contract and a deadline guarantee answer the fear behind paying upfront.'],
      ['set_priorities', 'The deposit is the fixed point; the rest can bend.'],
    ],
    close: 'Shall I send the contract and the deposit invoice?',
  };
};

const paidStages: Strategy = (u, k) => {
  const P = k.price;
  // Paying stages in advance breaks a rule against advances; milestone invoices answer that instead.
  const a = paymentAsk(u);
  if (!P || (a.policy && a.noAdvance)) return null;
  // For a client afraid of losing a deposit, the first stage must be smaller than the deposit they refused: more, smaller stages if need be.
  const deposit = k.depositPercent !== undefined ? (P.amount * k.depositPercent) / 100 : undefined;
  let stages = payStages(k, P.amount);
  for (let n = 4; stages && deposit !== undefined && stages.stages[0]!.amount > deposit && n <= 6; n++) stages = payStages(k, P.amount, n);
  if (!stages || (deposit !== undefined && stages.stages[0]!.amount > deposit)) return null;
  return {
    id: 'pay-stage-by-stage',
    title: 'Smaller payments, stage by stage',
    total: P.amount,
    ack: paymentAck(u, k),
    position: [
      acceptLead(u, k),
      `Instead of one deposit, we can split the ${k.money(P.amount)} into stages, each paid before it starts: ${stages.text}.`,
      'You approve each stage before paying for the next, so you never pay far ahead of the work, and I still keep time reserved for the whole project.',
    ].filter(Boolean),
    covers: ['payment_terms', 'acceptance'],
    stance: { payment: 'stages', nda: 'surcharge', rush: 'standard' },
    why: [
      ['phased_payment', 'Pay, deliver, approve, repeat: the first commitment is small.'],
      ['offer_alternative', 'Declines paying everything at the end but offers a safer route than a bare no.'],
    ],
    close: 'Would paying stage by stage work for you?',
  };
};

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 };

/** "Could we split it into three, €800 now, in November and in December?": how many instalments they propose, if any. */
export function instalmentsAsked(u: Understanding): number | undefined {
  const m = SPLIT.exec(u.text);
  return m ? COUNT[(m[1] ?? m[2] ?? m[3])!.toLowerCase()] : undefined;
}

/** Yes to the instalments, tied to the work instead of the calendar: nothing is left to pay after the work is done. */
const instalmentsByMilestone: Strategy = (u, k) => {
  const n = instalmentsAsked(u);
  const P = k.price;
  if (!n || !P || u.situation.underway || u.situation.depositPaid) return null;
  const points = n === 2 ? ['to book the kickoff', 'on delivery of the final work'] : n === 3 ? ['to book the kickoff', 'with the first drafts', 'on delivery of the final work'] : ['to book the kickoff', 'with the first drafts', 'with the revised drafts', 'on delivery of the final work'];
  const each = roundMoney(P.amount / n);
  const last = roundMoney(P.amount - each * (n - 1));
  const parts = points.map((p, i) => `${k.money(i === n - 1 ? last : each)} ${p}`);
  return {
    id: 'instalments-by-milestone',
    title: 'Yes to instalments, tied to the work',
    total: P.amount,
    ack: `${acceptLead(u, k) || 'Thank you for asking.'} Splitting the payment is fine with me.`,
    position: [
      `Rather than by month, I would tie the ${k.v(numberWord(n))} payments to the work: ${joinList(parts)}.`,
      'That way you pay as the work arrives, and nothing is left to settle after the project is done.',
    ],
    covers: ['payment_terms', 'acceptance'],
    stance: { payment: 'stages', nda: 'surcharge', rush: 'standard' },
    why: [
      ['phased_payment', 'Accepts instalments but ties each to delivered work.'],
      ['concession_for_concession', 'Gives the split in exchange for payments that follow milestones, not the calendar.'],
    ],
    close: 'Shall I send the first invoice so we can book the kickoff?',
  };
};

/** For a client whose policy forbids advances: invoices that follow delivered milestones, on shorter terms. */
const milestoneInvoices: Strategy = (u, k) => {
  const P = k.price;
  const a = paymentAsk(u);
  if (!P || !(a.policy && (a.noAdvance || a.netDays))) return null;
  const stages = payStages(k, P.amount);
  if (!stages) return null;
  // "€1,300 on delivery of the copy for six pages": no verb to agree with a plural or a joined name.
  const parts = stages.stages.map((s) => `${k.v(formatMoney(s.amount, k.currency))} on delivery of ${k.v(s.name.charAt(0).toLowerCase() + s.name.slice(1))}`);
  return {
    id: 'milestone-invoices',
    title: 'No advance, but invoices at each milestone',
    total: P.amount,
    ack: paymentAck(u, k),
    position: [
      acceptLead(u, k),
      `Since an advance is not possible, I can invoice as the work is delivered instead: ${parts.join(', ')}, each payable within 30 days.`,
      'That way nothing is paid before it is done, and I am not carrying the whole project for months.',
    ].filter(Boolean),
    covers: ['payment_terms', 'acceptance'],
    stance: { payment: 'milestones', nda: 'surcharge', rush: 'standard' },
    why: [
      ['concession_for_concession', 'Gives up the advance in exchange for milestone invoices on 30-day terms.'],
      ['phased_payment', 'Payment follows each delivered stage.'],
    ],
    close: 'Could your finance team work with milestone invoices on 30-day terms?',
  };
};

// ---- payment once the deposit is paid or the work is under way: what is left is the balance

/** The balance still open: the price less a deposit paid, or the whole price when no deposit is known. */
export function balanceOf(u: Understanding, k: Kit): number | undefined {
  const P = k.price;
  if (!P) return undefined;
  const paidSome = u.situation.depositPaid || (u.situation.underway && !u.situation.depositUnpaid);
  // Something was paid up front but its share is unknown: the whole price said as "the balance" would be a wrong figure.
  if (paidSome && k.depositPercent === undefined) return undefined;
  const paid = paidSome ? (P.amount * k.depositPercent!) / 100 : 0;
  return roundMoney(P.amount - paid);
}

function depositThanks(u: Understanding): string {
  return u.situation.depositPaid ? 'Thank you for the deposit. ' : '';
}

/** The work is delivered and the invoice is open: they want to pay later. The balance is due now; the date they offer is the question. */
const overdueAck = 'Thank you for letting me know about the payment.';

function payBy(u: Understanding, k: Kit): string {
  return k.day(addWorkingDays(u.today, 5));
}

/** The later date they offer to pay by: a future date in a sentence about paying, not one about the next job. */
function payLater(u: Understanding): Understanding['dates'][number] | undefined {
  return u.dates.find((d) => d.iso > u.today && /\b(?:pay\w*|paid|settle\w*|invoice\w*|transfer\w*|balance|instal\w*|half|rest|remainder)\b/i.test(sentenceAround(u.text, d.index)));
}


/** "The balance goes out Friday with our payroll run": a payment within the week is no delay to push back on. */
/**
 * "From 1 April we require invoices quarterly in arrears, 60 days": terms for the invoices to come, set by a client's
 * procurement. No invoice of ours is overdue, so no card chases one (u15b-09 had got "the invoice is due").
 */
const FUTURE_TERMS = /\b(?:from|starting|as of|with effect from|effective)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\w+(?:\s+\d{4})?|\w+\s+\d{1,2}(?:st|nd|rd|th)?|next (?:month|quarter|year)|the (?:start|beginning) of (?:the )?(?:new |next )?(?:financial |fiscal )?(?:year|quarter|month))\b[^.]{0,80}\b(?:invoic\w*|payment terms?|terms|require)\b|\b(?:going forward|from now on)\b[^.]{0,60}\b(?:invoic\w*|payment|terms)\b|\bstandardi[sz]\w* the terms\b/i;
function futureTerms(u: Understanding): boolean {
  return FUTURE_TERMS.test(u.text.slice(0, 4000)) && !/\b(?:overdue|outstanding|late|unpaid|not (?:yet )?(?:been )?paid|still (?:open|owed))\b/i.test(u.text.slice(0, 4000));
}

function paysThisWeek(u: Understanding): boolean {
  const later = payLater(u);
  return Boolean(later && later.iso <= addWorkingDays(u.today, 5) && !CHASED.test(u.text.slice(0, 4000)));
}

/** Words of a payment already chased or late: a later date then is a delay, never a few days' grace. */
const CHASED = /\b(?:overdue|late|reminder|chase|weeks? ago|months? ago)\b/i;

/** The Friday of the week a date falls in ("next week" is read as its Monday; the client means any day of it). */
function fridayOf(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + ((5 - d.getUTCDay() + 7) % 7));
  return d.toISOString().slice(0, 10);
}

const GLAD = /\b(?:thank(?:s| you| u)|brilliant|love|loved|great|perfect|amazing|happy)\b/i;

/**
 * "pay next week ok? waiting on a couple of insurer payouts": a few days' grace on finished work, asked for before the
 * invoice is even late, is a yes with the day it is due by, not a dunning letter.
 */
const payLaterOk: Strategy = (u, k) => {
  if (u.situation.stage !== 'delivered' || !u.has('payment_terms')) return null;
  const later = payLater(u);
  if (!later || later.iso > addWorkingDays(u.today, 7) || CHASED.test(u.text.slice(0, 4000)) || /\b(?:instal\w*|split|half)\b/i.test(u.text.slice(0, 4000))) return null;
  // Asked, not announced: "pay next week ok?" wants a yes; "the balance goes out Friday" needs no answer.
  const sentence = sentenceAround(u.text, later.index);
  if (!/\?|\b(?:ok|okay|alright|fine)\b/i.test(sentence) || /\bdeposit\b/i.test(sentence)) return null;
  const rest = openBalance(u, k);
  const by = /\bnext week\b/i.test(later.text) ? fridayOf(later.iso) : later.iso;
  const said = /\bnext week\b/i.test(later.text) ? 'next week' : k.day(later.iso);
  return {
    id: 'pay-later-ok',
    title: 'Yes to their payment date',
    total: k.price?.amount,
    ack: GLAD.test(u.text.slice(0, 200)) ? 'Thank you, glad you are happy with it.' : 'Thank you for letting me know.',
    position: [`Yes, ${said} is fine: ${rest !== undefined ? `the ${k.money(rest)} balance` : 'the invoice'} by ${k.day(by)} works for me.`],
    covers: ['payment_terms'],
    stance: { payment: 'deposit', nda: 'surcharge', rush: 'standard' },
    why: [['keep_dialogue', 'A few days on finished work, granted with a firm date.']],
    close: 'Just let me know if anything changes before then.',
  };
};

/** The balance our own invoice mail names ("Invoice DK-2026-019 for the balance, $1,440, is attached"), as a number. */
function invoicedBalance(u: Understanding): number | undefined {
  const m = /\b(?:balance|remaining|rest|remainder)\b[^.\n]{0,25}?[$€£]\s?(\d[\d,]*(?:\.\d{2})?)|[$€£]\s?(\d[\d,]*(?:\.\d{2})?)[^.\n]{0,12}\b(?:balance|remaining)\b/i.exec((u.deal.ourWords[0] ?? '').slice(0, 4000).replace(/\s*\n[>\s]*/g, ' '));
  const n = m ? Number((m[1] ?? m[2])!.replace(/,/g, '')) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** What is still open on delivered work: our invoice's figure, else the price less a deposit we can work out. */
function openBalance(u: Understanding, k: Kit): number | undefined {
  return invoicedBalance(u) ?? balanceOf(u, k);
}

/**
 * "$2,400 for an afternoon… I'll send $500 today and we call it square": after delivery the price is no longer open.
 * The agreed price and the work as delivered stand; a lower sum is a part payment, never a settlement.
 */
export function disputesDeliveredPrice(u: Understanding): boolean {
  if (u.situation.stage !== 'delivered' || u.defect || !u.deal.price || u.deal.price.unit !== 'project' || u.deal.rate) return false;
  // A volume rate or the next job is a new deal, not the invoice for this one.
  if (/\b(?:monthly|volume|next (?:project|job|one|time)|future|ongoing|retainer|regular(?:ly)?|going forward|from now on)\b/i.test(u.text.slice(0, 4000))) return false;
  // The price move is about this invoice: said beside it, or a lower sum offered to close the matter.
  const priceMove = u.moves.find((m) => m.id === 'price_objection' || m.id === 'discount_request' || m.id === 'budget_anchor');
  const around = priceMove ? u.text.slice(Math.max(0, priceMove.index - 200), priceMove.index + priceMove.evidence.length + 200) : '';
  if (/\b(?:call it (?:square|even|quits)|(?:we(?:'re| are)|that makes us) (?:square|even|quits)|for an afternoon)\b/i.test(around)) return true;
  // "Would you be willing to adjust the final invoice, so that the balance would be €474 instead of €714?"
  if (u.asks.some((a) => /\b(?:invoice|balance)\b/i.test(a.text) && /\b(?:adjust\w*|reduc\w*|lower\w*|instead of|discount\w*)\b/i.test(a.text))) return true;
  return /\b(?:invoice|balance)\b/i.test(around) && /\b(?:adjust\w*|reduc\w*|lower\w*|instead of|too (?:much|high)|discount\w*|knock\w*|(?:i|we)(?:'ll| will) (?:send|pay|transfer) (?:you )?(?:only |just )?[$€£]?\d)/i.test(around);
}

const balanceStands: Strategy = (u, k) => {
  // (A per-word or per-hour figure is no project price to hold: "€0.12" read as the price is a misreading.)
  if (!disputesDeliveredPrice(u) || !k.price || k.price.amount < 50) return null;
  const rest = openBalance(u, k);
  if (rest === undefined) return null;
  // Only a sum they offer to pay now ("I'll send $500 today"); "the balance would be €474 instead" asks for a cut.
  const offer = u.amounts.find((a) => (a.role === 'client_offer' || a.role === 'other') && a.value > 0 && a.value < rest && /\b(?:send|pay|transfer|wire|call it)\b/i.test(u.text.slice(Math.max(0, a.index - 50), a.index + a.text.length + 40)));
  const rights = /\b(?:usage |full |all )?rights\b[^.\n]{0,40}\b(?:transfer|pass|are yours|belong)\w*\b[^.\n]{0,30}\bpaid\b/i.test(u.deal.ourWords.slice(0, 3).join('\n').slice(0, 6000));
  const due = /\b(?:due|payable) (?:on |by )?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/i.exec((u.deal.ourWords[0] ?? '').slice(0, 4000))?.[1];
  const praised = /\b(?:great|love|loved|perfect|happy with|(?:very |really )?pleased|no complaints|zero complaints|looks? (?:great|good|amazing))\b/i.test(u.text.slice(0, 600));
  return {
    id: 'balance-stands',
    title: 'The agreed price stands; a lower sum is a part payment',
    total: k.price.amount,
    ack: praised ? 'I am glad you are happy with the work itself.' : 'I understand the price feels high now that the work is done.',
    position: [
      `The ${k.money(k.price.amount)} was the price we agreed before I started, and the work is delivered as quoted${k.breakdown() ? `: ${k.breakdown()}` : ''}.`,
      `${offer ? `${k.money(offer.value)} today would be welcome as a part payment, and the remaining ${k.money(roundMoney(rest - offer.value))} is still due${due ? ` by ${k.v(due)}` : ''}, as invoiced` : `So the balance stays at ${k.money(rest)}${due ? `, due by ${k.v(due)} as invoiced` : ', as invoiced'}`}.${rights ? ' As agreed, the usage rights transfer once it is paid in full.' : ''}`,
    ],
    covers: ['price_objection', 'discount_request', 'budget_anchor', 'payment_terms'],
    stance: { payment: 'deposit', nda: 'surcharge', rush: 'standard' },
    why: [
      ['agree_before_refusing', 'Acknowledges the feeling before holding the agreed price.'],
      ['hold_firm_on_discount', 'No discount after delivery: a lower sum is a part payment, not a settlement.'],
      ['contract_and_guarantees', 'Points to the agreed price and the terms on usage rights.'],
    ],
    close: offer ? `Could you confirm when the remaining ${k.money(roundMoney(rest - offer.value))} will follow?` : due ? `Could you confirm the ${k.money(rest)} will be paid by ${k.v(due)}?` : `Could you confirm when the ${k.money(rest)} will be paid?`,
  };
};

const invoiceDue: Strategy = (u, k) => {
  if (u.situation.stage !== 'delivered' || paysThisWeek(u) || futureTerms(u)) return null;
  // The sum they name ("paying the £2,030 in three") is the invoice; the deal's split is the fallback.
  const rest = balanceNamed(u) ?? balanceOf(u, k);
  const later = payLater(u);
  return {
    id: 'invoice-due-now',
    title: 'The invoice is due; ask for a date this week',
    total: k.price?.amount,
    ack: overdueAck,
    position: [
      `The work is delivered, and ${rest !== undefined ? `the ${k.money(rest)} invoice` : 'my invoice'} was due as agreed${later ? `; waiting until ${k.dayAsSaid(later)} is a long time for finished work` : ''}.`,
      `I would ask for it to be paid by ${payBy(u, k)}, outside the usual payment run if need be.`,
    ],
    covers: ['payment_terms'],
    stance: { payment: 'deposit', nda: 'surcharge', rush: 'standard' },
    why: [
      ['contract_and_guarantees', 'Holds the agreed payment terms for delivered work, politely and with a date.'],
      ['set_boundaries', 'Does not silently accept months of delay.'],
    ],
    close: `Could you confirm payment by ${payBy(u, k)}?`,
  };
};

const invoiceHalfNow: Strategy = (u, k) => {
  if (u.situation.stage !== 'delivered' || paysThisWeek(u)) return null;
  // The sum they name ("paying the £2,030 in three") is the invoice; the deal's split is the fallback.
  const rest = balanceNamed(u) ?? balanceOf(u, k);
  if (rest === undefined) return null;
  const half = roundMoney(rest / 2);
  const offered = payLater(u);
  // "End of October" falls on a Saturday: a payment date is a working day, the last one before it.
  const later = offered && { ...offered, iso: addWorkingDays(addWorkingDays(offered.iso, 1), -1) };
  return {
    id: 'invoice-half-now',
    title: 'Half now, the rest on their date',
    total: k.price?.amount,
    ack: overdueAck,
    position: [
      `If the full ${k.money(rest)} is hard before then, I can meet you halfway: ${k.money(half)} by ${payBy(u, k)}, and the remaining ${k.money(roundMoney(rest - half))} ${later ? `by ${k.dayAsSaid(later)}` : 'within 30 days'}.`,
    ],
    covers: ['payment_terms'],
    stance: { payment: 'stages', nda: 'surcharge', rush: 'standard' },
    why: [['concession_for_concession', 'Gives time on half the invoice in exchange for the other half now.']],
    close: 'Would that work for your accounts team?',
  };
};

/** "invoice DK-2026-019", "Invoice no. LC-2027-011": the number our invoice goes by. */
const INVOICE_ID = /\binvoice\s+(?:no\.?\s*|#\s*)?([A-Z]{1,5}[-‐]?[\d][\w-]*\d)\b/;
/** …or, in our own mail, a number like "INV-2027-004, attached" without the word before it. */
const NAMED_INVOICE = new RegExp(String.raw`${INVOICE_ID.source}|\b([A-Z]{2,5}-\d{4}-\d{2,4})\b`);

/**
 * Work under way and the deposit never paid (its invoice rejected, "no advance payments"): instead of working on for
 * nothing until the end, what is delivered is invoiced now, on delivery, and the rest as it is delivered.
 */
const invoiceDelivered: Strategy = (u, k) => {
  if (!u.situation.depositUnpaid || u.situation.stage !== 'in_progress' || !u.has('payment_terms')) return null;
  const P = k.price;
  const invoice = INVOICE_ID.exec(`${u.text}\n${u.deal.ourWords.join('\n')}`)?.[1];
  return {
    id: 'invoice-delivered-now',
    title: 'Invoice what is delivered now, the rest on delivery',
    total: P?.amount,
    ack: paymentAck(u, k),
    position: [
      `So let's switch to paying on delivery: I'll ${invoice ? `reissue invoice ${k.v(invoice)}` : 'send an invoice'} now for the work already delivered, and invoice the rest as each part is delivered${P ? `, ${k.money(P.amount)} in all` : ''}.`,
      'That way nobody pays for work they have not received, and I am not carrying the whole project until the end.',
    ],
    covers: ['payment_terms'],
    stance: { payment: 'stages', nda: 'surcharge', rush: 'standard' },
    why: [
      ['phased_payment', 'Turns the missing deposit into invoices on delivery, starting with what is already delivered.'],
      ['contract_and_guarantees', 'Does not keep working with nothing paid and nothing invoiced.'],
    ],
    close: 'Could you confirm that works for your accounts team?',
  };
};

const balanceAsAgreed: Strategy = (u, k) => {
  if (u.situation.stage === 'delivered' || u.situation.depositUnpaid) return null;
  const rest = balanceOf(u, k);
  const a = paymentAsk(u);
  const terms = a.netDays ? balanceCounter(u, k, a.netDays, 'invoice') : 'on delivery, as agreed';
  return {
    id: 'balance-as-agreed',
    title: 'Keep the balance due on delivery',
    total: k.price?.amount,
    ack: paymentAck(u, k),
    position: [
      `${depositThanks(u)}${rest !== undefined ? `The remaining ${k.money(rest)}` : 'The balance'} is due ${terms}, and I hand over the final files once it is paid.`,
      'That keeps us both safe: you see the finished work first, and I am not carrying the project after it is done.',
    ],
    covers: ['payment_terms'],
    stance: { payment: 'deposit', nda: 'surcharge', rush: 'standard' },
    why: [
      ['contract_and_guarantees', 'Holds the agreed balance terms and ties the hand-over to payment.'],
      ['argue_position', 'Explains why the balance is due on delivery.'],
    ],
    close: 'Can you confirm the balance will be paid on those terms?',
  };
};

/** "the rest of 560 euro", "the remaining $1,200", "pay the £1,079 in three parts": the balance as the client names it. */
export function balanceNamed(u: Understanding): number | undefined {
  const m = /\b(?:(?:rest|remaining|remainder|balance|outstanding)(?: amount| sum)? of|(?:the )?(?:remaining|outstanding))\s+(?:[$€£]\s?)?(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d{2})?\b|\b(?:pay(?:ing)?|split(?:ting)?|spread(?:ing)?) (?:the |my |our |this )?(?:[$€£]\s?)?(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d{2})?\s*(?:€|euros?|eur|\$|£)?\s+(?:in|into|over)\s+(?:two|three|four|2|3|4)\b/i.exec(u.text.slice(0, 6000));
  const n = m ? Number((m[1] ?? m[2])!.replace(/[.,]/g, '')) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** "Yes, that plan works for me: €400 now, €400 at the end of August and €400 at the end of September, €1,200 in all." */
export function planYes(u: Understanding, k: Kit): string | undefined {
  const dated = u.plan.dated.map((p) => ({ amount: p.amount, when: `on ${formatWeekday(p.iso, u.today)}` }));
  const say = (plan: Array<{ amount: number; when: string }>, rest: number) => `Yes, that plan works for me: ${joinList(plan.map((p) => `${k.money(p.amount)} ${k.v(p.when)}`))}, ${k.money(rest)} in all.`;
  // A plan of two to four parts that add up to `total` (within one unit); any total when none is given.
  const adds = (parts: Array<{ amount: number; when: string }>, total?: number) => parts.length >= 2 && parts.length <= 4 && (total === undefined || Math.abs(parts.reduce((x, p) => x + p.amount, 0) - total) <= 1);
  const named = balanceNamed(u);
  for (const rest of [named, balanceOf(u, k)]) {
    if (rest === undefined) continue;
    if (adds(u.plan.said, rest)) return say(u.plan.said, rest);
    if (adds(dated, rest)) return say(dated, rest);
  }
  // "£1,000 this Friday and the remaining £1,240 on Friday 5 June": the "remaining" sum is the last part, so the whole
  // is what the parts add up to.
  if (adds(dated) && named !== undefined && dated[dated.length - 1]!.amount === named) return say(dated, dated.reduce((x, p) => x + p.amount, 0));
  return undefined;
}

/**
 * "Would it be possible to split the $3,360 into three payments?": yes, in the number of parts they ask (up to four),
 * with the first at delivery against the final files and the rest a month apart, so the concession has its condition.
 */
const balanceInParts: Strategy = (u, k) => {
  const n = instalmentsAsked(u);
  const named = balanceNamed(u);
  const rest = named ?? balanceOf(u, k);
  if (!n || n < 2 || n > 4 || rest === undefined || !(named !== undefined || u.situation.depositPaid || u.situation.underway)) return null;
  // Their own plan, when it adds up: a yes to it as written, dated on the invoice (u12c-05, u9b-04, u10b-11).
  const yes = planYes(u, k);
  if (yes) {
    return {
      id: 'balance-in-parts',
      title: 'Yes to their plan, in writing',
      total: k.price?.amount,
      ack: /\b(?:very good|love|loved|great|brilliant|happy with|miracle|cried)\b/i.test(u.text.slice(0, 6000)) ? 'Thank you for telling me openly, and I am glad the work landed so well.' : 'Thank you for telling me openly.',
      position: [yes, `I will put the ${numberWord(n)} dates on one invoice so it is clear for both of us.`],
      covers: ['payment_terms'],
      stance: { payment: 'stages', nda: 'surcharge', rush: 'standard' },
      why: [
        ['phased_payment', 'Accepts the instalments they proposed, each with its date.'],
        ['confirm_in_writing', 'The dates go on the invoice.'],
      ],
      close: `Shall I send the invoice with those ${numberWord(n)} dates?`,
    };
  }
  // Work already handed over: the first part is due now; otherwise on delivery, against the final files.
  const first = u.situation.stage === 'delivered' ? 'the first now' : 'the first on delivery, when I hand over the final files';
  const part = roundMoney(rest / n);
  const last = roundMoney(rest - part * (n - 1));
  const later = ['30 days later', '60 days later', '90 days later'].slice(0, n - 1);
  return {
    id: 'balance-in-parts',
    title: `Yes to ${numberWord(n)} payments, the first at delivery`,
    total: k.price?.amount,
    ack: paymentAck(u, k),
    position: [
      `${depositThanks(u)}Yes, I can split the remaining ${k.money(rest)} into ${numberWord(n)} payments of ${k.money(part)}${last !== part ? ` (the last ${k.money(last)})` : ''}: ${first}, then ${joinList(later)}.`,
      'I will put the dates on the invoice, so your accounts and mine stay simple.',
    ],
    covers: ['payment_terms'],
    stance: { payment: 'stages', nda: 'surcharge', rush: 'standard' },
    why: [
      ['concession_for_concession', 'Gives time on the balance; the files go out against the first payment.'],
      ['phased_payment', 'The payments they asked for, each with a date.'],
    ],
    close: `Would ${numberWord(n)} payments like that work for you?`,
  };
};

const balanceInTwo: Strategy = (u, k) => {
  // Two payments they asked for are the balance-in-parts card's position already: a second card would say it again
  // (u20b-05 had two cards ending in the same paragraph).
  if (u.situation.stage === 'delivered' || instalmentsAsked(u) === 2) return null;
  const rest = balanceOf(u, k);
  if (rest === undefined) return null;
  const half = roundMoney(rest / 2);
  return {
    id: 'balance-in-two',
    title: 'Split the balance in two',
    total: k.price?.amount,
    ack: paymentAck(u, k),
    position: [
      `${depositThanks(u)}To make the rest easier, I can split the remaining ${k.money(rest)} in two: ${k.money(half)} on delivery, when I hand over the final files, and ${k.money(roundMoney(rest - half))} 30 days later.`,
    ],
    covers: ['payment_terms'],
    stance: { payment: 'stages', nda: 'surcharge', rush: 'standard' },
    why: [
      ['concession_for_concession', 'Gives time on half the balance; the files go out against the first half.'],
      ['phased_payment', 'Two smaller payments instead of one.'],
    ],
    close: 'Would two payments like that work for you?',
  };
};

// ---- approval of delivered work: the yes is to a draft or the final, not to a quote

const approveWork: Strategy = (u, k) => {
  if (!u.situation.underway) return null;
  const rest = balanceOf(u, k);
  const finalStage = u.situation.stage === 'delivered';
  return {
    id: 'approve-work',
    title: 'Thank them and wrap up',
    total: k.price?.amount,
    ack: `Thank you, I am glad ${k.serviceName()} works for you.`,
    position: [
      finalStage
        ? 'I will send everything over in its final form today, so you have it all in one place.'
        : `I will prepare the final files and send them${rest !== undefined && k.price ? ` with the invoice for the remaining ${k.money(rest)}` : ' with the final invoice'}.`,
    ],
    covers: ['acceptance'],
    stance: { payment: 'deposit', nda: 'surcharge', rush: 'standard' },
    why: [['confirm_in_writing', 'Confirms the approval in writing and names the next step.']],
    close: finalStage ? 'If anything else comes up, just let me know.' : 'Is there anything else you need in the final files?',
  };
};

// ---- a pause: the project stops for a while, and the deposit already paid keeps the place

const PAUSE = /\b(?:pause|put (?:it|this|the (?:project|work)|things) on hold|on hold|hold off|postpone|push (?:it|this|the project|everything) (?:back|to)|pick (?:it|this|things) (?:up|back up)(?: again)?(?: later| in| after| when)|resume (?:in|after|when|later)|stop (?:the work|working|the project|work) (?:now |for now |for a while )?and (?:to )?(?:continue|resume|restart|start again|pick it up)|(?:cannot|can'?t|can not) continue (?:the \w+ |with the \w+ )?(?:now|for now|until))\b/i;

export function pauseAsked(u: Understanding): boolean {
  // "The invoice has been placed on hold" by accounts pauses a payment, not the project.
  const m = PAUSE.exec(u.text);
  if (!m || /\b(?:invoice|payment|po|purchase order)\b[^.?!\n]{0,60}$/i.test(u.text.slice(Math.max(0, m.index - 120), m.index)) || /\b(?:it|invoice) has (?:therefore )?been placed on hold\b/i.test(u.text)) return false;
  // "we have to stop the website project for some time … the work until now we like very much": a running project, whatever
  // stage the words alone read (u13c-09 read as a first enquiry and got "[your answer]").
  const running = /\b(?:stop|pause|hold)\b[^.?!\n]{0,40}\b(?:the|our|this) (?:\w+ )?(?:project|work|build)\b|\bthe work (?:until now|so far|up to now)\b/i.test(u.text.slice(0, 6000));
  return running || (u.situation.stage !== 'enquiry' && u.situation.stage !== 'quoted');
}

const pauseProject: Strategy = (u, k) => {
  if (!pauseAsked(u)) return null;
  // "pick it up again mid-January" is a month, said as the client said it, not a weekday they never named.
  const restart = u.dates.find((d) => d.iso > u.today && !VAGUE_DAY.test(d.text));
  // The month said with the pause ("pause and pick it up again mid-January"), not another one ("launch pushed to February").
  const at = PAUSE.exec(u.text)?.index ?? 0;
  const months = [...u.text.matchAll(/\b((?:mid-|early |late |the end of )?(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/g)];
  // "pause for June, July and August and restart in September": the month said with the restart, when one is.
  // ("…stop the work now and to continue at beginning of June": "continue" names the restart too.)
  const restartMonth = months.find((m) => /\b(?:restart|resume|continue|pick (?:it|this|things) (?:back )?up|back|again|start again)\b[^.?!\n]{0,25}$/i.test(u.text.slice(Math.max(0, (m.index ?? 0) - 40), m.index)));
  const month = (restartMonth ?? months.find((m) => (m.index ?? 0) >= at) ?? months[months.length - 1])?.[1];
  // ("the end of June" is said "at the end of June", not "in the end of June".)
  const at_ = month && /^the end of\b/i.test(month) ? 'at' : 'in';
  // A month said with the restart ("pick this back up in August") beats a stray day elsewhere ("we paid on the 1st", u11a-03).
  const day = restart && !restartMonth && !(month && at_ === 'at') ? restart : undefined;
  const when = day ? `on ${k.day(day.iso)}` : month ? `${at_} ${k.v(month)}` : `in ${k.ph('restart month')}`;
  // "what happens with the deposit?" asks about one they paid.
  const paid = u.situation.depositPaid || /\bwhat happens (?:with|to) (?:the|our|my) deposit\b|\bwhere we stand (?:with regard to|on|with) the deposit\b/i.test(u.text.slice(0, 6000));
  const held = paid ? 'Your deposit stays as credit against the project, and I will' : 'I will';
  // "…and if we do not go on at all, could we get part of the deposit back?": it has paid for work done and time reserved.
  const refund = paid && /\b(?:deposit)\b[^?]{0,80}\b(?:back|refund\w*|return\w*)\b|\b(?:refund|get back|return)\w*\b[^?]{0,40}\bdeposit\b|\bwhere we stand\b[^?]{0,40}\bdeposit\b|\bdeposit\b[^?]{0,40}\bnot (?:to )?proceed\b|\bnot (?:to )?proceed\b[^?]{0,80}\bdeposit\b/i.test(u.text.slice(0, 6000))
    ? 'If you decide not to go on, I will set the deposit against the work done so far and refund anything left over; nothing more would be due.'
    : undefined;
  // "If we pause, what happens if something breaks?": the worry behind the pause, answered.
  const hourly = u.profile.services.find((x) => x.unit === 'hour');
  const breaks = /\b(?:something|anything|it|the site)\s+(?:breaks|goes wrong|goes down|stops working|crashes)\b/i.test(u.text.slice(0, 4000))
    ? `If something breaks while we are paused, I can still fix it, billed by the hour${hourly ? ` at my usual ${k.money(hourly.price, u.profile.currency)}, based on the time the fix takes` : ''}.`
    : undefined;
  return {
    id: 'pause-project',
    title: 'Pause, and pencil in the restart',
    ack: 'Thank you for letting me know, and no problem: plans move.',
    position: [
      `Yes, we can pause. ${held} pencil in a restart ${when}; I will confirm the exact date with you a week or two before, as my schedule fills.`,
      'Everything done so far stays as it is, so we can pick up where we left off.',
      ...(breaks ? [breaks] : []),
      ...(refund ? [refund] : []),
    ],
    covers: ['rush_deadline', 'payment_terms'],
    // (The ask to pause is what the position says yes to: "is it possible to stop the work now and continue in June?".)
    answers: (a) => PAUSE.test(a.text),
    stance: { payment: 'deposit', nda: 'surcharge', rush: 'standard' },
    why: [
      ['keep_dialogue', 'Agrees to the pause and keeps the project and the deposit in place.'],
      ['confirm_in_writing', 'Puts the restart in writing.'],
    ],
    close: day ? `Shall I pencil in ${k.day(day.iso)}?` : month ? `Which ${at_ === 'at' ? 'day' : 'week'} ${at_} ${k.v(month)} would suit you for the restart?` : 'Which week would suit you for the restart?',
  };
};

// ---- acceptance

function termLines(u: Understanding, k: Kit, date?: string): string {
  const P = k.price;
  const lines = [
    `- What: ${k.serviceName()}`,
    `- Price: ${P ? k.money(P.amount) : k.priceText()}`,
    `- Payment: ${P ? k.deposit(P.amount) : k.deposit()} before I start, the rest on delivery`,
    `- Revisions: ${k.rounds()} included`,
    `- Delivery: ${date ? k.day(date) : u.deal.date ? k.day(u.deal.date.iso) : k.service?.turnaroundDays ? `${k.v(String(k.service.turnaroundDays))} working days from the start` : k.ph('delivery date')}`,
  ];
  return lines.join('\n');
}

const confirmTerms: Strategy = (u, k) => ({
  id: 'confirm-terms',
  title: 'Confirm the terms in writing',
  total: k.price?.amount,
  ack: acceptLead(u, k) || 'Thank you, I am glad we are going ahead.',
  position: ['Here are the terms as I understand them, so we are both working from the same page:'],
  detail: termLines(u, k),
  covers: ['acceptance'],
  stance: { payment: 'deposit', nda: 'surcharge', rush: 'standard' },
  why: [
    ['confirm_in_writing', 'Restates every term and asks for a written yes before work starts.'],
    ['deposit_first', 'Says when billing starts.'],
  ],
  close: 'Could you reply to confirm these, so I can send the deposit invoice?',
});

const contractKickoff: Strategy = (u, k) => {
  const P = k.price;
  const start = u.dates.find((d) => d.iso >= u.today && /\b(?:start|kick|begin)/i.test(u.text.slice(Math.max(0, d.index - 40), d.index + 40)));
  return {
    id: 'contract-and-kickoff',
    title: 'Send the contract and book the start',
    total: P?.amount,
    ack: acceptLead(u, k) || 'Thank you, I am glad we are going ahead.',
    position: [
      `I will send a short contract today with the scope, ${P ? k.money(P.amount) : 'the price'}, ${k.rounds()} and the dates, together with the invoice for ${P ? k.deposit(P.amount) : k.deposit()}.`,
      start ? `Once both are back, I can start on ${k.day(start.iso)}.` : 'Once both are back, I start.',
    ],
    covers: ['acceptance'],
    stance: { payment: 'deposit', nda: 'surcharge', rush: 'standard' },
    why: [
      ['contract_and_guarantees', 'A short contract fixes the terms for both sides.'],
      ['deposit_first', 'Work starts when the deposit is in.'],
    ],
    close: start ? `Does ${k.day(start.iso)} still work for the start?` : 'When would you like to start?',
  };
};

// ---- confidentiality and exclusivity

const EXCLUSIVE = /\b(?:exclusiv\w*|non-?compete|conflict of interest\b[^.?!\n]{0,40}\b(?:shall|must|may) not|not (?:to )?(?:work|provide|take on|undertake|accept|do|design|write|translate|build)[^.?!]{0,60}\b(?:another|other|any|competitor|rival)\b|no other (?:law firm|competitor|client))/i;

export function exclusivityAsked(u: Understanding): boolean {
  return EXCLUSIVE.test(u.text);
}

function exclusivityLine(u: Understanding, k: Kit): string {
  const d = u.durations.find((x) => x.unit === 'month' || x.unit === 'year');
  const span = d ? k.v(d.text.trim()) : 'that period';
  // The narrower version is narrower in time too: half of what they asked, at most 12 months.
  const months = d ? (d.unit === 'year' ? d.value * 12 : d.value) : undefined;
  const shorter = months !== undefined && Number.isFinite(months) && months > 1 ? Math.min(12, Math.max(1, Math.floor(months / 2))) : 12;
  return `The exclusivity is a bigger step: it would stop me from taking similar clients for ${span}. I can agree to a narrower version (named direct competitors, ${shorter} ${shorter === 1 ? 'month' : 'months'}), or to the full clause for an exclusivity fee of ${k.ph('exclusivity fee')}.`;
}

const ndaSurcharge: Strategy = (u, k) => {
  const P = k.price;
  const pct = k.ndaPercent;
  const position: string[] = [];
  let total = P?.amount;
  if (pct === 0) position.push('I am happy to sign your NDA; there is no extra charge for it.');
  else {
    total = P && pct !== undefined ? roundMoney(P.amount * (1 + pct / 100)) : undefined;
    position.push(
      `I am happy to sign your NDA. Because it means I cannot show the work in my portfolio, which is how new clients find me, confidential projects carry a ${k.percent(pct, 'NDA surcharge %')} surcharge${total && P ? `, so the total would be ${k.money(total)} instead of ${k.money(P.amount)}` : ''}.`,
    );
  }
  if (exclusivityAsked(u)) position.push(exclusivityLine(u, k));
  return {
    id: 'nda-priced-in',
    title: pct === 0 ? 'Sign the NDA' : 'Sign the NDA for a surcharge',
    total,
    ack: '',
    position,
    covers: ['nda_request'],
    stance: { nda: 'surcharge', payment: 'deposit', rush: 'standard' },
    why: [['concession_for_concession', 'Accepts confidentiality, but prices what it costs: the lost portfolio piece.']],
    close: pct === 0 ? 'Shall I sign it and send it back to you?' : 'Shall I send the updated quote?',
  };
};

/**
 * The total with full confidentiality, said with its reason, so the client need not work it out: " ($2,880 in total),
 * because work I cannot show brings me no further clients". Empty when the price or the surcharge is unknown.
 */
export function ndaTotal(k: Kit, base: number | undefined): string {
  const pct = k.ndaPercent;
  if (base === undefined || pct === undefined || pct <= 0) return '';
  return ` (${k.money(roundMoney(base * (1 + pct / 100)))} in total), because work I cannot show brings me no further clients`;
}

const ndaAnonymised: Strategy = (u, k) => {
  const P = k.price;
  const pct = k.ndaPercent;
  if (pct === 0) return null;
  const position = [
    `I am happy to sign your NDA. If I may show an anonymised version of the work (no name, nothing identifying) in my portfolio, the price stays ${P ? k.money(P.amount) : 'as quoted'}, because the work itself is the same; full confidentiality adds ${k.percent(pct, 'NDA surcharge %')}${ndaTotal(k, P?.amount)}.`,
  ];
  if (exclusivityAsked(u)) position.push(exclusivityLine(u, k));
  return {
    id: 'nda-anonymised',
    title: 'Keep the price with anonymised portfolio use',
    total: P?.amount,
    ack: '',
    position,
    covers: ['nda_request'],
    stance: { nda: 'anonymised', payment: 'deposit', rush: 'standard' },
    why: [
      ['concession_for_concession', 'Keeps the price only in exchange for anonymised portfolio use.'],
      ['offer_alternative', 'Gives a route to confidentiality that costs them nothing.'],
    ],
    close: 'Would an anonymised portfolio entry be acceptable?',
  };
};

// ---- availability

const WHEN = /\b(weekends?|evenings?|nights?|saturday|sunday|late|after hours|out of hours|24\/7|any ?time|holidays?)\b/i;

function boundaryAck(u: Understanding): string {
  const when = WHEN.exec(u.text)?.[1]?.toLowerCase();
  return when ? `I understand you want to know you can reach me${/week|night|evening|holiday/.test(when) ? ` at ${when.endsWith('s') ? when : `${when}s`}` : ''}.` : 'I understand you want to know when you can reach me.';
}

const workingHours: Strategy = (u, k) => ({
  id: 'working-hours',
  title: 'State working hours and an urgent route',
  ack: boundaryAck(u),
  position: [
    `I work ${k.hours()} and answer email ${k.responseTime()}. Outside those hours I am offline, which is what keeps my work on your project focused.`,
    'If something is truly urgent, put URGENT in the subject and it is the first thing I handle on the next working day.',
  ],
  covers: ['boundary_push'],
  stance: {},
  why: [
    ['set_boundaries', 'States working hours and response time instead of silently bending.'],
    ['offer_alternative', 'An urgent route covers real emergencies.'],
  ],
  close: 'Would that work for you?',
});

const updateRoutine: Strategy = (u, k) => ({
  id: 'daily-update',
  title: 'A fixed update routine instead of being on call',
  ack: boundaryAck(u),
  position: [
    `Rather than being on call, I will send you a short written update at the end of each working day, so you always know where things stand without having to ask.`,
    `My hours are ${k.hours()}, and I answer email ${k.responseTime()}.`,
  ],
  covers: ['boundary_push'],
  stance: {},
  why: [
    ['set_boundaries', 'Keeps the hours, and offers a routine that costs little.'],
    ['offer_alternative', 'A daily update answers the need for visibility.'],
  ],
  close: 'Would a daily update like that work for you?',
});

/** Our invoice is wrong and they ask for a corrected one: "rejected your invoice … added 25% VAT … no PO number". */
const INVOICE_WRONG = /\b(?:rejected|returned|(?:can(?:'?t|not)|unable to) (?:process|pay|accept))\b[^.?!\n]{0,40}\binvoice\b|\binvoice\b[^.?!\n]{0,80}\b(?:is wrong|was wrong|incorrect|has the wrong|(?:no|without (?:a |the |our )?)po\b)|\b(?:corrected|correct|new|revised) invoice\b/i;

function invoiceErrorAsked(u: Understanding): boolean {
  // After our payment reminder, a re-issue is their paperwork around an overdue invoice: the balance card answers it.
  if (/\breminder|overdue|past due\b/i.test(u.text)) return false;
  return INVOICE_WRONG.test(u.text) && /\b(?:send|issue|re-?issue|need|please)\b[^.?!\n]{0,30}\b(?:corrected|correct|new|revised) invoice\b|\bre-?issue\b/i.test(u.text) && /\b(?:vat|po\b|purchase order|address|entity|company name|amount|wrong|incorrect|missing|no po)\b/i.test(u.text);
}

const correctInvoice: Strategy = (u) => {
  if (!invoiceErrorAsked(u)) return null;
  const po = /\b(?:po|purchase order)\b/i.test(u.text);
  const vat = /\bvat\b/i.test(u.text) && /\b(?:added|charged|included|reverse|b2b|vat id|vat number)\b/i.test(u.text);
  const fixes = [vat ? 'without the VAT, with both VAT numbers and the reverse-charge note' : '', po ? 'with your PO number' : ''].filter(Boolean).join(' and ');
  const today = /\btoday\b/i.test(u.text);
  return {
    id: 'correct-invoice',
    title: 'Own the invoice error and correct it',
    ack: 'You are right about the invoice, and I am sorry for the extra work it caused you.',
    position: [
      `I will send a corrected invoice ${today ? 'today' : 'by tomorrow'}${fixes ? `, ${fixes}` : ''}, so it can go into your next payment run; it replaces the one you received, which you can disregard.`,
    ],
    covers: ['complaint', 'payment_terms'],
    stance: { payment: 'deposit' },
    why: [
      ['admit_mistakes', 'Owns a paperwork error plainly and fixes it the same day.'],
      ['keep_dialogue', 'Keeps the project on track instead of reopening the terms.'],
    ],
    close: 'I will let you know as soon as it is on its way.',
  };
};

/** "The new website is off … as per your terms I'd like the deposit back": a cancellation before any work. */
function cancelledBeforeStart(u: Understanding): boolean {
  return !u.situation.underway && u.situation.depositPaid && /\b(?:(?:is|are) (?:off|cancelled|canceled)|(?:cancel|call off|pull out of|not going ahead with)\b|won'?t be going ahead)\b/i.test(u.text) && /\b(?:deposit|money|payment)\b[^.?!\n]{0,30}\bback\b|\brefund\w*/i.test(u.text);
}

/** Our own words hold the files back until the balance is paid: "As soon as it's paid I'll send the download link". */
const FILES_ON_PAYMENT = /\b(?:as soon as|once|when)\b[^.\n]{0,40}\b(?:paid|payment (?:is in|arrives|has arrived|lands)|(?:it|the invoice|the balance)(?:'s| is| has been) (?:paid|settled|in))\b[^.\n]{0,60}\b(?:send|share|release|upload)\b[^.\n]{0,60}\b(?:files?|link|download)\b|\b(?:send|share|release)\b[^.\n]{0,40}\b(?:files?|link|download)\b[^.\n]{0,40}\b(?:as soon as|once|when)\b[^.\n]{0,30}\b(?:paid|settled)\b/i;
/** "where r the files??", "can you send the logo files?", "we need the files tomorrow". */
const FILES_ASKED = /\b(?:where (?:are|r|is)|send|need|waiting (?:for|on)|get|have)\b[^.?!\n]{0,30}\b(?:the )?(?:final )?(?:files?|download|link|logos?|artwork)\b/i;
/** They say the balance is paid ("paid it this morning", "payment went out"). */
const SAYS_PAID = /\b(?:paid|transferred|sent the (?:money|payment)|payment (?:went|has gone) out|settled)\b/i;

/**
 * "Where r the files?? printer needs them tmrw": finished work we hold until the balance is paid, as our own mail said.
 * The files go out the moment it is paid; the printer's date is met by paying today, not by rush work.
 */
const filesOnPayment: Strategy = (u, k) => {
  const ours = (u.deal.ourWords[0] ?? '').slice(0, 6000);
  if (!FILES_ON_PAYMENT.test(ours) || !FILES_ASKED.test(u.text.slice(0, 2000)) || SAYS_PAID.test(u.text.slice(0, 2000))) return null;
  const rest = openBalance(u, k);
  const invoice = NAMED_INVOICE.exec(ours);
  const id = invoice ? ` (${k.v((invoice[1] ?? invoice[2])!)})` : '';
  const when = u.requested ? ` for ${k.day(u.requested.iso)}` : '';
  return {
    id: 'files-on-payment',
    title: 'The files go out the moment the balance is paid',
    total: k.price?.amount,
    ack: 'The final files are ready to go.',
    position: [
      `As I said with the invoice, I send the download link as soon as ${rest !== undefined ? `the ${k.money(rest)} balance` : 'the balance'}${id} is paid. If you can pay it today, you will have everything right away, in time${when || ' for the printer'}.`,
      'If it has already gone out, just send me the payment confirmation and I will send the link straight away.',
    ],
    covers: ['rush_deadline', 'payment_terms'],
    stance: { payment: 'deposit', nda: 'surcharge', rush: 'standard' },
    why: [
      ['contract_and_guarantees', 'Holds the hand-over to the payment our own mail named, without a rush fee for finished work.'],
      ['attend_to_client', 'Meets their deadline with the fastest route: payment today, files today.'],
    ],
    close: 'Which format does the printer need? I will put that file first in the link.',
  };
};

/** The client stops a project under way: "please stop work on the designs", "decided to suspend the project", "our site is off". */
const STOPPED = /\b(?:cancel(?:l?ing|l?ed)? (?:the |our |this )?(?:project|work|order|job|contract|website|site)|(?:suspend|terminat|halt|scrap)\w* (?:the |our |this |all )?(?:project|work|order|job|contract|website|site|store|shop)|stop (?:all )?(?:work|working)\b|stop (?:the |our |this )?(?:\w+ )?(?:project|order|job)\b|(?:project|site|website|store|job)\b[^.?!\n]{0,20}\b(?:is|are) (?:now )?(?:off|cancell?ed)\b|(?:won'?t|will not) be (?:going ahead|proceeding|continuing) with)\b/i;

/**
 * A project stopped half-way ("please stop work on the designs… where do we stand money-wise?"): work stops today, the
 * deposit is set against what is done and not refunded, anything beyond it is invoiced, and what exists is handed over
 * once the account is settled. The door stays open.
 */
const stopAndSettle: Strategy = (u, k) => {
  const m = STOPPED.exec(u.text.slice(0, 6000));
  if (!m || !(u.situation.stage === 'agreed' || u.situation.stage === 'in_progress' || u.situation.depositPaid) || u.situation.stage === 'delivered' || u.defect) return null;
  const P = k.price;
  const deposit = P && k.depositPercent !== undefined ? roundMoney((P.amount * k.depositPercent) / 100) : undefined;
  const handover = /\b(?:hand ?over|send (?:over|us|me)|files?|access|whatever exists|everything (?:completed|done|so far))\b/i.test(u.text.slice(0, 6000));
  const statementBy = k.day(addWorkingDays(u.today, 1));
  return {
    id: 'stop-and-settle',
    title: 'Stop today; the deposit covers the work done',
    ...(P ? { total: P.amount } : {}),
    ack: "Thank you for letting me know, and I'm sorry the project has to stop.",
    position: [
      'I have stopped work as of today.',
      `As agreed, the deposit${deposit !== undefined ? ` of ${k.money(deposit)}` : ''} is not refundable once work has started; it is set against the work already done. I will send you a short statement of the stages completed, with an invoice for any work beyond the deposit.`,
      ...(handover ? ['Once the account is settled, I will send over everything completed so far, so none of it is lost.'] : []),
      // "is it possible to keep the same price of $5,600 and continue from the visual design?"
      /\b(?:same|keep the|original|current) (?:price|rates?|fee|quote)\b/i.test(u.text.slice(0, 6000))
        ? 'If the project comes back, I would be glad to pick it up where we left off, with the remaining stages at the prices in my quote, subject to my availability at the time.'
        : 'If the project comes back later, I would be glad to pick it up where we left off.',
    ],
    covers: ['payment_terms', 'complaint', 'rush_deadline', 'scope_creep'],
    stance: { payment: 'deposit', nda: 'surcharge', rush: 'standard' },
    why: [
      ['contract_and_guarantees', 'The agreed deposit terms settle a stop half-way: kept against the work done, the rest invoiced.'],
      ['keep_dialogue', 'Confirms the stop calmly and leaves the door open for a restart.'],
    ],
    close: `I will send you the statement by ${statementBy}.`,
  };
};

const refundBeforeStart: Strategy = (u, k) => {
  if (!cancelledBeforeStart(u)) return null;
  const P = k.price;
  const paid = P && k.depositPercent !== undefined ? roundMoney((P.amount * k.depositPercent) / 100) : undefined;
  // A refund asked to a different account than the one it came from is checked by phone first: the usual payment fraud.
  const otherAccount = /\b(?:different|another|new|personal|other) (?:bank )?account\b|\b(?:don'?t|do not) send it to the account\b/i.test(u.text);
  return {
    id: 'refund-before-start',
    title: 'Refund the deposit as agreed',
    ack: 'I am sorry to hear it, and thank you for letting me know before I started.',
    position: [
      `As agreed, the deposit is refundable in full when a project is cancelled before work starts, so I will refund ${paid !== undefined ? `the ${k.money(paid)}` : 'it'}.`,
      otherAccount
        ? 'As you are asking me to send it to a different account from the one it came from, I will call you to confirm the new details before I transfer it, and send it the same day once we have spoken.'
        : 'I will send it back to the account it came from today.',
    ],
    covers: ['payment_terms', 'complaint', 'rush_deadline'],
    stance: {},
    why: [
      ['contract_and_guarantees', 'Keeps the agreed cancellation terms, without argument.'],
      ['stay_calm', 'Protects both sides from a payment sent to the wrong account.'],
    ],
    close: otherAccount ? 'When is a good time to call you today?' : 'I wish you both well with what comes next, and I would be glad to pick this up again later.',
  };
};

export const TERMS_STRATEGIES = {
  refundBeforeStart: [refundBeforeStart] as Strategy[],
  filesOnPayment: [filesOnPayment] as Strategy[],
  stopped: [stopAndSettle] as Strategy[],
  invoiceError: [correctInvoice] as Strategy[],
  payment: [instalmentsByMilestone, depositWithContract, paidStages, milestoneInvoices] as Strategy[],
  /** After delivery, a price objection or a lower sum offered: the agreed price stands. */
  delivered: [balanceStands] as Strategy[],
  balance: [invoiceDelivered, balanceInParts, payLaterOk, invoiceDue, invoiceHalfNow, balanceAsAgreed, balanceInTwo] as Strategy[],
  acceptance: [confirmTerms, contractKickoff] as Strategy[],
  approval: [approveWork] as Strategy[],
  pause: [pauseProject] as Strategy[],
  nda: [ndaSurcharge, ndaAnonymised] as Strategy[],
  boundary: [workingHours, updateRoutine] as Strategy[],
};

export { exclusivityLine };
export type { Card, Why };
