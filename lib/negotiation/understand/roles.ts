// Runs everywhere (Node, side panel): whose each figure is — our price, the client's offer, a competitor's price; deposit, discount, share; the date asked for vs. the one planned.
import type { Amount, DateEntity, Percentage } from '../schemas';
import { nearestRole, windowAround, type Cue } from './clause';

export type AmountRole = 'our_price' | 'client_offer' | 'competitor' | 'other';
export type PercentRole = 'deposit' | 'discount' | 'share' | 'surcharge' | 'other';
export type DateRole = 'requested' | 'current' | 'other';

const PRICE_NOUN = '(?:quote|quotation|price|pricing|rate|fee|estimate|proposal|offer|invoice|figure|number|total|ask(?:ing price)?|cost|bill)';
const VENDOR = '(?:studio|agency|designer|freelancer|developer|dev|writer|copywriter|translator|translation (?:agency|company)|company|firm|guy|person|vendor|supplier|provider|shop|team|photographer|illustrator|editor|consultant|marketer|seo (?:guy|agency|company)|printer|dude|one|ones)';

const AMOUNT_CUES: Cue<AmountRole>[] = [
  // "your $2,750", "your quote of $2,750", "the $5,600 you quoted"
  { role: 'our_price', before: /\byour\s+(?:(?:original|initial|current|latest|new|full|total|proposed|quoted|standard|usual|normal|hourly|day|daily)\s+)*$/i, weight: 30 },
  { role: 'our_price', before: new RegExp(`\\byour\\s+(?:\\w+\\s+){0,2}${PRICE_NOUN}s?\\b(?:\\s+(?:of|at|for|was|is|came to|comes to|came in at|:))?\\s*(?:about|around|roughly|nearly|almost|over|approximately)?\\s*$`, 'i'), weight: 25 },
  { role: 'our_price', before: /\byou(?:'ve| have| had)?\s+(?:quoted|proposed|charged?|asked for|are asking(?: for)?|'re asking(?: for)?|want(?:ed)?|mentioned|suggested|sent|billed|priced (?:it|this|us) at|said|wrote|estimated|invoiced(?: us)?(?: for)?)\s+(?:us\s+|me\s+)?(?:at\s+|for\s+)?$/i, weight: 25 },
  { role: 'our_price', after: /^\s*(?:that\s+|which\s+)?you(?:'ve| have)?\s+(?:quoted|proposed|charge|asked for|are asking|want|mentioned|suggested|sent|billed|estimated)\b/i, weight: 25 },
  // "$5,600 is more than we budgeted", "$2,400 seems steep", "2k for a logo?!"
  {
    role: 'our_price',
    after: /^\s*(?:\w+\s+)?(?:is|seems|feels|sounds|looks|was|would be|'s)\s+(?:(?:just|way|a bit|a little|quite|far|really|too|rather|pretty|very|honestly|frankly|simply|much|kind of|kinda|bit)\s+)*(?:too\s+)?(?:much|high|steep|expensive|pricey|pricy|a lot|over|above|more than|beyond|out of|outside|insane|crazy|ridiculous|absurd|excessive|a stretch|too rich|not (?:in|within|doable|possible|feasible|realistic|something)|not what we)/i,
    weight: 20,
  },
  { role: 'our_price', after: /^\s*(?:for (?:a|an|one|the|just|some|this|that|\d+)\b[^.?!]{0,40}[?!]|[?!]{2,})/i, weight: 10 },
  // "2400 for a logo is nuts": a figure called too much is the price they were given, ours.
  { role: 'our_price', after: /^\s*(?:for (?:a|an|one|the|just|some|this|that|\d+)\b[^.?!]{0,30}?\s)?(?:is|seems|sounds|feels) (?:just |way |pretty |really |so |kind of |kinda |a bit |totally |absolutely )*(?:nuts|crazy|insane|steep|ridiculous|outrageous|a lot|too much|too high|madness|a joke)\b/i, weight: 12 },
  // "ok €900 is fine", "we pay the full $1,650 after launch": our figure, accepted or restated as a whole.
  { role: 'our_price', after: /^\s*(?:is|sounds|seems|works)\s+(?:totally\s+|absolutely\s+|perfectly\s+)?(?:fine|ok|okay|good|great|acceptable|reasonable|agreed)\b(?![^.?!\n]{0,40}\?)/i, weight: 20 },
  { role: 'our_price', before: /\b(?:the\s+)?(?:full|whole|entire)\s+$/i, weight: 12 },
  // "12 cents a word?": a rate repeated back as a question is ours, questioned.
  { role: 'our_price', after: /^\s*(?:an?|per)\s+(?:word|page|hour|article|post|day)\s*[?!]/i, weight: 10 },
  { role: 'our_price', before: /\b(?:not (?:prepared|willing|going|able) to pay|won'?t (?:be )?pay(?:ing)?|refuse to pay|(?:can'?t|cannot) justify(?: paying)?)\s+$/i, weight: 25 },
  // "your offer for the translation of our user manual (18,400 words, German > English) for €2,208": a long object, still ours.
  { role: 'our_price', before: new RegExp(`\\byour\\s+(?:\\w+\\s+)?${PRICE_NOUN}s?\\s+(?:for|of|on)\\s+[^.?!]{0,110}?[,:(]?\\s*$`, 'i'), weight: 12 },
  { role: 'our_price', before: /\b(?:instead of|rather than|down from|from your|compared to your)\s+$/i, weight: 18 },
  // The client's own figure.
  { role: 'client_offer', before: /\b(?:our|my|the|their|a|total|whole|entire)\s+(?:(?:total|max(?:imum)?|whole|entire|marketing|design|overall|realistic|approved|annual|project)\s+)*budget\b(?:\s+(?:is|was|of|for (?:this|the) \w+(?: is)?|will be|sits at|tops out at|caps at|:|is only|is just|is about|is around|is roughly|is max|would be))?\s*(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|like\s+|maybe\s+|approx(?:imately)?\.?\s+|max(?:imum)?\s+|up to\s+|~\s*)*$/i, weight: 25 },
  { role: 'client_offer', before: /\bbudget(?:ed|ing)?\s+(?:is\s+|of\s+|for\s+|at\s+|'s\s+)?(?:around\s+|about\s+|like\s+|maybe\s+|roughly\s+|~\s*)*$/i, weight: 20 },
  // "Our grant only covers $2,000", "the funding is capped at €1,500": the money they have.
  { role: 'client_offer', before: /\b(?:grant|funding|fund|budget line|allowance|sponsorship)\b[^.?!]{0,20}\b(?:only\s+|just\s+)?(?:covers?|allows?|is capped at|capped at|is limited to|tops out at|stretches to)\s+(?:only\s+|just\s+|about\s+|around\s+|up to\s+)?$/i, weight: 25 },
  // "The grant allocates a fixed sum of EUR 1,500 for website copy" (u14a-04): the money they have for the job.
  { role: 'client_offer', before: /\b(?:allocat\w+|set aside|earmark\w*)\s+(?:is\s+)?(?:a\s+)?(?:fixed\s+|total\s+|maximum\s+)?(?:sum|amount|budget|total)?\s*(?:of\s+)?$|\b(?:a|the)\s+fixed\s+(?:sum|amount|budget|fee)\s+(?:of\s+)?$/i, weight: 20 },
  { role: 'client_offer', before: /\b(?:we|i|ill|id)(?:'d|'ll| would| will| could| can| might| may)?\s+(?:only\s+|just\s+|really\s+|probably\s+|maybe\s+|happily\s+|realistically\s+)?(?:be able to\s+)?(?:pay|offer|afford|spend|do|go(?: up)? to|stretch(?: to)?|manage|give you|put in|put aside|set aside|budget(?:ed)?|allocate|approve|cover|invest|justify)\s+(?:you\s+)?(?:is\s+)?(?:(?:only|just|about|around|roughly|max(?:imum)?|up to|at most|no more than|a max of|a maximum of)\s+)?$/i, weight: 20 },
  { role: 'client_offer', before: /\b(?:we|i)(?:'ve| have)?\s+(?:got|have|had)\s+(?:(?:only|just|about|around|roughly|max(?:imum)?|up to)\s+)?$/i, weight: 15 },
  { role: 'client_offer', before: /\b(?:how about|what about|would you (?:do|take|accept|consider)(?: it)?(?: for)?|can (?:you|u) (?:do|make)(?: it| this| that)?(?: for| at)?|could (?:you|u) (?:do|make)(?: it| this| that)?(?: for| at)?|will you do(?: it| this)?(?: for)?|meet (?:us|me) at|settle (?:on|for|at)|thinking(?: more)?(?: like| of| about| around)?|was hoping (?:for|to pay)|were hoping (?:for|to pay)|hoping to pay|willing to pay|prepared to pay|ready to pay|able to pay|happy to pay|want to pay|looking to (?:pay|spend)|max(?:imum)? (?:is|of)|no more than|cap(?:ped)? at|limit(?:ed)? to|up to|closer to|more like|somewhere around)\s+$/i, weight: 10 },
  { role: 'client_offer', before: /\b(?:around|for|about)\s+$/i, weight: 2 },
  { role: 'client_offer', before: /\b(?:could|can|would|will)\s+(?:you|u)\s+[^.?!]{0,50}\b(?:at|for)\s+(?:like\s+|about\s+|around\s+|maybe\s+|say\s+|roughly\s+)?$/i, weight: 8 },
  { role: 'client_offer', before: /\b(?:is|would|could|will|does|can)\s+$/i, weight: 5 },
  { role: 'client_offer', before: /\bwhat (?:would|does|can|could|will|do)\s+(?:i|we)?\s*(?:get for\s+)?$/i, weight: 15 },
  { role: 'client_offer', after: /^\s*(?:doable|ok|okay|possible|fine|enough|acceptable|reasonable|workable|an option|work(?:able)? for you|do(?:able)?|sound (?:ok|fair|good|reasonable)|fly)\b/i, weight: 15 },
  // "my cousin says the fiverr guys do it for 50 so would 200 work for u??": a figure put to us as a question is their offer,
  // whoever the sentence mentions before it.
  { role: 'client_offer', before: /\b(?:so|and|then|but)?\s*(?:would|could|will|does|is)\s+$/i, after: /^\s*(?:work(?: for (?:you|u|ya))?|do|be (?:ok|okay|enough|fine|doable|in the (?:right )?ballpark|realistic)|ok|okay|doable|enough|in the (?:right )?ballpark)\s*\?/i, weight: 30 },
  { role: 'client_offer', after: /^\s*(?:get (?:me|us)|buy (?:me|us)|cover)\b/i, weight: 15 },
  // "We think 0,07 € is fair": the figure they consider right is their offer.
  { role: 'client_offer', before: /\b(?:we|i)\s+(?:think|feel|believe|find|consider)\s+(?:that\s+)?$/i, after: /^\s*(?:per \w+\s+)?(?:is|would be|are)\s+(?:more\s+)?(?:fair|reasonable|right|correct|appropriate|realistic|ok|okay|enough)\b/i, weight: 20 },
  { role: 'client_offer', after: /^\s*(?:max|maximum|tops|at most|at the most|all in|all-in|is (?:all|the most|our (?:limit|max|budget|ceiling)|what we (?:have|can))|is my (?:limit|max|budget))\b/i, weight: 20 },
  { role: 'client_offer', after: /^\s*(?:and (?:you(?:'ve| have) got|it'?s|we(?:'ve| have)(?: got)?) a deal|(?:is )?my (?:final|last|best) offer|take it or leave it)\b/i, weight: 20 },
  // "why would we pay €900 more??": a difference between two prices is nobody's price.
  { role: 'other', after: /^\s*(?:more|less|extra|cheaper|dearer|higher|lower|over|under|difference)\b(?!\s+(?:than|for|to)\b)/i, weight: 22 },
  // "Purchase Order NL-PO-2291 was raised for £520.00, being the upper limit of your written estimate": our own figure.
  { role: 'our_price', after: /^\s*,?\s*(?:being|which is|i\.e\.?)\s+(?:the\s+)?(?:upper limit|maximum|top end|total|amount) of your\b/i, weight: 40 },
  // "our price is 59", "the subscription price is €49": what the client sells, not a budget for us.
  { role: 'other', before: /\b(?:our|their|the)\s+(?:product'?s?\s+|subscription\s+|plan\s+|retail\s+|ticket\s+|menu\s+|selling\s+|list\s+|monthly\s+)?(?:price|pricing|prices)\s+(?:is|was|are|of|says|should be)\s*$/i, weight: 35 },
  // Another supplier's figure.
  { role: 'competitor', before: new RegExp(`\\b(?:another|other|a different|a cheaper|a local|the other|different|cheaper|(?:our|my|the) (?:current|previous|old|last|usual|existing|former))\\s+(?:\\w+\\s+)?${VENDOR}s?\\b[^.?!]{0,60}$`, 'i'), weight: 14 },
  // "got another quote from a freelancer in Utrecht for €1.500": a rival quote, whoever gave it.
  { role: 'competitor', before: /\b(?:another|other|a second|a cheaper|a lower|a different|competing|rival)\s+(?:quote|offer|bid|estimate|proposal|price)s?\b[^.?!]{0,60}$/i, weight: 14 },
  // "a studio in Leeds quoted us £900": an unnamed supplier counts once it names a price.
  { role: 'competitor', before: new RegExp(`\\b(?:an?|one|some)\\s+(?:\\w+\\s+)?${VENDOR}s?\\b[^.?!]{0,40}\\b(?:quoted|charges?|charged|offered|asks?|asked|wants?|does it|would do it|can do it|did it|will do it|invoices?|invoiced|bills?|billed|works? for|worked for)\\b[^.?!]{0,25}$`, 'i'), weight: 14 },
  { role: 'competitor', before: /\b(?:someone|somebody|people|guys?|others)\s+(?:else\s+)?(?:on\s+\w+\s+)?[^.?!]{0,40}$/i, weight: 12 },
  { role: 'competitor', before: /\b(?:fiverr|upwork|freelancer\.com|99designs|peopleperhour|elsewhere|competitors?|my nephew|my niece|my cousin|my son|my daughter|a friend|my friend|a student (?:would|could|can|does|did)|an intern (?:would|could|can)|ai tools?|chatgpt|canva|deepl|google translate)\b[^.?!]{0,50}$/i, weight: 13 },
  { role: 'competitor', before: /\b(?:quoted (?:us|me)|offered (?:to do it |to do this )?(?:for|at)|can (?:get|have) (?:it|this|the same|that|one|a logo|the job)(?: done| made)?(?: for)?|would do it for|got (?:a |another )?quotes? (?:of|for|at)|bids? (?:of|at|for)|(?<!you\s)charges?|(?<!you\s)charging|asks? for|asking)\s+(?:us\s+|me\s+)?(?:only\s+|just\s+|about\s+|around\s+)?$/i, weight: 12 },
  { role: 'competitor', after: /^\s*(?:elsewhere|somewhere else|on (?:fiverr|upwork|99designs)|from (?:another|other|a different|a cheaper|someone|somebody|an?|one|the other)\b|by (?:another|someone|a)\b|with (?:another|someone|a different)\b|at (?:another|a different)\b)/i, weight: 15 },
];

const SHARE = /\b(?:equity|shares?|stake|ownership|profits?|revenue|royalt(?:y|ies)|commission|cut of|upside|partner(?:ship)?|of (?:the )?(?:sales|earnings|company|business|startup))\b/i;
const DEPOSIT = /\b(?:deposit|upfront|up-front|up front|in advance|advance|down ?payment|retainer|before (?:you |the work |work |we )?(?:start|begin|kick off)|on signing|at (?:the )?start|at kick-?off|first payment|initial payment|first instal(?:l)?ment)\b/i;
const PERCENT_CUES: Cue<PercentRole>[] = [
  { role: 'share', before: /\b(?:equity|shares?|stake|ownership|profits?|revenue(?: share)?|royalt(?:y|ies)|commission|a cut|upside)\s+(?:of|in|share of)?\s*(?:about\s+|around\s+)?$/i, weight: 15 },
  { role: 'share', after: /^\s*(?:of\s+)?(?:the\s+)?(?:equity|shares?|stake|ownership|profits?|revenue|royalt(?:y|ies)|commission|sales|earnings|the (?:company|business|startup|app)|in the (?:company|business|startup))/i, weight: 20 },
  { role: 'deposit', after: /^\s*(?:of (?:the (?:total|price|fee|amount) )?)?(?:deposit|upfront|up-front|up front|in advance|advance|down ?payment|retainer|now|before|on signing|at (?:the )?start|at kick-?off|first|to start|to begin)\b/i, weight: 20 },
  { role: 'deposit', before: /\b(?:deposit|upfront|up-front|up front|advance|down ?payment|retainer)\s+(?:of|is|was|at|:)?\s*(?:only\s+|just\s+)?$/i, weight: 15 },
  { role: 'discount', after: /^\s*(?:off|discount|less|lower|cheaper|reduction|knocked off|taken off|deducted|down)\b/i, weight: 20 },
  { role: 'discount', before: /\b(?:discount|reduction|knock|cut (?:the price )?by|lower (?:it |the price )?by|reduce (?:it |the price )?by|drop (?:it |the price )?by|bring (?:it )?down by)\s+(?:of\s+)?(?:about\s+|around\s+)?$/i, weight: 15 },
  { role: 'surcharge', after: /^\s*(?:surcharge|rush(?: fee| charge)?|premium|on top|extra(?: for| charge| fee)|markup|more for (?:the )?(?:rush|nda|urgency))\b/i, weight: 20 },
  { role: 'surcharge', before: /\b(?:surcharge|rush fee|premium|markup)\s+(?:of\s+)?$/i, weight: 15 },
];

const DATE_CUES: Cue<DateRole>[] = [
  { role: 'current', before: /\b(?:instead of|rather than|originally|original(?:ly)? (?:planned|agreed|set)? ?(?:for|on)?|was|were|had been|agreed(?: on| for)?|we agreed|planned(?: for| on)?|scheduled(?: for| on)?|supposed to be(?: ready| done)?(?: by| on)?|the old|previous(?:ly)?|(?:moved?|push(?:ed)?|bring|brought|pull(?:ed)?|shift(?:ed)?)\s+(?:\w+\s+){0,3}from|(?<!\b(?:start\w*|begin\w*|available|open\w*|runs?|running|valid|work(?:s|ing)?)\s+(?:[\w-]+\s+){0,3})(?<!\b(?:e-?mails?|messages?|mails?|notes?|letters?|calls?|invoices?|quotes?|repl(?:y|ies)|texts?|voicemails?)\s+)from|not)\s+(?:the\s+)?$/i, weight: 20 },
  { role: 'current', after: /^\s*(?:deadline|date|launch date|timeline|delivery date)?\s*(?:we (?:agreed|set|planned)|you (?:promised|gave|quoted|said|proposed)|as (?:agreed|planned)|that we agreed)\b/i, weight: 20 },
  { role: 'other', after: /^\s*(?:is|are|would be|will be)\s+(?:\w+\s+)?(?:difficult|bad|tricky|impossible|busy|hard|not (?:possible|good|ideal))\b/i, weight: 20 },
  { role: 'requested', before: /\b(?:to|until|till|by|before|for|on|no later than|latest|need(?:s|ed)?(?: it| this| them| everything)?(?: (?:done|ready|finished|live|back|delivered))?(?: by| on| for)?|want(?:ed)?(?: it| this)?(?: (?:done|ready|by|on))?|deadline(?: is| was)?(?: now)?|due(?: date)?(?: is)?(?: now)?|ready (?:by|for|on)|deliver(?:ed)? (?:by|on)|live (?:by|on)|launch(?:es|ing)? (?:on|is)?|move(?:d)? (?:it )?(?:up |forward )?to|bring (?:it )?forward to|push(?:ed)? (?:it )?(?:back )?to)\s+(?:the\s+)?(?:very\s+)?(?:end of\s+)?$/i, weight: 5 },
  { role: 'other', before: /\b(?:went live|gone live|went out|launched|aired|ran|happened|call|meet(?:ing)?|chat|catch up|talk|speak|zoom|teams|phone|available|free|office(?: is)?|closed|holiday|vacation|off|away|out|paid|invoice[sd]?|sent|received|since|last|ago|posted|published|started|signed|appointment|interview|trip|flight|visit|hearing|exam|messaged|emailed|texted|called|rang|wrote|tried|asked|replied|answered|delivered|it is now|it's now|today is|let (?:me|us) know|reply|respond|answer|hear (?:back|from you)|decide|decision)\s+(?:[\w-]+\s+){0,4}(?:on\s+|at\s+|from\s+|until\s+|till\s+|is\s+)?(?:the\s+)?$/i, weight: 12 },
];

export interface RoledAmount extends Amount {
  role: AmountRole;
  /** "€30 per page": the figure is a rate, not a total. */
  per?: 'word' | 'page' | 'hour' | 'day' | 'item' | 'month';
}

const PER = /^\s*(?:\/\s*|per\s+|an?\s+|each\s*)?(word|page|hour|hr|day|article|post|item|piece|month)s?\b|^\s*each\b/i;
const PER_UNIT: Record<string, RoledAmount['per']> = { word: 'word', page: 'page', hour: 'hour', hr: 'hour', day: 'day', article: 'item', post: 'item', item: 'item', piece: 'item', month: 'month' };
export interface RoledPercentage extends Percentage {
  role: PercentRole;
  /** For deposits: whose figure it is — ours restated, or the client's counter-proposal. */
  owner: 'us' | 'client' | 'unknown';
}
export interface RoledDate extends DateEntity {
  role: DateRole;
}

export interface Known {
  /** Our price as known from the agreement, our earlier message or the profile. */
  price?: { amount: number; currency: string };
  deposit?: number;
}

export function amountRole(text: string, a: Amount, known: Known = {}): AmountRole {
  const w = windowAround(text, a.index, a.index + a.text.length);
  let role = nearestRole(w, AMOUNT_CUES, 'other');
  const sameAsOurs = known.price && Math.abs(known.price.amount - a.value) < 0.005 && (a.currency === null || a.currency === known.price.currency);
  // The client quoting our own figure back is our price, whatever words surround it ("$2,400 is a lot").
  if (sameAsOurs && role !== 'competitor') role = 'our_price';
  // "Now we pay hosting to GoDaddy around 15 pound in month": what they pay someone else each month is no budget for us.
  if (role === 'client_offer' && /^\s*(?:\w+\s+)?(?:a|per|in|each|every|\/)\s*(?:month|mo|year|yr)\b|^\s*(?:monthly|yearly|annually)\b/i.test(w.after) && /\b(?:hosting|host|domain|subscription|licen[cs]e|plan|godaddy|wix|squarespace|shopify|wordpress\.com|server|pay(?:ing)? (?:to|for) (?!you\b))\b/i.test(`${w.before.slice(-80)} ${w.after.slice(0, 40)}`)) return 'other';
  // "I just received invoice #0142 for $2,240": the figure of an invoice is what we billed, never a budget of theirs.
  if (role === 'client_offer' && (/\binvoice\s*(?:#|no\.?\s*)?[\w-]*\s*(?:for|of|over)\s*$/i.test(text.slice(Math.max(0, a.index - 40), a.index)))) return 'other';
  // "14 hours?? You quoted 8-10": a small bare number beside a count of hours or days is that count, not a price.
  if (role !== 'other' && a.currency === null && a.value < 50 && Number.isInteger(a.value) && /\b(?:hours?|hrs?|h|days?|weeks?)\b/i.test(text.slice(Math.max(0, a.index - 60), a.index + a.text.length + 30))) return 'other';
  // "what would 1k get me?" and "is 500 doable" are theirs even inside a question about our work.
  return role;
}

export function percentRole(text: string, p: Percentage, known: Known = {}): PercentRole {
  const w = windowAround(text, p.index, p.index + p.text.length);
  const role = nearestRole(w, PERCENT_CUES, 'other');
  if (role !== 'other') return role;
  // "the 30% you mentioned": our own deposit, restated.
  if (known.deposit !== undefined && Math.abs(known.deposit - p.value) < 0.01 && /\byou(?:r)?\b/i.test(`${w.before.slice(-30)} ${w.after.slice(0, 30)}`)) return 'deposit';
  const clause = `${w.before} ${w.after}`;
  if (SHARE.test(clause)) return 'share';
  if (DEPOSIT.test(clause)) return 'deposit';
  if (/\b(?:discount|off|cheaper|reduction|knock)\b/i.test(clause)) return 'discount';
  if (/\b(?:surcharge|rush fee|premium|markup)\b/i.test(clause)) return 'surcharge';
  return 'other';
}

const OWNER_CUES: Cue<'us' | 'client'>[] = [
  { role: 'us', before: /\byour\s+(?:\w+\s+)?$/i, weight: 20 },
  { role: 'us', after: /^[^.?!]{0,40}?\byou(?:'ve| have)?\s+(?:ask|want|require|need|mention|quote|propose|suggest|request|charge|usually|normally)/i, weight: 5 },
  { role: 'us', before: /\byou(?:'ve| have)?\s+(?:ask(?:ed)?|want(?:ed)?|require[ds]?|need(?:ed)?|mention(?:ed)?|quote[ds]?|propose[ds]?|suggest(?:ed)?|request(?:ed)?)\s+(?:for\s+)?(?:a\s+|an\s+|the\s+)?$/i, weight: 20 },
  { role: 'client', before: /\b(?:we|i)(?:'d|'ll| would| will| can| could| only| usually| normally| always| never| just| happily)*\s+(?:\w+\s+)?(?:pay|do|offer|give|manage|transfer|send|put down|advance|go with|prefer|agree to|cover)\s+(?:you\s+)?(?:a\s+|an\s+)?(?:only\s+|just\s+|max(?:imum)?\s+|up to\s+)?$/i, weight: 15 },
  { role: 'client', before: /\b(?:our|my) (?:policy|rule|standard|usual|process|terms?)\b[^.?!]{0,40}$/i, weight: 5 },
  { role: 'client', before: /\b(?:how about|what about|would you (?:accept|take|do|consider)|can you do|could you do|only|just|max(?:imum)?)\s+(?:a\s+|an\s+)?$/i, weight: 8 },
];

function depositOwner(text: string, p: Percentage, known: Known): RoledPercentage['owner'] {
  const w = windowAround(text, p.index, p.index + p.text.length);
  const owner = nearestRole<'us' | 'client' | 'unknown'>(w, OWNER_CUES, 'unknown');
  if (owner !== 'unknown') return owner;
  if (known.deposit !== undefined && Math.abs(known.deposit - p.value) < 0.01) return 'us';
  return 'unknown';
}

const PAYMENT_CONTEXT = /\b(?:pay(?:s|ing|ment)?|paid|invoices?|invoiced|net\s?\d+|terms|settled?|payable|days? (?:end of month|eom|from receipt)|payment run)\b/i;

export function dateRole(text: string, d: DateEntity, today: string): DateRole {
  const w = windowAround(text, d.index, d.index + d.text.length);
  // A day already past is not a date anyone can now ask for.
  // ("the deposit was transferred on 5 November" is a past event, not the date the work was due.)
  if (d.iso < today) return /\b(?:agreed|planned|scheduled|supposed|due|deadline|deliver\w*|(?:was|were) (?:set|meant|promised|expected))\b/i.test(w.before) && !/\b(?:paid|transferred|sent|wired|received|signed)\b[^.?!\n]{0,20}$/i.test(w.before) ? 'current' : 'other';
  // "I got the confirmation letter before Christmas": a holiday named in the past tense is last one's, though the
  // calendar reads it as the next.
  if (/\b(?:christmas|xmas|easter|new year|thanksgiving|black friday)\b/i.test(d.text) && /\b(?:got|received|was|were|had|did|accepted|came|arrived|sent|went|finished|happened|approved|confirmed)\b[^.?!\n]{0,60}$/i.test(w.before) && !/\b(?:need|want|must|should|will|by|until|deadline|ready|live)\b[^.?!\n]{0,30}$/i.test(w.before)) return 'other';
  // "payment at 60 days end of month", "within 60 days of invoice": a payment window, not a delivery date.
  if (PAYMENT_CONTEXT.test(`${w.before.slice(-50)} ${d.text} ${w.after.slice(0, 30)}`) && !/\b(?:live|ready|deliver|launch|done|finished)\b/i.test(w.before.slice(-40))) return 'other';
  // "I need a number for the deck today or tomorrow", "the invoice must be in our system by 18 December": a date for
  // our answer or our paperwork, not for the work.
  const head = `${w.before.split(/[.?!\n]\s/).pop() ?? ''} ${d.text}`;
  const sentence = `${head} ${(w.after.split(/[.?!\n]/)[0] ?? '').slice(0, 60)}`;
  // (The work's own words count before the date: "you'd send a quote by Friday, once you'd done the word count" is
  // still the quote's date, u13a-10.)
  if (REPLY_BY.test(sentence) && !/\b(?:live|launch\w*|deliver\w*|finished|done|final files?|the (?:copy|design|site|translation|logo|page|articles?) by)\b/i.test(head)) return 'other';
  return nearestRole(w, DATE_CUES, d.deadline ? 'requested' : 'other');
}

export const REPLY_BY = /\b(?:(?:quotes?|quotations?|offers?|proposals?|bids?|tenders?|estimates?)\b[^.?!]{0,40}\b(?:by|before|until|no later than|deadline|due|valid)\b|(?:deadline|closing date|due date) (?:for|of) (?:the |your |all )?(?:quotes?|quotations?|offers?|proposals?|bids?|tenders?|applications?|submissions?|estimates?|rate cards?)\b|(?:submit|send|return|receive)\b[^.?!]{0,30}\b(?:quote|offer|proposal|bid|tender|estimate)s?\b|(?:need|want|get|have|send|give)\s+(?:me\s+|us\s+)?(?:a|the|your|some)\s+(?:rough\s+|ballpark\s+|first\s+)?(?:number|figure|quote|price|ballpark|estimate|proposal|answer|reply|decision|confirmation|idea of (?:the )?(?:cost|price))|(?:deposit |first |your )?invoice\b[^.?!]{0,60}\b(?:in our system|dated|booked|issued|received|paid)|(?:let (?:me|us) know|get back to (?:me|us)|reply|respond|confirm)\b|(?:return|send back|submit|complete)\b[^.?!]{0,30}\b(?:documents?|forms?|paperwork|the above|the following|certificates?)\b)/i;

/** Whether `b` is the upper bound of a range that starts at `a` ("$1,500-2,000", "8 to 10k"). */
export function joinsRange(text: string, a: Amount, b: Amount): boolean {
  return b.index > a.index && /^\s*(?:-|–|—|to)\s*$/i.test(text.slice(a.index + a.text.length, b.index));
}

export function roleAmounts(text: string, amounts: Amount[], known: Known = {}): RoledAmount[] {
  const roled = amounts.map((a) => {
    const unit = PER.exec(text.slice(a.index + a.text.length, a.index + a.text.length + 20));
    const per = unit ? (unit[1] ? PER_UNIT[unit[1].toLowerCase()] : 'item') : undefined;
    return { ...a, role: amountRole(text, a, known), ...(per ? { per } : {}) } as RoledAmount;
  });
  // "£8,000-10,000": the second bound of a range has the first one's role.
  for (let i = 1; i < roled.length; i++) {
    const a = roled[i - 1]!;
    const b = roled[i]!;
    if (b.role === 'other' && a.role !== 'other' && a.currency === b.currency && joinsRange(text, a, b)) roled[i] = { ...b, role: a.role };
  }
  // "0,12 € per word is too expensive. We think 0,07 € is fair": a bare figure of the same currency and scale as a
  // rate just named is that rate's counter-offer, per the same unit.
  return roled.map((a, i) => {
    if (a.per) return a;
    const rate = roled.slice(0, i).reverse().find((r) => r.per && r.currency === a.currency);
    return rate && a.value > 0 && a.value < rate.value * 3 && a.value > rate.value / 5 && a.index - rate.index < 400 ? { ...a, per: rate.per } : a;
  });
}

export function rolePercentages(text: string, percentages: Percentage[], known: Known = {}): RoledPercentage[] {
  return percentages.map((p) => {
    const role = percentRole(text, p, known);
    return { ...p, role, owner: role === 'deposit' ? depositOwner(text, p, known) : 'unknown' };
  });
}

/**
 * Dates with their roles. "Friday, 4 December" is one date (the weekday is dropped in favour of the calendar day), and in
 * "on 30 November rather than 7 December" the first is the one asked for, the second the one planned.
 */
export function roleDates(text: string, dates: DateEntity[], today: string): RoledDate[] {
  const kept: DateEntity[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const next = dates[i + 1];
    if (next && /^(?:mon|tue|wed|thu|fri|sat|sun)/i.test(d.text) && /^[,\s]*(?:the\s+)?$/.test(text.slice(d.index + d.text.length, next.index))) {
      // The calendar day wins; its role is read from where the weekday stood.
      kept.push({ ...next, text: text.slice(d.index, next.index + next.text.length), index: d.index, deadline: d.deadline || next.deadline });
      i++;
      continue;
    }
    kept.push(d);
  }
  const roled = kept.map((d) => ({ ...d, role: dateRole(text, d, today) }));
  for (let i = 0; i + 1 < roled.length; i++) {
    const between = text.slice(roled[i]!.index + roled[i]!.text.length, roled[i + 1]!.index);
    if (/^\s*,?\s*(?:rather than|instead of|not)\s+(?:the\s+|on\s+)?$/i.test(between) && roled[i]!.iso >= today) {
      roled[i]!.role = 'requested';
      roled[i + 1]!.role = 'current';
    }
  }
  return roled;
}

// ---- relative shifts: "moved up by a week", "two days earlier", "push it back 3 days"

/** Small counts said in words: "a", "two", "a couple of", "a few". */
export const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, 'a couple of': 2, couple: 2, 'a few': 3, few: 3 };
/** A count said in words or digits ("two", "4"): its number, NaN when it is neither. */
export function countValue(word: string): number {
  return COUNT_WORDS[word.toLowerCase()] ?? Number(word);
}
const COUNT = '(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)';
const UNIT = '(days?|weeks?|working days?|business days?)';
const EARLIER = '(earlier|sooner|early|ahead of schedule|ahead)';
const LATER = '(later|after|back)';

export interface Shift {
  /** Calendar days; negative is earlier. */
  days: number;
  text: string;
  index: number;
}

const SHIFT_RES: Array<[RegExp, (m: RegExpExecArray) => number | null]> = [
  [new RegExp(`\\b(?:mov(?:e|ed|ing)|br(?:ing|ought)|pull(?:ed|ing)?|push(?:ed|ing)?|shift(?:ed|ing)?|bump(?:ed|ing)?)\\s+(?:\\w+\\s+){0,3}?(up|forward|earlier|back|later|out)\\s+(?:by\\s+)?${COUNT}\\s+${UNIT}`, 'gi'), (m) => sign(m[1]!) * days(m[2]!, m[3]!)],
  [new RegExp(`\\b${COUNT}\\s+${UNIT}\\s+${EARLIER}`, 'gi'), (m) => -days(m[1]!, m[2]!)],
  [new RegExp(`\\b${COUNT}\\s+${UNIT}\\s+${LATER}\\b(?!\\s+(?:that|the|we|you|i)\\b)`, 'gi'), (m) => (/back|later/i.test(m[3]!) ? days(m[1]!, m[2]!) : null)],
];

function sign(direction: string): number {
  return /up|forward|earlier/i.test(direction) ? -1 : 1;
}

function days(count: string, unit: string): number {
  const n = /^\d/.test(count) ? Number(count) : (COUNT_WORDS[count.toLowerCase()] ?? 1);
  if (/week/i.test(unit)) return n * 7;
  if (/working|business/i.test(unit)) return Math.round((n * 7) / 5);
  return n;
}

export function findShift(text: string): Shift | undefined {
  for (const [re, value] of SHIFT_RES) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) continue;
    const d = value(m);
    if (d !== null && d !== 0) return { days: d, text: m[0], index: m.index };
  }
  return undefined;
}
