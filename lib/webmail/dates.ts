// Runs everywhere (content scripts, Node): turns the date strings webmail UIs show into ISO timestamps without a date library.

const MONTHS: Record<string, number> = {};
// English, Swedish, German, French, Spanish month names by their first three letters (the UIs abbreviate).
const NAMES: string[][] = [
  ['jan', 'ene', 'janv', 'jän'],
  ['feb', 'fév', 'fev', 'febr'],
  ['mar', 'mär', 'mars'],
  ['apr', 'avr', 'abr'],
  ['may', 'maj', 'mai', 'may'],
  ['jun', 'juin'],
  ['jul', 'juil'],
  ['aug', 'aoû', 'aou', 'ago'],
  ['sep', 'sept'],
  ['oct', 'okt'],
  ['nov'],
  ['dec', 'dez', 'déc', 'dic'],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i)));

function monthIndex(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? MONTHS[w.slice(0, 4)] ?? MONTHS[w.slice(0, 3)];
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ampm?: string): string | null {
  let hour = h;
  if (ampm) {
    const pm = /^p/i.test(ampm);
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  const date = new Date(y, mo, d, hour, mi, s);
  if (Number.isNaN(date.getTime()) || date.getMonth() !== mo || date.getDate() !== d) return null;
  return date.toISOString();
}

const TIME = String.raw`(?:,?\s*(?:at|um|à|a las|kl\.?)?\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?`;
const NAME_FIRST = new RegExp(String.raw`(\p{L}{3,})\.?\s+(\d{1,2}),?\s+(\d{4})` + TIME, 'u');
const DAY_FIRST = new RegExp(String.raw`(\d{1,2})\.?\s+(\p{L}{3,})\.?,?\s+(\d{4})` + TIME, 'u');
const ISO_LIKE = new RegExp(String.raw`(\d{4})-(\d{2})-(\d{2})` + TIME.replace('(?:,?\\s*', '(?:[T,]?\\s*'));
const NUMERIC = new RegExp(String.raw`(\d{1,2})([/.])(\d{1,2})\2(\d{4})` + TIME);

/**
 * Parses the local-time date a webmail UI shows ("Mon, Mar 4, 2024, 10:12 AM", "4 mars 2024 14:03",
 * "Mon 3/4/2024 10:12 AM", "04.03.2024 10:12") into an ISO string, or null when it cannot tell.
 * Slash dates are read month-first (US), dotted dates day-first (European), as those UIs print them.
 */
export function parseMailDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.replace(/\u202f|\u00a0/g, ' ').trim();
  const num = (v: string | undefined) => (v ? Number(v) : 0);
  let m = ISO_LIKE.exec(s);
  if (m) return build(num(m[1]), num(m[2]) - 1, num(m[3]), num(m[4]), num(m[5]), num(m[6]), m[7]);
  m = NAME_FIRST.exec(s);
  if (m) {
    const mo = monthIndex(m[1]!);
    if (mo !== undefined) return build(num(m[3]), mo, num(m[2]), num(m[4]), num(m[5]), num(m[6]), m[7]);
  }
  m = DAY_FIRST.exec(s);
  if (m) {
    const mo = monthIndex(m[2]!);
    if (mo !== undefined) return build(num(m[3]), mo, num(m[1]), num(m[4]), num(m[5]), num(m[6]), m[7]);
  }
  m = NUMERIC.exec(s);
  if (m) {
    const [a, b] = [num(m[1]), num(m[3])];
    const [mo, d] = m[2] === '/' ? [a, b] : [b, a];
    return build(num(m[4]), mo - 1, d, num(m[5]), num(m[6]), num(m[7]), m[8]);
  }
  return null;
}
