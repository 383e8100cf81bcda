// Runs everywhere (Node, side panel): where the deal stands as this message shows it — a first enquiry, a quote under discussion, agreed, drafts under review, delivered — and whether the deposit is already paid, so no card answers the wrong situation.

import type { z } from 'zod';
import type { StageSchema } from '../schemas';

/**
 * - enquiry: nothing quoted yet;
 * - quoted: we named terms, the client has not agreed;
 * - agreed: accepted, no version delivered yet;
 * - in_progress: a draft or version is out and the client reacts to it;
 * - delivered: the final work is out (maybe paid) and the client follows up.
 */
export type Stage = z.infer<typeof StageSchema>;

export interface Situation {
  stage: Stage;
  /** The deposit is paid (their words or ours say so), so no card asks for it again. */
  depositPaid: boolean;
  /** The thread says the deposit was not paid: its invoice rejected, "we never paid the deposit", "no advance payments". */
  depositUnpaid: boolean;
  /** Work has started or been delivered: a deposit "before I start" no longer makes sense. */
  underway: boolean;
  /** Why the stage was chosen, for the CLI and for tests. */
  evidence?: string;
}

export interface SituationInput {
  /** The client's cleaned newest words. */
  text: string;
  /** Our own earlier words in the thread, newest first. */
  ourWords: string[];
  /** Whatever else is quoted under the client's words (their own earlier mail included). */
  quote?: string;
  /** The client accepts in this message (the acceptance move, after the engine's own checks). */
  accepts: boolean;
  /** A price of ours is known from the thread, an agreement or the client's restatement ("your $2,750"). */
  quotedPrice: boolean;
  /** An agreement is stored for this client. */
  agreement: boolean;
}

const MAX = 6000;

