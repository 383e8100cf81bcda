// Runs everywhere (Node, side panel): finds money, percentages, dates, durations and the client's first name in a parsed message.
import { nameFromSignature, parseAddress } from './clean';
import { nlp, type Parsed } from './nlp';
import type { Amount, DateEntity, Duration, Entities, Percentage } from './schemas';

export interface ExtractOptions {
  /** YYYY-MM-DD that relative dates ("by Friday", "in 3 days") resolve against. */
  today: string;
  /** "Name <email>" of the sender. */
  from?: string;
  /** The signature cleanMessage removed, for the sender's name when `from` has none. */
  signature?: string;
}

type Span = { index: number; end: number };
const overlaps = (a: Span, b: Span) => a.index < b.end && b.index < a.end;

/** Keeps the longest of overlapping candidates, then restores text order. */
function longestFirst<T extends Span>(items: T[]): T[] {
  const kept: T[] = [];
  for (const it of [...items].sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index)) {
    if (!kept.some((k) => overlaps(k, it))) kept.push(it);
  }
  return kept.sort((a, b) => a.index - b.index);
}

// ---------- numbers written as words ----------

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const WORD_NUMBER = `(?:(?:${Object.keys(TENS).join('|')})(?:[\\s-](?:${Object.keys(SMALL).slice(1, 10).join('|')}))?|${Object.keys(SMALL).join('|')}|a hundred|one hundred)`;

function wordsToNumber(s: string): number | null {
  const w = s.toLowerCase().trim();
  if (/^(?:a|one) hundred$/.test(w)) return 100;
  const parts = w.split(/[\s-]+/);
  let total = 0;
  for (const p of parts) {
    if (p in TENS) total += TENS[p]!;
    else if (p in SMALL) total += SMALL[p]!;
    else return null;
  }
  return total;
}

/** Digits or a small count word, as used before a time unit. */
const COUNT = `(\\d+(?:[.,]\\d+)?|a couple of|a few|half an?|an?|${WORD_NUMBER})`;

/**
 * A figure is only as good as its digits: past 15 significant digits a double no longer holds what the text says
 * ("999999999999999999" would come back as 1000000000000000000), so such numbers are not figures at all.
 */
const MAX_DIGITS = 15;
/** Money above this (a quadrillion) is no real offer, and keeps every figure far inside the safe-integer range. */
const MAX_FIGURE = 1e15;
const tooManyDigits = (raw: string) => raw.replace(/\D/g, '').replace(/^0+/, '').length > MAX_DIGITS;

function countValue(s: string): number | null {
  const w = s.toLowerCase();
  if (/^\d/.test(w)) return tooManyDigits(w) ? null : Number(w.replace(',', '.'));
  if (w === 'a' || w === 'an') return 1;
  if (w === 'a couple of') return 2;
  if (w.startsWith('half')) return 0.5;
  if (w === 'a few') return 3;
  return wordsToNumber(w);
}

// ---------- calendar arithmetic on YYYY-MM-DD, in UTC so no local time zone shifts a day ----------

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return toIso(d);
};
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const addMonths = (iso: string, n: number) => {
  const d = toDate(iso);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12;
  return toIso(new Date(Date.UTC(ty, tm, Math.min(d.getUTCDate(), daysInMonth(ty, tm + 1)))));
};
/** 1 = Monday … 7 = Sunday. */
const isoDow = (iso: string) => toDate(iso).getUTCDay() || 7;
const addBusinessDays = (iso: string, n: number) => {
  let d = iso;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isoDow(d) <= 5) left--;
  }
  return d;
};
const validYmd = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
const ymd = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const daysBetween = (a: string, b: string) => Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);

