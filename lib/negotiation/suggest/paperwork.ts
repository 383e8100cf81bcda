// Runs everywhere (Node, side panel): the client's paperwork answered by doing it: an invoice split across cost centres, a PO or a new addressee on it, the old one credited; a formal quote (a PDF, addressed to the organisation) that their PO waits for.
import type { Understanding } from '../understand';
import { countValue } from '../understand/roles';
import type { Strategy } from './card';
import { joinList, numberWord } from './format';
import { formatCount, round2, type Kit } from './kit';
import { balanceOf } from './terms';

/** "split 50/50", "split it into three separate invoices", "the balance invoice … split", "one invoice per department". */
const SPLIT = /\b(?:split|divide|break)\b[^.?!\n]{0,50}\binvoices?\b|\binvoices?\b[^.?!\n]{0,60}\b(?:split|divided)\b|\b(?:into|as) (?:two|three|four|\d) (?:separate )?invoices\b/i;
/** "reissue invoice INV-088", "re-send it addressed to our GmbH", "cancel the original (a credit note is fine)". */
const REISSUE = /\b(?:re-?issue|re-?send|re-?address)\b[^.?!\n]{0,40}\b(?:invoices?|it)\b|\binvoices?\b[^.?!\n]{0,80}\b(?:re-?issue|re-?sen[dt]|re-?address)|\bcredit note\b/i;
/** What makes it paperwork: where the money is booked, not what it is for (an address to send it to is a plain yes elsewhere). */
const BOOKING = /\b(?:cost cent(?:re|er)s?|cc\s?\d|po\b|p\.o\.|purchase order|addressed to|made out to|(?:legal|registered) (?:entity|name)|company name|billing (?:entity|address)|org\.? ?n[or]|vat (?:id|number|no))/i;
/** A plan to pay later or in parts is a payment move, not paperwork: "split the payment over three months". */
const PAY_PLAN = /\b(?:instal+ments?|over (?:two|three|four|\d) months|pay (?:it |the rest |the balance )?(?:in|over) (?:two|three|four|\d)|(?:monthly|weekly) payments)\b/i;
/** Our reminder or their complaint about the invoice: the balance or the correction card answers those. */
const NOT_PAPERWORK = /\b(?:reminder|overdue|past due|too (?:high|much)|wrong amount|incorrect|mistake|error|vat (?:was |has been )?added)\b/i;
/**
 * The amount itself in question ("exceeds the PO value by £195", "reissue it at the estimate", "reissue the invoice for
 * EUR 672"): the hours or the figure need answering, which is no clerk's yes.
 */
const AMOUNT_IN_QUESTION = /\bexceed\w*\b|\bdiscrepanc\w*|\b(?:over|above) the (?:po|purchase order|estimate|budget)\b|\bremaining (?:po )?value\b|\bvariation\b|\bre-?issue\w*\b[^.?!\n]{0,30}\b(?:at|for)\s+(?:the estimate|[$€£]|eur|usd|gbp|\d)/i;
/** Terms for invoices to come ("each invoice to be split between two cost centres" from 1 April): no invoice to reissue now. */
const FUTURE_INVOICES = /\b(?:from|as of|starting|with effect from) (?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}(?:st|nd|rd|th)?|the start of the new)\b[^.?!\n]{0,60}\b(?:we (?:will )?require|invoices?|all)\b|\bgoing forward\b|\bfuture invoices\b|\bfrom now on\b/i;

/** "reissue it to:\nFjällmark Sverige AB", "reissue the invoice to: Brightline Dental Partners, LLC, Attn: …". */
const REISSUE_TO = /\bre-?issue\b[^.?!\n]{0,30}\bto\s*:?\s*([A-Z][\p{L}\d&.'-]*(?:[ \t]+[\p{L}\d&.'-]+){0,5}?(?:,?[ \t]+(?:Ltd|LLC|Inc\.?|GmbH|AB|AG|SA|BV|plc|Limited|Oy|AS|ApS|S\.?L\.?|SRL|Sp\. z o\.o\.))?)(?=[ \t]*(?:,|\n|$))/imu;
/** "…rather than to our registered entity, Fernhill Home Retail Ltd (Company No. …)". */
const ENTITY = /\b(?:registered|legal) (?:entity|name)(?: is)?,?[ \t]+([A-Z][\p{L}\d&.'-]*(?:[ \t]+[\p{L}\d&.'-]+){0,5}?[ \t]+(?:Ltd|LLC|Inc\.?|GmbH|AB|AG|SA|BV|plc|Limited))\b/u;

