// Runs everywhere (Node, side panel): every question and request in the client's newest words, with evidence and a topic the reply can answer.
import { sentencesOf, type Sentence } from '../moves/segment';
import type { Parsed } from '../nlp';

export type AskTopic =
  | 'call'
  | 'start'
  | 'timeline'
  | 'sign'
  | 'insurance'
  | 'certification'
  | 'guarantee'
  | 'included'
  | 'other_service'
  | 'hosting'
  | 'ownership'
  | 'experience'
  | 'portfolio'
  | 'payment_method'
  | 'invoice'
  | 'process'
  | 'reachable'
  | 'price'
  | 'refund'
  | 'status'
  | 'other';

export interface Ask {
  /** The ask in the client's words, whitespace tidied. */
  text: string;
  /** Exact substring of the analysed text. */
  evidence: string;
  index: number;
  topic: AskTopic;
  question: boolean;
}

// Lines that look like requests but ask nothing of us.
const COURTESY =
  /^(?:(?:could you )?(?:please )?let (?:me|us) know (?:before|by|until)\b[^.?!]{0,40}\bif (?:you|u) (?:want|would like|are interested|can take)|(?:please\s+)?(?:let me know|tell me) (?:if|whether) (?:that|this|it|the (?:date|time)) (?:suits|works|is (?:ok|okay|fine|convenient))|(?:please\s+)?let me know if you need anything|(?:please\s+)?(?:let me know|tell me)\s+(?:if|should|when)\s+(?:you\s+)?(?:have|need|there(?:'s| is| are)|anything|any)|(?:please\s+)?(?:feel free|don'?t hesitate)\b|please (?:find|see) (?:attached|enclosed|below)|(?:please )?(?:note|be (?:advised|aware)) that\b|(?:i|we) hope (?:you|this|that|it)\b|have a (?:nice|good|great|lovely)\b|(?:many )?thanks?\b|thank you\b|looking forward\b|hope you(?:'re| are) (?:well|good|doing)|how are you|how(?:'s| is) it going|hope all is well|any questions\b|see you\b|talk soon\b|cheers\b)/i;
/** Anger, not a question: "now you're telling me a third round is extra??" */
const OUTRAGE = /(?:\?{2,}|\?!|!\?)\s*$|\?{2,}/;
/** Rhetorical or sarcastic questions ("are you serious?", "do you know what December means?") ask for nothing to be answered as such. */
const RHETORICAL =
  /^[$€£]?\s?[\d.,]+\s?(?:k|cents?|euros?|dollars?|pounds?|bucks|quid)?(?:\s+(?:a|per|for (?:a|an|the|one))\s+[\w-]+)?\s*[?!]+$|^(?:(?:are you|r u) (?:serious|kidding|joking|for real)|seriously|really|what\??$|why\??$|do you (?:have )?any idea|do you (?:even )?(?:know|realise|realize|understand) (?:what|how)|is this a joke|what is this|what the|who (?:does|do) that|how (?:hard|difficult) (?:can|could) it be|is that (?:so|too) much to ask|(?:are|is) (?:they|it|those|these|the \w+) (?:hand[- ]?(?:painted|made|crafted|drawn|written)|made of gold|gold[- ]plated|diamond[- ]encrusted))\b|\b(?:for a|for an|for one)\b[^?]{0,40}\?{2,}|\?!|!\?|^\S+\s?\?{2,}$/i;
const REQUEST =
  /^(?:(?:so|also|and|but|then|ok|okay|pls|please|kindly|just|anyway|anyways|btw|oh|well|hey|right)[,\s]+)*(?:(?:we|i)\s+(?:would like to |'d like to |want to )?(?:propose|suggest)\b|[^.?!]{0,60}\b(?:need|needs|require|requires|ask|asks|expect|expects)\s+(?:you|all (?:new )?(?:suppliers|vendors))\s+to\b|(?:can|could|would|will)\s+(?:you|u)\b|(?:i|we)(?:'d| would)\s+(?:like|love|want)\s+(?:you|u)\s+to\b|(?:i|we)\s+(?:would\s+)?(?:therefore\s+|kindly\s+|also\s+)?ask\s+(?:you|that you)\s+to\b|(?:i|we)\s+(?:need|want)\s+(?:you|u)\s+to\b|(?:please|pls|kindly)\s+\w+|(?:let me know|tell me|send (?:me|us)|give (?:me|us)|confirm|advise|share|quote|call me|ring me|phone me)\b|[^?!]{0,80}\basks? (?:if|whether) (?:you|u) (?:can|could|would|will)\b|(?:is|would) it (?:be )?possible\b|any chance\b|do let me know\b|[^.?!]{0,40}\b(?:is|are) asking (?:for|if|whether)\b|[^.?!]{3,80},\s*(?:please|pls|kindly)\s+(?:complete|fill|send|sign|return|provide|confirm|share|let)\b)/i;

const TOPICS: Array<[AskTopic, RegExp]> = [
  ['refund', /\b(?:refund\w*|money back|chargeback|reimburs\w*)\b/i],
  ['guarantee', /\b(?:guarantee|promise|assure|commit to)\b[^.?!]{0,60}\b(?:\d+\s?%|more|increase|lift|growth|bookings|sales|sign-?ups|leads|traffic|rank(?:ing)?|results?|conversions?|first page|roi)\b|\b(?:\d+\s?%)\s+(?:more|lift|increase|growth)\b[^.?!]{0,40}\b(?:guarantee|promise)/i],
  ['price', /\b(?:how much|what (?:does|would|will|do) (?:it|this|that|you) (?:cost|charge)|what(?:'s| is| would be| will be) (?:the |your )?(?:price|cost|rate|fee|total)|cost with)\b/i],
  // "you'd be on call for urgent fixes" is availability, not a call to arrange; "HR for small teams" is no call: Teams
  // counts as the app only with a word that makes it one.
  // "can we move Thurs wireframe review to Fri 4pm?", "move our interview of Wednesday 15 april": a meeting moved.
  ['call', /\b(?:(?:move|reschedule|push|shift|change)\b[^.?!]{0,40}\b(?:review|interview|appointment|session|workshop|presentation)\b|(?:can|could|shall) we (?:speak|talk)\b|(?<!on[- ])(?:call|calls|meeting|meet|chat|zoom|(?:ms |microsoft |on |via |over |a )teams|teams (?:call|meeting|link|invite)|skype|google meet|video call|catch[- ]up|kick-?off|sit down|phone me|ring me))\b/i],
  ['insurance', /\b(?:your (?:\w+ )?insurance|(?:have|hold|carry|got) (?:\w+ ){0,2}insurance|insured|indemnity|liability cover|public liability|professional liability)\b/i],
  ['certification', /\b(?:iso\s?\d+|cyber essentials|certif(?:ied|ication)|accredit\w*|registered (?:with|as)|sworn|gdpr compliant|vat[- ]registered)\b/i],
  ['sign', /\b(?:sign(?![- ]?(?:up|in)\b)|signed|complete|fill (?:in|out)|return)\b[^.?!]{0,50}\b(?:code of conduct|supplier|vendor|onboarding|form|agreement|contract|terms|policy|engagement letter|questionnaire|statement)\b/i],
  ['ownership', /\b(?:who owns|ownership|copyright|rights|reuse|re-use|license|licence|use (?:it|them|the \w+|bits|parts) (?:on|for|in)|own the)\b/i],
  ['hosting', /\b(?:host|hosting|domain|server)\b/i],
  ['included', /\b(?:included|include (?:it|this|that|them) in|extra|or (?:is (?:it |that |this )?)?separate(?:ly)?|additional(?:ly)? (?:cost|charge|fee)|on top|part of the (?:price|quote|package|fee))\b/i],
  ['experience', /\b(?:do|have) (?:you|u) (?:actually |really |even )?(?:know|understand|have experience|worked|done|any experience)|\bexperience (?:with|in)\b|\bfamiliar with\b/i],
  ['other_service', /\b(?:do|can|could|would) (?:you|u) (?:also|too)\b(?! (?:confirm|let (?:me|us) know|tell|send|advise|check))|\b(?:can|could|do|would) (?:you|u) \w+ also\b|\b(?:also|as well|too)\b[^.?!]{0,40}\b(?:do|make|offer|provide|write|design|translate|build|shoot|take)\b(?!\s+(?:you|u|we|i)\b)|\bsomething you (?:can|could) (?:offer|do)\b|\b(?:do|can) (?:you|u) (?:do|make|offer|provide|shoot|take)\b[^.?!]{0,40}\b(?:photos?|photography|video|printing|print|copy|copywriting|translation|seo|social media|illustrations?|animation|packaging|signage|menu|website|logo|hosting|ads)\b|\bis this something you (?:can|could) (?:offer|do)\b|\b(?:do|does|can|could|would|will) (?:you|u) (?:ever |usually |actually )?(?:do|make|offer|provide|write|design|translate|build|handle|shoot|create)\b[^.?!]{0,60}\b(?:as well|too|also)\b|^(?:(?:and|so|also)[,\s]+)?(?:you|u) (?:make|do|write|design|build|offer) (?:(?:the |a |any )?[\p{L}\s]{2,30}? (?:also|too)\b|(?:also|too) \w)|^(?:(?:and|also|so|oh|btw|ok|okay)[,\s]+)*do (?:you|u) (?:ever |also |maybe )?(?:do|make|offer|design|write|translate|build|shoot)\s+(?!(?:it|this|that|them|these|those|so|the same|anything|something|discounts?|revisions?|changes|rounds?)\b)[\p{L}][\p{L}\s/&-]{2,40}\?|\bor (?:is (?:that|this|it)|do (?:we|i) (?:need|have)|should (?:we|i)|(?:i|we) (?:need|must|have to))\b[^.?!]{0,40}\b(?:someone else|somebody else|separate|another \w+|ourselves|myself)\b/iu],
  // "is it done?", "any news on the translation?", "how's the logo coming along?": where agreed work stands.
  ['status', /^(?:(?:so|and|hi|hey|ok|okay)[,\s]+)*(?:is|are) (?:it|this|that|they|them|the \w+)(?: all)? (?:done|ready|finished|nearly done|almost done|on track)\b|\bany (?:news|update|progress)\b(?! (?:on|about) (?:the |your )?(?:invoice|payment|quote))|\bhow(?:'s| is| are) (?:it|the \w+|things|my \w+|our \w+) (?:going|coming along|progressing|looking)\b|\bwhere are (?:we|you|u) (?:with|on|at)\b|\bwhen (?:can|will|could|do) (?:we|i) (?:expect|see|have|get) (?:it|them|the \w+)\b/i],
  ['start', /\b(?:start|begin|kick(?:-| )?off|get going|commence)\b/i],
  ['process', /\bwhat (?:do |would |else )?(?:you|u) need from (?:us|me)\b/i],
  ['timeline', /\b(?:how long|how many (?:days|weeks|hours)|how quickly|how fast|how soon|when (?:can|could|will|would) (?:you|it|this|that|we)|turnaround|timeline|timeframe|time frame|lead time|feasible|possible (?:by|until|before)|possible to (?:have|get|receive|deliver|finish)\b[^.?!]{0,40}\b(?:by|before)\b|(?:by|until|before) (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|the \d)|in time|ready (?:by|before|for)|live (?:by|before)|by then)\b/i],
  ['portfolio', /\b(?:portfolio|samples? of your|examples? of your|references?|previous work|case stud(?:y|ies)|work you(?:'ve| have) done|(?:any|some) (?:\w+ )?(?:ones?|examples?|work|projects?) (?:you|u) (?:did|made|have done|'ve done|have made))\b/i],

  // ("a business card", "cards and templates" are print work, not a way to pay.)
  ['payment_method', /\b(?:paypal|bank transfer|wire|(?:credit|debit|bank) card|by card|pay by card|stripe|revolut|wise|cash|pay (?:by|via|with|through)|how (?:do|can|should) (?:i|we) pay|payment (?:method|details))\b/i],
  ['invoice', /\b(?:invoice|po number|purchase order|billing address|vat number)\b/i],
  // ("Hope you had a lovely weekend" asks nothing about our hours: a past or wished weekend is small talk.)
  ['reachable', /\b(?:reachable|available|reach you|contact you|(?<!\b(?:lovely|nice|good|great|relaxing|restful|your|the|last|a)\s)weekends?|evenings?|after hours|out of hours|whatsapp|answer (?:the )?phone)\b/i],
  ['price', /\b(?:how much|what(?:'s| is| would be| will be) (?:the |your )?(?:price|cost|rate|fee|total)|what (?:do|would|will) (?:you|u) charge|price|cost|rate|quote|fee)\b/i],
  ['process', /\b(?:scans?|originals?|by post|files?|format|send you|what do you need|brief|materials?|access|login|password|spreadsheets?|word docs?|trados|figma|canva)\b/i],
];

function topicOf(text: string): AskTopic {
  for (const [topic, re] of TOPICS) if (re.test(text)) return topic;
  return 'other';
}

function topicsOf(text: string): AskTopic[] {
  return TOPICS.filter(([, re]) => re.test(text)).map(([t]) => t);
}

/** A sentence that asks something of us: a question to answer or a request to act on. */
function asking(s: Sentence): boolean {
  // "2. Please complete the attached form": a numbered or bulleted request is still a request.
  const t = s.text.trim().replace(/^(?:\d{1,2}[.)]|[-•*])\s+/, '');
  // "can u also do the apostille??" is a question typed in a hurry; "now a third round is extra??" is anger.
  // …also mid-sentence after emoji or a remark: "appointment is monday 😬😬 can u do it by friday??? 🙏🙏".
  const hurried = OUTRAGE.test(t) && (/^(?:(?:so|also|and|but|ok|pls|please)[,\s]+)*(?:(?:can|could|would|will|do|does) (?:you|u)\b|how (?:much|long|soon)\b|what(?:'s| is) (?:the|your) (?:price|cost|rate)\b)/i.test(t) || /(?<!\b(?:why|how|what|who|where)\s)(?:^|\s)(?:can|could) (?:you|u) (?:do|make|have|get|send|finish|deliver|translate|write|design|fix|start)\b[^?.!]{0,60}\?{2,}/i.test(t));
  if (t.length < 4 || COURTESY.test(t) || RHETORICAL.test(t) || (OUTRAGE.test(t) && !hurried)) return false;
  // Two or three words ("Is possible?", "Right?") lean on the sentence before; the move or ask there answers them.
  if (t.split(/\s+/).length <= 3 && !/\b(?:price|cost|rate|call|invoice|deadline|start|how much|done|ready|finished|update|news)\b/i.test(t)) return false;
  if (s.isQuestion) return true;
  // Questions that lost their question mark: "also do you do the menu boards", "can u start tonight".
  if (/^(?:(?:so|also|and|but|ok|okay|oh|plus)[,\s]+)*(?:do|does|did|can|could|will|would|is|are|have|has)\s+(?:you|u|it|this|that|there|they|we)\b/i.test(t)) return true;
  return REQUEST.test(t);
}

/** "Could you let me know on both?", "Is that something you could do?": the question is the sentence before. */
const BACK_REFERENCE =
  /^(?:(?:could|can|would|will) (?:you|u) (?:please )?(?:let me know|confirm|tell me|advise)|(?:please )?(?:let me know|confirm|advise))\s+(?:on|about|regarding)\s+(?:both|these|this|that|them|it|the above|all (?:of )?(?:these|this))\b|^(?:is|would|will) (?:that|this|it) (?:be )?(?:something (?:you|u) (?:can|could|would)\b|(?:possible|doable)\s*\??$)/i;

const MAX_ASKS = 40;
/** "2. ", "- ", "• " before a list item. */
const LIST_MARKER = /^(?:\d+[.)]|[-•*])\s+/;
/** Topics a sentence can carry side by side and each deserves its own answer. */
const ANSWERABLE = new Set<AskTopic>(['status', 'call', 'sign', 'insurance', 'certification', 'guarantee', 'included', 'other_service', 'hosting', 'ownership', 'start', 'timeline', 'portfolio', 'payment_method', 'invoice']);

export function extractAsks(parsed: Parsed): Ask[] {
  const out: Ask[] = [];
  const sentences = sentencesOf(parsed);
  for (const [i, s] of sentences.entries()) {
    if (!asking(s)) continue;
    // compromise's offsets drift by a character or two after a "- " bullet: a stray letter of the next sentence is cut off.
    const text = s.text.replace(/\s+/g, ' ').trim().replace(LIST_MARKER, '').replace(/([?!.])\s+\S{1,2}$/u, '$1');
    const prev = sentences[i - 1];
    if (BACK_REFERENCE.test(text) && prev) {
      const before = prev.text.replace(/\s+/g, ' ').trim();
      const topics = topicsOf(before).filter((t) => t !== 'price');
      for (const topic of topics.length ? topics : (['other'] as AskTopic[])) {
        if (out.some((a) => a.text === before && a.topic === topic)) continue;
        out.push({ text: before, evidence: s.text, index: s.start, topic, question: true });
      }
      continue;
    }
    // A sentence can ask several things ("sign our code of conduct and send proof of insurance"): one ask per topic.
    // "is that extra?" and "do you also do X?" are one question: whether X is in the price.
    const all = topicsOf(text);
    const topics = all.filter((t) => ANSWERABLE.has(t) && !(t === 'other_service' && all.some((o) => o !== t && ANSWERABLE.has(o))));
    // A refund demand is one thing, whatever dates or payment words it carries.
    // A proposed kick-off meeting is a call, not a question about when work starts.
    // "When can we expect it?" about agreed work is one question, where it stands, not a new job's timeline.
    const picked = (topics.includes('call') ? topics.filter((t) => t !== 'start') : topics).filter((t) => !(t === 'timeline' && topics.includes('status')));
    // "Confirm whether you are VAT registered and provide your VAT number": one VAT question, answered once as invoicing.
    const vatOnly = picked.includes('invoice') && picked.includes('certification') && !/\b(?:iso|cyber|certif\w*|accredit\w*|sworn|gdpr|registered (?:with|as))\b/i.test(text);
    if (vatOnly) picked.splice(picked.indexOf('certification'), 1);
    const list: AskTopic[] = all.includes('refund') ? ['refund'] : all.includes('price') && /\b(?:how much|cost|price)\b/i.test(text) ? ['price'] : picked.length > 1 || vatOnly ? picked : [topicOf(text)];
    for (const topic of list) {
      if (out.some((a) => a.text === text && a.topic === topic)) continue;
      out.push({ text, evidence: s.text, index: s.start, topic, question: s.isQuestion });
    }
    // Bounded: a reply answers a handful of asks, and a mail of thousands of questions must stay cheap.
    if (out.length >= MAX_ASKS) break;
  }
  // "1. Signed acceptance of the Supplier Code of Conduct (attached). 2. Completed vendor registration form": a list of
  // paperwork to return asks us to sign and complete it, though no sentence is a request.
  if (!out.some((a) => a.topic === 'sign')) {
    const docs = sentences.filter((s) => PAPERWORK.test(s.text) && !COURTESY.test(s.text.trim())).slice(0, 3);
    if (docs.length) {
      const text = docs.map((s) => s.text.replace(/\s+/g, ' ').trim().replace(LIST_MARKER, '')).join(' ');
      out.push({ text, evidence: docs[0]!.text, index: docs[0]!.start, topic: 'sign', question: false });
    }
  }
  return out;
}

const PAPERWORK = /\b(?:signed|sign|completed?|fill(?:ed)? (?:in|out)|return)\b[^.?!]{0,60}\b(?:code of conduct|(?:vendor|supplier) (?:registration |onboarding )?form|registration form|onboarding form|w-?9|questionnaire)\b/i;