/** A month/day without a year: this year, unless that is long past (then it is next year's). */
function yearFor(today: string, m: number, d: number): number {
  const y = Number(today.slice(0, 4));
  if (!validYmd(y, m, d)) return y + 1;
  return daysBetween(ymd(y, m, d), today) > 90 ? y + 1 : y;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

// ---------- dates ----------

const MONTHS: Array<[RegExp, number]> = [
  [/^jan/i, 1], [/^feb/i, 2], [/^mar/i, 3], [/^apr/i, 4], [/^may/i, 5], [/^jun/i, 6],
  [/^jul/i, 7], [/^aug/i, 8], [/^sep/i, 9], [/^oct/i, 10], [/^nov/i, 11], [/^dec/i, 12],
];
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
// "Dec." keeps its dot; "December." ends a sentence.
const ABBR_DOT = '(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\\.(?!\\s*$|\\s+\\p{Lu}))?';
const monthNumber = (s: string) => MONTHS.find(([re]) => re.test(s))?.[1] ?? 0;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY = '(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri)';
const weekdayNumber = (s: string) => WEEKDAYS.findIndex((w) => w.startsWith(s.toLowerCase().slice(0, 3))) + 1;

type Resolver = (m: RegExpExecArray, today: string) => string | null;
const DATE_RULES: Array<[RegExp, Resolver]> = [
  // 2026-12-15
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (m) => (validYmd(+m[1]!, +m[2]!, +m[3]!) ? ymd(+m[1]!, +m[2]!, +m[3]!) : null)],
  // 15.12.2026 (day first wherever dots are used)
  [/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.])/g, (m) => (validYmd(fullYear(m[3]!), +m[2]!, +m[1]!) ? ymd(fullYear(m[3]!), +m[2]!, +m[1]!) : null)],
  // "by 15.4.", "Mon 20.4.": day and month with dots and no year, as German, Swedish and Russian mail writes them; only
  // after a word that says a date follows, so "section 3.2." and "v1.5." stay numbers.
  [
    /(?<=\b(?:by|until|till|on|before|from|after|due|deadline:?|latest|bis|am|[A-Za-z]+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)(\d{1,2})\.(\d{1,2})\.(?![\d])/g,
    (m, today) => (validYmd(yearFor(today, +m[2]!, +m[1]!), +m[2]!, +m[1]!) ? ymd(yearFor(today, +m[2]!, +m[1]!), +m[2]!, +m[1]!) : null),
  ],
  // 12/15, 12/15/2026: US month first unless that is impossible; "24/7" and fractions are not dates.
  [
    /(?<![\d/.,$€£])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/%]|\s*(?:of|th)\b)/g,
    (m, today) => {
      const a = +m[1]!;
      const b = +m[2]!;
      if (m[0] === '24/7') return null;
      const [mo, d] = a <= 12 ? [a, b] : [b, a];
      const y = m[3] ? fullYear(m[3]) : yearFor(today, mo, d);
      return validYmd(y, mo, d) ? ymd(y, mo, d) : null;
    },
  ],
  // Dec 15, December 15th, 2026; "march 20" from a phone too, but not the verb "may".
  [
    new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?(?!\\s*%|:\\d|[.,]\\d)`, 'gi'),
    (m, today) => {
      if (m[1] === 'may' || m[1] === 'mar' || m[1] === 'jan') return null;
      const mo = monthNumber(m[1]!);
      const d = +m[2]!;
      const y = m[3] ? +m[3] : yearFor(today, mo, d);
      return validYmd(y, mo, d) ? ymd(y, mo, d) : null;
    },
  ],
  // 15 December, 15th of December 2026
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH})\\b${ABBR_DOT}(?:,?\\s+(\\d{4})\\b)?`, 'giu'),
    (m, today) => {
      if (m[2] === 'may' || m[2] === 'mar' || m[2] === 'jan') return null;
      const mo = monthNumber(m[2]!);
      const d = +m[1]!;
      const y = m[3] ? +m[3] : yearFor(today, mo, d);
      return validYmd(y, mo, d) ? ymd(y, mo, d) : null;
    },
  ],
  // "mid April", "by the end of March", "early May", "late Oct": a working day inside that month (about the 1st, 7th,
  // 15th or its last day), this year's unless long past. Lower-case months count ("by mid april" from a phone) except "may", a verb.
  [
    new RegExp(`\\b(?:the\\s+)?(early|mid|middle of|late|end of|start of|beginning of)[-\\s]+(${MONTH})\\b${ABBR_DOT}(?:,?\\s+(\\d{4})\\b)?(?!\\s+\\d)`, 'giu'),
    (m, today) => {
      if (m[2] === 'may') return null;
      const mo = monthNumber(m[2]!);
      const part = m[1]!.toLowerCase();
      const y0 = m[3] ? +m[3] : yearFor(today, mo, 28);
      const d = /^(?:start|beginning)/.test(part) ? 1 : part === 'early' ? 7 : /^(?:mid|middle)/.test(part) ? 15 : daysInMonth(y0, mo);
      if (!validYmd(y0, mo, d)) return null;
      // A part of a month is a working day in it: "mid-November" on a Sunday is the Friday before (the 1st of a month
      // that starts on a weekend is its first Monday).
      const iso = ymd(y0, mo, d);
      const dow = isoDow(iso);
      if (dow <= 5) return iso;
      return d === 1 ? addDays(iso, 8 - dow) : addDays(iso, 5 - dow);
    },
  ],
  // (this|next|coming) Friday. "Friday" is the coming one, a week away if today is Friday; "next Friday" is next week's.
  [
    new RegExp(`\\b(?:(this|next|coming|the coming|last|past|previous)\\s+)?(${WEEKDAY})\\b`, 'gi'),
    (m, today) => {
      const target = weekdayNumber(m[2]!);
      if (target < 1) return null;
      if (/^(?:last|past|previous)$/i.test(m[1] ?? '')) return addDays(today, -((isoDow(today) - target + 7) % 7 || 7));
      if (m[1]?.toLowerCase() === 'next') {
        const nextMonday = addDays(today, (8 - isoDow(today)) % 7 || 7);
        return addDays(nextMonday, target - 1);
      }
      return addDays(today, (target - isoDow(today) + 7) % 7 || 7);
    },
  ],
  [/\b(?:the\s+)?day after tomorrow\b/gi, (_m, t) => addDays(t, 2)],
  // Phone spellings of tomorrow ("by tmrw", "2moro") are the same day.
  [/\b(?:tomorrow|tmrw|tmr|tmrow|tmw|tomoz|2moro|2morrow|tomorow|tommorow|tommorrow)\b/gi, (_m, t) => addDays(t, 1)],
  [/\b(?:today|tonight|this (?:morning|afternoon|evening)|(?:the\s+)?end of (?:the |to)?day|close of business|end of business)\b|\b(?:EOD|COB|EOB)\b/gi, (_m, t) => t],
  // within 24 hours, in 3 days, in two weeks, within 5 business days
  [
    new RegExp(`\\b(?:within|in)\\s+(?:the\\s+next\\s+)?${COUNT}\\s+(business\\s+|working\\s+)?(hours?|days?|weeks?|months?)\\b`, 'gi'),
    (m, today) => {
      const n = countValue(m[1]!);
      if (n === null || !Number.isFinite(n)) return null;
      return offsetDate(today, n, m[3]!, Boolean(m[2]));
    },
  ],
  [
    new RegExp(`\\b${COUNT}\\s+(business\\s+|working\\s+)?(days?|weeks?|months?)\\s+from\\s+(?:now|today)\\b`, 'gi'),
    (m, today) => {
      const n = countValue(m[1]!);
      return n === null ? null : offsetDate(today, n, m[3]!, Boolean(m[2]));
    },
  ],
  // end of the week = Friday of this work week; end of (next) month = its last day
  [
    /\b(?:the\s+)?end of (?:the |this )?week\b|\bthis week\b/gi,
    (_m, t) => (isoDow(t) <= 5 ? addDays(t, 5 - isoDow(t)) : addDays(t, 12 - isoDow(t))),
  ],
  [/\b(?:the\s+)?end of next week\b/gi, (_m, t) => addDays(t, 12 - isoDow(t))],
  [/\b(?:the\s+)?(?:end of (?:the |this )?month|month[- ]end)\b/gi, (_m, t) => endOfMonth(t, 0)],
  [/\b(?:the\s+)?end of next month\b/gi, (_m, t) => endOfMonth(t, 1)],
  [/\b(?:the\s+)?end of (?:the |this )?year\b/gi, (_m, t) => `${t.slice(0, 4)}-12-31`],
  [/\bnext week\b/gi, (_m, t) => addDays(t, (8 - isoDow(t)) % 7 || 7)],
  [/\bnext month\b/gi, (_m, t) => `${addMonths(`${t.slice(0, 8)}01`, 1)}`],
  [/\b(?:the\s+)?weekend\b/gi, (_m, t) => (isoDow(t) === 7 ? t : addDays(t, 6 - isoDow(t)))],
  // "by the 30th": this month's, or next month's if already past
  [
    new RegExp(`\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH})`, 'g'),
    (m, t) => {
      const d = +m[1]!;
      let base = `${t.slice(0, 8)}01`;
      if (d < Number(t.slice(8))) base = addMonths(base, 1);
      const y = +base.slice(0, 4);
      const mo = +base.slice(5, 7);
      return validYmd(y, mo, d) ? ymd(y, mo, d) : null;
    },
  ],
];

