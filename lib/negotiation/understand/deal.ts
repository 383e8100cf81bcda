// Runs everywhere (Node, side panel): the deal as it stands before our reply — price, scope, date, deposit, rounds — from the agreement, our own earlier words, the client's restatement and the profile.
import { parseAddress } from '../address';
import { extractEntities } from '../entities';
import { parse } from '../nlp';
import type { AgreementTerms, Amount, PriceUnit, Profile, Service } from '../schemas';
import { windowAround } from './clause';
import { rolePercentages } from './roles';

/** A holiday by name ("the Easter holidays", "Christmas") is a time of year said in passing, not a delivery date. */
const HOLIDAY = /\b(?:easter|christmas|xmas|new year'?s?|holidays?|whitsun|pentecost|thanksgiving|hanukk?ah|ramadan|eid|midsummer|bank holiday)\b/i;

export type Source = 'agreement' | 'thread' | 'client' | 'profile';

export interface DealPrice {
  amount: number;
  currency: string;
  unit: PriceUnit;
  source: Source;
}

export interface Deal {
  price?: DealPrice;
  /** A per-unit rate behind the price ("€0.12 per word"), when the price is a total of units. */
  rate?: { amount: number; currency: string; unit: PriceUnit; count?: number };
  /** A rate we named for work outside the price ("changes after launch at £65 an hour"). */
  extraRate?: { amount: number; currency: string; unit: PriceUnit };
  service?: Service;
  /** Every fixed-price service the client's own words name, in the order they first name them ("a logo and a website"). */
  named: Service[];
  deposit?: { percent: number; source: Source };
  rounds?: { n: number; source: Source };
  date?: { iso: string; text: string; source: Source };
  /** Our own earlier words in the thread (newest first), for facts such as what the scope covered. */
  ourWords: string[];
  /** The job our last message closed, when the client now asks about a different service. */
  closed?: Service;
}

export interface DealInput {
  /** The client's cleaned newest words. */
  text: string;
  /** The quoted history under the client's words, if any. */
  quote?: string;
  /** Our own earlier messages in the thread (newest first), when the panel has them. */
  ourEarlier?: string[];
  /** The client's "Name <email>". */
  from?: string;
  profile: Profile;
  agreement?: AgreementTerms;
  today: string;
  /** Amounts in the client's words already given a role, to take our price restated ("your $2,750"). */
  clientAmounts?: Array<Amount & { role: string }>;
}

// Quoted blocks: "On …, Name <addr> wrote:" or an Outlook "From: Name <addr>" header start a message.
const ATTRIBUTION = /^(?:>\s*)*(?:On\b.{4,}\bwrote\s*:|.{2,200}\bwrote\s*:)\s*$/i;
const FROM_HEADER = /^(?:>\s*)*\*?(?:From|Från|Von|De|Van|От|מאת)\*?\s*:\s*(.+)$/i;
// "-----Original Message-----" in any language ("-----Ursprüngliche Nachricht-----"), and Outlook's bare rule of underscores.
const SEPARATOR = /^(?:>\s*)*(?:-{2,}\s*[\p{L}][\p{L} ]{2,40}-{2,}|_{8,}|-{8,})\s*$/iu;

interface Block {
  author: string;
  text: string;
}

const MAX_BLOCK = 4000;
const MAX_BLOCKS = 4;

/** The quote cut into messages, newest first, each with the line that names its author. */
export function quotedBlocks(quote: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  // Linear: each line is looked at once, and at most a few blocks of bounded size are kept.
  for (const raw of quote.split('\n')) {
    const line = raw.replace(/^(?:\s*>)+\s?/, '');
    const attribution = ATTRIBUTION.test(raw.trim()) ? raw.trim() : null;
    const from = FROM_HEADER.exec(raw.trim());
    if (attribution || from || SEPARATOR.test(raw.trim())) {
      if (current && current.text.trim()) blocks.push(current);
      if (blocks.length >= MAX_BLOCKS) return blocks;
      current = { author: attribution ?? from?.[1] ?? '', text: '' };
      continue;
    }
    if (!current) current = { author: '', text: '' };
    if (/^(?:Sent|Date|To|Subject|Cc|Skickat|Gesendet|An|Till|Ämne|Betreff)\s*:/i.test(line.trim()) && current.text.trim() === '') continue;
    if (current.text.length < MAX_BLOCK) current.text += `${line}\n`;
  }
  if (current && current.text.trim() && blocks.length < MAX_BLOCKS) blocks.push(current);
  return blocks;
}

/** Which quoted blocks are ours: written by the profile's name, or by anyone but the client. */
export function ourBlocks(quote: string, from: string | undefined, profile: Profile): string[] {
  const client = from ? parseAddress(from) : { name: null, email: null };
  const clientEmail = client.email?.toLowerCase();
  const clientFirst = client.name?.split(/\s+/)[0]?.toLowerCase();
  const ownFirst = profile.name.trim().split(/\s+/)[0]?.toLowerCase();
  return quotedBlocks(quote)
    .filter((b) => {
      const author = b.author.toLowerCase();
      if (ownFirst && author.includes(ownFirst)) return true;
      if (clientEmail && author.includes(clientEmail)) return false;
      // A colleague of the client forwarded below ("From: Helen Ashcroft <helen@gallery.org.uk>") writes from their domain.
      const clientDomain = clientEmail?.split('@')[1];
      if (clientDomain && author.includes(`@${clientDomain}`)) return false;
      if (clientFirst && clientFirst.length > 1 && new RegExp(`\\b${clientFirst.replace(/[^\p{L}]/gu, '')}\\b`, 'iu').test(author)) return false;
      // An unattributed block (a bare "> " quote) right under the client's words is what they answered: ours.
      return true;
    })
    .map((b) => b.text.trim());
}

/** The client's own earlier mails quoted in the thread (by their address), newest first. */
function clientBlocks(quote: string, from: string | undefined): string[] {
  const email = from ? parseAddress(from).email?.toLowerCase() : undefined;
  if (!email) return [];
  return quotedBlocks(quote).filter((b) => b.author.toLowerCase().includes(email)).map((b) => b.text.trim());
}

const PRICE_CUE = /\b(?:fee|price|pricing|quote|quotation|total|cost|costs|comes? to|would be|will be|charge|rate|fixed|budget for this|for the (?:whole|full|entire)|invoice for|(?:is|at))\b/i;
const NOT_PRICE = /\b(?:deposit|balance|advance|upfront|up front|remaining|received|paid|refund|first (?:half|instal(?:l)?ment|payment)|second (?:half|instal(?:l)?ment)|installments?|per month|monthly)\b/i;
const PER_UNIT = /^\s*(?:\/\s*|per\s+|a\s+|an\s+)(word|hour|hr|day|page|item|article|post|month)\b/i;
const UNIT_OF: Record<string, PriceUnit> = { word: 'word', hour: 'hour', hr: 'hour', day: 'day', page: 'page', item: 'item', article: 'item', post: 'item', month: 'month' };
const DATE_CUE = /\b(?:launch|go-?live|live|deliver(?:y|ed)?|ready|deadline|due|finish(?:ed)?|complete(?:d)?|hand ?over|draft|target|final|by)\b/i;
const ROUNDS = /\b(one|two|three|four|five|\d)\s+(?:rounds? of (?:revisions?|changes|amends|edits|feedback|corrections)|(?:revision|feedback|correction) rounds?)\b/i;
const WORDS_N: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

export interface OurTerms {
  price?: { amount: number; currency: string | null; unit: PriceUnit };
  rate?: { amount: number; currency: string | null; unit: PriceUnit; count?: number };
  deposit?: number;
  date?: { iso: string; text: string };
  rounds?: number;
  /** "1. Full build - £4,800 … 2. A store on a ready-made theme - £2,900": the options we offered, in our order. */
  options?: number[];
}

// Every card of every tone reads the same earlier message again: one parse each, remembered (bounded).
const TERMS_CACHE = new Map<string, OurTerms>();

/** What our own earlier message put on the table. Bounded: one parse of at most MAX_BLOCK characters. */
export function termsFromOurWords(text: string, today: string): OurTerms {
  const key = `${today}\u0000${text.slice(0, MAX_BLOCK)}`;
  const hit = TERMS_CACHE.get(key);
  if (hit) return hit;
  const terms = readOurTerms(text, today);
  if (TERMS_CACHE.size >= 200) TERMS_CACHE.delete(TERMS_CACHE.keys().next().value!);
  TERMS_CACHE.set(key, terms);
  return terms;
}

function readOurTerms(text: string, today: string): OurTerms {
  const clipped = text.slice(0, MAX_BLOCK);
  const parsed = parse(clipped);
  const e = extractEntities(parsed, { today });
  const out: OurTerms = {};
  let best: { amount: Amount; score: number } | undefined;
  const options: number[] = [];
  for (const a of e.amounts) {
    const w = windowAround(clipped, a.index, a.index + a.text.length);
    const unit = PER_UNIT.exec(w.after);
    if (unit) {
      const u = UNIT_OF[unit[1]!.toLowerCase()] ?? 'item';
      // "13,600 words at €0.12": the count the rate was charged for.
      const count = new RegExp(`([\\d][\\d,.\\s]*)\\s*${unit[1]}s?\\b`, 'i').exec(w.before);
      out.rate ??= { amount: a.value, currency: a.currency, unit: u, count: count ? Number(count[1]!.replace(/[,\s]/g, '')) : undefined };
      continue;
    }
    // "Total: €900, with 50% (€450) upfront": what follows the comma is about the deposit, not this figure.
    if (NOT_PRICE.test(`${w.before.slice(-40)} ${w.after.slice(0, 25).split(/[,;(]/)[0]}`)) continue;
    // "The total is €750 (6,250 × €0.12)": a bare number beside written prices, or one counted in words or times a
    // rate, is the count, not our price (u19c-12 held "€6,250").
    if (!a.currency && (e.amounts.some((x) => x.currency) || /^\s*(?:[×x*]|words?\b|pages?\b|hours?\b|lines?\b|characters?\b)/i.test(w.after))) continue;
    let score = a.value > 0 ? 1 : 0;
    if (PRICE_CUE.test(w.before.slice(-50))) score += 3;
    if (/\b(?:total|fixed|in total|all in)\b/i.test(`${w.before.slice(-30)} ${w.after.slice(0, 20)}`)) score += 2;
    if (/^\s*\(?(?:fixed|total)/i.test(w.after)) score += 1;
    // "Website copy (up to 6 pages): €2,400" heads a price list; "if you'd like to start smaller, … would be €1,400" is the alternative.
    // …but a bulleted line is a part of the price ("- Custom sections and design changes: £1,600"), never its head.
    const line = clipped.slice(clipped.lastIndexOf('\n', a.index - 1) + 1, a.index);
    // (Only under a header that carries its own figure: a bulleted list of whole prices has no other head.)
    const above = clipped.slice(Math.max(0, clipped.lastIndexOf('\n', a.index - 1) - 600), clipped.lastIndexOf('\n', a.index - 1)).split('\n').reverse();
    const header = above.find((l) => !/^\s*(?:>\s*)*(?:[-•*–]\s|$)/.test(l));
    const bullet = /^\s*(?:>\s*)*[-•*–]\s/.test(line) && !/\btotal\b/i.test(line) && header !== undefined && /[$€£]\s?\d|\d\s?(?:€|eur|usd|gbp)\b/i.test(header);
    // "1. Full build - £4,800", "Option B: …": an option we offered, each a whole price.
    const option = /^\s*(?:>\s*)*(?:\d[.)]|\(?[a-c]\)|(?:[-•*–]\s*)?(?:option|version|package|plan|tier) \w+[:.-]?)\s*[^\n]{2,80}?(?:[-–—:]|\bfor|\bat|\bis)\s*$/i.test(line);
    if (option) { options.push(a.value); score += 3; }
    // "Website copy, up to 6 pages (Home, About, …) — €2,400" over its bulleted parts heads the list too.
    else if (!bullet && (/(?:^|\n)[^\n:]{3,80}:\s*$/.test(w.before.slice(-90)) || (/^\s*(?:>\s*)*[^\s>][^\n]{2,140}\s[-–—]\s*$/.test(line) && /^\s*(?:>\s*)*[-•*–]\s/.test(clipped.slice(a.index).split('\n')[1] ?? '')))) score += 3;
    if (/\b(?:start smaller|smaller|instead|alternatively|option|a lighter|cut-?down|reduced)\b[^.\n]{0,80}$/i.test(w.before.slice(-100))) score -= 2;
    if (!best || score > best.score || (score === best.score && a.value > best.amount.value)) best = { amount: a, score };
  }
  if (best && best.score >= 3) out.price = { amount: best.amount.value, currency: best.amount.currency, unit: 'project' };
  else if (out.rate?.count) out.price = { amount: Math.round(out.rate.amount * out.rate.count * 100) / 100, currency: out.rate.currency, unit: 'project' };
  if (options.length >= 2) out.options = options.slice(0, 6);
  const deposit = rolePercentages(clipped, e.percentages).find((p) => p.role === 'deposit');
  if (deposit) out.deposit = deposit.value;
  // A delivery date, not when an invoice falls due.
  const dated = e.dates.filter((d) => {
    // Quoted mail is hard-wrapped: "I can deliver the translated file by\n> > Wednesday 17 March." is one sentence.
    const from = Math.max(0, d.index - 160, clipped.lastIndexOf('.', d.index - 1) + 1, clipped.lastIndexOf('\n\n', d.index) + 1);
    const sentence = `${clipped.slice(from, d.index)}${windowAround(clipped, d.index, d.index + d.text.length).sentence}`;
    return d.iso >= today && DATE_CUE.test(sentence) && !/\b(?:invoice|payment|paid|payable|balance)\b/i.test(sentence);
  });
  // "I will deliver by Wednesday 15 April (I've allowed for the Easter holidays)": the date is the delivery, not the
  // holiday named after it (u13c-10 had read Easter Sunday, 5 April, as the agreed date).
  const named = dated.filter((d) => !HOLIDAY.test(d.text));
  const due = named.length ? named : dated;
  if (due.length) out.date = { iso: due[due.length - 1]!.iso, text: due[due.length - 1]!.text };
  const rounds = ROUNDS.exec(clipped);
  if (rounds) out.rounds = /^\d$/.test(rounds[1]!) ? Number(rounds[1]) : WORDS_N[rounds[1]!.toLowerCase()];
  return out;
}

/** Keyword hits in a text: whole words, and for longer keywords their stem ("certified" finds "certification"). */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function hits(text: string, phrase: string): number[] {
  const words = phrase.trim();
  if (!words) return [];
  const escaped = escapeRe(words).replace(/\s+/g, '\\s+');
  const single = !/\s/.test(words);
  const stem = single && words.length >= 7 ? escapeRe(words.slice(0, Math.max(5, words.length - 3))) : null;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped}${stem ? `|${stem}\\p{L}*` : ''})(?![\\p{L}\\p{N}])`, 'giu');
  const out: number[] = [];
  for (const m of text.slice(0, 20000).matchAll(re)) out.push(m.index ?? 0);
  return out;
}

/**
 * Everyday words for a service that its keywords rarely list: "only one page for download" asks for a landing page.
 * Keyed by a word in the service's name or keywords.
 */
const EVERYDAY: Array<[RegExp, string[], ((ctx: EverydayContext) => boolean)?]> = [
  // A document for an authority is a certified translation, whatever word the client uses for it.
  [/\bcertified\b/i, ['visa', 'birth certificate', 'marriage certificate', 'diploma', 'transcript of records', 'immigration', 'home office', 'embassy', 'consulate', 'per page', 'driving licence', "driver's license", 'police certificate', 'apostille'], (ctx) => !ctx.counted],
  // Something of theirs that broke is hourly work on it, not a new site: "the contact form not send emails", "repair this".
  [/^(?:fix|bug)$/i, ['repair', 'not working', 'stopped working', 'broken', 'not send', 'not sending', "doesn't send", 'does not send', 'error message', 'form problem', 'calculator'], (ctx) => Boolean(ctx.builtByOthers)],
  [/\blanding page\b/i, ['one page', 'single page', 'one-pager', 'one pager', 'download page', 'page for download', 'signup page', 'sign-up page', 'waitlist page', 'a proper page', 'a dedicated page', 'a simple page', 'pre-order page', 'order page']],
];

/** "my nephew made it 4 years ago": a site someone else built, so a breakage in it is repair work, not a defect of ours. */
const BUILT_BY_OTHERS = /\b(?:(?:my|our) (?:nephew|niece|cousin|friend|brother|sister|son|daughter|previous|old|last|former) (?:\w+ )?(?:made|built|did|developer|designer|agency|guy|web ?guy)|(?:made|built|set up) (?:it |the (?:site|website|shop) )?(?:\w+ ){0,3}(?:years|months) ago|someone else (?:made|built)|another (?:developer|agency) (?:made|built))/i;

/**
 * What the client's message says about which everyday words may count, read once per message:
 * - counted: a word count ("11,500 words") puts per-word translation in play, so a diploma named beside it is no
 *   reason to price the whole message as certified pages;
 * - builtByOthers: a breakage is hourly repair only from someone whose site we did not build (and who has no thread of
 *   ours); our own clients' breakages are ours to look into.
 */
interface EverydayContext { counted?: boolean; builtByOthers?: boolean }

function everydayContext(texts: string[]): EverydayContext {
  const text = texts[0] ?? '';
  return { counted: /\d[\d,.]*\s*(?:k\s*)?words\b/i.test(text.slice(0, 6000)), builtByOthers: texts.length === 1 && BUILT_BY_OTHERS.test(text.slice(0, 4000)) };
}

export function keywordsOf(s: Service, ctx: EverydayContext = {}): string[] {
  const own = [s.name, ...s.keywords];
  const extra = EVERYDAY.filter(([re, , when]) => own.some((k) => re.test(k)) && (!when || when(ctx))).flatMap(([, words]) => words);
  return [...own, ...extra];
}

/** "(you did the logo for her bakery)", "What we have: logo and brand colors": work done before or already owned, not asked for. */
function alreadyHad(text: string, i: number): boolean {
  if (/\b(?:you (?:did|made|make|designed|built|wrote|translated|done)|(?:we|i) (?:already )?(?:have|had|got)|what we have:?|we'?ve got)\b[^.!?\n]{0,30}$/i.test(text.slice(Math.max(0, i - 60), i))) return true;
  // A shop or store of bricks and mortar is the client's business, not an online store to build: "I'm opening a wool
  // and yarn shop in Dunblane", "our store on the high street".
  return /^(?:shop|store|shops|stores)\b/i.test(text.slice(i, i + 7)) && (/\b(?:open\w*|run\w*|own\w*|physical|local|high street|corner|little|small|family)\b[^.!?\n]{0,30}$/i.test(text.slice(Math.max(0, i - 45), i)) || /^\w+\s+(?:(?:in|on|at)\s+(?:the\s+)?\p{Lu}|opens|opened|is opening|will open|closes|is closed)/u.test(text.slice(i, i + 40)));
}

/**
 * A keyword that names something other than work asked for: a modifier ("a branding agency", "brand guidelines", "the
 * same brand, fonts and components"), a job title ("Vice President, Brand & Communications"), or a place ("I saw ur
 * prices on the site", "a developer from a freelance website"). Bounded: two short slices.
 */
function incidental(text: string, i: number, k: string): boolean {
  const after = text.slice(i, i + k.length + 40);
  const before = text.slice(Math.max(0, i - 40), i);
  if (/^brand(?:ing)?\s+(?:agency|agencies|studio|team|manager|director|lead|guidelines?|colou?rs?|fonts?|assets|voice|book|values|and\s+communications?)\b|^brand\s+&/i.test(after)) return true;
  if (/\b(?:same|head of|vp,?|president,?|mr\.?|mrs\.?|ms\.?|dr\.?)\s+$/i.test(before)) return true;
  // Work that exists and is being used: "we put the new logo on the van", "a business card with the new logo".
  if (/\b(?:put|printed|used|using|stuck|painted|uploaded|with)\s+(?:the|our|my)\s+new\s+$|\b(?:put|printed|used|using|stuck|painted|uploaded)\s+(?:the|our|my)\s+$/i.test(before)) return true;
  // Where something is, not what they ask for: "on the site", "in the website", "from a freelance website".
  return /^(?:web\s?site|site|homepage|web page|page)s?\b/i.test(after) && /\b(?:on|in|from|at|through|via|off)\s+(?:the|a|an|this|that)\s+(?:\w+\s+)?$/i.test(before);
}

/** The first currency written in these texts, as an ISO code. Bounded: one regular test per text over 4,000 characters. */
function writtenCurrency(texts: string[]): string | undefined {
  for (const t of texts) {
    const m = /€|\bEUR\b|\beuros?\b|£|\bGBP\b|\bpounds?\b|\bquid\b|\$|\bUSD\b|\bdollars?\b|\bSEK\b|\b\d[\d\s.,]*\s?kr\b/i.exec(t.slice(0, 4000));
    if (!m) continue;
    const x = m[0].toLowerCase();
    return /€|eur/.test(x) ? 'EUR' : /£|gbp|pound|quid/.test(x) ? 'GBP' : /kr|sek/.test(x) ? 'SEK' : 'USD';
  }
  return undefined;
}

/** The fixed-price services the client's words name (not "your website"), in the order first named. */
export function namedServices(services: Service[], text: string): Service[] {
  const found: Array<{ s: Service; at: number }> = [];
  for (const s of services) {
    if (s.unit !== 'project') continue;
    // "your website" is ours; "our clunky Wix site", "the old site" is what they have now, not what they ask for.
    // "the site you made for her", "the logo we already have": work that exists, not work they ask for.
    const at = Math.min(...keywordsOf(s).flatMap((k) => hits(text, k).filter((i) => !alreadyHad(text, i) && !incidental(text, i, k) && !/\b(?:your|our|my|his|her|their|current|old|existing|clunky|wix|squarespace)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, i - 25), i)) && !new RegExp(`^${escapeRe(k)}s?\\s+(?:(?:that|which)\\s+)?(?:you|u|we|they|she|he|someone)\\s+(?:already\\s+)?(?:made|built|did|designed|created|set up|have|had|wrote)\\b`, 'i').test(text.slice(i, i + k.length + 40)))));
    if (Number.isFinite(at)) found.push({ s, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.s);
}

/**
 * The profile service the message is about. Mentions in the client's words count double; "your website" (ours, not the
 * job) does not count; a price the client restates that equals a service's price settles it.
 */
export function matchService(services: Service[], texts: string[], restated?: number): Service | undefined {
  let best: { s: Service; score: number } | undefined;
  const everyday = everydayContext(texts);
  for (const s of services) {
    let score = restated !== undefined && Math.abs(s.price - restated) < 0.005 ? 10 : 0;
    // Each keyword counts once per text: many mentions of a common word must not outweigh several specific ones.
    texts.forEach((text, i) => {
      // One word of theirs counts once: "translated" is not three hits for "translation", "translate" and "translating".
      const taken = new Set<number>();
      for (const k of keywordsOf(s, everyday).sort((a, b) => b.length - a.length)) {
        const at = hits(text, k).filter((x) => !taken.has(x) && !(i === 0 && alreadyHad(text, x)) && !/\byour\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, x - 20), x)));
        if (!at.length) continue;
        at.forEach((x) => taken.add(x));
        score += (i === 0 ? 2 : 1) * (1 + Math.min(k.length, 20) / 20);
      }
    });
    if (score > 0 && (!best || score > best.score)) best = { s, score };
  }
  return best?.s ?? (services.length === 1 ? services[0] : undefined);
}

/** The same job again: "another one", "same style", "same as last time". */
const AGAIN = /\b(?:(?:do|make|write|design|build|translate) (?:us |me )?another(?: one)?|another one|a second one|one more (?:like|of) (?:that|this|it|them)|same (?:style|layout|format) (?:as|again)|same again|same as (?:last time|before))\b/i;

/** The client tells us the last job is long done: "since you did our logo", "what you sent us last time". */
const PAST_JOB = /\b(?:(?:it'?s been|it has been) (?:almost |nearly |over |more than )?(?:a|one|two|\d+) (?:year|years|months?) since (?:you|u)|since (?:you|u) (?:did|made|designed|built|wrote|translated) (?:our|my|us)|(?:what|the quote|the prices?) (?:you|u) (?:sent|gave|quoted) (?:us|me) last (?:time|year)|(?:as a |we'?re a |we are a |little |small )?(?:returning|repeat) (?:client|customer)(?: discount| rate)?|(?:pasting|forwarding|attaching) (?:your|the) old (?:email|quote|message))\b/i;

const CLOSED_JOB = /\b(?:final (?:handoff |hand-off )?files\b[^.\n]{0,40}\b(?:are|is) attached|fully paid|paid in full|(?:project|job|work) is (?:now )?(?:fully paid and |complete and )?closed|(?:balance|final payment)(?: of [$€£]?\s?[\d,.]+)? (?:is |has been |was )?received)\b/i;

/** The option a client picks in words: the cheaper or cheapest one, the first, the second. Bounded: two regular tests. */
function pickedOption(text: string, options: number[]): number | undefined {
  const t = text.slice(0, 1500);
  if (/\b(?:the |that )?(?:cheaper|cheapest|smaller|lower|lighter|simpler|basic|less expensive) (?:one|option|version|package|route|plan)\b|\bgo (?:w|with) (?:the )?(?:cheaper|cheapest|smaller)\b/i.test(t)) return Math.min(...options);
  const n = /\b(?:option|version|package|plan|tier|number|no\.?|#)\s*(1|2|3|one|two|three|a|b|c)\b|\b(?:the )?(first|second|third|1st|2nd|3rd) (?:one|option|version|package)\b/i.exec(t);
  if (!n) return undefined;
  const key = (n[1] ?? n[2])!.toLowerCase();
  const i = ({ '1': 0, one: 0, a: 0, first: 0, '1st': 0, '2': 1, two: 1, b: 1, second: 1, '2nd': 1, '3': 2, three: 2, c: 2, third: 2, '3rd': 2 } as Record<string, number>)[key];
  return i !== undefined ? options[i] : undefined;
}

export function readDeal(input: DealInput): Deal {
  const { profile, agreement } = input;
  const ourWords = [...(input.ourEarlier ?? []), ...(input.quote ? ourBlocks(input.quote, input.from, profile) : [])].slice(0, MAX_BLOCKS);
  // A job we closed ("the WordPress project is fully paid and closed") and a different service the client now names
  // ("I assume that's a Shopify job?"): the reply is about the new job, at its own price; the old terms are history.
  const named = namedServices(profile.services, input.text);
  // The job is the one named in a sentence that closes it (a maintenance plan offered after it is not the job).
  const closing = agreement || !ourWords[0] ? [] : ourWords[0].slice(0, 4000).split(/(?<=[.!?])\s+|\n+/).filter((x) => CLOSED_JOB.test(x));
  // …or a job the client tells us is long done ("it's been almost a year since you did our logo … we need a landing
  // page", our old quote quoted below for reference): that job is history too (u20c-01 quoted the old logo again).
  const head = input.text.slice(0, 4000);
  const past = !agreement && !closing.length && ourWords[0] !== undefined && PAST_JOB.test(head);
  const oldJob = closing.length ? matchService(profile.services, [closing.join(' ')]) : past ? matchService(profile.services, [ourWords[0]!.slice(0, 4000)]) : undefined;
  // "can u do another one same style for our winter sale": the same service again, as a new job at its own price.
  const again = oldJob && oldJob.unit === 'project' && AGAIN.test(head);
  // (A past job gives way only to a service they ask for now, not one they mention in passing.)
  const wanted = (x: Service) => !past || keywordsOf(x).some((kw) => new RegExp(`\\b(?:need|needs|want|wants|looking for|would like|'d like)\\s+(?:(?:a|an|the|new|some|our)\\s+)?(?:[\\w-]+\\s+){0,2}${escapeRe(kw)}\\b`, 'i').test(head));
  const newJob = oldJob ? (named.find((x) => x !== oldJob && wanted(x)) ?? (again ? oldJob : undefined)) : undefined;
  const ours = newJob ? [] : ourWords.slice(0, 2).map((w) => termsFromOurWords(w, input.today));
  // The figure that names the service best: the client restating our price, else the price in our own last message
  // ("$1,800 total" is the landing page, whatever "site" and "page" the client's words also match).
  const restatedFigure = input.clientAmounts?.find((a) => a.role === 'our_price')?.value ?? ours.find((t) => t.price)?.price?.amount;
  // "Following up on my email from Friday": with nothing named now and nothing of ours above, the job is the one their
  // own earlier mail in the thread asked for.
  const matched = matchService(profile.services, [input.text, ...ourWords], restatedFigure) ?? (ourWords.length || !input.quote ? undefined : matchService(profile.services, clientBlocks(input.quote, input.from)));
  // "We need a proper website … I want to update the menu myself … do you do the hosting?": the job is the website
  // they name, not the monthly plan their words about updates and hosting also match.
  const asksFor = (x: Service) => keywordsOf(x).some((kw) => new RegExp(`\\b(?:need|want|looking for|would like|'d like)\\b[^.?!\\n]{0,30}\\b${escapeRe(kw)}\\b`, 'i').test(input.text.slice(0, 4000)));
  // …unless what they have is broken and they ask for it to be repaired: hourly work on their site, not a new one.
  const repair = matched?.unit === 'hour' && !ourWords.length && !agreement && BUILT_BY_OTHERS.test(input.text.slice(0, 4000)) && /\b(?:repair\w*|fix\w*|broken|not (?:send|sending|working|loading)|stopped working|doesn'?t (?:send|work|load))\b/i.test(input.text.slice(0, 4000));
  const service = newJob ?? (matched && matched.unit !== 'project' && !repair && named.length && !named.includes(matched) && restatedFigure === undefined && !ourWords.length && !agreement && asksFor(named[0]!) ? named[0] : matched);
  // Without a profile, the currency written in the thread beats a default the freelancer never chose ("EUR 780" in our
  // own quote was said back as "$780").
  const currency = agreement?.price?.currency ?? (profile.services.length === 0 ? writtenCurrency([...ourWords, input.text]) : undefined) ?? profile.currency;
  const deal: Deal = { ourWords, service, named: newJob ? (newJob === oldJob ? [newJob] : named.filter((x) => x !== oldJob && wanted(x))) : named, ...(newJob && oldJob ? { closed: oldJob } : {}) };

  const threadPrice = ours.find((t) => t.price)?.price;
  const threadRate = ours.find((t) => t.rate)?.rate;
  const restated = input.clientAmounts?.find((a) => a.role === 'our_price');
  if (agreement?.price) {
    const unit: PriceUnit = agreement.price.model === 'hourly' ? 'hour' : 'project';
    deal.price = { amount: agreement.price.amount, currency: agreement.price.currency, unit, source: 'agreement' };
  } else if (threadPrice) {
    // "ok lets go w the cheaper one": of the options we offered, the one they picked.
    const options = ours.find((t) => t.options)?.options;
    const picked = options && threadPrice.unit === 'project' ? pickedOption(input.text, options) : undefined;
    deal.price = { amount: picked ?? threadPrice.amount, currency: threadPrice.currency ?? currency, unit: threadPrice.unit, source: 'thread' };
  } else if (restated && restated.value > 0) {
    // "your $2,750": the client restating our figure is better than a list price that may not be what we quoted.
    const perUnit = service && service.unit !== 'project' && Math.abs(restated.value - service.price) < 0.005;
    deal.price = { amount: restated.value, currency: restated.currency ?? currency, unit: perUnit ? service.unit : 'project', source: 'client' };
  } else if (service) {
    deal.price = { amount: service.price, currency: profile.currency, unit: service.unit, source: 'profile' };
  }
  // A rate beside a fixed price is for extras, unless the price is that rate times a count.
  const rateIsPrice = threadRate && (!deal.price || deal.price.unit !== 'project' || (threadRate.count !== undefined && Math.abs(threadRate.amount * threadRate.count - deal.price.amount) < 1));
  if (threadRate && rateIsPrice) deal.rate = { amount: threadRate.amount, currency: threadRate.currency ?? currency, unit: threadRate.unit, count: threadRate.count };
  else if (threadRate) deal.extraRate = { amount: threadRate.amount, currency: threadRate.currency ?? currency, unit: threadRate.unit };
  if (deal.rate) {
    // already set from our words
  } else if (deal.price && deal.price.unit !== 'project') deal.rate = { amount: deal.price.amount, currency: deal.price.currency, unit: deal.price.unit };

  const threadDeposit = ours.find((t) => t.deposit !== undefined)?.deposit;
  if (agreement?.depositPercent !== undefined) deal.deposit = { percent: agreement.depositPercent, source: 'agreement' };
  else if (threadDeposit !== undefined) deal.deposit = { percent: threadDeposit, source: 'thread' };
  else if (profile.depositPercent !== undefined) deal.deposit = { percent: profile.depositPercent, source: 'profile' };

  const threadRounds = ours.find((t) => t.rounds !== undefined)?.rounds;
  if (agreement?.revisionRounds !== undefined) deal.rounds = { n: agreement.revisionRounds, source: 'agreement' };
  else if (threadRounds !== undefined) deal.rounds = { n: threadRounds, source: 'thread' };
  else if (profile.revisionRounds !== undefined) deal.rounds = { n: profile.revisionRounds, source: 'profile' };

  const agreed = agreement?.deadlines?.[0];
  const threadDate = ours.find((t) => t.date)?.date;
  if (agreed) deal.date = { iso: agreed.date, text: agreed.date, source: 'agreement' };
  else if (threadDate) deal.date = { ...threadDate, source: 'thread' };
  return deal;
}