// The client's words: a final delivery, a go-live, an invoice for finished work.
const DELIVERED_CLIENT = /\b(?:(?:your|ur) (?:["“‘'](?:gentle |friendly |polite |little )?|(?:gentle|friendly|polite|little) )reminder\b|(?:under|within|part of|covered by|included in) (?:the|our|your|my) (?:monthly |annual |yearly )?(?:website )?(?:maintenance|retainer|support|care)\b|(?:your|the|our) (?:website )?(?:maintenance|support|care|retainer) (?:service|plan|package|contract|arrangement)\b|(?:thanks|thank you)(?: again| so much)? for (?:sorting|fixing|updating|sorting out) (?:the|our|my)\b|you delivered|(?:query|question about|ask about) the [$€£]?[\d,.]+ on the invoice|\d+ orders since|(?:thank you|thanks) for (?:your|the) (?:payment )?reminder|(?:re-?issue|resend) the invoice|(?:unable|not able) to (?:process|pay) (?:the |your )?invoice|(?:loved|love|liked) (?:the|your) (?:new |final )?(?:website|site|copy|logo|design|translation|articles?)\b|(?:your|the) (?:update|maintenance) (?:note|report|email|log)|(?:routine|monthly|plugin) updates?\b|(?:site|store|shop|app|website)(?: has|'s) been (?:brilliant|great|amazing|fantastic|working|running|live)\b|(?:when|since) (?:we|you) (?:finished|launched|handed (?:it )?over)\b|(?:web)?(?:site|store|shop|app)(?:'s| is| went| has gone) (?:down|offline|broken|not loading|showing (?:a |an )?(?:white|blank|error))|(?:site|store|shop|page|app)(?:'s| is| has) (?:been )?live|(?:has|have) been live|resend the (?:files?|link)|(?:got|received|saw|seen) your (?:payment )?reminder|(?:your|the) (?:payment )?reminder about (?:the|your|my) (?:final |last |outstanding |overdue |open )?invoice|(?:your|the) (?:outstanding|overdue) invoice|(?:thanks?(?: you)? for|got|received|love|loved|downloaded|checked|opened) (?:the|your|all the) final (?:\w+ )?(?:files?|version|logo|design|texts?|copy|translation|deliver\w*)|your final invoice|the final invoice (?:you|is|was|has)|(?:got|received|have|downloaded) (?:the|your) (?:files|final|finished|completed|translation|texts?)\b|(?:went|gone|been) live\b|since (?:the |we |it )?(?:launch(?:ed)?|went live|go-?live|delivery|you delivered|handover)|(?:already )?(?:paid|settled) (?:your|the) (?:final |last )?invoice|(?:your|the) (?:final |last )?invoice (?:is|was|has been) (?:paid|settled)|we (?:launched|published|printed)|(?:it|the \w+) (?:was|has been) (?:published|printed|launched)|(?:published|printed|launched) (?:it|the \w+)\b|(?:thanks|thank you) (?:again )?for all (?:the|your) (?:great |lovely |brilliant |excellent |hard )?(?:work|help)\b|work with you again|(?:loved|love|enjoyed) working with you|worked (?:out )?(?:great|well|brilliantly)|project is (?:done|finished|complete)|(?:signs?|cups|menus?|boxes|cards|labels|flyers|posters|banners|brochures?|books?|packaging) (?:are|is) (?:up|out|printed|in)\b|(?:printed|came back|arrived) (?:on|from) (?:the )?(?:cups|printer|packaging|labels|boxes)|(?:came|turned) out (?:great|really well|beautifully|amazing|lovely)|(?:invoice|balance|everything|all) (?:is |has been )?paid\b|final (?:\d{1,2}\s?%|payment|instal\w*) (?:went out|is paid|was paid|paid|sent)|(?:got|received) the (?:logins?|handover|credentials)|handover (?:doc|notes|call)|loved (?:everything|all) (?:you did|of it)|in the final (?:document|file|version|pdf|text))\b/i;
// A draft or version out for review: what the client answers is work of ours.
const IN_PROGRESS_CLIENT = /\b(?:(?:you'?ve|you have) (?:already |now )?(?:delivered|written|finished|completed) (?:the first|two|three|four|\d+|some|most|half)\b|(?:stop|end|cancel|pause|wind down) (?:the|our) (?:monthly |weekly |ongoing |regular |current )?(?:[\w-]+ )?(?:arrangement|retainer|contract|collaboration|series)\b|(?:shop|store|site|website|app|page|it|this|the \w+) (?:still )?(?:isn'?t|is not|hasn'?t been|has not been|is still not) (?:live|up|online|launched|finished|done|ready) yet\b|(?:shop|store|site|website|app|page|it|the \w+) still (?:isn'?t|is not|hasn'?t been|has not been) (?:live|up|online|launched|finished|done|ready)\b|(?:the )?(?:first|last|latest|previous) (?:article|post|blog|piece|page|batch|chapter|video|episode|newsletter)s? (?:did|went|performed|was|got|has (?:done|been))\b|(?:articles?|pages?|posts?|chapters?|parts?|screens?|batch(?:es)?|episodes?|videos?) \d{1,2}(?:(?:,| and|,? &) \d{1,2})* (?:are|is|went|have gone|has gone|have been|has been) (?:already |now )?(?:live|up|out|published|scheduled|delivered|done|in|approved)\b|(?:thanks|thank you|thx) (?:so much |again |again so much )?for (?:the|your) (?:first |new |latest |revised |updated |second )?(?:visual |homepage |logo |page )?(?:drafts?|concepts?|designs?|batch|versions?|mock-?ups?|options|wireframes?|sketches|layouts?|translation|logo|website|site|articles?|texts?)|(?:got|received|read|showed|shared|saw|seen|checked|reviewed|looked at) (?:the|your) (?:\w+ )?(?:drafts?|concepts?|designs?|batch|versions?|mock-?ups?|(?:logo|design|name) proposals|options|wireframes?|sketches|layouts?)|(?:going through|went through|gone through|looking at|looked at|reviewing|reviewed|checked|tested|read) (?:v\d|version \d)\b|(?:on|in|with) the (?:\w+ )?draft\b|(?:signed off|approved) (?:on )?(?:it|them)\b|(?:another|all (?:three|two|the) |each) versions?|in (?:the|your) (?:draft|translation|version|mock-?up|concepts?)|your (?:english|german|french|spanish|italian|polish|russian|swedish|dutch|portuguese|japanese|chinese) (?:version|translation|text)|got the first half|(?:first|second|third|new|latest|revised|updated|last) (?:drafts?|versions?|concepts?|round|mock-?ups?|proofs?|cut|layout|design)|(?:your|these|those) (?:drafts?|concepts?|mock-?ups?|proofs?|options|directions|wireframes?|versions?)\b|the (?:drafts?|concepts?|mock-?ups?|proofs?)\b(?! (?:stage|phase|step))|feedback on|(?:our|my|some|a few|the) (?:comments|feedback|notes|changes|edits|amends|tweaks)|(?:draft|version|round|option|concept|proof|v) ?\d\b(?![.,]\d)(?! (?:days?|weeks?|pages?|words?|hours?))|got the first (?:\d+ |few )?(?:pages|part|half|batch|chapters?|articles?|screens?)|the first part of|another draft|(?:the|your|this) (?:\w+ )?(?:proof|mock-?up)\b|(?:latest|new|test|staging) build\b|on the (?:test|staging|preview) (?:link|site|server|page)|not what (?:i|we) (?:imagined|had in mind|expected|pictured|wanted)|(?:start over|try again|another pass|rework it|redo it)\b|(?<!\b(?:chatgpt|intern|ai tools?|an app|competitors?|the other (?:agency|designer|writer|freelancer))\b[\s\S]{0,200})(?:it|this|that) (?:sounds|reads) (?:a bit|too|like|very|so|really|kind of|quite)\b|(?:it|this) feels (?:childish|dull|boring|flat|generic|off|cold|corporate|stiff|too|like)\b|(?:read|been through) it (?:twice|three times|\w+ times)|round of (?:changes|revisions|feedback|edits)|(?:looked|had a look|went through|read through|reviewed) (?:at )?(?:the (?:draft|design|text|copy|translation|files?|pages?|site|logo|concepts?|mock-?ups?|version)|it\b)|(?<!(?:questionnaire|contract|invoice|form|quote|proposal|link|agreement|nda|terms|brief) )(?:you sent|sent over|you delivered)\b|on staging\b|(?:seen|saw|checked|looked at|been through) the staging (?:site|link|version|server|pages?)\b|preview link|(?:the|your) (?:design|logo|copy|text|translation|site|page|article|layout|video|edit|homepage|code|build)s? (?:you (?:sent|did|made|wrote|delivered)|looks?|reads?|feels?|doesn'?t|does not|isn'?t|is not|are not|aren'?t)\b)/i;
// Agreed: a yes, a signature, a deposit sent, materials sent to start.
const AGREED_CLIENT = /\b(?:(?:we(?:'re| are)|it'?s|project(?:'s| is)) back on\b|(?:we|i) agreed (?:everything|on everything|all (?:of )?(?:this|that|the \w+)|the (?:scope|price|terms|plan|dates?))\b|(?:been |are |we'?re |still )?on (?:your|the) (?:[$€£]\s?[\d,.]+\s?(?:\/|a |per )\s?(?:month|mo|quarter)\s+)?(?:maintenance|retainer|support|care|hosting) (?:plan|package|contract|agreement|deal)|(?:move|switch|change) (?:the|our) (?:[$€£]\s?[\d,.]+\s?(?:\/|a |per )\s?(?:month|mo)\s+)?(?:maintenance|retainer|support)\b|(?:let'?s|lets|we(?:'d| would)? like to|happy to|ready to|want to|we can|i can) (?:go ahead|proceed|move forward|get started|start|book)|(?:go|going) ahead|green light|(?:signed|countersigned) (?:the|your) (?:contract|agreement|proposal|quote|sow)|(?:contract|agreement|proposal|quote|po|purchase order) (?:is |has been )?(?:signed|approved|raised|issued)|(?:sent|paid|transferred|wired) (?:the|your|you the) (?:deposit|advance|first (?:half|instal\w*|payment)|\d{1,2}\s?%)|(?:deposit|advance) (?:is|has been|was) (?:paid|sent|transferred)|when can (?:you|u) start|kick-?off|(?:please find|attached|enclosed|here is)[^.\n]{0,30}\b(?:purchase order|po)\b|\bpo[- ]?\d{3,}|signed (?:contract|agreement|proposal|quote)|(?:board|team|boss|director|we) (?:has |have )?approved your (?:proposal|quote|estimate)|(?:officially|we'?re|we are) (?:on|under ?way|a go)\b|(?:filled in|completed) (?:your|the) (?:questionnaire|brief|form)|(?:here (?:are|is)|attached (?:are|is)|sending (?:you )?(?:over )?)(?:the )?(?:brief|assets|materials|files|logo files|texts?|documents?|content|copy)\b)/i;
// Quoted: the client answers a quote or proposal of ours.
const QUOTED_CLIENT = /\b(?:(?<!\b(?:what(?:'s| is| are| would be)|send(?: us| me)?|share(?: with us)?|know|give(?: us| me)?|with|for|about|[-•*]) )(?:your|ur) (?:quote|quotation|proposal|estimate|offer|price|pricing|rates?|fee|figure|number|terms|contract|breakdown)|(?:instead of|rather than|than) (?:your|ur) [$€£]?\d|got (?:your|ur) (?:offer|quote|price)|yours is|(?:happy|ok|fine|good) with the scope|regarding the \d{1,2}\s?% deposit|the (?:quote|quotation|proposal|estimate) (?:you|for)|you quoted|(?:as|like) you (?:quoted|proposed|suggested)|you (?:mentioned|said|asked for) (?:[$€£]|\d)|before (?:we|i) (?:go ahead|sign|commit|decide|proceed|agree))\b/i;

// Our own words: what we last sent.
/** Our own last message sent a version of the work: "Attached is the second version", "here are the first drafts". */
export const OURS_SENT_WORK = /\b(?:attached (?:is|are)|here (?:is|are)|please find attached)\b[^.\n]{0,60}\b(?:version|draft|drafts|design|designs|mock-?ups?|files?|translation|copy|articles?|pages?|concepts?)\b|\b(?:first|second|third|final|\d(?:st|nd|rd|th)) (?:version|draft|round)\b/i;
export const OURS_DELIVERED = /\b(?:fully paid|invoice (?:no\.? |#)?\S+ \([^)\n]{1,60}\bbalance\b|(?:the )?(?:balance|final payment|final invoice)(?: of [$€£]?\s?[\d,.]+)? (?:is |has been |was )?(?:received|paid|settled)|(?:project|job|work) is (?:now )?(?:fully paid|closed|complete)|handover notes|invoice (?:no\.? |#)?\S+ for the (?:remaining|balance|rest)|congratulations (?:again )?on the (?:launch|opening|go-?live)|final (?:copy|files|version|texts?|translation|designs?)(?: for [^.\n]{1,30})? (?:is|are) (?:attached|ready|uploaded|in)|paid in full|(?:settling|settled|paying) the balance|(?:attached|here|please find)(?: (?:are|is))?(?: attached)? the final|all (?:the )?final files|(?:is|are) now live|invoice for the (?:remaining|balance)|final (?:files|version|logo|texts?|translation|deliver\w*) (?:are|is)? ?(?:attached|here|below|in|ready|uploaded)|(?:site|store|page|shop) is (?:now )?live|invoice for the (?:balance|rest|remaining)|final invoice|handed over)\b/i;
const OURS_IN_PROGRESS = /\b(?:(?:drafts?|concepts?|versions?|mock-?ups?|wireframes?|sitemap|homepage(?: design)?|first (?:draft|version|half|batch))\b[^.\n]{0,40}\b(?:is|are) (?:now )?ready (?:for (?:you|your)|to (?:review|look))|(?:next,? )?i(?:'ll| will)? (?:now )?move on to the\b|(?:drafts?|concepts?|versions?|mock-?ups?|wireframes?|designs?)\b[^.\n]{0,80}\b(?:are|is) (?:now )?(?:in|on) (?:the |our |your )?(?:figma|google (?:doc|drive)|dropbox|drive|shared)\w*|(?:the )?first of your (?:\w+ )?(?:included )?(?:revision )?rounds|(?:attached|here|below) (?:are|is) (?:the |my )?(?:first |second |revised |updated |new )?(?:(?:three|two|four) )?(?:\w+ )?(?:drafts?|concepts?|versions?|mock-?ups?|wireframes?|designs?|proofs?|batch|round \d)|please find (?:attached )?(?:the |my )?(?:first |second |revised |updated )?(?:\w+ )?(?:drafts?|concepts?|versions?|batch)|(?:is|are) (?:now )?on staging|preview link|staging (?:link|site)|(?:rounds?) (?:are|have been) used|let me know (?:your|what you think of (?:the|these|this) (?:drafts?|concepts?|designs?|versions?)))/i;
const OURS_AGREED = /\b(?:(?:great|glad|lovely|good) to have you on board|here'?s the plan for|(?:i'?ve|i have) sent (?:you )?the contract|to confirm:|i confirm (?:that )?the|(?:i'?ll|i will) start (?:as soon as|once|when)|(?:thanks|thank you) for (?:the|your) (?:deposit|payment|go-?ahead|signed)|(?:received|got) (?:the|your) (?:deposit|payment|signed)|(?:i'?ll|i will|i can) start (?:on|this|work|monday|tomorrow|next)|(?:glad|delighted|happy|great) (?:to hear )?(?:you(?:'d| would)? like to|we'?re) (?:go(?:ing)? ahead|working together)|invoice for the deposit)\b/i;
const OURS_QUOTED = /\b(?:my (?:quote|price|fee|proposal|estimate)|the (?:price|fee|total|cost) (?:is|would be|will be|comes to)|(?:i|we) (?:charge|quote)|quote (?:for|is)|(?:deposit|upfront) (?:before|to book)|before i start)\b|[$€£]\s?\d/i;

// "We've paid you $960 already", "we paid €1,200 upfront", "we've paid the $2,240 deposit", a chargeback "for the deposit".
const PAID_ALREADY = /\b(?:(?:we|i)(?:'ve| have)? (?:already )?paid (?:you )?(?:almost |nearly |over |about )?(?:[$€£]\s?[\d,.]+k?|a (?:thousand|fortune)|(?:\w+ )?(?:thousand|hundred) (?:bucks|dollars|euros|pounds|quid))(?: \w+)? (?:already|upfront|up front|for (?:this|it|a|the))|(?:we|i)(?:'ve| have)? (?:already )?paid (?:you )?(?:the |our |my )?(?:[$€£]\s?[\d,.]+ |\d{1,2}\s?% )(?:deposit|advance)|chargeback[^.?!\n]{0,40}\bdeposit|(?:deposit|advance)\) (?:was|is|has been) (?:paid|sent|transferred)|balance (?:is|was|has been) (?:paid|settled)|(?<![\d–-]\s?)\d{1,2}\s?% (?:sent|paid|transferred|wired)\b(?! (?:on|upon|after|before|once|when|at|in|within|by|for))|(?:transfer(?:red)?|sent|paid|wired) (?:the |our |my )?(?:dp|down ?payment)|(?:didn'?t|did not) pay (?:a |the |my |our )?(?:[$€£]\s?[\d,.]+ |\d{1,2}\s?% )?(?:deposit|advance) for this)\b/i;
const DEPOSIT_PAID = /\b(?:(?:(?:the|our|my) (?:\d{1,2}\s?%(?: deposit)?|first (?:instal\w*|payment|milestone))|deposit|advance|milestone 1)(?: of (?:[^.;\n]|\.(?=\d)){1,20}?| \([^)\n]{1,20}\))?(?: and [^.,;\n]{1,30})? (?:is |are |has been |have been |was |were |has already been |have already been )?(?:just |now |already )*(?:paid|sent|transferred|wired|received|settled|cleared)\b|(?:paid|sent|transferred|wired|made|settled) (?:the |your |our |you the |over the )(?:\d{1,2}\s?% )?(?:deposit|advance|first (?:instal\w*|payment|invoice)|first half of the (?:fee|payment|invoice)|upfront (?:payment|fee)|\d{1,2}\s?%)|(?:paid|sent|transferred|wired) (?:deposit|advance)|(?:paid|settled) (?:your |the )?(?:final )?invoice|(?:deposit|advance|payment) (?:went through|has cleared|arrived)|(?:received|got) (?:the|your) (?:deposit|advance|first (?:instal\w*|payment))|thanks? (?:you )?for (?:the|your) (?:deposit|advance|first payment)|already paid (?:you )?(?:the )?(?:deposit|advance|half|upfront)|all paid|paid in full|final (?:\d{1,2}\s?%|payment|instal\w*) (?:went out|is paid|was paid|sent)|(?:deposit|advance) (?:of [^.]{1,20} )?(?:paid|received) (?:on|last|yesterday))(?!\w)/i;

// "Invoice LC-58 (50% deposit) has been rejected", "we never paid the deposit", "does not make advance or deposit payments".
const DEPOSIT_UNPAID = /\b(?:(?:deposit|advance)\b[^.\n]{0,60}\b(?:(?:has been|was|were|is) (?:rejected|returned|declined|refused)|(?:is|was|has) (?:still )?(?:not (?:yet )?(?:been )?paid|unpaid|outstanding|open)|still (?:open|owed|outstanding|unpaid))|(?:never|haven'?t|have not|didn'?t|did not) (?:yet |actually )?(?:paid|sent|transferred) (?:the|your|you the|any|a) (?:deposit|advance)|(?:won'?t|will not|cannot|can'?t|do not|don'?t|does not|doesn'?t) (?:pay|make) (?:anything (?:in advance|upfront|up front)|any(?:thing)? (?:in advance|upfront)|(?:any )?(?:advance|deposit)(?: or (?:advance|deposit))? payments?|deposits?))/i;

const CONDITIONAL = /\b(?:once|when|until|after|before|if|then|will|would|should|must|need|needs|want|wants|going to|plan|planned|expect|not|n't|never)\b[^,;]*$/i;

const ORDER: Stage[] = ['enquiry', 'quoted', 'agreed', 'in_progress', 'delivered'];

/** The first stage whose cue was found, with its evidence. */
function staged(cues: Array<[Stage, string | undefined]>): [Stage, string] | undefined {
  const found = cues.find(([, e]) => e !== undefined);
  return found ? [found[0], found[1]!] : undefined;
}

const OURS_RECEIVED = /\b(?:(?:deposit|advance|payment)(?: of [^.;\n]{1,20}?| \([^)\n]{1,20}\))? (?:has |was |is )?(?:been )?(?:arrived|landed|come through|came in|come in|cleared|received)|deposit (?:is )?received|(?:the )?deposit (?:that )?you(?:'ve| have)? (?:already )?paid|less (?:the )?(?:\d{1,2}\s?% )?(?:deposit|advance)|thanks? (?:you )?(?:again |so much )*for (?:the|your) (?:[$€£]\s?[\d,.]+ |\d{1,2}\s?% )?(?:deposit|advance|first payment)|(?:received|got) (?:the|your) (?:deposit|advance|first payment)|(?:deposit|advance) (?:has )?(?:arrived|landed|come through|cleared|is in)|you(?:'ve| have)? (?:already )?paid (?:the|your) (?:[^.;\n]{1,20} )?(?:deposit|advance))\b/i;

/**
 * "we'd like to pay the rest over three months after launch", "can I pay the balance in January?": a rest to pay means a
 * first part is paid. Only said of later: "half now and the rest on delivery" proposes terms before anything is paid.
 */
const REST_LATER = /\b(?:pay|paying|settle|settling|transfer) (?:you )?(?:the )?(?:rest|remainder|remaining (?:amount|balance|\d{1,2}\s?%|half)|balance|second half)\b(?= (?:over|in|after|later|next|when the|once the|by the end|at the end)\b)/i;
const PLAN_NOW = /\b(?:now|up ?front|in advance|deposit|first half|to start|before (?:you|u) start)\b/i;
function restLater(text: string): boolean {
  const m = REST_LATER.exec(text);
  if (!m) return false;
  const sentence = text.slice(Math.max(0, text.lastIndexOf('.', m.index) + 1, text.lastIndexOf('\n', m.index) + 1), m.index + m[0].length + 40);
  return !PLAN_NOW.test(sentence);
}

/** Where the deal stands. Bounded: a few regular tests over at most MAX characters of each text. */
export function readSituation(input: SituationInput): Situation {
  const text = input.text.slice(0, MAX);
  const ours = input.ourWords.map((w) => w.slice(0, MAX));
  // Our own words describe terms ("40% paid upfront"): only a thank-you or a receipt there says the deposit is in.
  // "I can start as soon as the deposit is in", "once the deposit is paid": a condition, not a receipt.
  const received = (re: RegExp, s: string) => {
    const m = re.exec(s);
    // ("Would you be willing to be paid in full after…" proposes terms; it reports no payment.)
    return m !== null && !/\b(?:once|as soon as|when|whenever|after|until|till|if|before|willing to|prefer to|want to|could we|can we|would it be)\b[^.,;\n]{0,40}$/i.test(s.slice(Math.max(0, m.index - 50), m.index));
  };
  // The client's own earlier mail, quoted under the newest ("deposit was transferred today. 17.3. is fine for us"), is
  // their word too.
  const depositPaid = received(DEPOSIT_PAID, text) || received(PAID_ALREADY, text) || restLater(text) || ours.some((w) => received(OURS_RECEIVED, w)) || received(DEPOSIT_PAID, (input.quote ?? '').slice(0, MAX));
  const depositUnpaid = !depositPaid && DEPOSIT_UNPAID.test(`${text}\n${(input.quote ?? '').slice(0, MAX)}`);
  const at = (stage: Stage, evidence: string | undefined): Situation => ({ stage, depositPaid, depositUnpaid, underway: stage === 'in_progress' || stage === 'delivered', evidence });
  const hit = (re: RegExp, s: string) => {
    const m = re.exec(s);
    // "once it is live we pay", "the designs should…": a cue inside a condition or a plan describes the future.
    if (!m) return undefined;
    const before = s.slice(Math.max(0, s.lastIndexOf('.', m.index) + 1, s.lastIndexOf('\n', m.index) + 1, m.index - 60), m.index);
    return CONDITIONAL.test(before) ? undefined : m[0];
  };
  // The client's newest words and what we last sent them: the later of the two stages is where the deal stands
  // ("the site looks amazing" under our "all final files are in" is a delivered job).
  const newest = ours[0];
  const client = staged([
    ['delivered', hit(DELIVERED_CLIENT, text)],
    ['in_progress', hit(IN_PROGRESS_CLIENT, text)],
    ['agreed', input.accepts ? 'acceptance' : undefined],
    ['agreed', hit(AGREED_CLIENT, text)],
  ]);
  const ourStage = newest ? staged([
    ['delivered', hit(OURS_DELIVERED, newest)],
    ['in_progress', hit(OURS_IN_PROGRESS, newest)],
    ['agreed', hit(OURS_AGREED, newest)],
  ]) : undefined;
  const later = client && ourStage ? (ORDER.indexOf(ourStage[0]) > ORDER.indexOf(client[0]) ? ourStage : client) : client ?? ourStage;
  if (later) return at(later[0], later[1]);
  if (depositPaid) return at('agreed', 'deposit paid');
  if (input.agreement) return at('agreed', 'agreement');
  const quoted = hit(QUOTED_CLIENT, text) ?? (newest ? hit(OURS_QUOTED, newest) : undefined);
  if (quoted || input.quotedPrice) return at('quoted', quoted ?? 'our price');
  return at('enquiry', undefined);
}

// ---- whose fault: a concrete error in our work, or a matter of taste

/** Words of a concrete error. "should be" alone is a change request, so it counts only with "not" or "instead". */
export const DEFECT = /\b(?:(?:files?|artwork)\s+(?:r|are|were|is|was)\s+(?:no good|not usable|unusable|not print-?ready)|(?:page|text|copy|translation|site|brochure|it|the \w+) says ["“][^"”]{3,100}["”][.,]?\s+(?:only|actually|but|in fact|it'?s|it is|that'?s|we|our)\b|(?:does ?n[o']?t|do ?n[o']?t|did ?n[o']?t) match|rejected (?:my|our|the) \w+ because|since your (?:update|change|fix|edit|last (?:update|change|fix|edit|deploy\w*|release|push|round))|your (?:update|change|changes) broke|(?:goes|leads|links?) to (?:a |the )?["“]?(?:page not found|404|error)|mistakes?|errors?|typos?|misspel\w*|(?:is|are) spelt|wrong(?:ly)?|incorrect|broken|bugs?|crash\w*|(?:has been|have been|is|are|keeps?) failing|fail(?:ed|s) (?:to|silently|every)|doesn'?t work(?! for (?:you|u|me|us|them|everyone))|does not work(?! for (?:you|u|me|us|them|everyone))|doesn'?t (?:close|open|load|show|send|submit|display|scroll)|(?:is|are) still (?:in (?:dutch|german|french|spanish|italian|english|swedish|polish|portuguese|russian)|untranslated)|isn'?t working|not working|blurry|pixelated|missing|left out|(?:you|u) forgot|inaccura\w*|mistranslat\w*|says? ["“']?[^"”'.]{0,40}["”']? instead of|should (?:say|be|read) [^.?!\n]{0,40}\b(?:not|instead of)\b|(?:on|is) your side|your (?:mistake|error|fault)|we don'?t have (?:one|a|an)|(?:we|i) (?:don'?t|do not|never) (?:have|had|use|used) (?:this|that|such an?) (?:address|e-?mail|domain|account|number)|nothing (?:in (?:my|our) (?:e-?mail|inbox)|came through|arrived) from the form|nothing (?:arrives|comes through|gets through|reaches (?:us|me))(?: in (?:my|our) inbox)?|(?:enquiries|messages|emails|orders|bookings|submissions) (?:are|were|have been) (?:lost|going nowhere|disappearing|not arriving))\b/i;
/** An instruction we had and missed: the strongest sign of our error. "I asked for 'warm'" alone is a matter of taste. */
const BRIEF_MISSED = /\b(?:(?:i|we) (?:thought|assumed) (?:that|it|this|they) (?:was|were) (?:in|included|part of)(?![^.?!\n]{0,40}(?:\bmaybe not\b|\bor not\b|\bam i wrong\b|\?))|(?:literally )?says? [^.?!\n]{0,40}\b(?:was|were|is|are) (?:set up|done|included|fixed|sorted)|(?:it'?s|it is|that'?s) (?:on|in) (?:page \d+ of )?(?:the|our|my) (?:brief|guide|brand guide|style ?guide|spec\w*)|(?:not|n't) paying for (?:another round|a fix|this fix|your mistake)|(?:glossary|brief|style ?guide|spec\w*|pricing sheet|sheet|document|doc) (?:we|i) (?:sent|gave|shared)(?: (?:you|u))?(?: (?:says|said|it must|must))?|we sent (?:you )?(?:the new one|it|them|this|that) in (?:the|our|an?) |(?:it'?s|its|it is|it was|that'?s|that was) in (?:your|the) (?:email|quote|proposal|message|scope)(?: below| above)?|(?:it'?s|it is|it was|which (?:is|was)|that'?s|that was|this was|as (?:stated|written|specified|agreed)|we asked for it) in (?:the|our|my) (?:brief|quote|fact sheet|style ?guide|brand guide|spec\w*|order|po)(?!\s+(?:remains?|stays?|is (?:still|unchanged)|still)\b)|(?:(?:the|our|my) )?(?:brief|style ?guide|brand guide|spec\w*) (?:says|said|clearly|specifie\w+|asked for)|we (?:told|asked) you (?:to|not to|we'?re|we are|that)|(?:we|i) asked for [^.?!\n]{0,60}\b(?:but|and) (?:got|received|it'?s|you)\b)/i;
/** The client clears us: "nothing's wrong with it exactly", "not your doing", "correct but doesn't sing". */
const EXONERATED = /\b(?:(?:my|our) english (?:is ?n[o']?t|is not|isn'?t|not) (?:perfect|good|great|so good)|sorry for (?:my|the|any|all) (?:mistakes|typos|errors|bad english|english)|(?:missing|left out) (?:in|from) (?:the|our|my) (?:\w+ )?(?:file|files|text|document|source|original)s? (?:we|i) (?:sent|gave|shared|supplied)|(?:our|my) (?:fault|mistake|error|typo|bad)|(?:i|we) (?:made|sent|attached|gave you) (?:a |the )?(?:typo|mistake|error|wrong)|(?:not|isn'?t|wasn'?t) (?:anything )?(?:you did wrong|your fault)|(?:don'?t|do not) think you did anything wrong|it'?s not wrong|(?:we|i) (?:didn'?t|did not) (?:specify|mention|say|ask for)|(?:made|built|done|designed|set up|written) (?:\w+ ){0,4}by (?:a|another|the|our) (?:previous |old |former |other )?(?:freelance\w*|developer|designer|agency|student|guy|company|web ?(?:guy|person|designer))|(?:my|our) (?:nephew|niece|son|daughter|cousin|brother|sister|friend|husband|wife|partner|dad|mum|mom|intern|student|neighbou?r) (?:built|made|did|set up|designed|wrote|coded)\b|(?:our|the) (?:last|previous|old|former) (?:designer|developer|translator|writer|copywriter|agency|freelancer|web ?(?:guy|person))|nothing'?s? (?:is )?(?:wrong|broken)|no (?:mistakes?|errors?)(?! (?:message|page|code))|(?:did ?n[o']?t|didn'?t) (?:point out|find|spot|see) any (?:mistakes?|errors?)|not (?:your (?:doing|fault)|on you|down to you)|(?:is|it'?s) correct,? but|(?:can'?t|cannot) point to anything|it all works|works fine,? but|(?<!\bnot )(?:(?:is|are|it'?s|comes down to) )?(?:about|a matter of|down to) (?:personal )?taste)\b/i;
const FIX_WORDS = /\b(?:fix\w*|repair\w*|correct\w*|change|amend\w*|wrong|mistakes?|errors?|typos?|instead of|sorted|sort (?:it |this |that |these |things )?out|put right|rewrite|redo|refund\w*|not true|isn'?t (?:true|right|correct)|only \d+ of (?:them|those|these)|misspel\w*|add (?:it|them|that|this|the)|double-?check|check (?:the|it|them)|can (?:you|u) check\b|switch|resend|re-?send|send (?:it|them|the \w+) (?:again|today)|update (?:it|them|the))\b/i;

/** Sentences about invoicing paperwork: "please send a corrected invoice" asks for no fix of our work. */
const INVOICE_ADMIN = /\b(?:invoices?|invoic\w+|po|po number|purchase order|vat(?: number)?|company name|legal (?:name|entity)|billing|remittance|payment run|accounts payable|finance team|w-?9)\b/i;

/** A sentence about paying: amounts, transfers, fees, instalments. */
const MONEY_MATTER = /\b(?:paid|pay|payments?|transferr?\w*|bank|commission|fees?|amount|balance|instal\w*|standing orders?|credit note|reconciliation|remittance|payment run|overpa\w*|short ?paid|underpa\w*)\b|[$€£]\s?\d|\d\s?(?:euros?|eur|usd|gbp|dollars?|pounds?|quid|kr|sek)\b/i;
/** …and a sentence that names the work itself, which keeps its error words. */
const WORK_THING = /\b(?:designs?|logo|copy|texts?|translat\w*|site|website|pages?|form|button|code|articles?|files?|drafts?|quality|typos?|broken|checkout|plugin|update)\b/i;

/** Delivered files the printer or platform cannot use: "the files r no good for the trucks, they need cmyk pdf or eps vector". */
const WRONG_FILES = /\b(?:files?|artwork|logo files?)\s+(?:r|are|were|is|was)\s+(?:no good|not usable|unusable|not print-?ready|the wrong format)\b|\b(?:they|printer|print shop|the shop|he|she)\s+(?:need|needs|require|requires|want|wants)\s+(?:a |an |the )?(?:cmyk|vector|eps|print-?ready|outlined)\b/i;

/** A concrete error of ours that the client reports (the caller checks there is work of ours to be wrong). */
export function ourFault(text: string): boolean {
  // "Professional Liability (Errors & Omissions) cover", "if you have received this message in error": no error of ours.
  // "please don't take this the wrong way": a courtesy, not an error; "tell us if a change would be wrong" asks our view.
  const t = text.slice(0, MAX).replace(/\berrors? (?:&|and) omissions\b|\b(?:received|sent|reached you)[^.\n]{0,30}\bin error\b|\btake (?:this|it|that|me) the wrong way\b|\b(?:if|whether|when)\b[^.?!\n]{0,40}\b(?:would|might|could|may) be wrong\b/gi, ' ');
  // ("I know we finish the 2 rounds that was in the proposal": what the deal includes, not an instruction we missed.)
  const terms = t.replace(/\b(?:rounds?|revisions?|pages?|articles?|hours?)\s+(?:that|which) (?:was|were|is|are) in (?:the|your|our) (?:proposal|quote|offer|contract|agreement)\b/gi, ' ');
  if (BRIEF_MISSED.test(terms) || WRONG_FILES.test(t)) return true;
  // Not an error of ours either: a title they propose ('something along the lines of "Five things owners get wrong"'),
  // a part that could be dropped ("maybe something can be left out?"), or an error in their own source document
  // ("on the diploma they wrote my surname with a mistake").
  const own = t.replace(/\b(?:along the lines of|something like|titled|called|headline)\s*["“'‘][^"”'’\n]{3,120}["”'’]/gi, ' ').replace(/\b(?:can|could|might|may|should) (?:also )?(?:be )?(?:left out|dropped|skipped)\b/gi, ' ').replace(/\b(?:they|the (?:school|university|registry|registrar|office|embassy|authorit\w+|clerk|bank|court))\s+(?:wrote|spelled|spelt|made|typed|printed)\b[^.?!\n]{0,80}/gi, ' ');
  if (EXONERATED.test(t)) return false;
  // "Your invoice was rejected: the PO number is missing and our company name changed": paperwork to correct, not an
  // error in our work. Sentences about invoicing are left out of the error test.
  const sentences = own.split(/(?<=[.!?])\s+|\n+/).filter((x) => !INVOICE_ADMIN.test(x));
  // "So I am missing 18,60 euro", "no chasing on your side" beside standing orders: a sentence about money and nothing
  // of the work is a matter of payment, not an error in our work (u19b-11 owned a bank fee as "my mistake").
  const errorText = sentences.filter((x) => !(MONEY_MATTER.test(x) && !WORK_THING.test(x))).join(' ');
  return DEFECT.test(errorText) && FIX_WORDS.test(sentences.join(' '));
}
