// Runs everywhere (Node, side panel): expands note-taking shorthand ("tmrw", "w/", "eur", "x3", "->") and keeps a map back to the notes as typed.
import type { ActionOwner } from './schemas';

/** One rewrite: where it was in the notes, where it is in the normalised text. */
export interface Replacement {
  original: string;
  replacement: string;
  origStart: number;
  origEnd: number;
  normStart: number;
  normEnd: number;
}

/** "draft -> me": the arrow names who owns the line; the marker is removed from the text. */
export interface OwnerHint {
  owner: ActionOwner;
  /** Offset in the normalised text where the marker was. */
  index: number;
}

export interface NormalisedNotes {
  original: string;
  text: string;
  replacements: Replacement[];
  ownerHints: OwnerHint[];
}

interface Candidate {
  start: number;
  end: number;
  replacement: string;
  owner?: ActionOwner;
  rule: number;
}

type Rewrite = (m: RegExpExecArray, src: string) => string | { replacement: string; start?: number; owner?: ActionOwner } | null;

const WEEKDAYS: Record<string, string> = {
  mon: 'Monday', tue: 'Tuesday', tues: 'Tuesday', wed: 'Wednesday', weds: 'Wednesday', thu: 'Thursday', thur: 'Thursday',
  thurs: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};
const MONTHS: Record<string, string> = {
  jan: 'January', feb: 'February', mar: 'March', apr: 'April', jun: 'June', jul: 'July', aug: 'August', sep: 'September',
  sept: 'September', oct: 'October', nov: 'November', dec: 'December',
};
const CURRENCY_CODES = ['eur', 'usd', 'gbp', 'chf', 'sek', 'nok', 'dkk', 'pln', 'cad', 'aud', 'nzd', 'jpy', 'inr', 'ils', 'czk', 'huf', 'ron'];
const REVISION_WORDS = /^(revisions?|revs?|changes|edits|amends|corrections|feedback)$/i;
/** Words that may stand before a counted noun without being part of it ("send concepts x2" → "send 2 concepts"). */
const NOT_PART_OF_NOUN = new Set(
  'send sending deliver delivering with and or of for to the a an plus including incl make do need needs want wants get give provide include includes then in on by max up also only agreed ok'.split(' '),
);

/** Word expansions that need no context. Longest first where prefixes overlap (w/o before w/). */
const WORDS: [RegExp, string][] = [
  [/\bw\/o\b/gi, 'without'],
  [/\bw\/e\b/gi, 'weekend'],
  [/\bw\/(?=\s|\p{L})\s?/giu, 'with '],
  [/\bb\/c\b/gi, 'because'],
  [/\b(?:tmrw|tmrow|tmr|tmw|2moro|2morrow|tomoz)\b/gi, 'tomorrow'],
  [/\btdy\b/gi, 'today'],
  [/\btonite\b/gi, 'tonight'],
  [/\basap\b/gi, 'as soon as possible'],
  [/\b(?:pls|plz|pse)\b/gi, 'please'],
  [/\beod\b/gi, 'end of day'],
  [/\beow\b/gi, 'end of the week'],
  [/\beom\b/gi, 'end of the month'],
  [/\bcob\b/gi, 'close of business'],
  [/\bnxt\b/gi, 'next'],
  [/\bwknd\b/gi, 'weekend'],
  [/\btbd\b/gi, 'to be decided'],
  [/\btba\b/gi, 'to be announced'],
  [/\btbc\b/gi, 'to be confirmed'],
  [/\bdep\b/gi, 'deposit'],
  [/\brevs\b/gi, 'revisions'],
  [/\brev\b/gi, 'revision'],
  [/\b(?:pmt|pymt)\b/gi, 'payment'],
  [/\binv\b/gi, 'invoice'],
  [/\bmtg\b/gi, 'meeting'],
  [/\bmsg\b/gi, 'message'],
  [/\bppl\b/gi, 'people'],
  [/\bthru\b/gi, 'through'],
  [/\bb4\b/gi, 'before'],
  [/\bbtw\b/gi, 'by the way'],
  [/\bwrt\b/gi, 'regarding'],
  [/\bea\b/gi, 'each'],
  [/\bincl\b\.?(?=\s*(?:$|[,;)\n]))/gim, 'included'],
  [/\bincl\b\.?/gi, 'including'],
  [/\bintro\b(?= to\b)/gi, 'introduce us'],
  [/\bdeliv\b/gi, 'delivery'],
  [/\bapprox\b\.?/gi, 'approximately'],
  [/\bca\.\s?(?=\d)/gi, 'approximately '],
  [/\bu\b(?!\.)/gi, 'you'],
  [/\bur\b/gi, 'your'],
  [/\bqs\b/gi, 'questions'],
  [/\badv\b\.?/gi, 'advance'],
  [/\bwks\b/gi, 'weeks'],
  [/\bwk\b/gi, 'week'],
  [/\bmths\b/gi, 'months'],
  [/\bmth\b/gi, 'month'],
  [/\byrs\b/gi, 'years'],
  [/\byr\b/gi, 'year'],
  [/\bhrs\b/gi, 'hours'],
  [/\bhr\b/gi, 'hour'],
  [/\bre:\s?/gi, 'about '],
];

