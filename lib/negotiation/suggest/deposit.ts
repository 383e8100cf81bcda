// Runs everywhere (Node, side panel): takes the ask for a deposit out of a card once the deposit is paid or the work is under way — asking again for money already received is the fastest way to look careless.
import type { Understanding } from '../understand';
import { paymentAsk } from './terms';

// A deposit as the kit words it ("a 40% deposit ($960)", protected), or its placeholder.
const D = String.raw`\uE000(?:a [\d.,]+%? deposit(?: \([^)\uE001]*\))?|\[deposit %\])\uE001`;
const WHEN = String.raw`(?:before I start|to book (?:it|the work|the slot)|up front|upfront)`;

const REWRITES: Array<[RegExp, string]> = [
  // "…, and I ask for a 40% deposit before I start." at the end of a sentence: the clause goes, the sentence stays whole.
  [new RegExp(String.raw`,? and I ask for ${D} ${WHEN}`, 'g'), ''],
  // "I ask for a 40% deposit ($960) to book the work, and the rest on delivery." → the balance only.
  [new RegExp(String.raw`I ask for ${D} ${WHEN}, and the rest on delivery\.`, 'g'), 'The balance is due on delivery.'],
  [new RegExp(String.raw`\s*I ask for ${D} ${WHEN}(?:[^.]*)\.`, 'g'), ''],
  // The payment terms still stand: what is left is the balance.
  [new RegExp(String.raw`,? (?:and|with) ${D} ${WHEN}`, 'g'), ', with the balance due on delivery as agreed'],
  [new RegExp(String.raw`,? together with the invoice for ${D}`, 'g'), ''],
  [new RegExp(String.raw`${D} ${WHEN}, the rest on delivery`, 'g'), 'the rest on delivery'],
  [/so I can send the deposit invoice/g, 'so I can get started'],
];

/** The text without its deposit asks. Total and linear: a fixed list of rewrites over one string. */
export function withoutDepositAsk(text: string, rules = false): string {
  let out = text;
  // Under a rule against advances nothing was agreed yet: the payment that stands is invoicing by milestone.
  for (const [re, to] of REWRITES) out = out.replace(re, rules ? to.replace(/the balance due on delivery as agreed/, 'invoices as each part is delivered').replace(/^The balance is due on delivery\.$/, 'I will invoice as each part is delivered.') : to);
  return out;
}

/** Whether the deposit is out because of the client's rules rather than because it is paid or the work is under way. */
export function rulesAgainstAdvance(u: Understanding): boolean {
  if (u.situation.depositPaid || u.situation.underway) return false;
  const a = paymentAsk(u);
  return a.policy && a.noAdvance;
}

/** Whether this message's cards must not ask for a deposit: it is paid, the work is under way, or their rules forbid advances. */
export function depositSettled(u: Understanding): boolean {
  return u.situation.depositPaid || u.situation.underway || rulesAgainstAdvance(u);
}
