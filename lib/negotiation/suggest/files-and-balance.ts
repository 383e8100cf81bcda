// Runs everywhere (Node, side panel): plain asks about work in hand answered outright: the logo in a format their printer needs ("they want a vector??") sent at no charge, "what do we still owe?" answered as the balance after what was paid, an invoice paid twice refunded or kept as a credit, a payment that arrived short after bank fees settled, and a five-minute update to a site we built done at the hourly rate.
import { sentenceSpan } from '../understand/clause';
import type { Strategy } from './card';
import { roundMoney } from './kit';
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

/** "paid two times by our company", "we paid your invoice twice", "a double payment", "we overpaid". */
const PAID_TWICE = /\b(?:paid|transferred|sent|settled)\b[^.?!\n]{0,80}\b(?:twice|two times|double|a second time|again by mistake)\b|\bdouble[- ]payment\b|\b(?:we|i) (?:have )?overpaid\b|\boverpayment\b/i;
/** They would rather keep it as a credit: "keep the double payment as a credit and set it against the new project". */
const AS_CREDIT = /\b(?:as (?:a )?credit|credit (?:it|this|the \w+) (?:against|towards?|to)|set (?:it|this|the \w+) (?:off )?against|(?:against|towards?) the (?:new|next) (?:project|job|invoice))\b/i;

/**
 * An invoice the client paid twice: the duplicate refunded, or, when they ask, kept as a credit against the next job,
 * with what that leaves to pay. Bounded: regular tests on the head of the mail.
 */