/** Offsets beyond a century are no deadline; bounding them also keeps Date inside its range ("within 99999999 days"). */
const MAX_OFFSET_DAYS = 36_600;

function offsetDate(today: string, n: number, unit: string, business: boolean): string | null {
  const u = unit.toLowerCase();
  const days = u.startsWith('hour') ? n / 24 : u.startsWith('day') ? n : u.startsWith('week') ? n * 7 : u.startsWith('month') ? n * 31 : Infinity;
  if (!Number.isFinite(days) || Math.abs(days) > MAX_OFFSET_DAYS) return null;
  if (u.startsWith('hour')) return addDays(today, Math.floor(n / 24));
  if (u.startsWith('day')) return business ? addBusinessDays(today, Math.round(n)) : addDays(today, Math.round(n));
  if (u.startsWith('week')) return addDays(today, Math.round(n * 7));
  if (u.startsWith('month')) return addMonths(today, Math.round(n));
  return null;
}

function endOfMonth(today: string, plus: number): string {
  const first = addMonths(`${today.slice(0, 8)}01`, plus);
  const y = +first.slice(0, 4);
  const m = +first.slice(5, 7);
  return ymd(y, m, daysInMonth(y, m));
}

/** The part of the sentence before `index`: deadline words only count inside the same sentence. */
function sentenceBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 120), index);
  const cut = Math.max(before.lastIndexOf('\n'), ...['. ', '! ', '? '].map((p) => before.lastIndexOf(p)));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

const DEADLINE_RIGHT_BEFORE = /\b(?:by|before|until|till|til|no later than|not later than|latest|deadline(?: is)?|due(?: date)?(?: is)?(?: by| on)?|in time for|ready (?:by|for|on))\s+(?:the\s+)?(?:(?:very\s+)?end of\s+)?(?:on\s+)?$/i;
const DEADLINE_IN_SENTENCE = /\b(?:deadline|due|asap|as soon as possible|urgent(?:ly)?|at the latest|no later than|need(?:s|ed)?|must|have to|has to)\b/i;

