// Runs everywhere (Node, side panel): what the client's message means for the deal — their asks, whose each figure is, the terms as they stand, and what kind of trouble (a defect of ours, a refund, a threat) it carries.
import type { MoveId } from '../playbook';
import type { AgreementTerms, DetectedMove, Duration, Entities, Profile } from '../schemas';
import type { Ask } from './asks';
import { addedPrice, readAddition, type Addition } from './addition';
import { datedParts, saidParts } from './plan';
import { readDeal, type Deal } from './deal';
import { eventOf, type ClientEvent } from './event';
import { sentenceAround, sentenceStart } from './clause';
import { DEFECT, ourFault, OURS_DELIVERED, OURS_SENT_WORK, readSituation, type Situation } from './situation';
import { learnedStage } from './stage-model';
import { PAY_LATER } from '../moves/money-moves';
import { findShift, joinsRange, REPLY_BY, roleAmounts, roleDates, rolePercentages, type RoledAmount, type RoledDate, type RoledPercentage, type Shift } from './roles';

export interface UnderstandInput {
  text: string;
  quote?: string;
  moves: DetectedMove[];
  entities: Entities;
  asks: Ask[];
  profile: Profile;
  agreement?: AgreementTerms;
  today: string;
  from?: string;
  ourEarlier?: string[];
  /** The hand-written cues alone decide the stage (the stage trainer measures them against the model). */
  stageRulesOnly?: boolean;
}

// ("pay the rest of 560 euro in three times", as a French or Italian writer says it, u12c-05.)
/** A payment split into parts: "split it into three", "three instalments". */
export const SPLIT = /\b(?:split|spread|divide|break)\b[^.?!]{0,40}?\b(?:into|in|over)\s+(two|three|four|2|3|4)\b|\b(two|three|four|2|3|4)\s+(?:(?:monthly|weekly|equal|separate|smaller)\s+)?(?:instal(?:l)?ments|payments|parts|chunks|rates|tranches)\b|\bpay\w*\b[^.?!]{0,50}?\bin (two|three|four|2|3|4) (?:times|goes|parts|rates|tranches|instal(?:l)?ments)\b/i;

/** Work that runs in batches or months, asked about within one: "this month's batch", "along with the other three". */
const ONGOING = /\b(?:this|next) (?:month|week)'?s (?:batch|order|articles|posts|set|lot)\b|\b(?:along ?side|along with|together with|with) the other (?:two|three|four|five|\d)\b|\b(?:the|our|this) (?:current|running|monthly|ongoing) (?:batch|order|project|retainer)\b/i;

export type Threat = 'chargeback' | 'review' | 'legal' | 'leave';

export interface Understanding {
  text: string;
  today: string;
  profile: Profile;
  agreement?: AgreementTerms;
  /** One per move id, in the client's order. */
  moves: DetectedMove[];
  has: (id: MoveId) => boolean;
  move: (id: MoveId) => DetectedMove | undefined;
  amounts: RoledAmount[];
  percentages: RoledPercentage[];
  dates: RoledDate[];
  durations: Duration[];
  shift?: Shift;
  asks: Ask[];
  deal: Deal;
  name: string | null;
  /** The client's whole name from the From line ("Katrin Vogel"), for a formal greeting. */
  fullName: string | null;
  /** They wrote formally ("Dear Ms Berg"): the reply answers in kind. */
  formal: boolean;
  /** The client's own figure (budget or counter-offer), nearest the price moves. */
  clientOffer?: RoledAmount;
  competitor?: RoledAmount;
  /** A discount they ask for, in percent. */
  discountPercent?: number;
  /** Equity, profit share or commission offered to us. */
  share?: RoledPercentage;
  /** A deposit the client proposes instead of ours (percent). */
  depositOffered?: RoledPercentage;
  /** The client's event behind the date they named (a launch, an opening), with the day the work must be ready by. */
  event?: ClientEvent;
  /** "The German text will be ready on Monday 12 October": the day the work can start, when the client's material comes later. */
  startFrom?: string;
  /** More of the same countable work added to the job in hand ("a fourth article", "another 3.500 words"). */
  addition?: Addition;
  /** The payment plan the client proposes: parts said with a time in words (read when they ask to split), parts with a day. */
  plan: { said: Array<{ amount: number; when: string }>; dated: Array<{ amount: number; iso: string }> };
  /** The delivery date they now want, and the one planned before. */
  requested?: RoledDate;
  current?: { iso: string; text: string };
  /** They report an error that is ours (a wrong figure, a typo, something broken). */
  defect: boolean;
  refund: boolean;
  threats: Threat[];
  /** They complain that we are late. */
  late: boolean;
  /** The message asks for nothing: thanks, news, an approval. */
  quiet: boolean;
  /** Where the deal stands (enquiry … delivered) and whether the deposit is paid. */
  situation: Situation;
}

