// Runs everywhere (Node, side panel): the payment plan a client proposes, part by part — "190 in june, 190 in july and 180 in august", "£1,000 this Friday and the remaining £1,240 on Friday 5 June" — read once for the understanding (the parts are no budget) and for the reply (a yes to the plan when it adds up).
import { sentenceAround } from './clause';
import type { RoledAmount, RoledDate } from './roles';

/** Each text is read up to this many characters. */
const MAX = 6000;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const SAID = new RegExp(String.raw`(?:[$€£]\s?)?(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d{2})?\s*(?:€|euros?|eur|\$|£|dollars?|pounds?)?\s+(now|today|this week|now in this week|(?:in |at |by )?(?:the )?(end|middle|mid|beginning|start) of (${MONTHS})|(?:in|by|on|for) (?:mid-?)?(${MONTHS})|mid-(${MONTHS}))\b`, 'gi');

const cap = (m: string) => m.charAt(0).toUpperCase() + m.slice(1).toLowerCase();

/**
 * Parts said with a time in words: "190 in june", "400 euro now", "400 at the end of August", "the rest £279 in middle
 * of October" ("now", "in June", "at the end of August", "in mid-October"). At most four, in the client's order.
 */
export function saidParts(text: string): Array<{ amount: number; when: string }> {
  return [...text.slice(0, MAX).matchAll(SAID)].slice(0, 4).map((m) => {
    const amount = Number(m[1]!.replace(/[.,]/g, ''));
    const when = /^(?:now|today|this week|now in this week)$/i.test(m[2]!) ? 'now'
      : m[4] ? `${/^(?:middle|mid)$/i.test(m[3]!) ? 'in mid-' : /^end$/i.test(m[3]!) ? 'at the end of ' : 'at the start of '}${cap(m[4])}`
      : m[5] ? `${/\bmid/i.test(m[2]!) ? 'in mid-' : 'in '}${cap(m[5])}` : `in mid-${cap(m[6]!)}`;
    return { amount, when };
  });
}

/**
 * Sums each said with a day (a date within 25 characters after it), in a sentence about paying (u14b-09). Money already
 * sent ("I transferred €336 this morning") is no part of a plan. The first six sums are read.
 */
export function datedParts(text: string, amounts: readonly RoledAmount[], dates: readonly RoledDate[], today: string): Array<{ amount: number; iso: string }> {
  const parts: Array<{ amount: number; iso: string }> = [];
  for (const a of amounts.filter((x) => x.currency).slice(0, 6)) {
    const d = dates.find((x) => x.index > a.index && x.index - (a.index + a.text.length) <= 25 && x.iso >= today);
    // ("… paying the £2,030 in three monthly instalments instead of one? Something like £680 on 15 April, …": the plan
    // may follow the sentence that says it is about paying.)
    if (!d || !(/\b(?:pay|paid|transfer|settle|send)\w*\b/i.test(sentenceAround(text, a.index)) || /\b(?:pay\w*|instal+ments?)\b[^.?!]{0,120}[.?!]\s+(?:something like|like|say|e\.g\.|for example|maybe)\b[^.?!]*$/i.test(text.slice(Math.max(0, a.index - 200), a.index)))) continue;
    if (/\b(?:transferred|paid|sent|wired)\s+(?:you\s+)?$/i.test(text.slice(Math.max(0, a.index - 20), a.index))) continue;
    parts.push({ amount: a.value, iso: d.iso });
  }
  return parts;
}