const CENTRE = /\b(?:cost cent(?:re|er)|cc)\s*(?:no\.?\s*|number\s*|#\s*)?:?\s*([A-Z0-9][A-Z0-9-]{1,14})\b(?:\s*\(([\p{L} &]{2,40})\))?/giu;
const PO = /\b(?:po|purchase order)(?: number| no\.?| #)?\s*:?\s*([A-Z0-9][\w-]{3,20}\d|\d[\w-]{2,20})\b/i;
const OLD_INVOICE = /\binvoice\s+(?:no\.?:?\s*|number:?\s*|#\s*)?([A-Z]{2,5}[-/]?\d[\w/-]{2,15}\d)\b/i;
const EQUAL = /\b50\s?\/\s?50\b|\b(?:half|halves|equally|evenly|equal (?:parts|shares|amounts))\b/i;
const HOW_MANY = /\b(?:in|into)\s+(two|three|four|five|\d)\s+(?:separate |equal )?(?:invoices|parts)\b|\b(two|three|four|five|\d) (?:separate )?invoices\b/i;
/** "Each invoice should … show the word count and rate." */
const SHOWING = /\bshow(?:ing|s)?\s+(?:the\s+)?((?:word count|hours|rate|quantity|unit price|hourly rate|days?)(?:\s+and\s+(?:the\s+)?(?:word count|hours|rate|quantity|unit price|hourly rate|days?))?)\b/i;

/** The invoice paperwork asked for, or null when the message is about something else. */
export function invoicePaperwork(u: Understanding): boolean {
  const text = u.text.slice(0, 6000);
  if (!/\binvoices?\b/i.test(text) || PAY_PLAN.test(text) || NOT_PAPERWORK.test(text) || AMOUNT_IN_QUESTION.test(text) || FUTURE_INVOICES.test(text)) return false;
  if (u.has('complaint') || u.has('price_objection') || u.has('discount_request') || u.defect) return false;
  return (SPLIT.test(text) || REISSUE.test(text)) && BOOKING.test(text);
}

/** The start of the line holding a cost centre, up to it: "- Supplier handbook → Procurement, cost centre 210-PRC". */
function lineBefore(text: string, at: number): string {
  return text.slice(Math.max(0, text.lastIndexOf('\n', at) + 1, at - 120), at);
}

/**
 * What one listed item comes to, from our own earlier message: "- Supplier handbook: 4,000 words" at the per-word rate
 * is €480. Undefined unless our words name the item with a count in the rate's unit.
 */
function itemAmount(u: Understanding, k: Kit, line: string): number | undefined {
  const rate = k.rate;
  const item = /^\s*(?:[-•*]|\d+[.)])?\s*([\p{L}][\p{L} '&-]{2,40}?)\s*(?:→|->|–|—|-|:|,)/u.exec(line)?.[1]?.trim();
  if (!rate || rate.unit === 'project' || !item) return undefined;
  const ours = u.deal.ourWords.join('\n').slice(0, 6000);
  const esc = item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${esc}\\s*[:–—-]\\s*(\\d{1,3}(?:,\\d{3})*|\\d+)\\s*${rate.unit}s?\\b`, 'i').exec(ours);
  return m ? round2(Number(m[1]!.replace(/,/g, '')) * rate.amount) : undefined;
}

const invoiceAdmin: Strategy = (u, k) => {
  if (!invoicePaperwork(u)) return null;
  const text = u.text.slice(0, 6000);
  const centres: Array<{ code: string; name?: string; amount?: number }> = [];
  for (const m of text.matchAll(CENTRE)) {
    if (centres.length >= 8) break;
    if (!/\d/.test(m[1]!) || centres.some((c) => c.code === m[1])) continue;
    centres.push({ code: m[1]!, name: m[2]?.trim(), amount: itemAmount(u, k, lineBefore(text, m.index)) });
  }
  const po = PO.exec(text)?.[1];
  const old = OLD_INVOICE.exec(text)?.[1];
  const split = SPLIT.test(text);
  const said = HOW_MANY.exec(text);
  const n = said ? countValue(said[1] ?? said[2]!) : centres.length || (EQUAL.test(text) ? 2 : 0);
  // The sum being split: the balance when they say so (the deposit was invoiced before), else nothing we could swear to.
  const balance = /\b(?:balance|final|remaining)\s+invoice\b/i.test(text) ? balanceOf({ ...u, situation: { ...u.situation, depositPaid: true } }, k) : undefined;
  const each = split && n >= 2 && EQUAL.test(text) && balance !== undefined ? round2(balance / n) : undefined;
  const credited = /\bcredit note\b|\bcancel (?:the )?(?:original|old|first)\b/i.test(text);
  const what = balance !== undefined ? `the balance invoice (${k.money(balance)})` : credited ? 'it' : old ? `invoice ${k.v(old)}` : 'the invoice';
  // Amounts per cost centre only when every one of them is known.
  const priced = centres.length >= 2 && centres.every((c) => c.amount !== undefined);
  const to = centres.length ? `, ${centres.length === n || !n ? 'one to each cost centre' : 'to the cost centres'}: ${joinList(centres.map((c) => `${priced ? `${k.money(c.amount!)} to ` : ''}${k.v(c.code)}${c.name ? ` (${c.name})` : ''}`))}` : '';
  const showing = SHOWING.exec(text)?.[1];
  const named = REISSUE_TO.exec(text)?.[1]?.trim();
  const entity = named && !/^(?:the|our|a|an|it|them|this|that)\b/i.test(named) ? named : ENTITY.exec(text)?.[1]?.trim();
  const extras = [entity && !/^(?:the|our|a|an|it|them)\b/i.test(entity) ? `addressed to ${k.v(entity)}` : '', po ? `${n >= 2 ? 'each referencing' : 'referencing'} PO ${k.v(po)}` : '', showing ? `showing the ${showing.toLowerCase()}` : ''].filter(Boolean).join(' and ');
  const cancel = credited ? `I will cancel ${old ? `invoice ${k.v(old)}` : 'the original invoice'} with a credit note, so nothing is paid twice, and ` : 'I will ';
  // "standard payment terms of Net 60 from receipt", "settled 60 days from the end of the month": an invoice already
  // issued for delivered work keeps its date; a reissue for their paperwork does not start a new cycle (u14b-03, u5b-07).
  const days = /\bnet\s?(30|45|60|90|120)\b|\b(30|45|60|90|120) days (?:from|after|of|end of)\b/i.exec(text);
  const cycle = days && (old || balance !== undefined) && Number(days[1] ?? days[2]) > 30
    ? `As the invoice was already issued for delivered work, I would ask for it to be paid on its original terms rather than on a new ${days[1] ?? days[2]}-day cycle from the reissue.`
    : undefined;
  const body = split && n >= 2
    ? `${cancel}reissue ${what} as ${numberWord(n)} invoices${each !== undefined ? ` of ${k.money(each)} each` : ''}${to}${extras ? `, ${extras}` : ''}.`
    : `${cancel}reissue ${what}${to}${extras ? `, ${extras}` : ''}.`;
  return {
    id: 'invoice-paperwork',
    title: 'Reissue the invoice the way finance needs it',
    ack: 'Of course, no problem at all.',
    position: [body, `You will have ${n >= 2 ? 'them' : 'it'} today.`, ...(cycle ? [cycle] : [])],
    covers: ['payment_terms', 'rush_deadline'],
    // The reissued invoice already carries the entity, the PO and the cost centres they listed.
    answers: (a) => a.topic === 'invoice' || /\b(?:re-?issue|re-?send|credit note|po\b|purchase order|entity|addressed|cost cent(?:re|er)|split)\w*/i.test(a.text),
    stance: { payment: 'deposit' },
    why: [['keep_dialogue', "Does the client's paperwork at once, so the invoice is approved and paid without another round of mail."]],
    close: `Let me know if finance needs anything else on ${n >= 2 ? 'them' : 'it'}.`,
  };
};

/** "the bursar needs your quote … as a PDF, addressed to St Columba's … before she'll raise the PO". */
const FORMAL_QUOTE = /\b(?:quote|quotation|estimate|proposal)\b[^.?!]{0,80}\b(?:as an? (?:pdf|formal|official|written) |(?:in|on) (?:pdf|writing|letterhead)|addressed to|before (?:she|he|they|we|i)(?:'ll| will| can)? raise (?:the|a) (?:po|purchase order)|for (?:the|our) (?:po|purchase order|procurement|finance|accounts))|\b(?:formal|official|written|pdf) (?:quote|quotation|estimate)\b/i;
const ADDRESSEE = /\baddressed to\s*:?\s*([A-Z][\p{L}'&.-]*(?:\s+(?:[A-Z][\p{L}'&.-]*|of|and|the|for)){0,8})/u;

/** Their paperwork for a quote we can price: sent today, with the figures it will show. */
const formalQuote: Strategy = (u, k) => {
  const text = u.text.slice(0, 6000);
  // Only the document is asked for: a first enquiry with terms of its own (no advance, an NDA) gets the whole proposal.
  if (!FORMAL_QUOTE.test(text) || u.deal.ourWords.length || text.length > 700 || u.moves.some((m) => m.id !== 'rush_deadline' && m.id !== 'price_question')) return null;
  const P = k.price;
  const rate = k.rate;
  const units = k.units;
  if (!P) return null;
  const to = ADDRESSEE.exec(text)?.[1]?.replace(/\s+(?:and|of|the|for)$/i, '').trim();
  const pdf = /\bpdf\b/i.test(text);
  const sum = rate && units ? `${formatCount(units)} ${rate.unit}${units === 1 ? '' : 's'} at ${k.money(rate.amount)} per ${rate.unit}, ${k.money(P.amount)} in total` : `${k.money(P.amount)} in total`;
  const today = /\btoday\b/i.test(text);
  return {
    id: 'formal-quote',
    title: 'Send the formal quote their PO waits for',
    total: P.amount,
    ack: 'Of course.',
    position: [`I will send the quote ${pdf ? 'as a PDF ' : ''}${to ? `addressed to ${k.v(to)} ` : ''}${today ? 'today' : 'by tomorrow'}: ${sum}.`],
    covers: ['rush_deadline', 'price_question'],
    stance: { rush: 'standard' },
    why: [['name_your_price', 'Puts the price in the form their finance needs, so the PO can be raised without another round of mail.']],
    close: 'As soon as the PO comes through, I can start.',
  };
};

export const PAPERWORK: Strategy[] = [invoiceAdmin, formalQuote];