const paidTwice: Strategy = (u, k) => {
  const text = u.text.slice(0, 4000);
  const m = PAID_TWICE.exec(text);
  if (!m) return null;
  // The amount paid twice: the one in the sentence that says so (a sentence ends at a stop before a space, not at the
  // point of "USD 1,080.00").
  const { start, end } = sentenceSpan(text, m.index);
  // (Our invoice's figure is ours, so its role may be our price: "paid your invoice of $720 twice".)
  const dup = u.amounts.find((a) => a.currency && a.index >= start && a.index <= end);
  if (!dup) return null;
  const invoice = /\binvoice\s+(?:no\.?\s*|number\s*|#\s*)?([A-Z]{1,6}[-/]?\d[\w/-]{2,20})/i.exec(text)?.[1];
  const credit = AS_CREDIT.test(text);
  // The next job's price, as they restate it or as the profile has it; its deposit at our rate.
  const next = credit ? u.amounts.find((a) => a.role === 'our_price' && a.value > dup.value) : undefined;
  const cur = next?.currency ?? undefined;
  const position = [`I will check my account, and once I see both payments of ${k.money(dup.value, dup.currency ?? undefined)}${invoice ? ` for invoice ${k.v(invoice)}` : ''}, the second one is yours.`];
  if (credit && next && k.depositPercent !== undefined) {
    const deposit = roundMoney((next.value * k.depositPercent) / 100);
    const left = roundMoney(dup.value - deposit);
    position.push(left >= 0
      ? `Keeping it as a credit against the new project (${k.money(next.value, cur)}) works for me: it covers the ${k.money(deposit, cur)} deposit in full, so no further payment is needed to start, and the remaining ${k.money(left, cur)} comes off the final invoice, which will then be ${k.money(roundMoney(next.value - dup.value), cur)}.`
      : `Keeping it as a credit against the new project (${k.money(next.value, cur)}) works for me: it goes towards the ${k.money(deposit, cur)} deposit, so ${k.money(roundMoney(-left), cur)} is left to pay to start.`);
    position.push(`For your bookkeeping I will send a written confirmation of the credit${invoice ? ` with invoice ${k.v(invoice)}` : ''}; if you would rather have the money back after all, I will refund it instead.`);
  } else if (credit) {
    position.push(`I am happy to keep it as a credit against your next invoice, and I will send you a written confirmation of the credit for your bookkeeping; if you would rather have it back, I will refund it instead.`);
  } else {
    position.push('I will refund it to the account it came from; could you confirm the bank details you would like it sent to?');
  }
  return {
    id: 'paid-twice',
    title: credit ? 'Keep the double payment as a credit' : 'Refund the double payment',
    ...(next ? { total: next.value } : {}),
    ack: 'Thank you for spotting this.',
    position,
    covers: ['payment_terms', 'complaint'],
    answers: (a) => /\b(?:credit|refund|payment|paid|deposit|amount|confirm|invoice)\b/i.test(a.text),
    stance: { payment: 'deposit' },
    why: [['contract_and_guarantees', 'Confirms the money received and says in writing how the duplicate is settled.']],
    close: credit ? 'Shall I send you the written confirmation of the credit?' : 'Could you send me the bank details for the refund?',
  };
};

/** "So I am missing 18,60 euro", "you received only €251.40", "my bank took a commission": a payment that arrived short. */
const SHORT = /\b(?:(?:i|we) (?:am|are) (?:still )?missing|(?:is|are) (?:still )?missing|short by)\b/i;
/** …after a bank or exchange charge: the context that makes it a transfer gone short, not missing work. */
const CHARGES = /\b(?:bank|commission|fees?|charges?|exchange rate|received only|only received|arrived)\b/i;

/**
 * A payment that arrived short after bank charges: the gap said plainly, and a way to send it so it arrives in full.
 * Only when the client raises it (their words carry the shortfall), never as a claim of ours.
 */
const arrivedShort: Strategy = (u, k) => {
  const text = u.text.slice(0, 4000);
  const m = SHORT.exec(text);
  if (!m || !CHARGES.test(text)) return null;
  // The gap: a figure said with "missing" or "short by", else the last figure of the sentence that says it.
  const { start, end } = sentenceSpan(text, m.index);
  const inSentence = u.amounts.filter((a) => a.index >= start && a.index <= end && a.value > 0);
  const gap = inSentence.find((a) => a.index > m.index) ?? inSentence[inSentence.length - 1];
  // A figure of money, not "2 pages are missing".
  if (!gap || !(gap.currency || /\b(?:euros?|eur|dollars?|usd|pounds?|gbp|kr|sek|chf)\b/i.test(gap.text))) return null;
  const currency = gap.currency ?? k.currency;
  const paypal = /\bpaypal\b/i.test(text);
  return {
    id: 'arrived-short',
    title: 'Settle the shortfall simply',
    ack: 'Thank you for sorting this out so quickly, and no need to apologise: bank charges catch many people out.',
    position: [
      `Yes, ${k.money(gap.value, currency)} is still open.`,
      paypal
        ? `PayPal is fine: I will send you a PayPal payment request for exactly ${k.money(gap.value, currency)}; if you choose to pay the fee yourself when you confirm it, the full amount arrives and nothing more is needed.`
        : `The simplest is a transfer of ${k.money(gap.value, currency)} with the charges set to "OUR" (all fees paid by the sender), so the full amount arrives.`,
    ],
    covers: ['payment_terms'],
    answers: (a) => /\b(?:paypal|pay|send|fee|fees|amount|how much|invoice|commission|missing|transfer)\b/i.test(a.text),
    stance: { payment: 'deposit' },
    why: [['contract_and_guarantees', 'Names the amount still open and how to send it so it arrives in full.']],
    close: paypal ? 'Shall I send the PayPal request today?' : 'Could you let me know once it is sent?',
  };
};

/** "can u change sunday hours on the site to 12-9 and swap the menu pdf": a content edit on their live site. */
const SITE_EDIT = /\b(?:can|could) (?:you|u) (?:please |pls |just |quickly |also )*(?:change|update|swap|replace|add|remove|correct|put|upload)\b[^?.!\n]{0,80}\b(?:on|to|in|from) (?:the|our|my) (?:site|website|web ?site|homepage|home page|shop|store)\b/i;
/** …said to be small: "5 min job", "a quick one", "tiny change". */
const SMALL = /\b(?:\d{1,2}|five|two|ten)[- ]?min(?:ute)?s?\b|\bquick (?:one|job|change|update|fix|thing)\b|\bsmall (?:change|update|job|thing|tweak)\b|\btiny\b|\bminor (?:change|update|edit)\b/i;
/** …not a new site: "a new site", "redesign", "rebuild". */
const NEW_SITE = /\b(?:new (?:site|website|shop|store)|redesign|rebuild|from scratch)\b/i;

/**
 * A small content update to a site we built: done, by their date, at the hourly rate in quarter hours (a favour asked
 * "so no need to invoice" is still billed, lightly). Bounded: regular tests on the head of the mail.
 */
const smallUpdate: Strategy = (u, k) => {
  const text = u.text.slice(0, 3000);
  const hourly = u.profile.services.find((x) => x.unit === 'hour');
  if (!hourly || u.defect || !SITE_EDIT.test(text) || !SMALL.test(text) || NEW_SITE.test(text)) return null;
  const quarter = roundMoney(hourly.price / 4);
  const when = u.requested && u.requested.iso >= u.today ? `before ${k.day(u.requested.iso)}` : 'within a working day';
  return {
    id: 'small-update',
    title: 'Do the small update, billed by the quarter hour',
    ack: 'Happy to help with that.',
    position: [
      `I will make those changes to the site ${when}.`,
      `Small updates like this I bill at ${k.money(hourly.price)} an hour in 15-minute units, because each one still needs a login, a check on the live site and a backup: this one comes to ${k.money(quarter)}, which I will add to your next invoice.`,
      // "also thinking about online table booking, how much roughly??": new work, estimated in hours at the same rate.
      ...(u.has('price_question') || u.asks.some((a) => a.topic === 'price') ? [`The other idea is new work, which I would do at the same hourly rate: roughly ${k.ph('hours')} hours, so about ${k.ph('estimate')}; I will send you a short estimate once I know what it should do.`] : []),
    ],
    covers: ['revision_request', 'vague_brief', 'price_question'],
    answers: (a) => SITE_EDIT.test(a.text) || a.topic === 'price' || /\b(?:invoice|cost|charge|free|how much)\b/i.test(a.text),
    stance: { payment: 'deposit' },
    why: [['separate_fix_from_extra', 'Does the quick change at once and bills it lightly, as paid work.']],
    close: 'I will let you know as soon as it is live.',
  };
};

export const FILES_AND_BALANCE: Strategy[] = [formatFiles, stillOwed, paidTwice, arrivedShort, smallUpdate];
