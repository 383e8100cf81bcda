// Runs everywhere (Node, side panel): a date that is the client's event (a launch, an opening, the print run, an appointment) rather than the day the work is due — the work has to be ready some days before it.
import { addWorkingDays } from '../working-days';
import type { RoledDate } from './roles';

export interface ClientEvent {
  /** The event's own date. */
  iso: string;
  /** What happens that day, in the client's word ("launch", "opening", "print run"). */
  what: string;
  /** The last day the work can arrive: working days of lead time before the event. */
  readyBy: string;
}

const EVENT = /\b(launch(?:es|ed|ing)?|go(?:es)?[- ]live|going live|live on|go(?:es)? online|going online|goes out|go out|on sale|hits? the shelves|release[sd]?|opening|opens|grand opening|printer|print run|to print|printing|prints|goes to (?:the )?print(?:ers?)?|appointment|appt|gala|conference|trade ?show|fair|exhibition|wedding|premiere|board meeting|board presentation|investor meeting|presentation|expo|demo day|event|campaign|ads go live|christmas|xmas|black friday)\b/i;
// The date bound to the work itself: "we'd need the final copy by 24 Feb", "deliver by", "files by".
const WORK_DUE = /\b(?:needs? (?:it|them|this|the \w+(?: \w+)?)|want (?:it|them|this)|have (?:it|them|this|the \w+) (?:ready|done|by|for)|deliver\w*|ready|finished|done|files? by|copy by|draft by|send (?:it|them|the \w+)|get (?:it|them|this) (?:to us|over|back))\b[^.?!\n]{0,30}$/i;
const WORDS: Record<string, string> = {
  launches: 'launch', launched: 'launch', launching: 'launch', 'go-live': 'go-live', 'go live': 'go-live', 'goes live': 'go-live', 'going live': 'go-live', 'live on': 'go-live',
  opens: 'opening', 'grand opening': 'opening', printer: 'print run', 'to print': 'print run', printing: 'print run', prints: 'print run', 'goes to print': 'print run', 'goes to the print': 'print run', 'goes to the printer': 'print run', 'goes to the printers': 'print run', 'goes to printer': 'print run', expo: 'trade show', appt: 'appointment', tradeshow: 'trade show',
  'ads go live': 'campaign', christmas: 'Christmas sales', xmas: 'Christmas sales', 'black friday': 'Black Friday sales', 'goes online': 'go-live', 'go online': 'go-live', 'going online': 'go-live', 'goes out': 'release', 'go out': 'release', 'on sale': 'release', released: 'release', releases: 'release',
};

/**
 * The client's event behind the date they want, if it is one: "launch is Monday 9 Nov", "the sign goes to the printer
 * Monday". Lead time: what they say someone else needs ("Tobi needs 3 days to put the copy in", "the sign guy needs
 * 3 weeks"), else two working days. Bounded: a few regular tests on the sentence around the date.
 */
export function eventOf(text: string, date: RoledDate | undefined, today: string): ClientEvent | undefined {
  if (!date) return undefined;
  const from = Math.max(0, text.lastIndexOf('\n', date.index) + 1, date.index - 120);
  // The clause the date sits in: "The printer needs the final text, we want to print on 1 June" dates the print run,
  // not the text (u13c-12 had promised the reworked text on the print day itself).
  const before = text.slice(from, date.index).split(/[,;]\s+(?=(?:we|i|they|it|our|the|and)\b)/i).pop()!;
  const after = text.slice(date.index + date.text.length, date.index + date.text.length + 90).split(/[.?!\n]/)[0] ?? '';
  // "we need it before 1 March because that's when the collection goes online": the date is still the event's
  // ("the final copy by 24 February for our launch" is not: that date is the copy's).
  // "until end of June because of a fair in USA (we have a stand there in July)" gives a reason, not the fair's date.
  const because = /^[^.?!\n]{0,15}\b(?:because|since|when|that'?s when|that is when|as (?:that'?s|that is|it'?s|it is) when)\b(?!\s+of\b)/i.test(after);
  // "We want this absolutely for Christmas": a season named as the date is still the selling season, needed well before.
  const season = /^(?:christmas|xmas|black friday)$/i.test(date.text.trim());
  if (WORK_DUE.test(before) && !(because && EVENT.test(after)) && !season) return undefined;
  // "We need the English version latest on Friday 30 October, because it goes to print": a date set for the work
  // itself, with its reason; no lead time comes off it.
  // ("We would like to have them for 10 April, because the newsletter goes out the 14.": 10 April is the work's date, u13c-06.)
  if (WORK_DUE.test(before) && /\b(?:latest|at the latest|no later than|by|for)\s+(?:on\s+)?(?:the\s+)?$/i.test(before) && !season) return undefined;
  // "our printer needs the final English text on Friday, 10 April at the latest": the same, with "at the latest" after.
  if (WORK_DUE.test(before) && /^\s*,?\s*(?:at the latest|latest)\b/i.test(after)) return undefined;
  // "the article that went live on Tuesday": a past event is no deadline, whatever way the weekday was resolved.
  if (/\b(?:went|has gone|have gone|was|were|had|launched|opened|published|printed|released)\b[^.?!\n]{0,25}$/i.test(before)) return undefined;
  // The date's own words count too: "for Christmas orders" names the event by the date itself.
  const m = EVENT.exec(`${before.split(/[.?!]\s/).pop() ?? before} ${date.text} ${after}`);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const what = WORDS[word] ?? word.replace(/^appt$/, 'appointment');
  const lead = /\bneeds? (?:about |around )?(\d{1,2}|a|one|two|three|four|five) (working |business )?(days?|weeks?)\b/i.exec(text);
  // A shop selling for Christmas or Black Friday needs the work live well before the day: two weeks of selling, at least.
  // An appointment or a meeting needs the papers in hand the day before, no more (u15c-10: a Wednesday delivery for a
  // Thursday-morning visa appointment had been called "too late").
  const selling = /^(?:Christmas|Black Friday) sales$/.test(what) ? 10 : /\b(?:appointment|appt|interview|meeting|hearing|visit|exam|consultation)\b/i.test(what) ? 1 : 2;
  const n = lead ? (/^\d/.test(lead[1]!) ? Number(lead[1]) : ({ a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 } as Record<string, number>)[lead[1]!.toLowerCase()] ?? 2) : selling;
  const days = lead && /week/i.test(lead[3]!) ? n * 5 : n;
  const readyBy = addWorkingDays(date.iso, -Math.min(days, 40));
  return readyBy > today ? { iso: date.iso, what, readyBy } : { iso: date.iso, what, readyBy: date.iso };
}
