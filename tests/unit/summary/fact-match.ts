// Test helper (Node): decides whether a fact or a next step written by a human shows up in a generated summary; lenient on wording, strict on figures.
import { dayMonthYear } from '../../../lib/summary/dates';
import { normaliseNotes } from '../../../lib/summary/shorthand';
import type { Action } from '../../../lib/summary/schemas';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function stem(w: string): string {
  let s = w.toLowerCase().replace(/'s$/, '');
  if (/^\d/.test(s)) return s.replace(/[.,]$/, '');
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 4 && /(?:ing)$/.test(s)) s = s.slice(0, -3);
  else if (s.length > 3 && /ed$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && /[^s]s$/.test(s)) s = s.slice(0, -1);
  return s.replace(/e$/, '');
}

export function tokens(s: string): string[] {
  return normaliseNotes(s)
    .text.toLowerCase()
    .split(/[^\p{L}\p{N}%+/.€$£¥-]+/u)
    .map((t) => t.replace(/^[.\-/]+|[.\-/]+$/g, ''))
    .filter(Boolean)
    .map(stem);
}

/** "Nov 25" → the ISO date of the nearest such day on or after a month before the call. */
function monthDay(fact: string, callDate: string): string | null {
  const m = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2})$/i.exec(fact.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.toLowerCase());
  if (month < 0) return null;
  const call = new Date(`${callDate}T00:00:00Z`);
  for (const y of [call.getUTCFullYear(), call.getUTCFullYear() + 1]) {
    const d = new Date(Date.UTC(y, month, Number(m[2])));
    if (d.getTime() >= call.getTime() - 31 * 86_400_000) return d.toISOString().slice(0, 10);
  }
  return null;
}

function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)(\s?k\b)?/gi)) {
    const v = Number(m[1]!.replace(/,/g, ''));
    if (Number.isFinite(v)) out.push(m[2] ? v * 1000 : v);
  }
  return out;
}

export function factInEmail(fact: string, email: string, callDate: string): boolean {
  const iso = monthDay(fact, callDate);
  if (iso) return email.includes(dayMonthYear(iso));
  if (/^\d+(?:\.\d+)?\s?%$/.test(fact.trim())) return email.replace(/(\d)\s%/g, '$1%').includes(fact.replace(/\s/g, ''));
  const money = /^(?:[€$£¥]|[A-Z]{3}\s?)\s?(\d[\d,]*(?:\.\d+)?)(k)?(?:\/\w+)?$|^(\d[\d,]*(?:\.\d+)?)(k)?\s?[A-Z]{3}$/.exec(fact.trim());
  if (money) {
    const v = Number((money[1] ?? money[3])!.replace(/,/g, '')) * (money[2] || money[4] ? 1000 : 1);
    return numbersIn(email).some((x) => Math.abs(x - v) < 1e-9);
  }
  const lowerEmail = normaliseNotes(email).text.toLowerCase();
  if (lowerEmail.includes(normaliseNotes(fact).text.toLowerCase())) return true;
  const want = tokens(fact);
  const lines = email.split('\n').map(tokens);
  if (lines.some((l) => want.every((w) => l.includes(w)))) return true;
  // A count whose noun moved: "3 music options" ⇐ "3 options from Musicbed … music".
  const all = tokens(email);
  const nums = want.filter((w) => /^\d/.test(w));
  const noun = want[want.length - 1]!;
  if (!nums.length || !want.every((w) => all.includes(w))) return false;
  return nums.every((num) => all.some((t, i) => t === num && all.slice(i + 1, i + 4).includes(noun)));
}

/** A human's "send deposit invoice" lands if an action of that owner carries most of its words (the leading verb aside). */
export function actionLands(item: string, owner: Action['owner'], actions: Action[]): boolean {
  const [, ...content] = tokens(item);
  const want = content.length ? content : tokens(item);
  const need = Math.ceil((want.length * 2) / 3);
  return actions.filter((a) => a.owner === owner).some((a) => {
    const have = tokens(a.text);
    return want.filter((w) => have.includes(w)).length >= need;
  });
}
