// Runs everywhere (Node, side panel): plain-text formatting of money, percentages, dates and lists for reply drafts.
import type { PriceUnit } from '../schemas';

/** "$2,400", "€1,250.50", "2,400 SEK": a symbol where en-US has an unambiguous one, else the ISO code after the number. */
export function formatMoney(amount: number, currency: string): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  const number = numberFormat(digits).format(amount);
  try {
    const withSymbol = currencyFormat(currency, digits).format(amount);
    // en-US spells many currencies as "SEK 2,400"; Swedes and Norwegians write the code after the number.
    if (withSymbol.includes(currency)) return `${number} ${currency}`;
    return withSymbol;
  } catch {
    return `${number} ${currency}`;
  }
}

// Building an Intl formatter costs far more than formatting with one, and replies format many amounts.
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();
function numberFormat(digits: number): Intl.NumberFormat {
  let f = NUMBER_FORMATS.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    NUMBER_FORMATS.set(digits, f);
  }
  return f;
}

/** Throws, like the constructor, for a currency code Intl does not accept; failures are not cached. */
const CURRENCY_FORMATS = new Map<string, Intl.NumberFormat>();
function currencyFormat(currency: string, digits: number): Intl.NumberFormat {
  const key = `${digits}:${currency}`;
  let f = CURRENCY_FORMATS.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    if (CURRENCY_FORMATS.size > 200) CURRENCY_FORMATS.clear();
    CURRENCY_FORMATS.set(key, f);
  }
  return f;
}

const UNIT_SUFFIX: Record<PriceUnit, string> = {
  project: '',
  hour: ' per hour',
  day: ' per day',
  word: ' per word',
  page: ' per page',
  item: ' per item',
  month: ' per month',
};

export function formatPrice(amount: number, currency: string, unit: PriceUnit = 'project'): string {
  return `${formatMoney(amount, currency)}${UNIT_SUFFIX[unit]}`;
}

export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value : Math.round(value * 100) / 100}%`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

export function plural(n: number, one: string, many: string): string {
  return `${numberWord(n)} ${n === 1 ? one : many}`;
}

/** "27 November", with the year only when it differs from today's. */
export function formatDay(iso: string, today: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const sameYear = iso.slice(0, 4) === today.slice(0, 4);
  return (sameYear ? DAY_MONTH : DAY_MONTH_YEAR).format(date);
}
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const LEADING_PREPOSITION = /^(?:by|before|until|till|no later than|not later than|on|for|at the latest)\s+/i;

/**
 * The client's own date words with the calendar date, so nobody misreads "Friday":
 * "by Friday" → "Friday (27 November)"; "Nov 27" → "27 November". The caller adds "by".
 */
export function quoteDate(text: string, iso: string, today: string): string {
  const day = formatDay(iso, today);
  const own = text.trim().replace(LEADING_PREPOSITION, '').replace(/[.,;:!?]+$/, '').trim();
  if (!own || /\d/.test(own)) return day;
  return `${own} (${day})`;
}

/** Their date words without the leading "by" ("by Friday" → "Friday"). */
export function shortDate(text: string): string {
  return text.trim().replace(LEADING_PREPOSITION, '').replace(/[.,;:!?]+$/, '').trim() || text.trim();
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  // An item that itself contains "and" ("offer and USP") needs the serial comma to stay readable.
  const hasAnd = items.some((i) => / and /.test(i));
  if (items.length === 2 && hasAnd) return `${items[0]} as well as ${items[1]}`;
  const serial = items.length > 2 && hasAnd ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${serial} and ${items[items.length - 1]}`;
}

export function firstName(fullName: string | null | undefined): string | null {
  if (!fullName) return null;
  const first = fullName.trim().split(/\s+/)[0]?.replace(/[,;:]+$/, '');
  return first ? first : null;
}

export function capitalize(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

// Service and step names start with a capital in the profile ("Logo design"); mid-sentence they read lower-case,
// except names of products and acronyms ("Shopify store", "WordPress site", "SEO pass"), which keep theirs.
const BRANDS = new Set(
  'shopify wordpress webflow figma google facebook instagram linkedin etsy amazon trados canva wix squarespace mailchimp hubspot salesforce framer notion slack tiktok youtube pinterest x twitter apple android ios windows microsoft excel word'.split(' '),
);
export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export function lowerFirst(text: string): string {
  if (!text || /^[A-Z]{2}/.test(text)) return text;
  const first = /^[\p{L}-]+/u.exec(text)?.[0] ?? '';
  if (/\p{Lu}/u.test(first.slice(1)) || BRANDS.has(first.toLowerCase())) return text;
  return text[0]!.toLowerCase() + text.slice(1);
}