function caseLike(original: string, replacement: string): string {
  // "Tmrw" → "Tomorrow", but "ASAP" mid-line → "as soon as possible": all-caps shorthand is not a proper noun.
  const first = original[0] ?? '';
  if (first !== first.toLowerCase() && original !== original.toUpperCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

function rules(clientNames: string[]): Rewrite[] {
  const names = clientNames.filter((n) => /^[\p{L}'-]{2,}$/u.test(n)).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const ownerWords = ['me', 'i', 'myself', 'client', 'the client', 'them', 'they', 'him', 'her', ...names.map((n) => n.toLowerCase())];
  const ownerRe = new RegExp(`\\s*(?:->|=>|→)\\s*(${ownerWords.join('|')})\\s*[.;,]?[ \\t]*(?=\\n|$)`, 'giu');
  const out: Rewrite[] = [];
  // "contract -> me": owner marker, removed from the text.
  out.push(Object.assign((m: RegExpExecArray) => {
    const who = m[1]!.toLowerCase();
    return { replacement: '', owner: who === 'me' || who === 'i' || who === 'myself' ? ('me' as const) : ('client' as const) };
  }, { re: ownerRe }));
  // Any other arrow is a sequence: "brief -> design" → "brief, then design"; at a line start it is a bullet.
  out.push(Object.assign((m: RegExpExecArray, src: string) => {
    const lineStart = src.lastIndexOf('\n', m.index - 1) + 1;
    if (src.slice(lineStart, m.index).trim() === '') return { replacement: '', start: m.index };
    const after = src.slice(m.index + m[0].length);
    // "-> ana confirms": who does it; "-> 150 eur extra": what it costs or when; otherwise a sequence.
    if (new RegExp(`^(?:she|he|they|I|me${names.length ? `|${names.join('|')}` : ''})(?:'ll)?\\s+[a-z]+[^\\n]*$`, 'iu').test(after.split('\n')[0]!) && !/^(?:she|he|they|I)\s+(?:said|told|wanted|asked|agreed)\b/i.test(after)) return ': ';
    if (/^(?:[~≈]|approx|ca\.|[€$£¥]|\d|[A-Z]{3}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i.test(after)) return ' → ';
    return ', then ';
  }, { re: /[ \t]*(?:->|=>|→)[ \t]*/g }));
  for (const [re, word] of WORDS) out.push(Object.assign((m: RegExpExecArray) => caseLike(m[0], word), { re }));
  // Numbers with a unit stuck on: "2wks" → "2 weeks", "1wk" → "1 week".
  out.push(Object.assign((m: RegExpExecArray) => {
    const num = (m[1] ?? m[3])!;
    const unit = { w: 'week', wk: 'week', wks: 'week', h: 'hour', hr: 'hour', hrs: 'hour', mth: 'month', mths: 'month', mo: 'month', mos: 'month', d: 'day', yr: 'year', yrs: 'year' }[(m[2] ?? m[4])!.toLowerCase()]!;
    return `${num} ${unit}${Number(num) === 1 ? '' : 's'}`;
  }, { re: /\b(\d+)(wks?|w|hrs?|h|mths?|d|yrs?)\b|\b(\d+)\s(mos?)\b(?!\/)/gi }));
  out.push(Object.assign((m: RegExpExecArray) => WEEKDAYS[m[1]!.toLowerCase()]!, { re: /\b(mon|tues?|weds?|thu|thurs?|fri)\b\.?/gi }));
  // Full names typed in lower case: only the capital changes.
  out.push(Object.assign((m: RegExpExecArray) => m[0][0]!.toUpperCase() + m[0].slice(1), {
    re: /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december)\b/g,
  }));
  // "sat"/"sun" are also words; only in a date position.
  out.push(Object.assign((m: RegExpExecArray) => `${m[1]}${WEEKDAYS[m[2]!.toLowerCase()]!}`, {
    re: /\b((?:by|on|next|this|till|until|before|due|from|after)\s+)(sat|sun)\b\.?/gi,
  }));
  out.push(Object.assign((m: RegExpExecArray) => MONTHS[m[1]!.toLowerCase()]!, { re: /\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/gi }));
  out.push(Object.assign((m: RegExpExecArray) => m[0].toUpperCase(), { re: new RegExp(`\\b(?:${CURRENCY_CODES.join('|')})\\b`, 'gi') }));
  out.push(Object.assign(() => 'approximately ', { re: /~\s?(?=[\d€$£])/g }));
  out.push(Object.assign((m: RegExpExecArray) => ` per ${{ h: 'hour', hr: 'hour', hour: 'hour', day: 'day', d: 'day', word: 'word', wd: 'word', mo: 'month', month: 'month', page: 'page', item: 'item' }[m[1]!.toLowerCase()]!}`, {
    re: /\s?\/\s?(h|hr|hour|day|d|word|wd|mo|month|page|item)\b/gi,
  }));
  out.push(Object.assign(() => ' per hour', { re: /\s?\bp\/?h\b/gi }));
  out.push(Object.assign(() => ' at ', { re: / @ /g }));
  out.push(Object.assign(() => ' and ', { re: / & /g }));
  out.push(Object.assign((m: RegExpExecArray) => m[0].replace(/^i/, 'I'), { re: /\bi(?:'ll|'m|'d|'ve)?(?=\s|$|[,.;:!?])/g }));
  // "3x revisions" → "3 rounds of revisions", "2x concepts" → "2 concepts", a bare "3x" → "3 times" (or rounds, near revisions).
  out.push(Object.assign((m: RegExpExecArray, src: string) => {
    const next = m[2] ?? '';
    if (next && REVISION_WORDS.test(next)) return `${m[1]} rounds of ${next}`;
    if (next) return `${m[1]} ${next}`;
    const line = lineAround(src, m.index);
    return `${m[1]} ${/revision|round|change|edit|amend|feedback/i.test(line) ? 'rounds' : 'times'}`;
  }, { re: /\b(\d+)\s?[x×](?![\d\w])(?:\s+([a-z][a-z-]*))?/gi }));
  // "revisions x3" → "3 rounds of revisions", "logo concepts x2" → "2 logo concepts", "call x2" → "call 2 times".
  out.push(Object.assign((m: RegExpExecArray) => {
    const before = m[1];
    const noun = m[2]!;
    const n = m[3]!;
    const keepBefore = before !== undefined && NOT_PART_OF_NOUN.has(before.toLowerCase());
    const phrase = before !== undefined && !keepBefore ? `${before} ${noun}` : noun;
    const start = keepBefore ? m.index + m[0].indexOf(noun, before!.length) : m.index;
    let replacement: string;
    if (REVISION_WORDS.test(noun)) replacement = `${n} rounds of ${phrase}`;
    else if (/^rounds?$/i.test(noun)) replacement = `${n} ${phrase}`;
    else if (/s$/i.test(noun)) replacement = `${n} ${phrase}`;
    else replacement = `${phrase} ${n} times`;
    return { replacement, start };
  }, { re: /(?<![^\s(])(?<!\d\s)(?:([a-z][a-z-]*)\s+)?([a-z][a-z-]*)\s+[x×]\s?(\d+)\b(?!\s?[x×]?\s?\d)/gi }));
  return out;
}

function lineAround(src: string, index: number): string {
  const start = src.lastIndexOf('\n', index - 1) + 1;
  const end = src.indexOf('\n', index);
  return src.slice(start, end === -1 ? undefined : end);
}

/**
 * Expands shorthand in one pass over the notes, so every rewrite maps back to the exact characters typed.
 * `clientNames` lets "draft -> Anna" mark the client as the owner.
 */
export function normaliseNotes(notes: string, clientNames: string[] = []): NormalisedNotes {
  const src = notes.replace(/\r\n?/g, '\n');
  const candidates: Candidate[] = [];
  rules(clientNames).forEach((rule, order) => {
    const re = (rule as unknown as { re: RegExp }).re;
    re.lastIndex = 0;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const r = rule(m, src);
      if (r === null) continue;
      const c = typeof r === 'string' ? { replacement: r, start: m.index } : { replacement: r.replacement, start: r.start ?? m.index, owner: r.owner };
      candidates.push({ start: c.start, end: m.index + m[0].length, replacement: c.replacement, owner: c.owner, rule: order });
    }
  });
  // Earliest first; at the same start the longer match, then the rule listed first.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.rule - b.rule);
  const replacements: Replacement[] = [];
  const ownerHints: OwnerHint[] = [];
  let text = '';
  let pos = 0;
  for (const c of candidates) {
    if (c.start < pos) continue;
    if (src.slice(c.start, c.end) === c.replacement) continue;
    text += src.slice(pos, c.start);
    const normStart = text.length;
    text += c.replacement;
    replacements.push({ original: src.slice(c.start, c.end), replacement: c.replacement, origStart: c.start, origEnd: c.end, normStart, normEnd: text.length });
    if (c.owner) ownerHints.push({ owner: c.owner, index: normStart });
    pos = c.end;
  }
  text += src.slice(pos);
  return { original: src, text, replacements, ownerHints };
}

/** Maps a span of the normalised text back to the notes as typed (a span touching a rewrite covers all of it). */
export function toOriginalSpan(n: NormalisedNotes, start: number, end: number): { start: number; end: number } {
  const map = (pos: number, side: 'start' | 'end'): number => {
    let shift = 0;
    for (const r of n.replacements) {
      if (pos < r.normStart || (side === 'end' && pos === r.normStart)) break;
      if (pos < r.normEnd || (side === 'end' && pos === r.normEnd)) return side === 'start' ? r.origStart : r.origEnd;
      shift = r.origEnd - r.normEnd;
    }
    return pos + shift;
  };
  return { start: map(start, 'start'), end: Math.max(map(start, 'start'), map(end, 'end')) };
}

/** The notes' own words for a span of the normalised text. */
export function quoteOriginal(n: NormalisedNotes, start: number, end: number): string {
  const s = toOriginalSpan(n, start, end);
  return n.original.slice(s.start, s.end);
}
