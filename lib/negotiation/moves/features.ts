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
const SARCASM = /\b(lol|lmao|rofl|haha+|ha\.|cute|wow|bold choice|oh (great|wonderful|brilliant|lovely|perfect|good)|love (that|how)|thanks a lot|yeah right|sure thing|nice one|great job|well done|genius|apparently|must be nice|didn'?t realise i was|gold-?plated|picasso|shakespeare|silly me|i guess)\b|!{2,}|\?{2,}|\?!|!\?/;
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

export interface FeatureOptions {
  charGrams: boolean;
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
  if (lower.length < 40) cues.add('#short');
  roleCues(s, cues, question);
  const features = new Set<string>(words);
  for (let i = 0; i + 1 < words.length; i++) features.add(`${words[i]} ${words[i + 1]}`);
  for (const cue of cues) features.add(cue);
  if (opts.charGrams) charGrams(lower, features);
  return [...features];
}
