// Runs everywhere (Node, side panel, trainer): the features the learned move model reads in one sentence — chosen to survive rewording: lemmas and tags, negation, question form, figures and their roles, person, tone, character n-grams.
import type { Parsed } from '../nlp';
import { findShift, roleAmounts, roleDates, rolePercentages } from '../understand/roles';
import { FIGURE } from './rule';
import type { Sentence } from './segment';

interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string;
  root?: string;
  tags: Set<string>;
}

/** A term with its offset in the parsed text. */
export interface PlacedTerm {
  start: number;
  term: Term;
}

/** Every term of the parse with its offset: compromise keeps all whitespace in pre/post, so offsets are running sums. */
export function placedTerms(parsed: Parsed): PlacedTerm[] {
  parsed.doc.compute('root');
  const out: PlacedTerm[] = [];
  let at = 0;
  for (const terms of parsed.doc.docs as unknown as Term[][]) {
    for (const term of terms) {
      at += term.pre.length;
      out.push({ start: at, term });
      at += term.text.length + term.post.length;
    }
  }
  // A parse that does not rebuild its text (never seen, but compromise does not promise it) gets no term features.
  return at === parsed.text.length ? out : [];
}

const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nothing', 'none', 'nor', 'neither', "n't", 'cannot', 'nobody', 'nowhere']);
const CLAUSE_END = /[,.;:!?\u2014\u2013]/;
/** How many words after a negator read as negated ("can't pay upfront" -> not_pay, not_upfront). */
const NEGATION_SCOPE = 3;
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const FIRST_PERSON = new Set(['we', 'our', 'us', 'ours', 'i', 'my', 'me', 'mine']);
/** Words that mark a line as rude, whatever the move. */
const PROFANITY = /\b(f+u+c*k+\w*|f\*+\w*|sh[i!1]t\w*|crap\w*|damn\w*|bloody|hell|wtf|ffs|bs|bullshit|piss\w*|screw(ed)? (up|you|this|that)|arse|ass|joke|rubbish|garbage|useless|pathetic|ridiculous|insane|absurd|scam\w*|rip-?off|robbery)\b/;
/** Irony markers: praise for a fault, mock surprise, internet laughter. */
const SARCASM = /\b(lol|lmao|rofl|haha+|ha\.|cute|wow|bold choice|oh (great|wonderful|brilliant|lovely|perfect|good|sure|right)|love (that|how)|thanks a lot|thanks for nothing|yeah right|sure thing|nice one|great job|well done|genius|apparently|must be nice|didn'?t realise i was|gold-?plated|picasso|shakespeare|silly me|i guess|(certainly|quite|that's|what) a choice|amazing value|great value|exactly (zero|nothing|none)|it'?s not like|twice as long|how (lovely|nice|wonderful|generous)|(sure|fine|right|great)\. (right|sure|great)|right\.$)\b|[\u{1F643}\u{1F644}\u{1F612}\u{1F611}\u{1F928}]|!{2,}|\?{2,}|\?!|!\?/u;
/**
 * Small lexicons of how clients say things, whatever the words around them; each is one feature the model weighs.
 * Negative verdicts on the work, reproach over time, waving a risk away, insisting, threats, praise.
 */
