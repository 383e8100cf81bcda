// Runs everywhere (Node, side panel): a plain request for work of ours ("could you add a FAQ section?", "can u try a deep teal instead?") answered with a yes in the card's terms: a change in the round, new work priced before it starts, a look with its findings first.
import type { Understanding } from '../understand';
import type { Ask } from '../understand/asks';
import { LANGUAGES, requestCore, swapPersons } from '../understand/restate';
import type { Card } from './card';
import type { Kit } from './kit';
import { beyondRounds } from './work';

/**
 * Why this exists: a request no narrower rule answered used to be said back with "[your answer]" (38 % of the first
 * cards on the development set, half of the pairs on the two sets nobody tuned on). Most of those requests are
 * ordinary work a freelancer says yes to; what differs is the terms, and those follow from where the deal stands.
 */

/** A change to work that exists: made in the round. */
const CHANGE = /^(?:change|make|show me|swap|switch|try|move|replace|adjust|tweak|fix|correct|update|shorten|lengthen|tone down|soften|rename|reword|rephrase|resize|enlarge|darken|lighten|link|point|use|align|center|centre|bold|crop)\b/i;
/** A bigger rework: yes, with its effect on date and rounds confirmed first. */
const REWORK = /^(?:rework|redo|rewrite|start over|redesign|rethink|restructure|re-?translate)\b/i;
/** A look at something: the findings first, any paid work after. */
const LOOK = /^(?:(?:have|take) a (?:quick )?look (?:at|into)|look (?:at|into)|check|investigate|find out why|see why|test|audit|review|go through|read through)\b/i;
/** New work: yes, priced on its own. */
const MAKE = /^(?:add|put|make|write|set up|setup|build|create|design|translate|bring (?:over|across|in)|import|migrate|move (?:over|across)|turn|do|produce|draft|prepare|include|put together|make (?:a|an|some|another|one|two|three|the same)|help (?:us|me|with)|take care of|handle|adapt|localise|localize|format|proofread|edit|integrate|connect|install|embed|squeeze in|fit in)\b/i;

/** What only the freelancer knows: a tool or platform, a language, being somewhere in person, another trade's work. */
const CAPABILITY = new RegExp(
  [
    `\\b(?:${LANGUAGES})\\b`,
    '\\b(?:in|with|on|using|via|into) (?:trados|phrase|memoq|framer|webflow|wix|squarespace|elementor|divi|shopify|wordpress|figma|sketch|react|vue|angular|next\\.?js|php|python|our (?:cms|system|account|platform|portal|tool))\\b',
    '\\b(?:come|travel|visit|attend|be there|in person|on site|on-site|office|appointment|interpret\\w*|by (?:tele)?phone)\\b',
    '\\b(?:photograph\\w*|shoot|film\\w*|(?:take|do|make) (?:the |some )?(?:photos|pictures|videos?)|print\\w*|illustrat\\w*|animat\\w*|voice-?over|seo|ads|advertis\\w*|accounting|legal)\\b',
  ].join('|'),
  'i',
);
/** A named tool or platform ("build it in Framer", "straight into Cliniko"): capitalised, so read case-sensitively. */
const NAMED_TOOL = /\b(?:in|with|on|using|via|into) (?!(?:I|The|A|An|My|Your|Our)\b)[A-Z][a-z]+\b/;
/** Money, a discount or a date inside the request: the card's position answers it, not a plain yes. */
const TERMS = /\b\d{3,}\b|\d\s?€|\d,\d{2}\b|\bfor (?:that|this)\b|\b(?:instead of|rather than) (?:the |doing )?(?:whole|full|entire|all|everything)\b|\b(?:only|just) do\b|[$€£]\s?\d|\d\s?(?:%|k\b|euros?|dollars?|pounds?|bucks)|\b(?:free|discount|cheaper|no charge|same price|for nothing|budget|cost|price|fee|pay|invoice|deposit|refund)\b/i;
/** A date or a span of time: a question of when, which the date sentences answer. */
const WHEN = /\b(?:today|tonight|tomorrow|tmrw|this|next|by|before|until|till|within|asap|week|weekend|wknd|month|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan\w*|feb\w*|mar(?:ch)?|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\d{1,2}(?:st|nd|rd|th)|\d{1,2}[./]\d{1,2})\b/i;
/** An object that names nothing ("do it", "make that work"): the position answers it. */
const BARE = /^(?:it|this|that|them|those|these|one|so|something|anything|what|more|less|better|sure|together|that work|it work)\b|\b(?:a new|another|the same) one$|^another one\b/i;

