// Runs everywhere (Node, side panel): unambiguous date wording for summaries ("Friday 4 December 2026"), computed in UTC so the host's zone cannot shift a day.
const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string): { weekday: string; day: number; month: string; year: number } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return { weekday: WEEKDAY[date.getUTCDay()]!, day: d, month: MONTH[m - 1]!, year: y };
}

/** "Friday 4 December 2026". */
export function longDate(iso: string): string {
  const p = parts(iso);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "4 December 2026". */
export function dayMonthYear(iso: string): string {
  const p = parts(iso);
  return `${p.day} ${p.month} ${p.year}`;
}

/** "Mon 23 Nov", for subjects. */
export function shortDate(iso: string): string {
  const p = parts(iso);
  return `${p.weekday.slice(0, 3)} ${p.day} ${p.month.slice(0, 3)}`;
}

export function weekdayOf(iso: string): string {
  return parts(iso).weekday;
}

const WEEKDAY_RE = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;
const MONTH_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/**
 * How a date phrase from the notes is made unambiguous: the phrase stays (it is what the user said) and the
 * calendar date follows in brackets, unless the phrase already names day, month and year.
 */
export function dateAnnotation(phrase: string, iso: string): string {
  if (/\b\d{4}\b/.test(phrase) && MONTH_RE.test(phrase) && /\b\d{1,2}(?:st|nd|rd|th)?\b/.test(phrase)) return '';
  if (WEEKDAY_RE.test(phrase)) return ` (${dayMonthYear(iso)})`;
  if (/\bweek\b/i.test(phrase) && !/\bend\b/i.test(phrase)) return ` (week of ${longDate(iso)})`;
  return ` (${longDate(iso)})`;
}