const CUES: Array<[string, RegExp]> = [
  ['#neg_eval', /\b(hate[sd]?|hated it|mess|messy|wrong|blurry|pixelated|squashed|stretched|broken|ugly|boring|generic|bland|robotic|robot|clip ?art|template|amateur\w*|sloppy|lazy|awful|terrible|rubbish|garbage|crap|disaster|joke|mistakes?|typos?|errors?|nothing like|not what (i|we)|not us|isn'?t (landing|working|right)|doesn'?t (feel|look|work|read)|gutted|disappoint\w*|unhappy|not happy|not impressed|not satisf\w*|dated|old-?fashioned|drags|dragging|tacky|cheesy|flat about|like a (robot|machine)|sounds? like (a )?machine|let down|waste|laughed|cringe\w*|embarrass\w*|useless|worse|worst|fell flat|missed the mark|off-brand|confus\w*|lost|slow|down again)\b/],
  ['#time_reproach', /\b(still|again|finally|yet|already|so long|ages|forever|(\d+|two|three|four|five|six|nine|ten) (days|weeks) (late|ago|later|now)|you said (monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|last week)|where is it|where are we|how long|only took|chasing|waiting)\b/],
  ['#dismiss_risk', /\b((nobody|no one|no-one|noone)('s| is| will|'ll| is going to| ever)? (notice|check|checks|know|care|cares|compare|read|reads|see|sue|sues|gets sued|mind)|won'?t (notice|know|check|care|mind)|trust me|doesn'?t matter|who cares|everyone does it|no licen[cs]e needed|not paying for (a|the) licen[cs]e|without (permission|asking)|don'?t need (to )?ask|close enough|(google|they) won'?t know)\b/],
  ['#insist', /\b(just do it|i don'?t care|i decide|i'?m the client|full stop|period\.|no arguing|no argument|not up for (debate|discussion)|end of (story|discussion)|do as i say|whether you like it|stop telling me|(don'?t|do not) need your opinion|take it or leave it|non-?negotiable|i insist|final answer)\b/],
  ['#threat', /\b(refund|money back|deposit back|solicitor|lawyer|legal action|review|reviews|tell (everyone|people|every)|report you|last time|never again|chargeback|dispute)\b/],
  ['#praise', /\b(love[sd]?|great|perfect|excellent|amazing|brilliant|fantastic|wonderful|lovely|beautiful|spot on|nailed it|well done|thrilled|delighted)\b/],
  ['#third_party', /\b(competitor\w*|rival\w*|their (site|website|logo|layout|photos|pics|text|copy|music|song|design)|from (the|their|a|an|another) [\w-]+( [\w-]+)? (website|site|instagram|catalogue|catalog|page|ad|report)|off (google|the (web|internet))|google images|[a-z]+'s (site|website|homepage|logo|report|layout|ad))\b/],
  // Word classes that say the same thing in many words, so a new writer's synonym still counts.
  ['#money_word', /\b(price[sd]?|pricing|cost|costs|costing|rate|rates|quote[sd]?|fee|fees|budget\w*|charg\w*|money|pay|paying|spend|afford\w*|cheap\w*|expensive|pricey|steep|quid|bucks|grand|invoice\w*|deposit|upfront|up front|advance|cash|number|figure|what'?s the damage|set (me|us) back|run (me|us)|usually run|ballpark|dosh|dough)\b/],
  ['#refuse', /\b(no way|nope|nah|not (gonna|going to) (work|happen|fly)|(can'?t|cannot|won'?t|unable to|not able to|not in a position to) (do|stretch|go|justify|swing|manage|afford|pay|accept|agree|make)|(have|had) to pass|pass on (this|that|it)|out of (our|my) (league|range|reach|budget|price range)|over (our|my|the) budget|too much|miles off|way off|not in the cards|not happening|not for us)\b/],
  ['#defect', /\b(wrong|missing|missed|broken|blurry|grainy|dark|out of (focus|sync|date)|misspel\w*|spelt wrong|spelled wrong|typos?|errors?|mistakes?|doesn'?t (work|load|open|match)|don'?t (work|load|match)|can'?t (click|read|see|open)|isn'?t there|aren'?t there|cut off|squashed|stretched|pixelated|crooked|upside down|the same as the (draft|last|first))\b/],
  ['#copy_other', /\b(copy|copied|rip|lift|steal|borrow|clone|replicate|mimic|same as|exactly like|just like|look like|looks like|like the \w+ (one|site|logo|website)|word for word|verbatim|from (their|the|another|a) [\w-]+( [\w-]+)? (site|website|page|catalogue|instagram))\b/],
  ['#deceive', /\b(make up|made up|fake|pretend|invent|haven'?t (won|got|had)|not (certified|true|real|accurate|actually)|we weren'?t|nobody (will|would|'ll)? ?(know|check|notice|read)|people won'?t (read|notice|check)|won'?t (notice|know|check)|so people don'?t|without (permission|a licen[cs]e|asking)|sounds better|looks better than)\b/],
  ['#free_word', /\b(free|for nothing|unpaid|no pay|not paid|without pay\w*|on spec|spec work|trial|sample|test (piece|project|task|article)|exposure|portfolio|equity|shares|profit share|revenue share)\b/],
  ['#self_fix', /\b(i'?ll|we'?ll|i will|we will|had to|have to) (just )?(rewrite|fix|redo|do|correct|sort) (it|this|that|them|everything|half of it)( \w+)? (myself|ourselves|in-house)\b/],
];

const DATE_WORD = /\b(today|tonight|tomorrow|yesterday|(mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|weekend|morning|afternoon|evening|eod|eow|asap|(next|this|last) (week|month|quarter|year)|end of (the )?(day|week|month)|jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|\d{1,2}(st|nd|rd|th)|\d{1,2}[./]\d{1,2})\b/;
const PERCENT = /\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b)/g;
const IMPERATIVE_START = /^(please |pls |just |now |so |ok |okay |and |also |then )*(send|make|do|fix|change|use|put|add|remove|take|give|get|drop|cut|copy|write|redo|update|sign|stop|call|keep|let|tell|finish|start|move|lower|knock|bring|delete|swap|replace|include|forget|ignore|skip|grab|pull|match|show|check|try|go|leave|come|email|text|ping|transfer|pay|invoice|quote|throw|stick|reword|rephrase|translate|design|edit)\b/;

/** The word a feature is built from: roots generalise over inflection; numbers and names collapse to their class. */
function baseForm(term: Term): string {
  const tags = term.tags;
  if (tags.has('Money')) return '#money';
  if (tags.has('Percent')) return '#percent';
  if (tags.has('Value')) return '#value';
  if (tags.has('Person') || tags.has('Place') || tags.has('Organization')) return '#name';
  return (term.root || term.machine || term.normal || '').toLowerCase();
}

function isNegator(term: Term, base: string): boolean {
  return term.tags.has('Negative') || NEGATORS.has(base) || /n't$/.test(term.normal);
}

/** Lower-case letters of the line's words, for the character n-grams that still match a misspelt word. */
const WORD = /[a-z]{3,}/g;
const CHAR_N = 4;

function charGrams(lower: string, into: Set<string>): void {
  for (const m of lower.matchAll(WORD)) {
    const w = `<${m[0]}>`;
    if (w.length <= CHAR_N) {
      into.add(`c:${w}`);
      continue;
    }
    for (let i = 0; i + CHAR_N <= w.length; i++) into.add(`c:${w.slice(i, i + CHAR_N)}`);
  }
}

/** Whose each figure in the line is (our price, the client's offer, a competitor's), and what each percentage and date is for. */
function roleCues(s: Sentence, cues: Set<string>, question: boolean): void {
  const text = s.lower;
  const amounts: Array<{ text: string; value: number; currency: null; index: number }> = [];
  const figure = new RegExp(FIGURE.source, 'g');
  for (const m of text.matchAll(figure)) {
    const value = Number(m[0].replace(/[^\d.]/g, ''));
    if (!Number.isFinite(value) || value < 10) continue;
    amounts.push({ text: m[0], value, currency: null, index: m.index });
  }
  for (const a of roleAmounts(text, amounts)) {
    cues.add(`#fig_${a.role}`);
    if (question) cues.add(`#q_fig_${a.role}`);
  }
  if (amounts.length) {
    cues.add('#figure');
    if (question) cues.add('#q_figure');
  }
  const percents = [...text.matchAll(PERCENT)].map((m) => ({ text: m[0], value: Number.parseFloat(m[0]), index: m.index }));
  for (const p of rolePercentages(text, percents)) cues.add(`#pct_${p.role}${p.role === 'deposit' ? `_${p.owner}` : ''}`);
  const date = DATE_WORD.exec(text);
  if (date) {
    const deadline = /\b(by|before|until|till|no later than|latest)\s+(the\s+)?$/.test(text.slice(Math.max(0, date.index - 20), date.index));
    const [roled] = roleDates(text, [{ text: date[0], iso: '9999-12-31', deadline, index: date.index }], '0000-01-01');
    cues.add(`#date_${roled?.role ?? 'other'}`);
    if (question) cues.add('#q_date');
  }
  const shift = findShift(text);
  if (shift) cues.add(shift.days < 0 ? '#shift_earlier' : '#shift_later');
}

/**
 * Cues whose meeting in one sentence says more than either alone: a figure in a sarcastic line is a price objection,
 * a negative verdict with "you" is a complaint, an imperative with a third party's work is a wrong direction. A linear
 * model cannot form these ANDs itself, and they survive rewording better than word pairs (few, fixed, writer-free).
 */
const PAIRABLE = ['#question', '#neg', '#you', '#we', '#imperative_start', '#rude', '#sarcasm', '#shout', '#exclaim', '#short', '#figure', '#fig_our_price', '#fig_client_offer', '#fig_competitor', '#neg_eval', '#time_reproach', '#dismiss_risk', '#insist', '#threat', '#praise', '#third_party', '#self_fix', '#modal', '#pasttense', '#comparable', '#date_other', '#money_word', '#refuse', '#defect', '#copy_other', '#deceive', '#free_word'];

function conjunctions(cues: Set<string>, into: Set<string>): void {
  const present = PAIRABLE.filter((c) => cues.has(c));
  for (let i = 0; i < present.length; i++) for (let j = i + 1; j < present.length; j++) into.add(`${present[i]}&${present[j]}`);
}

export interface FeatureOptions {
  charGrams: boolean;
}

/** Tone cues that colour every sentence of a message: a "fix it" in a sarcastic or rude message is a complaint too. */
const CONTEXT_CUES = new Set(['#rude', '#sarcasm', '#shout', '#neg_eval', '#refuse', '#defect', '#time_reproach', '#dismiss_risk', '#insist', '#threat', '#third_party', '#fig_our_price', '#fig_client_offer', '#fig_competitor']);

/** Each sentence's features plus `ctx:` copies of the tone cues found anywhere in the message. */
export function withContext(sentences: string[][]): string[][] {
  const ctx = new Set<string>();
  for (const s of sentences) for (const f of s) if (CONTEXT_CUES.has(f)) ctx.add(`ctx:${f}`);
  if (!ctx.size) return sentences;
  const extra = [...ctx];
  return sentences.map((s) => [...s, ...extra]);
}

/**
 * Features of one sentence: negation-marked lemmas and their bigrams, compromise tags, question form,
 * figures and dates (and whether they sit in a question), person, imperative, profanity and sarcasm, shouting in
 * the original, figure roles, and character 4-grams.
 */
export function sentenceFeatures(s: Sentence, terms: PlacedTerm[], shouted: boolean, opts: FeatureOptions = { charGrams: true }): string[] {
  const words: string[] = [];
  const cues = new Set<string>();
  let negated = 0;
  const end = s.start + s.text.length;
  const question = s.isQuestion;
  for (const { start, term } of terms) {
    if (start < s.start || start >= end) continue;
    const base = baseForm(term);
    if (isNegator(term, base)) {
      negated = NEGATION_SCOPE;
      cues.add('#neg');
    } else if (base) {
      words.push(negated > 0 ? `not_${base}` : base);
      if (negated > 0) negated--;
      if (SECOND_PERSON.has(base)) cues.add('#you');
      if (FIRST_PERSON.has(base)) cues.add('#we');
    }
    if (CLAUSE_END.test(term.post)) negated = 0;
    for (const tag of ['Money', 'Value', 'Imperative', 'Comparable', 'Superlative', 'Modal', 'PastTense', 'Date']) if (term.tags.has(tag)) cues.add(`#${tag.toLowerCase()}`);
  }
  const lower = s.lower;
  if (question) {
    cues.add('#question');
    if (cues.has('#you')) cues.add('#q_you');
    if (cues.has('#money') || cues.has('#value')) cues.add('#q_money');
  }
  if (lower.includes('!')) cues.add('#exclaim');
  if (IMPERATIVE_START.test(lower)) cues.add('#imperative_start');
  if (PROFANITY.test(lower)) cues.add('#rude');
  if (SARCASM.test(lower)) cues.add('#sarcasm');
  if (shouted) cues.add('#shout');
  for (const [name, re] of CUES) if (re.test(lower)) cues.add(name);
  if (lower.length < 40) cues.add('#short');
  roleCues(s, cues, question);
  const features = new Set<string>(words);
  for (let i = 0; i + 1 < words.length; i++) features.add(`${words[i]} ${words[i + 1]}`);
  for (const cue of cues) features.add(cue);
  conjunctions(cues, features);
  if (opts.charGrams) charGrams(lower, features);
  return [...features];
}

/** A word with one letter dropped, for every position: two words one typo apart share one of these. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const FUZZY_WORD = /^[a-z]{5,}$/;

/**
 * Typos the model never saw, read as the word it knows ("finsh" → finish, "expensiv" → expensive, "cheeper" → cheaper):
 * a word missing from the vocabulary is looked up by its single-letter deletions against the deletions of the known
 * words (one edit apart, transpositions included). Only words of five letters or more, only unknown ones.
 */
export class TypoVocabulary {
  private readonly byDeletion = new Map<string, string>();

  constructor(known: Iterable<string>) {
    const words = [...known].filter((f) => FUZZY_WORD.test(f)).sort();
    this.known = new Set(words);
    for (const w of words) this.byDeletion.set(w, w);
    for (const w of words) for (const d of deletions(w)) if (!this.byDeletion.has(d)) this.byDeletion.set(d, w);
  }

  private readonly known: Set<string>;

  /** The known feature for an unknown single-word feature (negation kept), or null. */
  resolve(feature: string): string | null {
    const negated = feature.startsWith('not_');
    const word = negated ? feature.slice(4) : feature;
    if (!FUZZY_WORD.test(word) || this.known.has(word)) return null;
    const hit = this.byDeletion.get(word) ?? deletions(word).map((d) => this.byDeletion.get(d)).find((w) => w !== undefined);
    return hit ? `${negated ? 'not_' : ''}${hit}` : null;
  }
}