function deadlineFor(text: string, index: number, end: number, matched: string): boolean {
  if (/^within\b/i.test(matched)) return true;
  const before = sentenceBefore(text, index);
  if (DEADLINE_RIGHT_BEFORE.test(before)) return true;
  const after = text.slice(end, end + 40).split(/[.!?\n]/)[0] ?? '';
  if (/^\s*(?:,\s*)?(?:at the latest|latest|tops)\b/i.test(after)) return true;
  return DEADLINE_IN_SENTENCE.test(before) || /\b(?:asap|as soon as possible|at the latest|deadline)\b/i.test(after);
}

// compromise-dates names the spans a regex list cannot (holidays, "the 3rd of next month"), but its arithmetic for
// "by X" and "tonight" is unreliable, so only its single-day answers are taken, and only where no rule above matched.
function compromiseDates(parsed: Parsed, today: string, taken: Span[]): Array<DateEntity & Span> {
  const out: Array<DateEntity & Span> = [];
  type Term = { offset?: { start: number; length: number } };
  type Resolved = { start?: string | null; end?: string | null } | undefined;
  type DateView = { docs: Term[][]; get: (i: number) => Resolved };
  const doc = parsed.doc as unknown as { dates: (o: object) => DateView; compute: (what: string) => void };
  let view: DateView;
  try {
    view = doc.dates({ today, timezone: 'UTC' });
    doc.compute('offset');
  } catch {
    return out;
  }
  // Resolving a compromise date is slow (tens of ms each), so only spans no rule above covered are resolved, and few of them.
  let budget = 8;
  view.docs.forEach((terms, i) => {
    const first = terms[0]?.offset;
    const last = terms[terms.length - 1]?.offset;
    if (!first || !last || budget <= 0) return;
    let index = first.start;
    let text = parsed.text.slice(index, last.start + last.length);
    const lead = /^(?:(?:on|by|before|until|till|due|the|around)\s+)+/i.exec(text)?.[0] ?? '';
    const cue = lead.trim().toLowerCase();
    text = text.slice(lead.length).replace(/[\s.,!?;:]+$/, '');
    index += lead.length;
    // Holidays and month names are capitalised; lower-case hits are words like "may 3 times". Bare numbers and clock times are not days.
    if (!text || !/\p{Lu}/u.test(text) || /^\d+$/.test(text) || /^(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?$/i.test(text)) return;
    const span = { index, end: index + text.length };
    if (taken.some((t) => overlaps(t, span))) return;
    budget--;
    let resolved: Resolved;
    try {
      resolved = view.get(i);
    } catch {
      return;
    }
    const s = resolved?.start;
    const e = resolved?.end;
    if (!s || !e) return;
    const sDay = s.slice(0, 10);
    const eDay = e.slice(0, 10);
    let iso: string | null = null;
    if (sDay === eDay) iso = sDay;
    else if (/^(?:before|by|until|till)\b/.test(cue) && sDay === today && e.slice(11, 19) === '23:59:59') iso = addDays(eDay, 1);
    if (!iso || Math.abs(daysBetween(today, iso)) > 3 * 366) return;
    out.push({ text, iso, deadline: deadlineFor(parsed.text, index, span.end, text), ...span });
  });
  return out;
}

function extractDates(parsed: Parsed, today: string): Array<DateEntity & Span> {
  const text = parsed.text;
  const found: Array<DateEntity & Span> = [];
  for (const [re, resolve] of DATE_RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const iso = resolve(m, today);
      if (!iso) continue;
      const span = { index: m.index, end: m.index + m[0].length };
      found.push({ text: m[0], iso, deadline: false, ...span });
    }
  }
  const mine = longestFirst(found);
  for (const d of mine) d.deadline = deadlineFor(text, d.index, d.end, d.text);
  return longestFirst([...mine, ...compromiseDates(parsed, today, mine)]);
}

// ---------- durations ----------

const RATE_BEFORE = /(?:\d|\bper|\bevery|\beach|\bonce|\btwice|\btimes|€|\$|£|₪|\b(?:dollars?|euros?|pounds?|shekels?|rubles?|kronor|bucks))\s*$/i;
const DURATION_RE = new RegExp(
  `\\b${COUNT}(?:\\s+|-)(?:(?:business|working|full)\\s+)?(hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\\b|\\b(\\d+)(h)\\b`,
  'gi',
);

function extractDurations(text: string): Array<Duration & Span> {
  const out: Array<Duration & Span> = [];
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text); m; m = DURATION_RE.exec(text)) {
    const count = m[1] ?? m[3]!;
    const unitWord = (m[2] ?? m[4]!).toLowerCase();
    const value = countValue(count);
    if (value === null || !Number.isFinite(value) || value <= 0) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // "$50 a day", "twice a week", "per month" are rates, not lengths; "2 days ago" is still a length of time.
    if (/^an?$/i.test(count) && (RATE_BEFORE.test(before) || /(?:[A-Z]{3}|kr)\s*$/.test(before))) continue;
    const unit = unitWord.startsWith('h') ? 'hour' : unitWord.startsWith('d') ? 'day' : unitWord.startsWith('w') ? 'week' : unitWord.startsWith('m') ? 'month' : 'year';
    out.push({ text: m[0], value, unit, index: m.index, end: m.index + m[0].length });
  }
  return longestFirst(out);
}

