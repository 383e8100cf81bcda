// Runs everywhere (Node, side panel): the client's time zone and ours, from the words people use ("I'm in Sydney", "10am our time", "9:00–17:00 ET"), and a call time moved from one to the other — with the platform's own time-zone data (Intl), never a table of offsets that goes stale at each clock change.

/** Place and zone words → IANA zones. Cities first: "Sydney" says more than "Australia". */
const ZONES: Array<[RegExp, string]> = [
  [/\b(?:sydney|melbourne|canberra|aedt|aest)\b/i, 'Australia/Sydney'],
  [/\bbrisbane\b/i, 'Australia/Brisbane'],
  [/\b(?:perth|awst)\b/i, 'Australia/Perth'],
  [/\badelaide\b/i, 'Australia/Adelaide'],
  [/\b(?:auckland|wellington|new zealand|nzdt|nzst)\b/i, 'Pacific/Auckland'],
  [/\b(?:tokyo|osaka|japan|jst)\b/i, 'Asia/Tokyo'],
  [/\b(?:seoul|korea|kst)\b/i, 'Asia/Seoul'],
  [/\b(?:singapore|sgt|kuala lumpur|malaysia)\b/i, 'Asia/Singapore'],
  [/\b(?:hong kong|hkt)\b/i, 'Asia/Hong_Kong'],
  [/\b(?:shanghai|beijing|shenzhen|china)\b/i, 'Asia/Shanghai'],
  [/\b(?:mumbai|bangalore|bengaluru|delhi|india|ist)\b/i, 'Asia/Kolkata'],
  [/\b(?:dubai|abu dhabi|uae)\b/i, 'Asia/Dubai'],
  [/\b(?:london|manchester|edinburgh|glasgow|bristol|cardiff|belfast|uk time|gmt|bst)\b/i, 'Europe/London'],
  [/\b(?:dublin|ireland)\b/i, 'Europe/Dublin'],
  [/\b(?:lisbon|porto|portugal)\b/i, 'Europe/Lisbon'],
  [/\b(?:stockholm|gothenburg|malmö|malmo|oslo|copenhagen|berlin|hamburg|munich|frankfurt|cologne|vienna|zurich|geneva|paris|lyon|amsterdam|rotterdam|brussels|madrid|barcelona|rome|milan|warsaw|krakow|prague|budapest|cet|cest)\b/i, 'Europe/Berlin'],
  [/\b(?:helsinki|tallinn|riga|vilnius|athens|bucharest|sofia|kyiv|kiev|eet)\b/i, 'Europe/Helsinki'],
  [/\b(?:istanbul|turkey)\b/i, 'Europe/Istanbul'],
  [/\b(?:new york|nyc|boston|miami|atlanta|toronto|montreal|washington|philadelphia|eastern time|et|est|edt)\b/i, 'America/New_York'],
  [/\b(?:chicago|dallas|houston|austin|minneapolis|central time|ct|cst|cdt)\b/i, 'America/Chicago'],
  [/\b(?:denver|phoenix|mountain time|mt|mst|mdt)\b/i, 'America/Denver'],
  [/\b(?:los angeles|l\.a\.|san francisco|seattle|portland|vancouver|san diego|pacific time|pt|pst|pdt)\b/i, 'America/Los_Angeles'],
  [/\b(?:são paulo|sao paulo|rio de janeiro|brazil)\b/i, 'America/Sao_Paulo'],
  [/\b(?:mexico city)\b/i, 'America/Mexico_City'],
];

/** The zone our working hours are given in: "Mon–Fri, 9:00–17:00 ET" → America/New_York. */
export function zoneOfHours(hours: string | undefined): string | undefined {
  if (!hours) return undefined;
  const tail = hours.replace(/^[^0-9]*\d{1,2}(?::\d{2})?\s*(?:[–-]|to)\s*\d{1,2}(?::\d{2})?/, '');
  return ZONES.find(([re]) => re.test(tail))?.[1];
}

/**
 * The client's zone when they say where they are or whose time they mean: "I'm in Sydney", "10am our time (Sydney)",
 * "we're based in Lisbon, so an hour behind you". Bounded: a few regular tests on the first 4,000 characters.
 */
