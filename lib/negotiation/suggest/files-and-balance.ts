// Runs everywhere (Node, side panel): two plain asks about work in hand answered outright: the logo in a format their printer needs ("they want a vector??") sent at no charge, and "what do we still owe?" answered as the balance after what was paid.
import type { Strategy } from './card';
import { balanceOf } from './terms';

/** "they want a 'vector'??", "can you send an SVG", "a high-res version for print", "a PNG with a transparent background". */
const FORMAT = /\b(vector|svg|eps|high[- ]res(?:olution)?|print[- ]ready|transparent (?:background|png))\b/i;
const SEND = /\b(?:send|need|needs|want|wants|have|get|give)\b/i;
/** Who will use the file: "the wrap shop", "our printer", "the sign guy". */
const USER = /\b(?:the|our|my) ((?:[\w-]+ )?(?:shop|printers?|print shop|sign (?:guy|company|maker)|signwriter|embroiderer|agency|developer|dev|web guy))\b/i;

const formatFiles: Strategy = (u, k) => {
  const text = u.text.slice(0, 3000);
  const m = FORMAT.exec(text);
  if (!m || !SEND.test(text) || !/\blogo\b/i.test(text) || u.has('price_question') || u.has('discount_request') || u.has('price_objection')) return null;
  if (!u.profile.services.some((s) => /\blogo\b/i.test(`${s.name} ${s.keywords.join(' ')}`))) return null;
  // Only where the file request is the mail, about a logo they have: not an enquiry that asks which files come at the end,
  // nor one question among many about rights.
  // (Files we delivered short of what the job includes, RGB only where print was agreed, are our error to own: that card.)
  if (u.defect || u.has('budget_anchor') || u.asks.length > 2 || (u.situation.stage === 'enquiry' && text.length > 500)) return null;
  const print = /\bcmyk\b|\bpantone\b/i.test(text);
  const who = USER.exec(text)?.[1];
  return {
    id: 'format-files',
    title: 'Send the files in the format they need, at no charge',
    ack: 'Of course, that is an easy one.',
    position: [
      `Vector files come with the logo, at no charge: I will send it to you today as ${print ? 'print-ready CMYK PDF and EPS, with the Pantone references' : 'SVG, EPS and PDF'}.`,
      `${who ? `The EPS or PDF is the one to pass to ${/^(?:the|our|my)\b/i.test(who) ? who : `the ${who}`}` : 'The EPS or PDF is the one to pass on for print'}: it scales to any size without going blurry.`,
    ],
    covers: ['revision_request', 'complaint'],
    answers: (a) => /\b(?:send|vector|svg|eps|pdf|files?|format|cmyk)\b/i.test(a.text),
    stance: { payment: 'deposit' },
    why: [['keep_dialogue', 'Sends what the printer needs at once; the files were part of the job.']],
    // (A question, so the draft coach's next-step check holds: "if they need anything else…" asks nothing.)
    close: `Could you let me know once ${who ? `the ${who.replace(/^(?:the|our|my)\s+/i, '')} has` : 'they have'} them, in case anything else is needed?`,
  };
};

/** "bookkeeper's asking what we still owe", "how much is left to pay?". */
const OWE = /\bwhat (?:do )?(?:we|i) (?:still )?owe\b|\bhow much (?:is |do (?:we|i) )?(?:still )?(?:owe|left to pay|outstanding|remaining|left)\b|\bwhat(?:'s| is) (?:still )?(?:outstanding|left to pay|owing|owed)\b/i;

const stillOwed: Strategy = (u, k) => {
  const text = u.text.slice(0, 3000);
  if (!OWE.test(text) || !k.price || u.has('complaint') || u.has('price_objection')) return null;
  const paid = u.situation.depositPaid || /\b(?:we|i) (?:have )?paid (?:the|your) (?:[$€£]\s?[\d,.]+ )?deposit\b/i.test(text);
  const rest = balanceOf({ ...u, situation: { ...u.situation, depositPaid: paid } }, k);
  if (rest === undefined || !paid || k.depositPercent === undefined) return null;
  const deposit = k.price.amount - rest;
  const split = /\b(?:one invoice|single invoice|split|in (?:two|parts|instalments))\b/i.test(text);
  return {
    id: 'still-owed',
    title: 'Say what is left to pay, and how it is invoiced',
    total: k.price.amount,
    ack: 'Thanks for checking.',
    position: [
      `You have paid the ${k.money(deposit)} deposit, so ${k.money(rest)} of the ${k.money(k.price.amount)} remains.`,
      `It is one invoice, due on delivery${split ? '; if two smaller invoices suit your bookkeeping better, I am happy to split it' : ''}.`,
    ],
    covers: ['payment_terms', 'price_question'],
    answers: (a) => a.topic === 'invoice' || /\b(?:owe|left|rest|split|one invoice|deposit)\b/i.test(a.text),
    stance: { payment: 'deposit' },
    why: [['contract_and_guarantees', 'States the balance from the agreed price and what was paid, and when it falls due.']],
    close: 'I will send it on delivery.',
  };
};

export const FILES_AND_BALANCE: Strategy[] = [formatFiles, stillOwed];
