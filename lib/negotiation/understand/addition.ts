// Runs everywhere (Node, side panel): more of the same countable work asked for on a job in hand ("a fourth article", "another 3.500 words", "could you add those three?"), with its count and unit, so the reply can price it from the profile instead of promising a quote.
import type { Service } from '../schemas';
import { sentenceAround } from './clause';
import { COUNT_WORDS } from './roles';

export interface Addition {
  /** The words that ask for it, an exact slice of the text. */
  evidence: string;
  index: number;
  /** How many units are added. */
  n: number;
  /** The unit as the client named it, singular ("article", "word", "page"). */
  noun: string;
}

/** Each text is read up to this many characters: the ask of a long mail is near its top. */
const MAX = 6000;

const ORDINAL = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th)';
const NOUNS = 'words?|pages?|articles?|blog ?posts?|posts?|blogs?|pieces?|documents?|certificates?|newsletters?|sections?|screens?';
const NUMBER = String.raw`\d{1,3}(?:[.,\s]\d{3})+|\d+(?:\.\d+)?k|\d+`;

/** "another 3.500 words", "an extra 2,000 words", "1,200 more words", "two more articles". */
const COUNTED = new RegExp(String.raw`\b(?:(?:another|an? (?:additional|extra|further)|additional|extra|further)\s+(${NUMBER}|one|two|three|four|five|six|seven|eight|nine|ten|a couple of)\s+(${NOUNS})|(${NUMBER}|one|two|three|four|five|six|seven|eight|nine|ten|a couple of)\s+(?:more|extra|additional|further)\s+(${NOUNS}))\b`, 'i');
/** "a fourth article to this month's batch", "add a seventh page", "one more article". */
const ONE_MORE = new RegExp(String.raw`\b(?:(?:an?|the) (?:${ORDINAL})|one more|another|an? (?:extra|additional|new))\s+(article|blog ?post|post|blog|page|piece|document|certificate|newsletter|section|screen)\b`, 'i');
/** "Could you add those three to what you're writing?": the unit is named before. */
const ADD_THOSE = /\b(?:add|include|fit in|squeeze in|take on)\s+(?:those|these|the|all|all of those|all of these)\s+(two|three|four|five|six|\d)\b(?!\s*(?:days?|weeks?|hours?|%|percent))/i;
/** "Could we add a page for it?", "we need also one page for Weddings and one page for FAQ": each named piece counts. */
const ADD_ONE = /\b(?:add|include|need|needs|want|write|do|design|build|translate)\s+(?:also\s+)?(?:a|one|an)\s+(?:new\s+|extra\s+|separate\s+|short\s+|small\s+)?(page|article|blog ?post|post|section|screen|newsletter)\b/i;
const EACH_ONE = /\b(?:a|one|an)\s+(?:new\s+|extra\s+|separate\s+|short\s+|small\s+)?(?:page|article|blog ?post|post|section|screen|newsletter)\s+(?:for|about|on)\b/gi;

/** A plan or a maybe, not an ask: "if we ever need another 2,000 words", "next year we may want two more articles". */
const NOT_NOW = /\b(?:if|in case|whether|might|may|could ever|ever|in the future|next (?:year|quarter)|down the (?:line|road)|at some point|later on|one day)\b/i;
/** Asked or told: the addition is something they want from us now. */
const WANTED = /\?|\b(?:could|can|would|will) (?:you|u|we)\b|\b(?:please|pls|need|needs|want|like|add|forgot|attached|also|include)\b/i;

function count(word: string): number {
  const w = word.toLowerCase().trim();
  if (w in COUNT_WORDS) return COUNT_WORDS[w]!;
  if (/k$/.test(w)) return Math.round(Number(w.slice(0, -1)) * 1000);
  // "3.500" and "3,500" and "3 500" are thousands; "1.5" is not a count of words.
  if (/^\d{1,3}(?:[.,\s]\d{3})+$/.test(w)) return Number(w.replace(/[.,\s]/g, ''));
  return Number(w);
}

function singular(noun: string): string {
  const n = noun.toLowerCase().replace(/\s+/g, ' ');
  if (/^blog ?posts?$/.test(n)) return 'blog post';
  return n.replace(/s$/, '');
}