// ---------- percentages ----------

const PERCENT_RE = new RegExp(
  `(?<![\\d.,])(\\d{1,3}(?:[.,]\\d+)?)[\\s\\u00a0\\u202f]?(?:%|percent\\b|per[\\s-]?cent\\b|pct\\b)|\\b(${WORD_NUMBER})[\\s-]+(?:percent|per[\\s-]?cent)\\b`,
  'gi',
);

function extractPercentages(text: string): Array<Percentage & Span> {
  const out: Array<Percentage & Span> = [];
  PERCENT_RE.lastIndex = 0;
  for (let m = PERCENT_RE.exec(text); m; m = PERCENT_RE.exec(text)) {
    if (m[1] !== undefined && tooManyDigits(m[1])) continue;
    const value = m[1] !== undefined ? Number(m[1].replace(',', '.')) : wordsToNumber(m[2]!);
    if (value === null || !Number.isFinite(value)) continue;
    out.push({ text: m[0], value, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

// ---------- money ----------

const SYMBOLS: Array<[RegExp, string]> = [
  [/^(?:US\$|USD)$/i, 'USD'], [/^(?:C\$|CA\$|CAD)$/i, 'CAD'], [/^(?:A\$|AU\$|AUD)$/i, 'AUD'], [/^(?:NZ\$|NZD)$/i, 'NZD'],
  [/^\$$/, 'USD'], [/^(?:€|EUR|euros?)$/i, 'EUR'], [/^(?:£|GBP|pounds?(?: sterling)?|quid)$/i, 'GBP'], [/^(?:¥|JPY|yen)$/i, 'JPY'],
  [/^(?:CNY|RMB|yuan)$/i, 'CNY'], [/^(?:₪|ILS|NIS|(?:new )?s?hekels?|sheqels?|שקלים|ש"ח|ש״ח)$/i, 'ILS'], [/^(?:₹|INR|rupees?)$/i, 'INR'],
  [/^(?:₽|RUB|rubles?|roubles?|руб\.?|рублей|рубля)$/i, 'RUB'], [/^(?:CHF|Fr\.|(?:swiss )?francs?)$/i, 'CHF'],
  [/^(?:SEK|kr\.?|kronor|:-)$/i, 'SEK'], [/^(?:NOK|kroner)$/i, 'NOK'], [/^DKK$/i, 'DKK'], [/^(?:PLN|zł|zloty|złoty)$/i, 'PLN'],
  [/^CZK$/i, 'CZK'], [/^(?:dollars?|bucks)$/i, 'USD'], [/^(?:UAH|₴)$/i, 'UAH'], [/^(?:BRL|R\$)$/i, 'BRL'], [/^MXN$/i, 'MXN'],
];
const CODES = 'USD|EUR|GBP|JPY|CNY|RMB|ILS|NIS|INR|RUB|CHF|SEK|NOK|DKK|PLN|CZK|CAD|AUD|NZD|UAH|BRL|MXN';
const SP = '[\\s\\u00a0\\u202f]';
const PREFIX_RE = new RegExp(`(?:US\\$|C\\$|CA\\$|A\\$|AU\\$|NZ\\$|R\\$|\\$|€|£|¥|₪|₹|₽|₴|(?<![A-Za-z])(?:${CODES}|Fr\\.))${SP}?$`);
const SUFFIX_RE = new RegExp(
  `^${SP}?(?:(€|\\$|£|₪|₽|₴|zł|ש"ח|ש״ח|:-|kr\\b)|(${CODES})(?![A-Za-z])|${SP}?((?:US )?dollars?|bucks|euros?|pounds?(?: sterling)?|quid|kronor|kroner|crowns|new shekels|s?hekels?|sheqels?|שקלים|rubles?|roubles?|рублей|рубля|руб\\.?|(?:swiss )?francs?|yen|yuan|rupees?|zloty|złoty)(?![\\p{L}]))`,
  'u',
);
const currencyOf = (s: string) => SYMBOLS.find(([re]) => re.test(s.trim()))?.[1] ?? null;

const NUMBER_RE = new RegExp(
  `(?<![\\d.,:/#\\p{L}])(?:\\d{1,3}(?:(?:,\\d{3})+|(?:\\.\\d{3})+|(?:${SP}\\d{3})+|(?:['’]\\d{3})+)(?:[.,]\\d{1,2})?(?![\\d])|\\d+(?:[.,]\\d+)?)`,
  'gu',
);
const MULTIPLIER_RE = /^(?:([kK])(?![\p{L}\d])|([mM]|mn|bn)(?![\p{L}\d])|\s+(thousand|grand|million)\b)/u;

function parseNumber(raw: string): number {
  let s = raw.replace(/[\s\u00a0\u202f'’]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const dec = lastComma > lastDot ? ',' : '.';
    s = s.split(dec === ',' ? '.' : ',').join('').replace(dec, '.');
  } else if (lastComma >= 0) {
    s = /^\d{1,3}(?:,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (lastDot >= 0 && /^\d{1,3}(?:\.\d{3})+$/.test(s)) {
    s = s.replace(/\./g, '');
  }
  return Number(s);
}

const MONEY_CUE = /\b(?:budget|budgets|pay|paying|paid|payment|price|priced|pricing|prices|cost|costs|rate|rates|fee|fees|quote|quoted|offer|offering|offered|invoice|invoiced|charge|charging|spend|afford|total|amount|deposit|advance|upfront|salary|compensation|worth|discount|cheaper|expensive|bid)\b/i;
const NOT_MONEY_BEFORE = /(?:\b(?:invoice|order|ref|reference|no|number|room|page|pages|version|round|option|step|phase|stage|item|line|chapter|section|ticket|id|size|level|top|first|last|over|under|about|approximately|around|of|for)\s*[#.:]?|#)\s*$/i;
// After a bare number these words still allow it to be money ("1500 for the site", "1500 total"); any other word makes it a count.
const ALLOWED_AFTER = new Set(
  'for per a an the and or to in on at is was would will max maximum tops total flat net gross incl including excluding excl plus each upfront now only which but if as with vat all inclusive including we i you that so then this it up at most is fine ok okay sounds works get gets buy buys cover covers doable possible enough acceptable work do be maybe ish tbh lol though because since cos bc give take roughly approx ideally hopefully'.split(' '),
);

interface MoneyHit extends Span {
  value: number;
  currency: string | null;
  strong: boolean;
  money: boolean;
  /** The k/m/bn factor the figure was written with (1 without one). */
  mult?: number;
}

function extractAmounts(text: string, masked: Span[]): Array<Amount & Span> {
  const hits: MoneyHit[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    let index = m.index;
    let end = index + m[0].length;
    if (masked.some((s) => overlaps(s, { index, end }))) continue;
    if (tooManyDigits(m[0])) continue;
    let value = parseNumber(m[0]);
    if (!Number.isFinite(value)) continue;
    const rest = text.slice(end);
    // "12 cents a word": a per-unit rate in the smallest unit of the currency in use.
    const cents = /^\s?(?:cents?|ct|¢)(?![\p{L}])/iu.exec(rest);
    if (cents && value < 100) {
      hits.push({ index, end: end + cents[0].length, value: value / 100, currency: null, strong: true, money: true });
      continue;
    }
    const mult = MULTIPLIER_RE.exec(rest);
    let multiplied = false;
    let currency: string | null = null;
    const prefix = PREFIX_RE.exec(text.slice(Math.max(0, index - 6), index));
    if (prefix) {
      currency = currencyOf(prefix[0]);
      index -= prefix[0].length;
    }
    const multValue = mult ? (mult[1] || /thousand|grand/i.test(mult[3] ?? '') ? 1e3 : mult[2] === 'bn' ? 1e9 : 1e6) : 1;
    // An "m" right after a bare number is minutes or metres; only a named currency ("$2m", "2m EUR") makes it millions.
    const millions = Boolean(mult?.[2]);
    const afterMult = mult ? end + mult[0].length : end;
    const suffixAfterMult = millions && !currency ? SUFFIX_RE.exec(text.slice(afterMult)) : null;
    if (millions && !currency && !suffixAfterMult) continue;
    if (mult) {
      value *= multValue;
      multiplied = true;
      end = afterMult;
    }
    if (value > MAX_FIGURE) continue;
    const suffix = SUFFIX_RE.exec(text.slice(end));
    if (suffix) {
      const named = currencyOf(suffix[1] ?? suffix[2] ?? suffix[3]!);
      // "$1.5k USD" names the currency twice; "€500 EUR" too. A different one after a symbol is another word.
      if (!currency || named === currency) {
        currency = named;
        end += suffix[0].length;
      }
    }
    // "10k" is money on its own ("budget around 10k") unless a count noun follows ("10k words").
    const strong = currency !== null || (multiplied && Boolean(mult?.[1]) && countNounAfter(text, end) === null);
    hits.push({ index, end, value, currency, strong, money: strong || looksLikeMoney(text, m[0], index, end), mult: multiplied ? multValue : 1 });
  }
  // A range or alternative shares one currency and is money as a whole: "$2,000-3,000", "between 2000 and 3000 euros".
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < hits.length; i++) {
      const a = hits[i]!;
      const b = hits[i + 1]!;
      if (!/^\s*(?:-|–|—|to|and|or)\s*$/i.test(text.slice(a.end, b.index))) continue;
      // "£8-10k" is £8,000 to £10,000: the lower bound shares the upper's "k" (and the upper the lower's currency).
      if (pass === 0 && b.money && (b.mult ?? 1) > 1 && (a.mult ?? 1) === 1 && a.value > 0 && a.value * b.mult! <= b.value && a.value * b.mult! * 20 >= b.value && /^\s*(?:-|–|—|to)\s*$/i.test(text.slice(a.end, b.index))) {
        a.value *= b.mult!;
        a.mult = b.mult;
        a.strong = true;
        a.money = true;
        if (!a.currency && b.currency) a.currency = b.currency;
        if (!b.currency && a.currency) b.currency = a.currency;
      }
      // "$2,000-3,000" is a range; "3 or $500" is not.
      if (Math.max(a.value, b.value) > 20 * Math.max(1, Math.min(a.value, b.value))) continue;
      if (a.strong && !b.currency && !b.strong && countNounAfter(text, b.end) === null) Object.assign(b, { currency: a.currency, money: true, strong: true });
      else if (b.strong && !a.currency && !a.strong && countNounAfter(text, a.end) === null) Object.assign(a, { currency: b.currency, money: true, strong: true });
    }
  }
  return hits
    .filter((h) => h.money)
    .map(({ index, end, value, currency }) => ({ text: text.slice(index, end), value, currency, index, end }));
}

const OFFERED_BEFORE = /\b(?:do|take|make|build|design|write|translate|finish|handle) (?:it|this|that|them|the job|the (?:\w+ ){0,2}\w+) for\s*$|\b(?:how about|what about|would you (?:take|accept)|(?:can|could) (?:you|u) (?:do|make)(?: it)?|give you|pay you|offer you|i'?ll give|i'?d give)\s*$|\b(?:can|could|would|will) (?:you|u|ya) do(?: it| this| that)? for (?:like|about|around|maybe|say|roughly|only|just)?\s*$/i;
const OFFERED_AFTER = /^\s*(?:doable|ok|okay|possible|enough|acceptable|work for (?:you|u|ya)|work\s*\?|be (?:ok|okay|enough|fine|doable|in the (?:right )?ballpark|realistic)|in the (?:right )?ballpark|fly|get (?:me|us)|buy (?:me|us)|tops|max|all[- ]in|cash|per (?:page|word|hour|article|post|item|day)|(?:for|4) (?:a|an|the|one|this|that) [\w-]+(?: [\w-]+)?\s*\?|(?:for (?:a|an|the|one|this|that|just a|just the) [\w-]+(?: [\w-]+)? )?(?:is|seems|sounds|feels|r|are) (?:just |way |pretty |really |very |so |kinda |a bit |bit |too |totally |absolutely |frankly )*(?:crazy|insane|nuts|steep|ridiculous|outrageous|a lot|too much|expensive|pricey|high|daylight robbery|a joke|mad)\b)/i;

// "2000" right after a money word is an amount ("budget: 2000", "pay 2000"); anywhere else it is a year.
const YEAR_AS_MONEY_BEFORE = new RegExp(`(?:${MONEY_CUE.source}|\\b(?:is|be|was|of|at|max(?:imum)?|only|just|around|about|approximately|roughly))\\s*:?\\s*$`, 'i');

/** The word after a number when it makes the number a count ("3 rounds", "10k words"), else null. */
function countNounAfter(text: string, end: number): string | null {
  const next = /^[\s\u00a0]*([\p{L}'’]+)/u.exec(text.slice(end))?.[1]?.toLowerCase();
  return next && !ALLOWED_AFTER.has(next) ? next : null;
}

/** A bare number (no currency, no "k") is money only when the sentence talks about money and nothing makes it a count, year or id. */
function looksLikeMoney(text: string, raw: string, index: number, end: number): boolean {
  const before = sentenceBefore(text, index);
  // A figure offered as a question is money even with no money word: "is 500 doable?", "what would 800 get me?".
  // ("can u do 3000 words by wed?" asks for a count of words, not a price.)
  if ((OFFERED_AFTER.test(text.slice(end, end + 30)) || (OFFERED_BEFORE.test(before.slice(-40)) && countNounAfter(text, end) === null)) && parseNumber(raw) >= 20 && !/^(?:19|20)\d{2}$/.test(raw)) return true;
  if (!MONEY_CUE.test(before.slice(-60))) return false;
  if (NOT_MONEY_BEFORE.test(before) && !/\b(?:for|of|about|around|approximately)\s*$/i.test(before)) return false;
  const yearLike = /^(?:19|20)\d{2}$/.test(raw);
  if (yearLike && !YEAR_AS_MONEY_BEFORE.test(before)) return false;
  if (yearLike && /\b(?:in|since|by|until|till|from|year)\s*$/i.test(before)) return false;
  if (countNounAfter(text, end) !== null) return false;
  return !/^\s*(?:[:x×]\s*\d|%)/i.test(text.slice(end));
}

const PHONE_RES = [
  /\+\d{1,3}[\s.\-]?(?:\(\d{1,4}\)[\s.\-]?)?\d[\d\s.\-]{5,}\d/g,
  /\(\d{2,4}\)\s?\d{3}[\s.\-]?\d{3,4}\b/g,
  /\b\d{3}[.\-]\d{3}[.\-]\d{4}\b/g,
  /\b\d{3}-\d{4}\b/g,
  /\b0\d{1,3}[-\s]\d{2,4}(?:[\s-]\d{2,4}){1,3}\b/g,
  /\b(?:tel|phone|call(?: me)?(?: at| on)?|mobile|cell|whatsapp|fax|ring(?: me)?)\b[^\d\n]{0,15}\+?\d[\d\s().\-]{5,}\d/gi,
];
const TIME_RE = /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\p{L})|\b\d{1,2}[:.]\d{2}(?:\s?(?:h|uhr))?\b(?![.,]\d)|\b\d{1,2}\s?(?:o'clock)\b/giu;

function maskedSpans(text: string, others: Span[]): Span[] {
  const spans: Span[] = [...others];
  for (const re of [...PHONE_RES, TIME_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "€0.05" is a price, not five past midnight.
      if (re === TIME_RE && /[$€£¥₪₹]\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      if (re === TIME_RE || (m[0].match(/\d/g)?.length ?? 0) >= 7) spans.push({ index: m.index, end: m.index + m[0].length });
    }
  }
  return spans;
}

// ---------- the client's first name ----------

const ROLE = /^(?:info|hello|hi|hey|contact|support|sales|team|admin|office|no-?reply|do-?not-?reply|donotreply|billing|accounts?|accounting|finance|hr|jobs|careers|marketing|help|mail|mailer|notifications?|newsletter|service|customerservice|enquiries|inquiries|bookings?|orders?|studio|post|kontakt|hej|bonjour|webmaster|postmaster|noc|it|dev|legal|press|media|projects?|hiring|ap|ar|payables?|receivables?|payments?|invoices?|invoicing|procurement|purchasing|buying|vendors?|suppliers?|operations|ops|reception|events?|partners?|emea|apac|uk|us|eu)$/i;
const TITLES = /^(?:mr|mrs|ms|miss|dr|prof|sir|madam|mx)\.?$/i;
// "tom" and "TOM" become "Tom"; "McKenzie" keeps its own capitals.
const capitalise = (w: string) =>
  w === w.toLowerCase() || (w.length > 1 && w === w.toUpperCase()) ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w;

function firstNameFromName(name: string): string | null {
  let n = name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim();
  if (!n || n.includes('@')) return null;
  if (n.includes(',')) n = n.slice(n.indexOf(',') + 1).trim() || n.slice(0, n.indexOf(','));
  const words = n.split(/\s+/).filter((w) => !TITLES.test(w));
  if (words.some((w) => ROLE.test(w))) return null;
  const first = words[0];
  if (!first || !/^\p{L}[\p{L}'’-]*$/u.test(first)) return null;
  return capitalise(first);
}

function firstNameFromEmail(email: string): string | null {
  const local = email.split('@')[0] ?? '';
  if (ROLE.test(local)) return null;
  const parts = local.split(/[._\-+]/).filter(Boolean);
  const first = parts[0];
  if (!first || !/^\p{L}{2,}$/u.test(first) || ROLE.test(first)) return null;
  if (parts.length > 1 && /^\p{L}{2,}$/u.test(parts[1]!)) return capitalise(first);
  // A lone local part ("tom", "tbaker") is a name only if compromise knows it as a first name.
  return knownFirstName(capitalise(first)) ? capitalise(first) : null;
}

// A parse per message for one word is costly, and a thread repeats the same sender; bounded so it cannot grow without limit.
const FIRST_NAMES = new Map<string, boolean>();
function knownFirstName(word: string): boolean {
  let known = FIRST_NAMES.get(word);
  if (known === undefined) {
    known = nlp(word).has('#FirstName');
    if (FIRST_NAMES.size >= 500) FIRST_NAMES.clear();
    FIRST_NAMES.set(word, known);
  }
  return known;
}

function clientName(text: string, opts: ExtractOptions): string | null {
  if (opts.from) {
    const { name, email } = parseAddress(opts.from);
    const fromName = name ? firstNameFromName(name) : null;
    if (fromName) return fromName;
    // "Accounts Payable EMEA <ap-emea@…>": a display name that names a team makes its address a team's too ("Ap" is no one).
    const team = Boolean(name && !name.includes('@') && name.split(/\s+/).some((w) => ROLE.test(w)));
    const fromEmail = email && !team ? firstNameFromEmail(email) : null;
    if (fromEmail) return fromEmail;
  }
  const signed = (opts.signature && nameFromSignature(opts.signature)) || nameFromSignature(text.split('\n').slice(-8).join('\n'));
  return signed ? firstNameFromName(signed) : null;
}

// ---------- entry ----------

export function extractEntities(parsed: Parsed, opts: ExtractOptions): Entities {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today) || Number.isNaN(toDate(opts.today).getTime())) {
    throw new Error(`extractEntities: today must be a date as YYYY-MM-DD, got "${opts.today}"`);
  }
  const text = parsed.text;
  const dates = extractDates(parsed, opts.today);
  const durations = extractDurations(text);
  const percentages = extractPercentages(text);
  const masked = maskedSpans(text, [...dates, ...durations, ...percentages]);
  const amounts = extractAmounts(text, masked);
  const strip = <T extends Span>({ end: _end, ...rest }: T) => rest;
  return {
    amounts: amounts.map(strip),
    percentages: percentages.map(strip),
    dates: dates.map(strip),
    durations: durations.map(strip),
    clientName: clientName(text, opts),
  };
}