export { DEFECT } from './situation';
const CHEAPER_THAN_FEARED = /\b(?:expected (?:it|this|you) to (?:be|cost) (?:more|higher|much more)|(?:expected|thought) (?:it )?(?:would|to) be more expensive|(?:cheaper|less|lower) than (?:we|i) (?:expected|feared|thought|budgeted)|(?:well |comfortably )?(?:within|under|below) (?:our|my) budget)\b/i;
// ("£25, refunded if you go on to book" describes the client's own offer: no refund asked of us.)
const REFUND = /\b(?:refund(?!ed if\b|able\b)\w*|money back|reimburse (?:us|me)|reimbursement (?:of|for) (?:the|our|my|your)|give (?:us|me) back|return (?:the|our|my) (?:money|deposit|payment)|(?:my|our|the|this month'?s|the month'?s) (?:[$€£]\s?[\d,.]+|money|fee|deposit|payment)\s+back|(?:some|part|half) of (?:that|the|my|our) (?:money|fee|payment)\s+(?:should )?(?:come )?back|(?:cover|pay for|refund)\s+(?:the|my|our)\s+(?:\w+\s+)?(?:fee|costs?|charges?))\b/i;
const THREATS: Array<[Threat, RegExp]> = [
  ['chargeback', /\b(?:chargeback|charge back|disput\w* (?:the|this|my) (?:payment|charge)|disput\w+ (?:it|the payment) with (?:my|our) (?:bank|card)|call (?:my|the) bank|paypal (?:claim|dispute)|raise a (?:claim|dispute))\b/i],
  // "I got your details from the Leeds Indie Business group on Facebook" is how they found us: a review threat needs someone posting
  // (and "share the link with visitors and on LinkedIn" is their marketing, not a post about us).
  ['review', /\b(?:share (?:my|our) experience|so (?:other|that other) (?:people|clients|businesses) know|(?:post|write|share|put|tell|warn|complain)\w*\b(?! (?:the|our|this|that|a) (?:link|article|post|news|blog|video|page|launch|announcement)s?\b)[^.?!]{0,40}\b(?:on|to|in) (?:linkedin|clutch|google reviews|facebook)|(?:bad|honest|negative|1-star|one-star|google|trustpilot|yelp) reviews?|reviews? (?:on|to) (?:google|trustpilot|yelp|facebook)|(?:post|leave|write|put)(?:ing)? (?:a |an |my )?(?:\w+ )?review|trustpilot|yelp|tell (?:everyone|people|everybody)|telling (?:everyone|people)|name and shame|warn (?:others|people)|(?:post|write|share|put|tell|warn|complain)\w*\b[^.?!]{0,40}\b(?:sellers'? group|facebook group))\b/i],
  // "Sue at the merchants" is a person and "our legal department will prepare the contract" is paperwork: neither is a threat.
  // "Our lawyer needs you to sign the agreement" is paperwork too: a lawyer counts as a threat when someone is sent or going to act.
  ['legal', /\b(?:(?:my|our|a) (?:lawyers?|solicitors?|attorneys?) (?:will|is going to|are going to|'ll|would)\b(?! (?:prepare|draft|send (?:you )?the (?:contract|agreement)|review))|(?:talk|speak|go|going|went|turn) to (?:a|my|our) (?:lawyers?|solicitors?|attorneys?)|(?:lawyers?|solicitors?|attorneys?) (?:will be|is|are) in touch|get (?:my|our|a) (?:lawyers?|solicitors?) involved|legal action|(?:take|taking) (?:you|u|this|it|the matter) to court|(?:see|sue) (?:you|u) in court|(?:go|going|went) to court|through the courts?|small claims|legal steps)\b|\b(?:pass|hand|refer|forward|escalate|take)\w*\b[^.?!]{0,30}\blegal (?:team|department)\b|\b(?:sue|suing|sued) (?:you|u)\b/i],
  ['leave', /\b(?:go (?:elsewhere|with someone else|with another)|find (?:someone|somebody) else|last chance|never (?:work with|hire) you again)\b/i],
];
/** "send the invoice", "pls send me the deposit invoice": asked of a quote, a go-ahead. */
const SEND_INVOICE = /\b(?:send|pls send|please send|can (?:you|u) send|shoot (?:me|us))\b[^.?!\n]{0,12}\b(?:the|your|an?|me the|us the|me an?|us an?)\s+(?:deposit\s+|first\s+)?invoice\b(?![^.?!\n]{0,20}\b(?:again|correct\w*|new|updated|revised|amended|po|vat)\b)/i;
/** A cut to our invoice asked for: "adjust the final invoice so that the balance is $900 instead of $1,440". */
const CUT_INVOICE = /\b(?:adjust|reduce|lower|cut|amend|change)\b[^.?!\n]{0,30}\b(?:invoice|balance|bill)\b[^.?!\n]{0,80}\binstead of\b|\b(?:invoice|balance)\b[^.?!\n]{0,40}\b(?:would be|is|to) [$€£]?\s?\d[\d,.]*k?\b[^.?!\n]{0,10}\b(?:instead of|rather than)\b/i;
/** A lower sum offered to close the matter: "I'll send $500 today and we call it square". */
const SQUARE = /[$€£]\s?\d[\d,.]*k?\b[^.?!\n]{0,60}\b(?:call it|we(?:'re| are)|that makes us) (?:square|even|quits|all square)\b/i;
/** Sentences about paying, and sentences about a date, which a change request read from "instead" or "move" must skip. */
const MONEY_SENTENCE = /[^.?!\n]*\b(?:pay|paid|paying|payment|invoice|balance|deposit|transfer)\b[^.?!\n]*/gi;
const DATE_SENTENCE = /[^.?!\n]*\b(?:launch|go[- ]?live|deadline|delivery date|relaunch|timeline|schedule|live (?:on|by)|moved? (?:forward|up|earlier)|brought? (?:\w+ )?forward)\b[^.?!\n]*/gi;

/** The text with every sentence `sentence` finds blanked out (same length, so offsets hold), unless `keep` is in it. */
function blankSentences(text: string, sentence: RegExp, keep: RegExp): string {
  return text.replace(sentence, (x) => (keep.test(x) ? x : ' '.repeat(x.length)));
}

/** A move the message makes though the detector did not show it, in the client's order, at the confidence of a cue. */
function withMove(moves: DetectedMove[], id: MoveId, evidence: string, index: number): DetectedMove[] {
  return [...moves, { id, confidence: 0.6, evidence, index }].sort((a, b) => a.index - b.index);
}
const LATE = /\b(?:you (?:told|promised|said)[^.?!]{0,60}\b(?:live|ready|done|deliver\w*)|(?:still|yet) (?:not|no|nothing|waiting|on the old)|(?:is|are|was) (?:late|overdue)|missed (?:the|our) (?:deadline|date|launch)|where is (?:it|the)|nothing has happened)\b/i;

/**
 * What a move needs in the words before a reply acts on it: a reply built on a move the message does not really make
 * ("I don't do unpaid samples" to a client who asked for none) hurts more than a missed one.
 */
const SUPPORT: Partial<Record<MoveId, RegExp>> = {
  discount_request: /\b(?:call it (?:square|even|quits)|discount|cheaper|lower|reduc\w*|best (?:price|rate|deal)|special (?:rate|price)|off\b|come down|halfway|middle|better (?:price|rate|deal)|instead of|reconsider|volume|bulk|student|charity|non-?profit|ngo|good cause|can (?:you|u) (?:do|make)|could (?:you|u) (?:do|make)|knock|deal|less)\b/i,
  price_objection: /\b(?:for an afternoon|an afternoon'?s work|heck of a|nice little earner|easy money|too (?:much|high|expensive|steep|pricey)|expensive|pricey|steep|a lot (?:of money|for)|afford|out of (?:our|my) (?:budget|range|league)|more than (?:we|i)|over (?:our|my)|above (?:our|my)|insane|crazy|ridiculous|rip-?off|worth|cheaper|justify|elsewhere|competitor|quoted|nephew|fiverr|upwork|deepl|chatgpt|tight|can'?t (?:stretch|go)|not (?:in|within) (?:our|my))\b|[?!]{2,}/i,
  free_work: /\b(?:(?<!(?:fix|correct|redo|change|revise|do) (?:it|this|them|that) (?:for )?)(?<!(?:fix|correct|redo|change) (?:for )?)free|favou?r|unpaid|no charge|without (?:pay|charge|payment)|for nothing|test|sample|trial|spec\b|contest|competition|pitch|mock-?ups? (?:first|before)|before (?:we|i) (?:commit|pay|decide|sign)|if (?:we|i) like (?:it|them|what)|winner)\b/i,
  boundary_push: /\b(?:weekends?|evenings?|nights?|late|saturday|sunday|whatsapp|telegram|phone|call me|reachable|available|24\/7|any ?time|out of hours|after hours|outside (?:of )?(?:office|working) hours|daily (?:report|update|call|check)|every (?:day|morning|evening)|stand-?ups?|immediately|right away|within (?:the|an?) hour|slack|holiday)\b/i,
  revision_request: /\b(?:chang\w*|fix\w*|correct\w*|adjust\w*|tweak\w*|mov\w*|replac\w*|swap\w*|bigger|smaller|darker|lighter|larger|remove|delete|instead|should (?:be|say|read)|typos?|mistakes?|errors?|wrong|edit\w*|revis\w*|rework|redo|update)\b/i,
  nda_request: /\b(?:nda|non-?disclosure|confidential\w*|secret\w*|portfolio|exclusiv\w*|private|(?:don'?t|do not|not) (?:share|show|publish|mention)|under wraps|stealth|competitor)\b/i,
  scope_creep: /\b(?:add\w*|also (?:need|want|do|make|write|design|build|translate|include)|extra|another|plus|include\w*|as part of|inside|within|same (?:price|fee|budget|project|quote)|while you(?:'re| are) at it|on top|as well|additional(?:ly)?|more (?:pages|pages|rounds|changes|posts|articles|products|languages)|(?:seventh|eighth|ninth|tenth|second|third) (?:page|language|version|round)|more (?:bits|things|pieces|items)|(?:came|come|popped|cropped) up|use (?:that|it|this|the \w+) (?:for|on) (?:these|them|those))\b/i,
};

const DELIVERED = /\b(?:drafts?|versions?|mock-?ups?|proofs?|concepts?|round|feedback|comments|notes|you sent|you delivered|delivered|the (?:design|logo|copy|text|translation|site|page|article|layout|video|edit)s? (?:you|is|are|looks?|reads?)|(?:change|move|make|swap|replace)\b[^.?!]{0,40}\b(?:header|logo|colou?r|font|button|image|photo|title|heading|section|paragraph|line|word|page))\b/i;

/** A change asked of work already delivered in a draft: a wish and what should differ. */
const CHANGE_ASK = /\b(?:wants?|would like|'d like|could (?:you|u|we)|can (?:you|u|we)|please|need)\b[^.?!\n]{0,60}?\b(?:different|change[ds]?|warmer|cooler|bigger|smaller|shorter|longer|darker|lighter|brighter|bolder|simpler|more (?:playful|formal|modern|friendly|premium|serious|personal)|less (?:formal|corporate|stiff|playful)|instead|swap|replace|move|remove|cut|tweak|adjust|rework|redo|go back to)\b|\b(?:used|use|using) (?:up )?(?:our|the|both|all) (?:two |three |2 |3 )?(?:included )?(?:revision )?rounds\b/i;

const TEST_WORDS = /\b(?:test|sample|trial|pitch|mock-?ups?|spec)\b/i;

function supported(m: DetectedMove, text: string, offers: number, ctx: { existingDeal: boolean; asks: Ask[]; defect: boolean; freeWork: boolean; underway: boolean }): boolean {
  // "Do you use DeepL? Our IT must know, because of confidentiality": a question about our tools asks for no NDA and insists on nothing.
  if (m.id === 'wrong_direction' || m.id === 'nda_request') {
    const start = sentenceStart(text, m.index);
    const around = text.slice(start, m.index + m.evidence.length + 120);
    if (/\b(?:do|are) (?:you|u) (?:use|using|work with|rely on)\b/i.test(around) && !/\b(?:nda|non-?disclosure|sign)\b/i.test(around)) return false;
    // "How do I know you'll actually write it yourself and not just use AI?": a worry about our tools, not a direction.
    if (m.id === 'wrong_direction' && /\b(?:you|u)(?:'ll| will| would)?\b[^.?!]{0,60}\b(?:not|never|won'?t|don'?t)\s+(?:just\s+)?(?:use|using|rely on)\s+(?:ai|chatgpt|chat gpt|deepl|google translate|machine)/i.test(around)) return false;
    // "Section 5: Data protection and confidentiality" in a supplier code: the ordinary duty every supplier has, no NDA to price.
    if (m.id === 'nda_request' && /\bdata protection\b/i.test(around) && !/\b(?:nda|non-?disclosure|portfolio|not (?:be )?(?:shown|show|publish\w*|share\w*)|confidentiality agreement)\b/i.test(text)) return false;
  }
  if (m.id === 'budget_anchor') return offers > 0 || /\bbudget\b/i.test(text);
  if (m.id === 'complaint') {
    const sentence = sentenceAround(text, m.index);
    // "I am very sorry the second invoice is late": the client's apology for their own delay is no complaint about us.
    if (/^\s*(?:(?:hi|hello|dear)\b[^.\n]{0,30}[,\n]\s*)?(?:i am|i'm|we are|we're|i was|we were) (?:very |so |really |terribly |truly )?sorry\b/i.test(sentence) && !/\b(?:but|however|your|you)\b/i.test(sentence)) return false;
    // "I'm a bit embarrassed because we agreed everything only weeks ago": the client's unease about their own change of mind.
    if (/\b(?:i am|i'm|we are|we're|i feel|we feel) (?:a bit |a little |slightly |so |really |quite |rather )?(?:embarrassed|awkward|ashamed|sheepish)\b/i.test(sentence) && !/\byou(?:r)?\b/i.test(sentence)) return false;
    // "I know it is already late, I asked Femke if she can make an exception": the client owning their own late payment.
    if (/\b(?:i|we) (?:know|realise|realize|understand|am aware|are aware)\b[^.?!]{0,30}\b(?:late|overdue|delayed)\b/i.test(sentence) && !/\byou(?:r)?\b/i.test(sentence)) return false;
    // "I pay of course, it was my error": the client owning the mistake is no complaint about us.
    if (/\b(?:it (?:is|was)|it'?s|that (?:is|was)|that'?s|was|is) (?:my|our) (?:own )?(?:mistake|error|fault)\b|\b(?:an? |the )?(?:error|mistake) (?:in|on|of|by) (?:our|my) (?:side|end|part|payment|accounts?|bank|bookkeeping|finance|system)\w*|\b(?:my|our) (?:own )?(?:mistake|error|fault),? (?:not yours|sorry)\b|^\s*(?:sorry,? )?(?:it'?s |it is |it was )?(?:my|our) (?:mistake|error|fault)\b/i.test(sentence) && !/\b(?:your (?:mistake|error|fault)|you made (?:a|an|the|several|some|many) (?:\w+ )?(?:mistakes?|errors?)|you (?:forgot|missed|never))\b/i.test(text.slice(0, 4000))) return false;
    // "If that happened, would you refund the unused months?", "If in the worst case we decide not to continue, is it
    // possible to have back one part of it?": a question about a case that may come, not a complaint (u20c-09, u20c-03).
    if (/^[\s.!?]*(?:(?:and|but|so|also)[,\s]+)?(?:if|in case|should (?:we|it|that)|what if|in the (?:worst|unlikely) case)\b/i.test(sentence) && /\?\s*$/.test(sentence.trim())) return false;
    // "Our supplier (the one doing the ingredient lists) has let us down again": someone else's failure (u20a-07).
    if (/\b(?:our|their|the|my) (?:\w+ )?(?:supplier|printer|print shop|courier|landlord|bank|accountant|agency|contractor|partner|distributor|manufacturer|photographer|caterer|venue)\b[^.?!]{0,80}\b(?:let (?:us|me) down|messed (?:it |things )?up|failed|screwed up|(?:is|was|are|were) late|delayed|dropped the ball)\b/i.test(sentence) && !/\byou(?:r)?\b/i.test(sentence)) return false;
    // "I wanted you to know it was not because we were unhappy": unhappiness denied is no complaint.
    if (/\b(?:not|n't|never) (?:because )?(?:that )?(?:we|i) (?:were|was|are|am|'re|'m) (?:unhappy|dissatisfied|disappointed|not happy)\b|\bnot because (?:we|i) (?:were|was) (?:unhappy|dissatisfied)\b/i.test(sentence)) return false;
    // "Approved, approved, approved … our main site is a mess, the About page still says…": the client's own old work,
    // the reason for the next job, beside praise of ours.
    if (APPROVAL.test(text) && /\b(?:our|my) (?:main |current |old |existing |own )?(?:site|website|web ?shop|shop|store|homepage|home page|logo|copy|texts?|brochure|menu)\b|\bstill says\b/i.test(`${text.slice(Math.max(0, sentenceStart(text, m.index) - 200), m.index)} ${sentence}`) && !/\byour\b/i.test(sentence)) return false;
  }
  // "the name in the translation must be exactly like in the passport": matching an official document is the job done
  // right, not a harmful direction.
  if (m.id === 'wrong_direction' && /\b(?:passport|id card|identity card|birth certificate|certificate|trade register|register|official (?:spelling|documents?))\b/i.test(sentenceAround(text, m.index)) && /\b(?:exactly|same|match\w*|like in|as in|spelt|spelled|spelling)\b/i.test(sentenceAround(text, m.index))) return false;
  // "our biggest partner went bankrupt while owing us quite a lot of money": someone else's debt, no word on our price.
  if (m.id === 'price_objection' && /\bow(?:e|es|ed|ing) (?:us|me)\b|\bbankrupt\w*\b|\binsolven\w*\b/i.test(sentenceAround(text, m.index))) return false;
  // "I need a number for the deck today": the hurry is for our answer, not for the work.
  if (m.id === 'rush_deadline') {
    const start = sentenceStart(text, m.index);
    const sentence = text.slice(start, m.index + m.evidence.length + 80).split(/(?<=[.?!])\s|\n/).find((x) => x.trim().length > 2) ?? '';
    if (REPLY_BY.test(sentence) && !/\b(?:live|launch\w*|deliver\w*|finished|done|ready)\b/i.test(sentence)) return false;
  }
  // "Need the test by Monday": the date of an unpaid test is answered by the no to free work, not with our pace or a rush fee.
  if (m.id === 'rush_deadline' && ctx.freeWork && TEST_WORDS.test(sentenceAround(text, m.index))) return false;
  // "Can we pay the deposit by credit card?" asks how to pay, not to pay differently.
  if (m.id === 'payment_terms') {
    const start = sentenceStart(text, m.index);
    const sentence = text.slice(start, m.index + m.evidence.length + 100).split(/[.?!\n]/).find((x) => x.trim()) ?? '';
    if (/\b(?:credit card|card|paypal|bank transfer|wire|stripe|wise|revolut|swift|iban)\b/i.test(sentence) && !/\b(?:no deposit|without (?:a |any )?deposit|(?:don'?t|do not|never) (?:do|pay) (?:a )?deposits?|after (?:delivery|launch|it'?s live)|net\s?\d|\d+\s+days|instal\w+|split|later|end of (?:the )?month|quarter\w*|on completion)\b/i.test(sentence)) return false;
  }
  // More work inside the old price needs an old price: a new enquiry cannot creep.
  if (m.id === 'scope_creep' && !ctx.existingDeal && !/\b(?:same (?:price|fee|budget|project|quote)|as part of|inside the|within the|in the (?:price|quote|fee)|you quoted|your (?:quote|proposal|offer))\b/i.test(text)) return false;
  // A move heard inside another kind of ask ("could you also confirm your insurance?") is that ask, not the move.
  if (m.id === 'scope_creep' && ctx.asks.some((a) => !['other', 'price'].includes(a.topic) && a.index <= m.index && m.index < a.index + a.evidence.length)) return false;
  if (m.id === 'scope_creep') {
    const around = text.slice(Math.max(0, m.index - 60), m.index + m.evidence.length + 60);
    // Paperwork is not more work: a supplier portal, an onboarding form, an invoice detail.
    if (/\b(?:supplier portal|onboarding|vendor (?:form|portal|number)|code of conduct|insurance|invoice|po number|purchase order|nda|non-disclosure)\b/i.test(around)) return false;
  }
  if (m.id === 'revision_request' && !ctx.defect && !ctx.underway && !DELIVERED.test(text)) return false;
  if (m.id === 'scope_creep') {
    // "do you handle UI strings in spreadsheets?" asks what we can do; it adds nothing to the job.
    const start = sentenceStart(text, m.index);
    const sentence = text.slice(start, m.index + m.evidence.length + 120).split(/[.?!\n]/)[0] ?? '';
    if (/\b(?:do|does|can|could) (?:you|u) (?:handle|work with|use|know|read|accept|support|speak)\b/i.test(sentence) && !/\b(?:add|include|extra|same price|inside|within)\b/i.test(sentence)) return false;
  }
  // "It is evening in New York for you, is it OK for you?" asks whether a call time suits us: scheduling, not a push.
  if (m.id === 'boundary_push' && /\b(?:call|meeting|meet|zoom|teams|video)\b/i.test(text) && /\b(?:is|would) (?:it|that|this) (?:be )?(?:ok|okay|fine|possible|convenient|alright) (?:for|with) (?:you|u)\b/i.test(sentenceAround(text, m.index))) return false;
  // "Could we have a quick call on Saturday at 10am?": one call to schedule (the reply moves it to a weekday), not a demand to be always on.
  if (m.id === 'boundary_push' && /\b(?:a|one|quick|short) (?:quick |short )?(?:call|chat|meeting)\b[^.?!]{0,40}\b(?:on )?(?:saturday|sunday|weekend)\b/i.test(sentenceAround(text, m.index)) && !/\b(?:every|always|any ?time|24\/7|evenings)\b/i.test(text)) return false;
  // "I'm at the bakery from 5am so mornings are chaos but anytime after 1 works": their own hours, offered for a call.
  if (m.id === 'boundary_push' && /\b(?:(?:i'?m|i am|we'?re|we are) (?:at|free|around|available|in|usually)\b|any ?time (?:after|before|from)|happy to (?:hop on|jump on|have) (?:a |the )?(?:call|phone))/i.test(sentenceAround(text, m.index)) && !/\b(?:you|u) (?:must|need to|have to|should|will have to)\b|\bexpect (?:you|u)\b/i.test(text)) return false;
  // "My friend sent a test message on Saturday and nothing came through": a weekend in a story asks nothing of us.
  if (m.id === 'boundary_push') {
    const sentence = sentenceAround(text, m.index);
    if (/\b(?:sent|went|happened|came|noticed|tried|was|were|did|had|got|saw|booked|called|rang|posted)\b/i.test(sentence) && !/\b(?:can|could|would|will|need|needs|want|expect|please|pls|must|have to|be (?:available|reachable|on call)|answer|reply|respond|work)\b/i.test(sentence)) return false;
  }
  const re = SUPPORT[m.id];
  if (!re) return true;
  // The move's own sentence must carry it; a word elsewhere in the mail does not.
  const from = Math.max(0, m.index - 200);
  return re.test(text.slice(from, m.index + m.evidence.length + 200));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * "needs to be live before the 12th latest" under our mail that named "12 June": a bare day is that month's, not this
 * month's. Bounded: one regular scan of the first 6,000 characters of the quote.
 */
function threadMonth<D extends { text: string; iso: string }>(d: D, quote: string | undefined, today: string): D {
  const bare = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$/i.exec(d.text.trim());
  if (!bare || !quote) return d;
  const day = Number(bare[1]);
  const re = new RegExp(`\\b(?:${day}(?:st|nd|rd|th)?\\s+(${MONTHS.join('|')})|(${MONTHS.join('|')})\\s+${day}(?:st|nd|rd|th)?)\\b`, 'i');
  const m = re.exec(quote.slice(0, 6000));
  if (!m) return d;
  const month = MONTHS.indexOf((m[1] ?? m[2])!.toLowerCase()) + 1;
  let year = Number(today.slice(0, 4));
  let iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (iso < today) iso = `${++year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return iso === d.iso ? d : { ...d, iso };
}

/** "The German text will be ready on Monday", "we'll send the files on the 12th": the client's material comes later. */
const MATERIAL_LATER = /\b(?:text|texts|source|source files?|files?|content|copy|materials?|documents?|manuscript|photos|brief|export|data)\b[^.?!]{0,40}\b(?:will be|should be|is going to be|are going to be)\s+(?:\w+\s+)?(?:ready|available|final|finali[sz]ed|sent|with you|done)\b|\b(?:i|we)(?:'ll| will| can| should| plan to| are going to)\s+(?:\w+\s+)?(?:send|deliver|upload|share|forward)\b[^.?!]{0,40}\b(?:text|texts|source|files?|content|copy|materials?|documents?|manuscript|photos|brief)\b/i;

/** Praise that signs off our work: "Approved, approved, approved", "It's perfect". */
const APPROVAL = /\b(?:approved|it'?s perfect|(?:we|i) love (?:it|the \w+)|spot on|signed off)\b/i;

/** How a stranger opens: "got your name off Sam", "found you on Instagram", "Priya passed on your details". */
const FIRST_CONTACT = /\b(?:got|found|have|was given|were given) (?:your|you'?re|ur) (?:name|number|details|email|e-mail|contact(?: details)?)\b|\bfound (?:you|u) (?:on|through|via)\b|\b(?:passed on|gave me|shared) (?:your|ur) (?:name|number|details|email|contact)\b|\b(?:recommended|referred) (?:you|u) to (?:me|us)\b/i;
const RESTART = /\b(?:(?:is|are|we'?re|we are|it'?s|project is) (?:back on|on again)|went (?:dark|quiet|silent)|gone (?:dark|quiet|silent)|pick (?:it|this|things|the project) (?:back )?up|pick up where we left off|resume (?:the|our) (?:project|work)|restart (?:the|our) (?:project|work))\b/i;

/**
 * Their change of mind, or notes they send as a round of changes, is no error of ours, whatever words the notes use
 * ("headings font wrong", "too pale"): "we signed off on round two and now she wants to change direction", "if we change
 * the theme, is it counted as one revision round?", "would this count as our one round of changes?" (unseen18: seven of
 * 36 best cards owned a mistake nobody had made and promised the change free). A plain error named beside it (a typo,
 * something broken or missing) is still ours to fix.
 */
const CHANGE_OF_MIND = /\b(?:signed off|approved|sign-?off)\b[^.!?]{0,80}\b(?:now|but)\b[^.!?]{0,60}\b(?:wants?|would like|prefers?|change (?:the )?direction|changed? (?:her|his|their|our|my) minds?)\b|\bchange(?:d)? (?:the )?direction\b|\binstead of the [^.?!\n]{0,40}\b(?:we|you|i|they) approved\b/i;
const ROUND_FEEDBACK = /\b(?:count(?:ed|s)? as|use(?: up)?|using(?: up)?|take|is (?:this|it)) (?:one|a|the|our|my) (?:first |second |third |one |last )?(?:revision |feedback )?round\b|\b(?:this|the|our) (?:feedback|notes?|comments?) (?:is|are) (?:the )?(?:first|second|one)(?: one)?\b|\bround of (?:changes|revisions|feedback)\b/i;
const PLAIN_ERROR = /\b(?:typos?|misspel\w*|spelling (?:mistake|error)s?|grammar|broken|bugs?|crash\w*|not working|doesn'?t work|missing|wrong (?:number|date|price|name|link|email|address|phone|url))\b/i;
function tasteNotFault(text: string): boolean {
  const t = text.slice(0, 6000);
  return (CHANGE_OF_MIND.test(t) || ROUND_FEEDBACK.test(t)) && !PLAIN_ERROR.test(t);
}

/** The client has work of ours in hand: "we received the translation", "thanks for the drafts", "your logo". */
const WORK_RECEIVED = /\b(?:received|got|thanks? for|thank you for) (?:the|your) (?:[\w-]+ ){0,3}(?:translations?|files?|designs?|logos?|copy|texts?|site|drafts?|articles?|pages?|version)\b|\byour (?:translation|designs?|copy|logo|work|site|texts?|drafts?)\b/i;

export function understand(input: UnderstandInput): Understanding {
  const text = input.text;
  const provisional = readDeal({ text, quote: input.quote, ourEarlier: input.ourEarlier, from: input.from, profile: input.profile, agreement: input.agreement, today: input.today });
  const known = {
    price: provisional.price && provisional.price.source !== 'profile' ? { amount: provisional.price.amount, currency: provisional.price.currency } : provisional.price,
    deposit: provisional.deposit?.percent,
  };
  const amounts = roleAmounts(text, input.entities.amounts, known);
  // The client restating our figure settles our price when nothing stronger (agreement, our own message) is known.
  const deal = amounts.some((a) => a.role === 'our_price') && (!provisional.price || provisional.price.source === 'profile')
    ? readDeal({ text, quote: input.quote, ourEarlier: input.ourEarlier, from: input.from, profile: input.profile, agreement: input.agreement, today: input.today, clientAmounts: amounts })
    : provisional;
  const percentages = rolePercentages(text, input.entities.percentages, { deposit: deal.deposit?.percent });
  const dates = roleDates(text, input.entities.dates, input.today).map((d) => threadMonth(d, input.quote, input.today));
  const shift = findShift(text);
  const offersN = amounts.filter((a) => a.role === 'client_offer').length;
  const existingDeal = Boolean(deal.price && deal.price.source !== 'profile') || deal.ourWords.length > 0 || Boolean(input.agreement);
  // An error of ours needs work of ours: a first enquiry ("my current site is broken, can you build a new one?") has none.
  const threats = THREATS.filter(([, re]) => re.test(text)).map(([t]) => t);
  const refund = REFUND.test(text);
  const delivered = DELIVERED.test(text);
  // Where the deal stands, from the client's words and ours: a draft under review or a delivered job is work of ours.
  // "if yes we're good to go": a yes on a condition is still a quote under discussion.
  const conditionalYes = input.moves.some((m) => m.id === 'acceptance' && /\bif\b/i.test(sentenceAround(text, m.index)));
  const cued = readSituation({
    text,
    ourWords: deal.ourWords,
    quote: input.quote,
    accepts: input.moves.some((m) => m.id === 'acceptance') && !conditionalYes,
    quotedPrice: Boolean(deal.price && deal.price.source !== 'profile'),
    agreement: Boolean(input.agreement),
  });
  // The learned model reads the stage where it is sure: the cues, tuned on a few writers, read new writers' mail right
  // 0.63–0.67 of the time, the model with them 0.75–0.81 (docs/stage-model.md; the s5 note in situation-sets.ts). A
  // stored agreement is a fact no wording outweighs.
  const learned = input.stageRulesOnly || input.agreement ? undefined : learnedStage({ text, ourWords: deal.ourWords, quoted: Boolean(input.quote), depositPaid: cued.depositPaid, moves: input.moves.map((m) => m.id) });
  // A yes on a condition agrees to nothing yet, whatever the words around it sound like.
  // "We paid the deposit back in June … the shop is back on": a job restarting after a silence has not begun, whatever
  // the model reads into a long, apologetic mail.
  const restart = cued.stage === 'agreed' && cued.depositPaid && RESTART.test(text.slice(0, 4000));
  // A thread with our own earlier message in it is past the first enquiry, whatever the model reads in the client's words.
  // (…and past the go-ahead when our last message sent a version of the work: "Attached is the second version".)
  const pastEnquiry = (learned?.stage === 'enquiry' || ((learned?.stage === 'agreed' || learned?.stage === 'quoted') && OURS_SENT_WORK.test((deal.ourWords[0] ?? '').slice(0, 6000)))) && deal.ourWords.length > 0 && (cued.stage === 'delivered' || cued.stage === 'in_progress');
  // "Got your name off Sam at the Crown … our website's been down since this afternoon": a stranger's broken site is a
  // first enquiry, not work of ours delivered, however much it reads like a support call (u15c-07).
  const stranger = deal.ourWords.length === 0 && !input.quote && cued.stage === 'enquiry' && FIRST_CONTACT.test(text.slice(0, 2000));
  // "Invoice DK-2026-019 for the balance is attached", "the site is live": a delivered job in so many words is not taken
  // back to a quote on a weak reading.
  const pastQuote = cued.stage === 'delivered' && (learned?.stage === 'enquiry' || learned?.stage === 'quoted') && learned.p < 0.75 && OURS_DELIVERED.test((deal.ourWords[0] ?? '').slice(0, 6000));
  // "my director has seen the staging site yesterday evening": work of ours on staging is under way, whatever a weak
  // reading of the rest makes of it (u14c-08 was quoted the whole site again as a new job).
  const staged = cued.stage === 'in_progress' && /\bstaging\b|\bpreview link\b/i.test(cued.evidence ?? '') && (learned?.p ?? 1) < 0.8;
  // A weak "enquiry" against cues that read work in hand keeps the cues: taking running work for a first enquiry asks a
  // paid client for a deposit again (u15b-09, a maintenance contract, was read as an enquiry at p 0.35), the costlier error.
  // (Below 0.65 when the cues quote their evidence: "the site has been brilliant since July" read as an enquiry at p 0.55
  // quoted the maintenance as a new project with a deposit, u4a-07.)
  const weakEnquiry = learned?.stage === 'enquiry' && learned.p < (cued.evidence ? 0.65 : 0.5) && (cued.stage === 'in_progress' || cued.stage === 'delivered');
  // …and the other way (unless they say they have our work: "we received the English translation of our brochure"): a weak reading of work in hand, in a first mail with no thread ("not ready to start yet, still
  // waiting on funding, but are you taking on work in January?"), keeps the first enquiry the cues read.
  const weakUnderway = (learned?.stage === 'in_progress' || learned?.stage === 'delivered') && learned.p < 0.6 && cued.stage === 'enquiry' && deal.ourWords.length === 0 && !input.quote && !WORK_RECEIVED.test(text.slice(0, 3000));
  // "Articles 1 and 2 are live already" of four: work the cues read as under way, on their own evidence, is not taken for
  // finished on a middling reading (the card would call the whole price due).
  const partLive = learned?.stage === 'delivered' && cued.stage === 'in_progress' && Boolean(cued.evidence) && learned.p < 0.7;
  const read: Situation = learned && !restart && !pastEnquiry && !stranger && !pastQuote && !staged && !weakEnquiry && !weakUnderway && !partLive && learned.stage !== cued.stage && !(conditionalYes && learned.stage === 'agreed')
    ? { ...cued, stage: learned.stage, underway: learned.stage === 'in_progress' || learned.stage === 'delivered', evidence: `learned (p ${learned.p.toFixed(2)}; cues: ${cued.stage}${cued.evidence ? `, ${cued.evidence}` : ''})` }
    : cued;
  // A new service asked for after a job we closed: the reply quotes the new job, which has not started.
  const situation: Situation = deal.closed ? { stage: 'enquiry', depositPaid: false, depositUnpaid: false, underway: false, evidence: `new job after the closed ${deal.closed.name}` } : read;
  const ourWork = existingDeal || delivered || situation.underway || /\b(?:you|u) (?:made|built|designed|wrote|translated|delivered|sent|did|set up|installed|updated|changed)\b(?! (?:his|hers?|theirs?|for (?:him|her|them|my (?:friend|sister|brother|colleague)))\b)|\byour (?:update|translation|design|copy|code|text|logo|work|changes?|fix|files?|handoff|mock-?ups?)\b|\b(?:thanks?|thank you) for (?:the|your) (?:final |new |\w+ )?(?:files?|texts?|copy|drafts?|designs?|translations?|logo|site|pages?|work|articles?)\b|\bbefore (?:we|i) (?:can )?pay\b|\b(?:went|gone|is) live\b|\bsince (?:the )?launch\b|\blast invoice\b|\b(?:site|store|shop|app) has been (?:brilliant|great|amazing|fantastic|working|running|live)\b|\b(?:when|since) (?:we|you) (?:finished|launched|built it|handed (?:it )?over)\b/i.test(text);
  // "need this fixed today" about work under way or delivered: something of ours is wrong, traced or not.
  // "The contact form seems to have stopped working??": a breakage of delivered work, fix asked for or not.
  const broke = /\b(?:stopped working|(?:is|are|seems? to be|has been|went) (?:broken|down|offline)|nothing (?:came|comes|is coming|gets|got) through|nothing (?:arrives|arrived|reaches (?:us|me)) in (?:our|my|the) inbox|(?:isn'?t|is not|aren'?t|are not) (?:sending|loading|arriving|coming through|working)|white (?:page|screen))\b/i;
  // A breakage counts as ours only when something of ours is there to break: our own words in the thread, an agreement,
  // or work under way (a maintenance fee the client restates is not a site we built).
  // ("Can you please send a corrected invoice?" is paperwork, not our work to fix.)
  const workText = text.slice(0, 6000).replace(/\b(?:send|resend|re-?send|re-?issue|issue|make|get)\b[^.?!\n]{0,30}\b(?:corrected|new|updated|revised|amended)\s+invoice\b/gi, ' ');
  const fixAsked = (situation.underway && /\b(?:need|needs|want|get|please|pls|plz|can (?:you|u))\b[^.?!\n]{0,20}\b(?:fix(?:ed)?|sort(?:ed)?(?: out)?|corrected|put right)\b|\bfix (?:this|it|that|them)\b/i.test(workText)) || ((situation.underway || deal.ourWords.length > 0 || Boolean(input.agreement)) && broke.test(text));
  const defectSeen = ourWork && !tasteNotFault(text) && (ourFault(text) || fixAsked);
  let moves = uniqueInOrder(input.moves).filter((m) => supported(m, text, offersN, { existingDeal, asks: input.asks, defect: defectSeen, freeWork: input.moves.some((x) => x.id === 'free_work'), underway: situation.underway }));
  // A first enquiry has no work of ours to be unhappy with: complaint wording there reads as an apology for nothing.
  if (!ourWork && !threats.length && !LATE.test(text)) moves = moves.filter((m) => m.id !== 'complaint');
  // "I must apologise for the silence on our side … the copy has still not been signed off internally": the delay is
  // theirs, said with an apology, not a complaint about us (u12a-03 got a late-delivery answer instead of the pause).
  if (!threats.length && !defectSeen && /\b(?:(?:i|we) (?:must |have to |do )?apologi[sz]e for|(?:so |very )?sorry (?:for|about)) (?:the |our |my )?(?:long )?(?:silence|delay|late (?:reply|answer)|slow (?:reply|answer))\b|\bdelay (?:is )?on our side\b|\bsilence on our side\b|\b(?:that'?s|it'?s|this is|it was) (?:our|my) (?:failing|fault|mistake|error)\b|\bnot yours\b/i.test(text)) moves = moves.filter((m) => m.id !== 'complaint');
  // Nor has an agreed job before any delivery: "§11 Contractual penalty: 2% for each day of delay" is contract wording.
  if (ourWork && !situation.underway && !defectSeen && !threats.length && !LATE.test(text)) moves = moves.filter((m) => m.id !== 'complaint');
  // A client who accepts our figure is not anchoring a budget on it.
  if (moves.some((m) => m.id === 'acceptance') && offersN === 0) moves = moves.filter((m) => m.id !== 'budget_anchor');
  // "We had expected it to be more expensive, we had put aside $4,000": a budget above our price is no pressure on it.
  const ourAmount = deal.price && deal.price.unit === 'project' ? deal.price.amount : undefined;
  const above = ourAmount !== undefined && amounts.some((a) => a.role === 'client_offer' && a.value > ourAmount && (!a.currency || a.currency === deal.price!.currency));
  if (CHEAPER_THAN_FEARED.test(text) || (above && moves.some((m) => m.id === 'acceptance'))) {
    moves = moves.filter((m) => m.id !== 'price_objection' && m.id !== 'discount_request' && !(m.id === 'budget_anchor' && moves.some((x) => x.id === 'acceptance')));
  }
  // "Is it possible to pay in two parts, like half now and half after?": half upfront is no less than our deposit, so
  // there is nothing to push back on.
  // (After delivery, "half now and half end of October" splits an open balance: that is a payment term to answer.)
  if (!situation.underway && deal.deposit && deal.deposit.percent <= 50 && /\b(?:half|50\s?%) (?:now|upfront|up front|in advance|before|at the start|to start)\b[^.?!]{0,40}\b(?:half|50\s?%|the rest)\b/i.test(text)) {
    moves = moves.filter((m) => m.id !== 'payment_terms');
  }
  const defect = defectSeen;
  // An error of ours reported is no unclear brief: the fix is clear.
  if (defect) moves = moves.filter((m) => m.id !== 'vague_brief');
  // "I expected more for 900 euros" in a complaint restates our price; it names no budget of theirs.
  if (moves.some((m) => m.id === 'complaint') || threats.length) moves = moves.filter((m) => !(m.id === 'budget_anchor' && !/\bbudget\b/i.test(text)));
  // "I need corrected files and I'm not paying for another round": with our error reported, that is the fix, not more work.
  if (defect) moves = moves.filter((m) => !(m.id === 'scope_creep' && /\b(?:correct\w*|fix\w*|another round|not paying|mistakes?|errors?|redo)\b/i.test(sentenceAround(text, m.index))));
  // A reported error of ours that asks for a fix is a revision even when the detector heard none.
  if (defect && !moves.some((m) => m.id === 'revision_request' || m.id === 'complaint')) {
    const at = text.search(DEFECT);
    moves = withMove(moves, 'revision_request', text.slice(at, Math.min(text.length, at + 80)), at);
  }
  // "not feeling it, can you try a couple of new directions?": a change to delivered work, heard or not by the detector.
  // The request itself is the evidence, so the ask that carries it is answered by the card, not again as a question.
  // ("…or do we need to start over?" after paying a deposit asks whether the deal starts again, not for a redo.)
  const redo = /\b(?:(?:try|do|give (?:us|me)|see|explore|show (?:us|me))\s+(?:a |some |a couple of |two |three |\d )?(?:new|different|fresh|other) (?:directions?|concepts?|versions?|options|ideas)|start (?:over|again|from scratch))\b/i.exec(text) ?? /\b(?:not|aren'?t|are not) (?:feeling|loving|sold on) (?:it|them|this)\b/i.exec(text);
  const restartDeal = redo && /\b(?:do|would|will|shall|must) (?:we|i) (?:need|have) to start (?:over|again|from scratch)\b/i.test(sentenceAround(text, redo.index));
  if (redo && !restartDeal && !moves.some((m) => ['revision_request', 'complaint', 'scope_creep'].includes(m.id)) && (existingDeal || delivered)) {
    moves = withMove(moves, 'revision_request', redo[0], redo.index);
  }
  // Work under way: "wants a different hero image and a warmer tone" is a change to it, heard or not by the detector.
  if (situation.underway && !moves.some((m) => ['revision_request', 'complaint', 'scope_creep'].includes(m.id))) {
    // "Could we pay the invoice at the end of April instead?" asks about money, and "Can we go live Friday 16th instead of
    // the 23rd?" for a new date: neither is a change to the work, unless the same sentence asks for one.
    const change = CHANGE_ASK.exec(blankSentences(blankSentences(text.slice(0, 6000), MONEY_SENTENCE, /\b(?:redo|rework|rewrite|fix|revise|correct)\b/i), DATE_SENTENCE, /\b(?:redo|rework|rewrite|fix|revise|correct|change the (?:text|copy|design|colou?rs?|logo|headline|layout|wording))\b/i));
    // "please take this as sign-off, no more changes from us": an approval, not a change.
    if (change && !/\bno (?:more |further )?changes\b|\bsign(?:ed)?[- ]?off\b|\b(?:don'?t|do not|won'?t) (?:need to )?change\b/i.test(change[0])) moves = withMove(moves, 'revision_request', change[0], change.index);
  }
  // Our error, with money or a threat attached ("I expect you to cover the fee", "my €135 back"), is a complaint to answer as one.
  if (defect && !moves.some((m) => m.id === 'complaint') && (refund || threats.length)) {
    const at = Math.max(0, text.search(REFUND));
    moves = withMove(moves, 'complaint', text.slice(at, Math.min(text.length, at + 80)), at);
  }
  // "I'm taking it as part of the £3,200": more work inside the old price, heard or not by the detector.
  if (existingDeal && !moves.some((m) => m.id === 'scope_creep')) {
    const inside = /\b(?:as part of the (?:£|\$|€)?[\d,.]+|(?:taking|take|count|see) (?:it|this|them) as part of|for the same (?:price|fee)|(?:in|inside|within) the (?:same |original |agreed )?(?:price|quote|fee|budget)|at no extra cost)\b/i.exec(text);
    if (inside) {
      const start = sentenceStart(text, Math.max(0, inside.index - 200));
      const from = Math.max(0, text.lastIndexOf('\n', inside.index), start);
      moves = withMove(moves, 'scope_creep', text.slice(from, inside.index + inside[0].length).trim(), from + (text.slice(from).length - text.slice(from).trimStart().length));
    }
  }
  // "Could we add a fourth article to this month's batch?", "forgot the appendix, another 3.500 words": more of the
  // work in hand is new, paid work, heard or not by the detector (which reads these as maybes, u13a-04, u13c-10).
  // Only what the profile can price is read this way: an unpriced "could we add a page?" is answered as an ask (u5c-02).
  // (A quote under discussion grows the same way; after delivery more work is a new order, and in a first enquiry it is
  // part of the job.)
  const added = situation.stage === 'quoted' || situation.stage === 'agreed' || situation.stage === 'in_progress' || ONGOING.test(text.slice(0, 6000)) ? readAddition(text) : undefined;
  const addition = added && addedPrice(added, input.profile.services, deal.service, text) ? added : undefined;
  if (addition && !moves.some((m) => m.id === 'scope_creep')) moves = withMove(moves, 'scope_creep', addition.evidence, addition.index);
  // "he ask me if we can add an online shop … if this is included or how much it cost", on work under way: an addition
  // to quote, not a new job's price list (u14c-08 was quoted the whole WordPress site again).
  const addAsk = situation.underway && moves.some((m) => m.id === 'price_question') && !moves.some((m) => m.id === 'scope_creep') ? /\b(?:(?:can|could) (?:we|you|u)|(?:if|whether) (?:we|you|u) (?:can|could))\s+(?:also\s+)?add\b[^.?!\n]{3,100}/i.exec(text.slice(0, 6000)) : null;
  if (addAsk) moves = withMove(moves.filter((m) => m.id !== 'price_question'), 'scope_creep', addAsk[0], addAsk.index);
  // "So i ask if is possible to pay the rest of 560 euro in three times": a payment plan, heard or not by the detector.
  const split = SPLIT.exec(text.slice(0, 6000));
  // "400 euro now, 400 at the end of August and 400 at the end of September", "£1,000 this Friday (22 May) and the
  // remaining £1,240 on Friday 5 June": the parts of a plan are no budget, and the plan no objection to the price (u9b-04,
  // u10b-11 were answered with "On the price: it stays at…"). Read once, here; the reply says yes to it when it adds up.
  const plan = { said: split ? saidParts(text) : [], dated: datedParts(text, amounts, dates, input.today) };
  const planned = (plan.said.length >= 2 || plan.dated.length >= 2) && !/\b(?:too (?:expensive|much|high)|cheaper|discount|lower (?:the )?price|reduce)\b/i.test(text);
  if (planned) moves = moves.filter((m) => m.id !== 'budget_anchor' && m.id !== 'price_objection');
  if (planned && plan.dated.length >= 2 && !moves.some((m) => m.id === 'payment_terms')) {
    const first = amounts.find((a) => a.currency)!;
    moves = withMove(moves, 'payment_terms', text.slice(first.index, first.index + first.text.length), first.index);
  }
  // (Only a balance split: "pay in two parts, half now and half after" before any work is answered as a plain yes.)
  if (split && /\b(?:rest|remaining|remainder|balance|outstanding)\b/i.test(sentenceAround(text, split.index)) && !moves.some((m) => m.id === 'payment_terms')) moves = withMove(moves, 'payment_terms', split[0], split.index);
  // A figure the client offers to pay is a budget, whatever the detector heard ("I am ready to pay 50 dollar, is ok?").
  const offered = planned ? undefined : amounts.find((a) => a.role === 'client_offer' && /\b(?:pay|budget|afford|offer|give you|doable|do it for|can you do|for (?:it|this|that|the job)|spend|max|tops|deal|allocat\w+|fixed sum|cannot be increased)\b/i.test(text.slice(Math.max(0, a.index - 60), a.index + a.text.length + 40)));
  if (offered && !moves.some((m) => ['price_objection', 'discount_request', 'budget_anchor', 'acceptance'].includes(m.id))) {
    moves = withMove(moves, 'budget_anchor', text.slice(offered.index, offered.index + offered.text.length), offered.index);
  }
  // "pay next week ok?", "ok if we settle when the round lands?", "$500 and we call it square": short phone questions the
  // learned model has too few examples of to trust; after our own words in the thread they are payment and price moves.
  if (deal.ourWords.length && !moves.some((m) => m.id === 'payment_terms')) {
    const later = PAY_LATER.exec(text.slice(0, 4000));
    if (later) moves = withMove(moves, 'payment_terms', later[0], later.index);
  }
  // "full page. send the invoice": after our quote, asking for the invoice is a yes.
  // (The stage may already read the mail as agreed: the yes is still what the reply answers, deposit first.)
  if ((situation.stage === 'quoted' || (situation.stage === 'agreed' && !situation.depositPaid)) && !moves.some((m) => ['acceptance', 'price_objection', 'discount_request', 'budget_anchor', 'complaint'].includes(m.id))) {
    const yes = SEND_INVOICE.exec(text.slice(0, 600));
    if (yes) moves = withMove(moves, 'acceptance', yes[0], yes.index);
  }
  if (deal.ourWords.length && !moves.some((m) => ['price_objection', 'discount_request', 'budget_anchor'].includes(m.id))) {
    const square = SQUARE.exec(text.slice(0, 4000)) ?? CUT_INVOICE.exec(text.slice(0, 4000));
    if (square) moves = withMove(moves, 'discount_request', square[0], square.index);
  }
  // Another supplier's price named beside ours is an objection, said or not.
  const competitorFigure = amounts.find((a) => a.role === 'competitor');
  if (competitorFigure && !moves.some((m) => ['price_objection', 'discount_request', 'budget_anchor', 'complaint'].includes(m.id))) {
    moves = withMove(moves, 'price_objection', text.slice(competitorFigure.index, competitorFigure.index + competitorFigure.text.length), competitorFigure.index);
  }
 // "take their texts and just change the names": copying another business is a harmful direction, said nicely or not.
  if (!moves.some((m) => m.id === 'wrong_direction')) {
    const copy = /\b(?:want|like) (?:exactly|just) (?:this|that|the same)\b[^]{0,200}?\bsame (?:layout|design|font|colou?rs?|text|look|title)\b|\bsame (?:layout|design|font|look)\b[^.]{0,80}\bsame (?:layout|design|font|colou?rs?|title|look)\b/i.exec(text) ?? /\b(?:take|copy|use|reuse)\s+(?:their|the|his|her|them)\b[^.?!]{0,40}\b(?:texts?|content|words|copy|design|layout|photos|images|pages)\b[^.?!]{0,80}\b(?:change|adapt|tweak|swap|just|little|same)\b|\bcopy (?:their|the) (?:site|website|homepage|layout|design|text)/i.exec(text);
    if (copy) moves = withMove(moves, 'wrong_direction', copy[0], copy.index);
  }
  // "£3,200?? For a WordPress site?": our figure thrown back with disbelief is an objection.
  const scoffed = amounts.find((a) => a.role === 'our_price' && /^\s*(?:[?!]{2,}|\?\s*(?:for|4)\b)/i.test(text.slice(a.index + a.text.length, a.index + a.text.length + 12)));
  if (scoffed && !moves.some((m) => ['price_objection', 'discount_request', 'budget_anchor', 'complaint'].includes(m.id))) {
    moves = withMove(moves, 'price_objection', scoffed.text, scoffed.index);
  }
  // Threats of a chargeback or a bad review are a complaint, whatever else the mail says.
  const threatened = threats.some((t) => t !== 'leave');
  if (threatened && !moves.some((m) => m.id === 'complaint')) {
    moves = withMove(moves, 'complaint', text.slice(0, Math.min(text.length, 80)), 0);
  }
  const byId = new Map(moves.map((m) => [m.id, m]));
  const priceMove = byId.get('budget_anchor') ?? byId.get('discount_request') ?? byId.get('price_objection');
  const offers = amounts.filter((a) => a.role === 'client_offer');
  const picked = priceMove ? nearest(offers, priceMove.index) : offers[0];
  // A budget range ("$1,500-2,000") is answered at its top: that is what they can spend.
  const top = picked && offers.find((o) => joinsRange(text, picked, o));
  const clientOffer = top ?? picked;
  // The date they want: the one nearest the rush, else the one they set as a limit, else the first asked for.
  // "Need the test by Monday": the date of an unpaid test is not a date for the work.
  const forTest = (index: number) => byId.has('free_work') && TEST_WORDS.test(sentenceAround(text, index));
  // "Quotations must be received by Friday 23 October": the date for our answer, not for the work.
  const forReply = (index: number) => {
    // "p.m." ends no sentence: the line up to the date, at most 150 characters back, is what the date belongs to.
    const head = text.slice(Math.max(0, text.lastIndexOf('\n', index) + 1, index - 150), index);
    // …and a sentence that ended before it ("Please send a quote. We need it before 1 March") is not.
    const ended = /^[\s\S]*(?<!\b[ap]\.m)[.?!]\s+/i.exec(head);
    const sentence = `${ended ? head.slice(ended[0].length) : head}${text.slice(index, index + 40)}`;
    return REPLY_BY.test(sentence) && !/\b(?:live|launch\w*|deliver\w*|finished|done|ready|completed?)\b/i.test(sentence);
  };
  // "I can send the product copy and photos by Friday": the day their material comes, not a date for the work, when the
  // mail names another.
  const forMaterial = (index: number) => MATERIAL_LATER.test(sentenceAround(text, index));
  const wanted = dates.filter((d) => d.role === 'requested' && !forTest(d.index) && !forReply(d.index));
  const asked = wanted.some((d) => !forMaterial(d.index)) ? wanted.filter((d) => !forMaterial(d.index)) : wanted;
  const rush = byId.get('rush_deadline');
  // A date inside their own question ("could you write it for tomorrow?") is the one they want most directly.
  const inQuestion = asked.find((d) => input.asks.some((a) => a.question && a.index <= d.index && d.index < a.index + a.evidence.length));
  // Then a date in a sentence that asks for something ("if you can get the store live by Friday"), not one that explains ("before Christmas").
  const inRequest = asked.find((d) => {
    const from = sentenceStart(text, d.index);
    return /\b(?:need|want|can you|could you|if you can|get (?:it|this|the \w+) (?:live|done|ready)|have (?:it|this) (?:ready|done|live)|deliver)\b/i.test(text.slice(from, d.index + d.text.length + 40));
  });
  // "We need the complete text for the typesetting latest on Friday 20 November": the date the work is needed by beats
  // the date of the board meeting it is for, however near the rush words stand to the meeting.
  const needBy = asked.find((d) => {
    const from = sentenceStart(text, d.index);
    // …and "the developer needs the final copy by Wednesday 11th at the latest", someone on their side who takes the work.
    return /\b(?:we|i|(?:the|our|my) [a-z]+(?: [a-z]+)?) (?:will )?needs?\b[^.?!]{0,80}\b(?:by|latest(?: on| by)?|until|no later than|before|at the latest)\s*(?:on\s+)?(?:the\s+)?$/i.test(text.slice(from, d.index));
  });
  const chosen = inQuestion ?? needBy ?? (rush ? nearest(asked, rush.index) : undefined) ?? inRequest ?? asked.find((d) => d.deadline) ?? asked[0];
  // "the wrap guy prints next fri", "the board meets on the 26th": with no date asked for the work, a coming event the
  // work is for is the limit (its role is "other" because nothing asks for the work by it).
  // Only on first contact: once we have written (a proposal, a plan) a launch they name is the one already planned, and
  // when something of ours is broken or being changed the fix has its own date.
  const firstContact = !deal.ourWords.length && !deal.date && !input.agreement && !byId.has('complaint') && !byId.has('revision_request');
  const eventDate = chosen || !firstContact ? undefined : dates.find((d) => {
    if (d.role !== 'other' || d.iso <= input.today || forReply(d.index)) return false;
    // (A season is a limit only when they tie the work to it: "over the Christmas holidays" may be anyone's time off.)
    const e = eventOf(text, d, input.today);
    return e !== undefined && !/sales$/.test(e.what);
  });
  const named = chosen ?? eventDate;
  // "Launch is Monday 9 Nov": an event date; the work is due some working days before it, and that is the date we answer.
  const event = eventOf(text, named, input.today);
  // The material the work needs, promised for a later day: our pace counts from then, not from today.
  const startFrom = dates.find((d) => d.iso > input.today && MATERIAL_LATER.test(sentenceAround(text, d.index)))?.iso;
  const requested = named && event ? { ...named, iso: event.readyBy } : named;
  // "The board meeting is moved forward from 10 December": the old date of their meeting, not of our delivery, which our
  // own words hold (a launch or go-live date is the work's own).
  const currentInText = dates.find((d) => d.role === 'current' && !(deal.date && /\b(?:meeting|board|fair|conference|presentation)\b/i.test(sentenceAround(text, d.index)) && !/\b(?:live|launch\w*|deliver\w*|go-?live)\b/i.test(sentenceAround(text, d.index))));
  let current: Understanding['current'] = currentInText ? { iso: currentInText.iso, text: currentInText.text } : deal.date ? { iso: deal.date.iso, text: deal.date.text } : undefined;
  if (current && requested && current.iso === requested.iso) current = deal.date && deal.date.iso !== requested.iso ? { iso: deal.date.iso, text: deal.date.text } : undefined;
  const discount = percentages.find((p) => p.role === 'discount');
  return {
    text,
    ...(addition ? { addition } : {}),
    plan,
    today: input.today,
    profile: input.profile,
    agreement: input.agreement,
    moves,
    has: (id) => byId.has(id),
    move: (id) => byId.get(id),
    amounts,
    percentages,
    dates,
    durations: input.entities.durations,
    shift,
    asks: input.asks,
    deal,
    name: firstName(input.entities.clientName),
    fullName: fullNameOf(input.from),
    formal: /^\s*(?:dear|good (?:morning|afternoon|day))\s+(?:mr|ms|mrs|miss|dr|prof|herr|frau|madam|sir)\b\.?/i.test(text),
    clientOffer,
    competitor: amounts.find((a) => a.role === 'competitor'),
    discountPercent: discount?.value,
    share: percentages.find((p) => p.role === 'share'),
    depositOffered: percentages.find((p) => p.role === 'deposit' && p.owner === 'client'),
    requested,
    event,
    ...(startFrom ? { startFrom } : {}),
    current,
    defect,
    refund,
    threats,
    late: LATE.test(text),
    quiet: moves.length === 0 && input.asks.length === 0,
    situation,
  };
}

function fullNameOf(from: string | undefined): string | null {
  if (!from) return null;
  const m = /^\s*"?([^"<@]+?)"?\s*</.exec(from);
  const name = m?.[1]?.trim();
  return name && /^\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){1,3}$/u.test(name) ? name : null;
}

function firstName(full: string | null): string | null {
  if (!full) return null;
  const first = full.trim().split(/\s+/)[0]?.replace(/[,;:]+$/, '');
  return first || null;
}

function uniqueInOrder(moves: DetectedMove[]): DetectedMove[] {
  const seen = new Set<MoveId>();
  return [...moves].sort((a, b) => a.index - b.index).filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}

function nearest<T extends { index: number }>(items: T[], index: number): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const distance = item.index >= index ? item.index - index : (index - item.index) * 1.5;
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

export type { Ask } from './asks';
export type { Deal } from './deal';