export function zoneOfClient(text: string): string | undefined {
  const t = text.slice(0, 4000);
  // Where they are: "I'm in", "we're based in", "here in", "from our office in", or a time "<place> time".
  const where = /\b(?:[Ii]'?m|[Ii]’m|[Ii] am|[Ww]e'?re|[Ww]e’re|[Ww]e are|[Bb]ased|[Hh]ere|[Ll]ocated|[Ss]itting|[Oo]ffice is|[Oo]ffices are|[Tt]eam is)\s+(?:based\s+|now\s+|currently\s+|over\s+)?(?:in|out of)\s+([\p{Lu}][\p{L}.' ]{1,30}?)(?=[,.;:!?)\n]|\s+(?:so|and|which|but|time|–|-)\b|$)|\b([\p{Lu}][\p{L}]{1,20}(?: [\p{Lu}][\p{L}]{1,20})?) time\b|\b(AEDT|AEST|AWST|NZDT|NZST|JST|KST|SGT|HKT|IST|GMT|BST|CET|CEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT)\b|\b(?:my|our) time\s*\(([\p{Lu}][\p{L}]{1,20}(?: [\p{Lu}][\p{L}]{1,20})?)\)/gu;
  for (let m = where.exec(t); m; m = where.exec(t)) {
    // ("9am my time (Sydney)": the place in brackets after "my time", u7a-07.)
    const place = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const zone = ZONES.find(([re]) => re.test(place))?.[1];
    if (zone) return zone;
  }
  return undefined;
}

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one (a search for a shared slot
// reads the clock some five hundred times).
const FORMATS = new Map<string, Intl.DateTimeFormat>();
function formatIn(zone: string): Intl.DateTimeFormat {
  let f = FORMATS.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', weekday: 'short' });
    FORMATS.set(zone, f);
  }
  return f;
}

/** The wall-clock date and minutes of an instant in a zone. */
function wall(instant: number, zone: string): { iso: string; minutes: number; weekday: number } {
  const parts = Object.fromEntries(formatIn(zone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!);
  return { iso: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute), weekday };
}

/** The instant at which the wall clock in `zone` shows `iso` at `minutes` past midnight. */
function instantOf(iso: string, minutes: number, zone: string): number {
  const guess = Date.parse(`${iso}T00:00:00Z`) + minutes * 60_000;
  // Two corrections settle it, daylight-saving jumps included.
  let t = guess;
  for (let i = 0; i < 2; i++) {
    const w = wall(t, zone);
    const shown = Date.parse(`${w.iso}T00:00:00Z`) + w.minutes * 60_000;
    t += guess - shown;
  }
  return t;
}

export interface Moved {
  iso: string;
  minutes: number;
  weekday: number;
}

/** A wall-clock time in one zone, as the wall clock shows it in another. */
export function moveTime(iso: string, minutes: number, from: string, to: string): Moved {
  return wall(instantOf(iso, minutes, from), to);
}

/** "9:00–17:00" → [540, 1020]; undefined when the hours name no span. */
export function hoursSpan(hours: string | undefined): [number, number] | undefined {
  const h = hours && /(\d{1,2})(?::(\d{2}))?\s*(?:[–-]|to)\s*(\d{1,2})(?::(\d{2}))?/.exec(hours);
  if (!h) return undefined;
  return [Number(h[1]) * 60 + Number(h[2] ?? 0), Number(h[3]) * 60 + Number(h[4] ?? 0)];
}

/** "18:00", "9:30". */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "10am", "10:30am", "4pm": how a time is said back to someone in their own zone. */
export function spoken(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}

/** A client time of day as minutes: "10am", "10:30", "14h", "3 pm". */
export function minutesOf(time: string): number | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|h)?$/i.exec(time.trim());
  if (!m) return undefined;
  let h = Number(m[1]);
  if (h > 23) return undefined;
  if (m[3]?.toLowerCase() === 'pm' && h < 12) h += 12;
  if (m[3]?.toLowerCase() === 'am' && h === 12) h = 0;
  return h * 60 + Number(m[2] ?? 0);
}

/**
 * The first slot at or after the client's `iso` that falls inside our working hours on a weekday of ours and between
 * 8:00 and 19:00 for them, on the hour: what to offer instead of a time outside our hours. Bounded: at most 7 days × 12 hours.
 */
export function sharedSlot(iso: string, theirs: string, ours: string, span: [number, number]): { their: Moved; our: Moved } | undefined {
  for (let day = 0; day < 7; day++) {
    const date = new Date(`${iso}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + day);
    const d = date.toISOString().slice(0, 10);
    for (let h = 8; h <= 19; h++) {
      const instant = instantOf(d, h * 60, theirs);
      const their = wall(instant, theirs);
      if (their.weekday === 0 || their.weekday === 6) continue;
      const our = wall(instant, ours);
      if (our.weekday === 0 || our.weekday === 6) continue;
      if (our.minutes >= span[0] && our.minutes + 30 <= span[1]) return { their, our };
    }
  }
  return undefined;
}
