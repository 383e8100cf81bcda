// Runs everywhere (Node, side panel): what one reply card knows and how it words values — prices, dates, placeholders, the deal's terms.
import type { PrincipleId } from '../playbook';
import type { PriceUnit, Service, Tone } from '../schemas';
import type { Understanding } from '../understand';
import { addWorkingDays } from '../working-days';
import { formatMoney, formatPercent, joinList, lowerFirst, numberWord } from './format';
import { protect } from './tone';

// Cards import their date arithmetic from the kit with the rest of their vocabulary.
export { addWorkingDays };

export interface Money {
  amount: number;
  currency: string;
}

/** A day named by its part of a month ("mid april", "the end of March"): said back in the client's words, not as a weekday. */
export const VAGUE_DAY = /^(?:the\s+)?(early|mid|middle of|late|end of|start of|beginning of)[-\s]+(jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\.?$/i;

/** Built fresh for every card, so placeholders are listed per card. */
export class Kit {
  readonly tone: Tone;
  private readonly placeholders = new Set<string>();

  constructor(
    readonly u: Understanding,
    tone: Tone,
  ) {
    this.tone = tone;
  }

  t(warm: string, neutral: string, formal: string = neutral): string {
    return { warm, neutral, formal }[this.tone];
  }

  /** A value from outside our own wording, protected from the tone pass. */
  v(value: string): string {
    return protect(value);
  }

  /** A clearly marked gap for the freelancer to fill in, remembered for `missing`. */
  ph(label: string): string {
    const p = `[${label}]`;
    this.placeholders.add(p);
    return protect(p);
  }

  get missing(): string[] {
    return [...this.placeholders];
  }

  // ---- money

  get currency(): string {
    // Without a profile, the client's own currency beats a default the freelancer never chose.
    const written = this.u.profile.services.length === 0 ? this.u.amounts.find((a) => a.currency)?.currency : undefined;
    return this.u.deal.price?.currency ?? written ?? this.u.profile.currency;
  }

  money(amount: number, currency = this.currency): string {
    return this.v(formatMoney(amount, currency));
  }

  /** Our price as it stands, as a number, when it is a whole-job price. */
  get price(): Money | undefined {
    const p = this.u.deal.price;
    if (!p) return undefined;
    if (p.unit === 'project') return { amount: p.amount, currency: p.currency };
    // A per-unit rate times the units the client names ("25,000 words at €0.12") is the job's price.
    const count = this.units;
    return count ? { amount: round2(p.amount * count), currency: p.currency } : undefined;
  }

  /** The unit rate, when the price is per word, hour, page… */
  get rate(): { amount: number; currency: string; unit: PriceUnit } | undefined {
    const r = this.u.deal.rate;
    if (r && r.unit !== 'project') return { amount: r.amount, currency: r.currency, unit: r.unit };
    const p = this.u.deal.price;
    return p && p.unit !== 'project' ? { amount: p.amount, currency: p.currency, unit: p.unit } : undefined;
  }

  /** How many units of the rate the client names ("6 pages", "25,000 words"), if any. */
  get units(): number | undefined {
    const rate = this.rate ?? this.u.deal.rate;
    if (!rate) return undefined;
    if (this.u.deal.rate?.count) return this.u.deal.rate.count;
    return countOf(this.u.text, rate.unit);
  }

  rateText(): string {
    const r = this.rate;
    if (!r) return this.ph('your rate');
    return this.v(`${formatMoney(r.amount, r.currency)} per ${r.unit === 'item' ? this.itemWord() : r.unit}`);
  }

  private itemWord(): string {
    const name = this.service?.name.toLowerCase() ?? '';
    for (const w of ['article', 'post', 'video', 'illustration', 'email', 'newsletter', 'page', 'design', 'photo', 'product']) if (name.includes(w)) return w;
    return 'item';
  }

  /** The word for one unit of the rate: "word", "page", "article". */
  unitNoun(n = 1): string {
    const unit = this.rate?.unit ?? 'item';
    const word = unit === 'item' ? this.itemWord() : unit;
    return n === 1 ? word : `${word}s`;
  }

  /** The whole price in words: "$5,600", or "€3,000 (25,000 words at €0.12)". */
  priceText(amount?: number): string {
    if (amount !== undefined) return this.money(amount);
    const p = this.price;
    const r = this.rate;
    if (p && r && this.units) return this.v(`${formatMoney(p.amount, p.currency)} (${formatCount(this.units)} ${this.unitNoun(this.units)} at ${formatMoney(r.amount, r.currency)})`);
    if (p) return this.money(p.amount, p.currency);
    if (r) return this.rateText();
    return this.ph('your price');
  }

  /** Where our price comes from, for a sentence that cites it. */
  get priceSource(): 'agreement' | 'thread' | 'client' | 'profile' | undefined {
    return this.u.deal.price?.source;
  }

  // ---- scope

  get service(): Service | undefined {
    return this.u.deal.service;
  }

  /** "the five-page website", "your logo", "the translation". */
  serviceName(): string {
    const s = this.service;
    if (!s) {
      // No profile service: the thing the client names ("a logo", "the landing page") is still better than "the project".
      const named = DELIVERABLE_WORDS.exec(this.u.text.slice(0, 4000))?.[0];
      return named ? this.v(`the ${named.toLowerCase()}`) : this.ph('the service');
    }
    return this.v(`the ${lowerFirst(s.name).replace(/\s*\([^)]*\)\s*$/, '')}`);
  }

  /** The line items as one sentence of what the price pays for, with figures when every step has one. */
  breakdown(): string | undefined {
    const items = this.service?.lineItems ?? [];
    if (items.length < 2) return undefined;
    const priced = items.every((i) => i.price !== undefined);
    return joinList(items.map((i) => this.v(`${lowerFirst(i.name)}${priced ? ` (${formatMoney(i.price!, this.u.profile.currency)})` : ''}`)));
  }

  /** Smaller versions of the service the client could use on their own, cheapest last. */
  get smaller(): Array<{ name: string; price: number }> {
    return [...(this.service?.smallerVersions ?? [])].sort((a, b) => b.price - a.price);
  }

  // ---- terms

  get depositPercent(): number | undefined {
    return this.u.deal.deposit?.percent;
  }

  deposit(total?: number): string {
    const pct = this.depositPercent;
    if (pct === undefined) return this.ph('deposit %');
    if (total === undefined) return this.v(`a ${formatPercent(pct)} deposit`);
    return this.v(`a ${formatPercent(pct)} deposit (${formatMoney(round2((total * pct) / 100), this.currency)})`);
  }

  rounds(): string {
    const n = this.u.deal.rounds?.n;
    if (n === undefined) return this.ph('number of revision rounds');
    return this.v(n === 1 ? 'one round of revisions' : `${numberWord(n)} rounds of revisions`);
  }

  /** The working hours as stored ("Mon–Fri, 9:00–17:00 ET"): the agreement's, else the profile's. */
  get workingHours(): string | undefined {
    return this.u.agreement?.workingHours ?? this.u.profile.workingHours;
  }

  hours(): string {
    const value = this.workingHours;
    return value ? this.v(value) : this.ph('your working hours');
  }

  responseTime(): string {
    const value = this.u.agreement?.responseTime ?? this.u.profile.responseTime;
    return value ? this.v(value) : this.ph('response time');
  }

  private linked = false;
  /** True the first time: a card links the portfolio once, later sentences refer back to it. */
  get firstLink(): boolean {
    const first = !this.linked;
    this.linked = true;
    return first;
  }

  portfolio(): string {
    const url = this.u.profile.portfolioUrl;
    return url ? this.v(url) : this.ph('link to your portfolio');
  }

  signature(): string {
    const { signature, name } = this.u.profile;
    if (signature.trim()) return this.v(signature.trim());
    if (name.trim()) return this.v(name.trim());
    return this.ph('your name');
  }

  get rushPercent(): number | undefined {
    return this.u.profile.rushSurchargePercent;
  }

  get ndaPercent(): number | undefined {
    return this.u.agreement?.nda?.surchargePercent ?? this.u.profile.ndaSurchargePercent;
  }

  percent(value: number | undefined, label: string): string {
    return value === undefined ? this.ph(label) : this.v(formatPercent(value));
  }

  private eventSaid = false;

  /**
   * Their date fits our pace, said as a commitment. A date read from their event ("the fair on 28 June") is not a day
   * they asked for: the normal pace, when it lands well before, is the promise ("ready by Monday 25 May, well ahead of
   * your fair on Sunday 28 June"), not the day before the event.
   */
  fitsLine(wanted: string, standard: string | undefined): string {
    const ahead = this.wellAhead(wanted, standard);
    return ahead ? `${ahead}.` : `${this.day(wanted)} works with my schedule.`;
  }

  /**
   * A date as the client named it when they named only a stretch of a month ("late November at the earliest"), else as
   * a weekday. "The end of January" is a day (its last working day), said as one.
   */
  dayAsSaid(d: { iso: string; text: string }): string {
    return /^(?:the\s+)?(?:early|mid|middle of|late)\b/i.test(d.text.trim()) ? (this.vagueWords(d.text) ?? this.day(d.iso)) : this.day(d.iso);
  }

  /** A part of a month in the client's words, tidied ("mid april" → "mid April"); undefined for any other date. */
  vagueWords(text: string): string | undefined {
    const m = VAGUE_DAY.exec(text.trim());
    return m ? this.v(`${m[1]!.toLowerCase()} ${m[2]!.charAt(0).toUpperCase()}${m[2]!.slice(1).toLowerCase()}`) : undefined;
  }

  /** The day the work can start: when the client's material arrives, if that is after today and before their date. */
  startDay(wanted?: string): string {
    const from = this.u.startFrom;
    return from && from > this.u.today && (!wanted || from < wanted) ? from : this.u.today;
  }

  /** "At my normal pace it would be ready by …, well ahead of your …" when the date is their event's and we land well before it. */
  wellAhead(wanted: string, standard: string | undefined): string | undefined {
    const e = this.u.event;
    if (!e || !standard || wanted !== e.readyBy || addWorkingDays(standard, 3) > wanted) return undefined;
    return `At my normal pace it would be ready by ${this.v(formatWeekday(standard, this.u.today))}, well ahead of your ${e.what} on ${this.v(formatWeekday(e.iso, this.u.today))}`;
  }

  /**
   * "Friday 11 December", with the year only when it is not this year's. The first time a card names the day the work
   * is due before the client's event, it says which event: "Thursday 5 November (ahead of your launch on Monday 9 November)".
   */
  day(iso: string): string {
    const e = this.u.event;
    if (e && !this.eventSaid && iso === e.readyBy && e.readyBy !== e.iso) {
      this.eventSaid = true;
      return this.v(`${formatWeekday(iso, this.u.today)} (ahead of your ${e.what} on ${formatWeekday(e.iso, this.u.today)})`);
    }
    return this.v(formatWeekday(iso, this.u.today));
  }
}

const DELIVERABLE_WORDS = /\b(?:landing page|website|web ?shop|online (?:shop|store)|shopify store|logo|brand identity|app|brochure|catalogue|newsletter|blog posts?|articles?|copy|translation|manual|video|illustrations?|packaging|presentation|pitch deck|report)\b/i;

/** What a maintenance plan without line items covers, said the same way wherever the plan is offered. */
export const MAINTENANCE_COVERS = 'updates, backups and fixes';

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Whole currency units for totals over 100, cents below. */
export function roundMoney(n: number): number {
  return n >= 1000 ? Math.round(n) : round2(n);
}

const UNIT_WORDS: Record<PriceUnit, RegExp> = {
  word: /words?/,
  page: /pages?/,
  hour: /hours?|hrs?/,
  day: /days?/,
  item: /articles?|posts?|items?|pieces?|products?|emails?|videos?|illustrations?|blogs?/,
  month: /months?/,
  project: /projects?/,
};

/** The count the client names for a unit: "25,000 words", "6 pages", "8 articles". The largest wins (a total beats a part). */
export function countOf(text: string, unit: PriceUnit): number | undefined {
  // One describing word may sit between the count and the unit ("8 blog articles"), never a rate word ("£65 an hour", "€280 per article").
  // (Swiss and some other writers group thousands with an apostrophe: "18'400 words".)
  const re = new RegExp(`(?<![$€£¥₪\\d.,]|\\d['’])(\\d{1,3}(?:[,.\\s'’]\\d{3})+|\\d+(?:[.,]\\d+)?\\s?k?)\\s*(?:-\\s*)?(?:(?!(?:an?|per|each|every|for|at)\\b)[\\p{L}-]+\\s+)?(?:${UNIT_WORDS[unit].source})\\b`, 'giu');
  const found: Array<{ value: number; total: boolean; listed: boolean; part: boolean }> = [];
  const clipped = text.slice(0, 20000);
  for (const m of clipped.matchAll(re)) {
    const raw = m[1]!.replace(/\s/g, '');
    const k = /k$/i.test(raw);
    const digits = raw.replace(/k$/i, '');
    const n = /^\d{1,3}(?:[,.'’]\d{3})+$/.test(digits) ? Number(digits.replace(/[,.'’]/g, '')) : Number(digits.replace(',', '.'));
    const value = k ? n * 1000 : n;
    const before = clipped.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0);
    if (Number.isFinite(value) && value > 0 && value < 1e7) found.push({ value, total: /\b(?:total|in all|altogether|overall)\b[^.\d]{0,10}$/i.test(before), listed: /[(:•*-]\s*$|^\s*$/.test(before.slice(-3)) || /\n\s*$/.test(before), part: /\b(?:the|these|those|all|first|last|other|remaining|next|of)\s+$/i.test(before) });
    if (found.length >= 50) break;
  }
  // "the supplement, it is 2 sheets but printed on both side": a sheet printed on both sides is two pages.
  if (unit === 'page') {
    const SMALL: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
    for (const m of clipped.matchAll(/\b(\d{1,2}|one|two|three|four|five|six) (double-sided |two-sided )?sheets?\b([^.\n]{0,30}\b(?:both|two) sides?\b)?/gi)) {
      const n = SMALL[m[1]!.toLowerCase()] ?? Number(m[1]);
      if (n > 0) found.push({ value: m[2] || m[3] ? n * 2 : n, total: false, listed: true, part: false });
      if (found.length >= 50) break;
    }
  }
  if (!found.length) return undefined;
  const stated = found.find((f) => f.total);
  if (stated) return stated.value;
  // "birth certificate and marriage certificate …, each is 1 page": the pages of each document times the documents
  // named in that sentence (u19a-11 priced one page of two).
  if (unit === 'page') {
    const each = /([^.?!\n]{0,200}?)\beach (?:is|has|one is|of them is)?\s*(\d{1,2}|one|two|three) pages?\b|([^.?!\n]{0,200}?)\b(\d{1,2}|one|two|three) pages? each\b/i.exec(clipped);
    if (each) {
      const before = each[1] ?? each[3] ?? '';
      const per = { one: 1, two: 2, three: 3 }[(each[2] ?? each[4])!.toLowerCase()] ?? Number(each[2] ?? each[4]);
      const docs = (before.match(/\b(?:certificates?|diplomas?|transcripts?|contracts?|letters?|statements?|licen[cs]es?|passports?|records?|reports?|supplements?|declarations?|decrees?|extracts?)\b/gi) ?? []).length;
      const said = /\b(?:both|two|2)\b/i.test(before) ? 2 : /\b(?:three|3)\b/i.test(before) ? 3 : 0;
      const n = Math.max(docs, said);
      // ("… each one page. So it will be 6 pages together with the diploma": a larger count said is the whole.)
      if (n >= 2 && n <= 10 && per > 0 && !found.some((f) => f.value > n * per)) return n * per;
    }
  }
  // "our pitch deck (~2,600 words) + investor one-pager (~1,200 words)": two pieces joined by "+" or "and" add up
  // (u14a-12 was priced on the deck alone).
  if (unit === 'word') {
    const pair = /(\d{1,3}(?:[,.]\d{3})+|\d{3,6})\s*words?\)?\s*(?:\+|plus|&|and)\s+(?:(?:an?|the|our|my)\s+)?[^.\n\d]{0,40}?\(?~?\s?(\d{1,3}(?:[,.]\d{3})+|\d{3,6})\s*words?\b/i.exec(clipped);
    const num = (x: string) => Number(x.replace(/[,.](?=\d{3}\b)/g, ''));
    if (pair && num(pair[1]!) !== num(pair[2]!)) return num(pair[1]!) + num(pair[2]!);
  }
  // "birth certificate (1 page), marriage certificate (1 page), supplement (4 pages)": small counts of pages or pieces add up.
  // "8 articles to start … deliver the 8 articles" names one count twice: the same figure again is not more work.
  const repeated = found.every((f) => f.value === found[0]!.value) && !found.every((f) => f.listed);
  // ("We need 10 articles … the first 2 articles before 1 July … the 10 articles" names the whole, a part and the whole
  // again: a part or a count said with "the" is not more work to add.)
  const adding = found.filter((f) => !f.part);
  if ((unit === 'page' || unit === 'item') && adding.length >= 2 && adding.every((f) => f.value <= 20) && !repeated) return adding.reduce((a, f) => a + f.value, 0);
  return Math.max(...found.map((f) => f.value));
}

export function unitPlural(unit: PriceUnit, n: number): string {
  const word = unit === 'item' ? 'item' : unit;
  return n === 1 ? word : `${word}s`;
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat('en-US').format(n);
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const WEEKDAY_YEAR = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export function formatWeekday(iso: string, today: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return (iso.slice(0, 4) === today.slice(0, 4) ? WEEKDAY : WEEKDAY_YEAR).format(date).replace(',', '');
}

/** Working days from `from` (exclusive) to `to` (inclusive), Monday to Friday. Bounded to ten years. */
export function workingDaysBetween(from: string, to: string): number {
  const a = new Date(`${from}T12:00:00Z`);
  const b = new Date(`${to}T12:00:00Z`);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime()) || b <= a) return 0;
  const days = Math.min(3660, Math.round((b.getTime() - a.getTime()) / 86_400_000));
  let n = 0;
  for (let i = 1; i <= days; i++) {
    const d = new Date(a.getTime() + i * 86_400_000).getUTCDay();
    if (d !== 0 && d !== 6) n++;
  }
  return n;
}

/** The date `n` working days after `from`. */
/** One line of the card's rationale: a principle and why this card applies it. */
export type Why = [PrincipleId, string];