/** The request said as ours: "Could you please try the wordmark in a serif?" → "try the wordmark in a serif". */
function asOurs(text: string): { core: string; change: boolean } | undefined {
  // Leads that ask nothing: "Also a quick one:", "And while you're at it,", "Small thing,", "my boss asks if you can…".
  let t = text
    .trim()
    .replace(/^(?:hi|hey|hello|dear|hiya)\s+[\p{L}'’-]+[,!]?\s+(?=\p{L})/iu, '')
    .replace(/^(?:(?:also|and|so|but|ok|okay|btw|oh|hey|plus|(?:one )?(?:more|other|last|small|tiny|little|quick) (?:thing|one|question)|a quick one|(?:and )?while (?:you'?re|you are|ur) (?:at it|in there|on it))[,:!.\s-]+)+/i, '')
    .replace(/^[^?]{0,60}?\b(?:asks?|asked|is asking|wants to know|wonder(?:s|ed|ing)?) (?:if|whether) (?=(?:you|u) (?:can|could|would)\b)/i, 'can ')
    // "we're running our first retreat in September, so could you add a Retreats page…": the request after the reason.
    .replace(/^[^?]{2,140}?,?\s+so\s+(?=(?:can|could|would) (?:you|u)\b)/i, '')
    // "Just one small thing while we have you: could you…", "In the meantime, could you…": the request after the aside.
    .replace(/^[^?:,]{2,60}[:,]\s+(?=(?:can|could|would|will) (?:you|u)\b)/i, '')
    // "(diameter 8cm)", "(header, small capsule, main capsule)": detail in brackets is not part of the yes.
    .replace(/\s*\([^()]{0,80}\)/g, '')
    // "can you make also capsule images": non-native word order.
    .replace(/\b(make|do|write|design|translate|build|create) also\b/i, '$1');
  // "Could we try the wordmark in a serif?", "can we swap the topics?": a change they ask us to make, said as ours.
  t = t.replace(/^(?:can|could) we (?=(?:try|give|swap|switch|add|change|move|use|make|replace|drop in|put)\b)/i, 'could you ');
  // "Can the little kettle be bigger?", "can the button go to the new link?": a change to the work, said as ours.
  const be = /^(?:can|could) (the [\p{L}\s'"“”‘’-]{2,40}?) (be|go to|link to|point to|use|show) (.{2,80}?)[?.!]*$/iu.exec(t);
  const change = Boolean(be);
  if (be) t = be[2]!.toLowerCase() === 'be' ? `could you make ${be[1]} ${be[3]}?` : `could you make ${be[1]} ${be[2]!.toLowerCase()} ${be[3]}?`;
  // Only a request put to us: "could you…", "can u…", "please…", "is it possible to…", "any chance you could…".
  if (!/^(?:(?:please|pls|kindly)\s+|(?:can|could|would|will)\s+(?:you|u)\b|(?:i|we)(?:'d| would)\s+(?:like|love)\s+(?:you|u)\s+to\b|(?:is|would)\s+it\s+(?:be\s+)?possible\s+(?:for you\s+)?to\b|(?:any|is there any)\s+chance\b)/i.test(t)) return undefined;
  let core = requestCore(t)
    // "…, or do we need to find someone?", "… too?", "… as well": the other half and the tail are not part of the yes.
    .replace(/,?\s+or (?:do|would|should|shall|can|could|is|are|will|must|we) (?:we|i|you|u|it|that|they|must|need|have)\b.*$/i, '')
    .replace(/\s+while (?:you'?re|you are|ur|u r|we'?re|we are) (?:in there|at it|on it)\b.*$/i, '')
    .replace(/,?\s+(?:too|as well|also)$/i, '')
    .replace(/\s+(?:for (?:us|me)|if (?:you|u) (?:can|could|have (?:time|a (?:moment|minute|sec)))|if possible|when you (?:can|get a chance|have a (?:moment|minute|sec)))$/i, '')
    .replace(/^(?:also|just|maybe|possibly|perhaps|quickly)\s+/i, '')
    .replace(/\bu\b/g, 'you')
    .trim();
  // A request that goes on past one clause ("add a page, and then also…") or asks two things is quoted, not answered.
  const quotes = (core.match(/["“”]/g) ?? []).length;
  if (!core || core.length > 100 || quotes % 2 === 1 || /[?;:()]|\s[-–—]\s|,\s*and\b|\b(?:and then|but|because|since|so that|so (?:you|we|I|they)|which|who|just to see)\b|\band (?:send|write|make|do|add|tell|give)\b/i.test(core)) return undefined;
  core = swapPersons(core);
  if (/\b(?:me|you) (?:am|is)\b|\bI (?:is|are)\b/.test(core)) return undefined;
  return { core, change };
}

export function workRequestAnswer(ask: Ask, u: Understanding, k: Kit, card: Card): string | undefined {
  const text = ask.text.trim();
  if (TERMS.test(text) || CAPABILITY.test(text)) return undefined;
  const ours = asOurs(text);
  if (!ours) return undefined;
  const { core } = ours;
  // (On the request itself: "in Cornwall in September" in the reason before it names no tool.)
  if (NAMED_TOOL.test(core)) return undefined;
  const object = core.replace(/^\S+(?:\s+(?:over|across|in|up|a (?:quick )?look (?:at|into)|at|into|through|out why|care of|together|down))?\s+/i, '');
  if (!object || object === core || BARE.test(object) || WHEN.test(object)) return undefined;
  const said = k.v(core);
  const stage = u.situation.stage;
  const underway = u.situation.underway || stage === 'agreed';
  // Our own error: putting it right is ours to do, and costs them nothing.
  if (u.defect && /^(?:fix|correct|change|update|replace|redo|rework|rewrite)\b/i.test(core) && /\b(?:typos?|errors?|mistakes?|wrong|broken|missing|spelling|misspel\w*)\b/i.test(text)) return `Yes, I will ${said}, at no cost to you.`;
  // (Before any work of ours, "check and fix it" is the job itself, which the position prices.)
  if (LOOK.test(core)) return underway || stage === 'delivered' ? `Yes, I will ${said} and tell you what I find, and what fixing it involves, before I do any paid work.` : undefined;
  // "Can the shop show prices in two currencies?" before any work of ours asks what the product can do, which only the freelancer knows.
  if (ours.change && !underway && stage !== 'delivered') return undefined;
  if (REWORK.test(core)) {
    return underway
      ? `Yes, I can ${said}. Before I start I will confirm what it means for the date${u.deal.rounds ? ' and whether it fits the rounds we agreed' : ''}.`
      : undefined;
  }
  // "do a warmer version", "try another option": a variation of the work under review is a change, not new work.
  const variation = /^(?:do|make|try|show me) (?:a|an|another|one more) (?:[\p{L}-]+ ){0,3}(?:version|variant|option|alternative)\b/iu.test(core);
  // ("make" is a change to work under review, and new work before there is any.)
  // "Can the button go to the new link?" after delivery is a small change to our work, not a new job.
  if (ours.change && stage === 'delivered') return `Yes, I can ${said}.`;
  if (variation || (CHANGE.test(core) && (stage === 'in_progress' || !/^make\b/i.test(core)) && !/^make (?:a|an|some|another|one|two|three|the same)\b/i.test(core))) {
    if (stage !== 'in_progress') return undefined;
    // The card that charges the extra round says the terms; the yes alone would promise it free.
    if (beyondRounds(u) || card.id === 'extra-round-paid') return undefined;
    return card.id === 'changes-within-rounds' ? `Yes, I can ${said} as part of this round.` : `Yes, I can ${said}.`;
  }
  if (MAKE.test(core)) {
    if (stage === 'delivered') return `Yes, I can ${said}. It is new work, so I will send you a price for it before I start.`;
    if (underway) return `Yes, I can ${said}. It is outside what we agreed, so I will send you a price for it before I start.`;
    if (card.total !== undefined) return `Yes, I can ${said} as well; it is not in the price above, so I will quote it as a separate line.`;
    return k.price ? `Yes, I can ${said} as well; it is not in the price I quoted, so I will price it separately.` : `Yes, I can ${said}; I will include it in the quote.`;
  }
  return undefined;
}
