// Runs everywhere (Node, side panel): the small vocabulary move detectors are written in (patterns, negation, money).
import type { MoveId } from '../playbook';
import type { Sentence } from './segment';

/** A span inside one sentence that triggered a move. */
export interface Hit {
  from: number;
  to: number;
  confidence: number;
}

/** What every detector may consult about the whole message (moves depend on neighbouring sentences). */
export interface MessageContext {
  sentences: Sentence[];
  /** All sentences joined (normalised), for message-level cues. */
  lower: string;
}

export type Detector = (sentence: Sentence, ctx: MessageContext) => Hit | null;
export interface MoveDetector {
  id: MoveId;
  detect: Detector;
}

/** Negators, including contractions compromise does not tag as #Negative. */
export const NEGATION =
  /\b(not|no|never|none|nobody|nothing|without|neither|nor|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|shouldn't|wouldn't|couldn't|needn't|haven't|hasn't|hadn't|dont|cant|wont|no need)\b/;

/** True when a negator sits in the few words before `at` (same clause): "we don't need an NDA". */
export function negatedBefore(lower: string, at: number, words = 4): boolean {
  const before = lower.slice(0, at).split(/[,.;:!?\u2014\u2013]| but /).pop() ?? '';
  const tail = before.trim().split(/\s+/).slice(-words).join(' ');
  return NEGATION.test(tail);
}

interface FindOptions {
  /** Ignore matches preceded by a negator ("no rush", "don't need an NDA"). */
  unlessNegated?: boolean;
  confidence: number;
}

/**
 * Global twins of the detectors' patterns, compiled once. Keyed by flags and source because a regex
 * literal inside a detector is a fresh object on every call.
 */
const GLOBAL = new Map<string, RegExp>();
function globalOf(re: RegExp): RegExp {
  const key = `${re.flags}/${re.source}`;
  let g = GLOBAL.get(key);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL.set(key, g);
  }
  return g;
}

/** First match of any pattern, as a hit; patterns are tried in order so stronger cues go first. */
export function find(sentence: Sentence, patterns: RegExp | RegExp[], opts: FindOptions): Hit | null {
  const lower = sentence.lower;
  for (const re of Array.isArray(patterns) ? patterns : [patterns]) {
    // Most patterns never match, and most first matches stand: one plain exec decides both cheaply.
    if (!re.global && !re.sticky) {
      const first = re.exec(lower);
      if (!first) continue;
      if (!opts.unlessNegated || !negatedBefore(lower, first.index)) return { from: first.index, to: first.index + first[0].length, confidence: opts.confidence };
    }
    const g = globalOf(re);
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(lower)) !== null) {
      const at = m.index;
      // Mirror matchAll: an empty match must not stall the scan.
      if (m[0].length === 0) g.lastIndex = advance(lower, g);
      if (opts.unlessNegated && negatedBefore(lower, at)) continue;
      g.lastIndex = 0;
      return { from: at, to: at + m[0].length, confidence: opts.confidence };
    }
  }
  return null;
}

/** Next index after an empty match, by code point when the pattern is unicode-aware (as matchAll does). */
function advance(text: string, re: RegExp): number {
  const i = re.lastIndex;
  if ((re.unicode || re.unicodeSets) && i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return i + 2;
  }
  return i + 1;
}

/**
 * A statement of something already done ("we signed the NDA", "the deposit arrived", "the transfer went
 * through"): it reports a settled fact, so it carries no request, whatever its vocabulary.
 */