/**
 * The countable work the client adds, or undefined. Bounded: a few regular tests over at most MAX characters.
 * The caller decides whether there is a job in hand for it to be added to.
 */
export function readAddition(raw: string): Addition | undefined {
  const text = raw.slice(0, MAX);
  const found: Addition[] = [];
  const c = COUNTED.exec(text);
  if (c) found.push({ evidence: c[0], index: c.index, n: count(c[1] ?? c[3]!), noun: singular(c[2] ?? c[4]!) });
  const o = ONE_MORE.exec(text);
  if (o) found.push({ evidence: o[0], index: o.index, n: 1, noun: singular(o[1]!) });
  const one = ADD_ONE.exec(text);
  // "one page for each atelier — Nantes, Rennes and Vannes": how many is in a list this reader does not count.
  if (one && !/^\s*(?:for|per)\s+(?:each|every)\b/i.test(text.slice(one.index + one[0].length, one.index + one[0].length + 20))) {
    const sentence = sentenceAround(text, one.index);
    const each = sentence.match(EACH_ONE)?.length ?? 0;
    found.push({ evidence: one[0], index: one.index, n: Math.max(1, Math.min(each, 10)), noun: singular(one[1]!) });
  }
  const t = ADD_THOSE.exec(text);
  if (t) {
    // The unit is the last countable noun said before ("a Pricing page, an FAQ, and a 'For enterprises' page").
    const before = [...text.slice(Math.max(0, t.index - 400), t.index).matchAll(new RegExp(String.raw`\b(${NOUNS})\b`, 'gi'))].pop();
    if (before) found.push({ evidence: t[0], index: t.index, n: count(t[1]!), noun: singular(before[1]!) });
  }
  for (const a of found.sort((x, y) => x.index - y.index)) {
    const sentence = sentenceAround(text, a.index);
    const head = sentence.slice(0, Math.max(0, sentence.indexOf(a.evidence)));
    if (!Number.isFinite(a.n) || a.n < 1 || a.n > 200_000) continue;
    if (NOT_NOW.test(head) || !WANTED.test(sentence)) continue;
    return a;
  }
  return undefined;
}

/** What one added unit costs, and where the figure comes from. */
export interface AddedPrice {
  /** The price of one unit. */
  each: number;
  /** The service sold by that unit ("€0.12 per word", "€280 per article"), with its usual turnaround. */
  service?: Service;
  /** Or: a line item of a job priced by the project that names its pages ("Copy for six pages", €1,300, six pages). */
  line?: { name: string; price: number; pages: number };
}

const PAGE_COUNT = /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?pages?\b/i;

/**
 * The price of one added unit from what the freelancer sells: a service by that unit, or, for more pages of a job
 * priced by the project, the line item that names its pages (pro rata). No such figure: undefined (a page's share of
 * setup and research is not guessed). `job` is the service of the job in hand, looked at first.
 */
export function addedPrice(a: Addition, services: readonly Service[], job: Service | undefined, text: string): AddedPrice | undefined {
  const service = a.noun === 'word'
    ? services.find((s) => s.unit === 'word' && /proofread/i.test(`${s.name} ${s.keywords.join(' ')}`) === /\bproofread/i.test(text.slice(0, MAX))) ?? services.find((s) => s.unit === 'word')
    : services.find((s) => (s.unit === 'item' || s.unit === 'page') && new RegExp(`\\b${a.noun.replace(/\s+/g, '\\s*')}s?\\b`, 'i').test(`${s.name} ${s.keywords.join(' ')}`));
  if (service) return { each: service.price, service };
  if (!/^(?:page|section|screen)$/.test(a.noun)) return undefined;
  for (const s of job ? [job, ...services] : services) {
    for (const li of s.lineItems) {
      const m = PAGE_COUNT.exec(li.name);
      const pages = m ? Number(m[1]) || COUNT_WORDS[m[1]!.toLowerCase()] || 0 : 0;
      if (pages > 0 && li.price !== undefined) return { each: li.price / pages, line: { name: li.name, price: li.price, pages } };
    }
  }
  return undefined;
}