const SETTLED = /\b(signed|countersigned|filed|returned|paid|arrived|received|went through|cleared|transferred|came through|landed|settled|sorted|approved|sent (it|them|over|back))\b/;
// A standing rule ("invoices are paid within 30 days", "we always pay after sign-off") is a term, not a settled fact.
const STILL_ASKING = /\?|'ll\b|'d\b|\b(please|could|can|would|will|shall|once|after|until|when|only|within|always|usually|normally|generally|typically|every|each|need|needs|want|wants|require\w*|must|have to|should|instead|but|yet|still|unless|only if|if you)\b|\b(not|never|no|don't|won't|can't|cannot)\b/;
/** An agreement already in place, said with "still": "the NDA from last year still covers this, nothing new to sign". */
const IN_PLACE = /\b(nda|non-?disclosure|confidentiality)\b[^.?!]{0,40}\b(still (covers?|applies|valid|in (place|force))|on file|remains? (valid|in (place|force))|already (signed|in place|covers?))\b|\bnothing (new )?to sign\b/;
export function settledFact(sentence: Pick<Sentence, 'lower'>): boolean {
  return (SETTLED.test(sentence.lower) && !STILL_ASKING.test(sentence.lower)) || (IN_PLACE.test(sentence.lower) && !sentence.lower.includes('?'));
}

/**
 * The client's own business talk ("our customers get a 10% discount code", "free shipping on orders over 50"):
 * money said about their customers or another supplier's bill, not to the freelancer.
 */
const OWN_BUSINESS = /\b(our|my|their) (customers?|clients?|users|shoppers|buyers|members|subscribers|guests|patients|readers|visitors|audience)\b|\b(everything|all|it's|items?|products?|tickets?|stock) (is |are )?(up to )?\d+ ?(%|percent) off\b|\b(our|the|their) (\w+ )?sale (starts|ends|is on|runs|begins|launches|went|goes)\b|\b(got|had|received|were given|negotiated) a (\w+ )?discount (from|with|at|on)\b|\b(discount|promo|coupon|voucher|referral) codes?\b|\bcoupons?\b|\b(on|for) orders (over|above|of)\b|\bfree (shipping|delivery|returns)\b|\b(discount|sale|promo\w*) (campaign|event|week|weekend|day|season|period|banners?|emails?)\b|\b(black friday|cyber monday|christmas|holiday|summer|winter|spring|seasonal|anniversary|clearance|early[- ]bird|opening|launch|members'?|staff) (sale|discount|promo\w*|campaign|offer)s?\b/;
/**
 * Another supplier's bill, told as news: "our caterer just quoted us 40 quid a head, nearly choked", "the printers charged
 * us 700 for the banners", "the venue hire has been confirmed at EUR 12,400", "we bought a camera, the price was 3000".
 */
const THIRD_PARTY_BILL =
  /\b(caterers?|catering|printers?|print shop|printing company|photographer|videographer|venue( hire)?|seller|supplier|plumber|builders?|electrician|mechanic|garage|landlord|accountant|lawyer|solicitor|florist|dj|band|hotel( \w+)?|airline|courier|vet|dentist|hairdresser)\b[^.?!]{0,40}\b(quoted|charged|charges|charging|wanted|asked( for)?|cost|costs|billed|invoiced|came (in )?at|(has been|was|is) confirmed)\b|\b(we|i)( have|'ve)? (just )?(bought|purchased|paid for|ordered)\b[^.?!]{0,60}\b(price|cost|paid|euros?|dollars?|pounds?|quid|bucks|\d)/;
const TO_FREELANCER = /\b(you|your|u|ur)\b/;
/**
 * "you" in a thanks, in "the rebrand with you", or in an offer of the client's own goods ("if you fancy a look", "thought
 * you'd want to know", "a code for you") names the freelancer without turning the money talk on them.
 */
const YOU_IN_PASSING = /\b(thank you|with you|if you( or [\w ]{1,20}?)? (ever )?(fancy|want to (grab|have|pop|come|take|get|know)|need anything|are (ever )?(after|interested|passing|around))|thought you('d| would| might) (want|like|be interested|find)|(codes?|vouchers?|coupons?|something|a little something) for you|you (fancy|feel like) a|nothing for you to do|(since|as|because) you (mentioned|said|told me)( that)?( your [\w-]+)?|you (built|made|designed|did|wrote|sent|delivered|shot))\b/g;
export function ownBusiness(sentence: Pick<Sentence, 'lower'>): boolean {
  const l = sentence.lower;
  if (OWN_BUSINESS.test(l) && !TO_FREELANCER.test(l.replace(YOU_IN_PASSING, ''))) return true;
  // Another supplier's bill, with praise for us after a "but" ("…so expensive but ur design looks AMAZING on them"):
  // only the clause with the bill is asked whether it speaks to us.
  const bill = THIRD_PARTY_BILL.exec(l);
  if (!bill) return false;
  const end = bill.index + bill[0].length;
  const turn = l.slice(end).search(/\b(?:but|though|although|anyway)\b/);
  return !TO_FREELANCER.test(l.slice(0, turn < 0 ? l.length : end + turn).replace(YOU_IN_PASSING, ''));
}

/** Politeness formulas: an invitation ("feel free to ping me on Slack", "don't hesitate to reach out") demands nothing. */
const COURTESY =
  /\b(feel free|don't hesitate|do not hesitate|never hesitate|(don't|do not|no need to) worry (if|about)|if (that's|that is|it's|it is) (easier|more convenient) for you|whenever (it )?(suits|works for) you|at your convenience|(sorry|apologies) (for (the|my|our) (late|slow|delayed|belated) (reply|response|answer)|for the (delay|wait)|(i|we) missed your (call|email|message)))\b/;
/** …unless the same sentence also states a need: "sorry for the delay, but we need it by Friday". */
const NEED = /\b(need|needs|must|have to|has to|require\w*|insist)\b/;
export function courtesy(sentence: Pick<Sentence, 'lower'>): boolean {
  return COURTESY.test(sentence.lower) && !NEED.test(sentence.lower);
}

/**
 * The client's side announcing its own next step and nothing asked of the freelancer ("our marketing lead will send
 * bullet points by Wednesday", "I'll sign it tonight"): no deadline is set for the freelancer.
 */
const OWN_STEP = /\b(i|we|(our|my) [a-z]+( [a-z]+)?)('ll| will| can| shall|'m going to| am going to| are going to| is going to| plan to)\b/;
const ASKS_OF_FREELANCER = /\b(you|your|need|needs|needed|want|wants|require\w*|expect\w*|must|have to|has to|asap|urgent\w*)\b|\?/;
export function ownStep(sentence: Pick<Sentence, 'lower'>): boolean {
  return OWN_STEP.test(sentence.lower) && !ASKS_OF_FREELANCER.test(sentence.lower);
}

/**
 * A grievance aimed elsewhere: the weather, a cancelled event, the client's supplier or former freelancer, the client's
 * own shortcomings, a bad week ("we were disappointed the event got cancelled", "I'm terrible at design stuff",
 * "our last designer was a disaster"). Unless the sentence also turns to the freelancer ("your", "you missed"), it is no
 * complaint about them.
 */
const ELSEWHERE =
  /\bnothing to do with you\b|\b(my|our) (cousin|nephew|niece|friend|brother|sister|son|daughter|dad|mum|mom|uncle|aunt|intern|kid|neighbou?r) (drew|made|did|designed|built|wrote|sketched|put together)\b|\b(his|her|their) (old |current |own |existing )?(site|website|logo|branding|shop|app|menu|brochure|photos|copy|flyers?)('s| is| was| looks| looked)\b|^\s*(sorry,? )?((i'm|i am|we're|we are) )?running (a bit |a little |slightly |\d+ ?(min|mins|minutes) )?late\b|\bnot your fault\b|\b(because of|due to) (the |our |a |an )?(storm|weather|rain|snow|strikes?|flu|covid|illness|traffic|holidays?|bank|council|landlord|supplier|courier|post office|printer|venue)\b|\b(with|about|at|from) (our|the|my) (supplier|suppliers|courier|delivery company|delivery service|landlord|bank|printer|accountant|council|builders?|isp|internet provider|hosting company|old agency|previous agency|last agency|venue|caterer|caterers)\b|\b(our|my|the) (last|previous|former|old|other) (designer|developer|freelancer|agency|writer|copywriter|translator|photographer|editor|guy|studio|contractor|supplier)s?\b[^.?!]{0,20}\b(was|were|is|has been|turned out)\b|\bi'?m (so |just |really |absolutely |honestly |such )?(terrible|hopeless|useless|awful|bad|rubbish|clueless) (at|with)\b|\b(the )?(worst|terrible|awful|horrible|frustrating|crazy|rubbish|miserable|stressful) (winter|summer|weather|week|day|morning|month|year|traffic|commute|flight|journey|time of year)\b|\b(event|show|festival|conference|party|wedding|trip|flight|concert|match|game|fair)s? (got |was |were |has been |had to be )?(cancell?ed|postponed|called off)\b|\b(the|our|my) (courier|postman|post office|printer|printers|supplier|factory|landlord|bank|council|builders?|venue|caterers?|airline|hosting company|host|isp) (has |have |had |just )?(lost|broke|broken|damaged|delayed|cancell?ed|messed up|rejected|forgot|refused|let us down)\b/;
const TO_YOU = /\byour\b|\byou (did|made|sent|delivered|wrote|designed|promised|said|missed|forgot|never|didn't|haven't|still)\b|\b(refund|chargeback|money back|lawyer|solicitor|legal action|review)\b/;
export function elsewhere(sentence: Pick<Sentence, 'lower'>): boolean {
  if (!ELSEWHERE.test(sentence.lower)) return false;
  // "…nothing to do with your work" clears the freelancer; it does not turn the grievance on them.
  // (…and "it looks awful next to the page you did" compares their thing with ours, to our credit.)
  return !TO_YOU.test(sentence.lower.replace(/\bnothing to do with (you|your \w+)\b|\bnot your fault\b|\b(next to|compared (to|with)|beside|alongside|against) (the|your) [\w-]+( [\w-]+)? you (did|made|designed|built|wrote|delivered)\b/g, ''));
}

/**
 * Small talk about the client's private life or an office social ("my daughter's school wants everything ASAP for the
 * bake sale", "we're not sure what we need for the office party yet"): the words of a move, about something that is
 * not our work. Unless the sentence also names us, the work, a price or "it" (the work, as in "my wife hates it"), it
 * makes no move. Quoted words are someone else's ("'modern but cosy, you decide'").
 */
const PRIVATE_LIFE =
  /\b(my|our) (little |eldest |youngest )?(daughter|son|kids?|children|baby|wife|husband|girlfriend|boyfriend|fianc[eé]e?|mum|mom|mother|dad|father|parents|cousin|sister|brother|family|dog|puppy|cat|neighbou?rs?|in-laws|grandma|granny|grandpa|grandmother|grandfather|uncle|aunt|niece|nephew)('s)?\b|\b(office|christmas|xmas|birthday|leaving|farewell|summer|team|holiday) (party|drinks|lunch|dinner|outing|do)\b|\bweekend plans?\b|\bbake sale\b|\b(is|are|am|was|were|'s|'re) getting married\b|\b(totally|completely|entirely) unrelated\b|\bon a personal note\b/;
const ABOUT_THE_WORK =
  /\b(you|your|yours|u|ur|it|its|this|these|that|those|them|logo|site|website|page|pages|design\w*|copy|text|texts|translat\w*|draft\w*|articles?|invoice\w*|quote\w*|price\w*|pric(e|ing)|fee|fees|rates?|deadline|project|files?|mock-?ups?|concepts?|brand\w*|app|store|shop|deposit|pay\w*|budget|contract|nda|brief|revisions?|changes?|edits?|deliver\w*|expensive|cheap\w*|costs?|money|too much|work|job|photos?|pictures?|images?|shots?|videos?|footage|coaching|lessons?|sessions?|classes)\b|[$€£\d]/;
const QUOTED = /(^|\s)['"\u2018\u201c][^'"\u2019\u201d]{2,80}['"\u2019\u201d](?=[\s,.;:!?]|$)/g;
export function privateLife(sentence: Pick<Sentence, 'lower'>): boolean {
  if (!PRIVATE_LIFE.test(sentence.lower)) return false;
  const own = sentence.lower.replace(QUOTED, ' ').replace(/\b(totally|completely|entirely) unrelated\b|\bon a personal note\b/g, ' ');
  return !ABOUT_THE_WORK.test(own);
}

export function has(sentence: Sentence, re: RegExp): boolean {
  return re.test(sentence.lower);
}

/** Spans both hits: used when a move needs two cues in one sentence. */
export function join(a: Hit, b: Hit, confidence: number): Hit {
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to), confidence };
}

/** An amount of money or a bare figure that could be one (not a percentage, date, count of days…). */
export const FIGURE =
  /(?:[$€£¥]\s?\d[\d,.]*\s?k?\b|\b\d[\d,.]*\s?k?\s?(?:usd|eur|euros?|gbp|chf|sek|nok|dkk|pln|dollars?|bucks|pounds?|quid|cents?|rupees?|[$€£])(?![a-z])|\b\d[\d,.]*k\b(?!\s?(?:followers|subscribers|fans|users|views|likes|visitors|downloads|customers|members|readers|words|impressions|[a-z]*s\b))|(?<!\bnet\s?)(?<!\b(?:phase|step|part|round|version|chapter|page|item|section|option|number|no\.?|room|floor|level|stage|episode|season|batch|slide|figure|table|line|point|unit|tier|plan|v)\s?)(?<![\d.,%\u2013#-])(?!(?:19|20)\d\d\b(?<=\b(?:in|since|from|until|till|like|circa|year|of|before|after|around) \d{4}))\b\d[\d,.]*\b(?!\s?(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|%|percent|days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|pages?|words?|articles?|posts?|items?|times?|more|am|pm|th|st|nd|rd|x\b|seconds?|languages?|people|members?|[a-z]*s\b)|[\d:/\u2013-]))/;

/** Money named in the sentence: by pattern, or as compromise's #Money ("five hundred euros"). */
export function findFigure(sentence: Sentence): Hit | null {
  const hit = find(sentence, FIGURE, { confidence: 1 });
  if (hit) return hit;
  // A match over the sentence costs far more than reading its terms' tags, and most sentences name no money.
  const docs = sentence.view.docs as unknown as Array<Array<{ tags: Set<string> }>>;
  if (!docs.some((terms) => terms.some((t) => t.tags.has('Money')))) return null;
  const money = sentence.view.match('#Money');
  if (!money.found) return null;
  const word = (money.text('normal') as string).split(/\s+/)[0] ?? '';
  const at = word ? sentence.lower.indexOf(word) : -1;
  return at >= 0 ? { from: at, to: at + word.length, confidence: 1 } : null;
}
