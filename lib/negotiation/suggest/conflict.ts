// Runs everywhere (Node, side panel): positions when things are tense or unclear — complaints, harmful directions, vague briefs, and a message with no move at all.
import type { Understanding } from '../understand';
import type { Ask } from '../understand/asks';
import { shorten, swapPersons } from '../understand/restate';
import type { Strategy } from './card';
import { capitalise } from './format';
import { Kit } from './kit';
import { addWorkingDays } from './kit';
import { beyondRounds, CHANGE_OF_MIND, changesLine, evidenceSentence, extraEstimate, listItems, untraced } from './work';

// ---- complaints

const CLIENT_DELAY = /\b(?:came|sent|arrived|got to you)\b[^.?!]{0,30}\b(?:later?|late)\b|\bi sent (?:them|it|the \w+) on\b|\b(?:our|my) (?:fault|delay|side)\b|\bwe were late\b/i;
const DEPENDS = /\b(?:depends? on|depending on|provided (?:that )?|as soon as i (?:have|receive|get)|once i (?:have|receive|get)|assumes?|subject to)\b/i;

function ourFault(u: Understanding): boolean {
  if (u.defect) return true;
  if (u.late) return !(CLIENT_DELAY.test(u.text) || u.deal.ourWords.some((w) => DEPENDS.test(w)));
  return false;
}

/** "I expect multi-currency and subscriptions working by Friday at no extra cost": features demanded as if owed. */
const OWED = /\b(?:i|we) (?:expect|want|need|demand) ([\p{L}][\p{L}\s,&-]{3,60}?) (?:working|done|added|in place|live|set up|sorted)\b[^.?!]{0,60}\b(?:at no (?:extra )?cost|for free|free of charge|no extra charge|without (?:extra|additional) (?:cost|charge))/iu;

const QUALITY = /\b(?:(?:has been|have been|is|are|keeps?) failing|stopped working|not working|not (?:arriving|sending|coming through|showing)|has become|turned into|read(?:s)? like|looks? like|sounds? like|not what (?:i|we)|nothing like|embarrass\w*|can'?t use|unusable|poor|sloppy|amateur\w*|generic|bland|boring|cheap-looking|hated|hate|terrible|awful|worse|doesn'?t (?:fit|match|work)|too (?:casual|formal|long|short|busy|plain)|off-brand|unprofessional|mistakes?|errors?|wrong|typos?|broken|missing|late|overdue|not live|still (?:not|on))\b/i;
const AVAILABILITY = /\b(?:messaged|emailed|called|heard nothing|haven'?t heard (?:back|from you|anything)|following up|chasing|no (?:reply|response|answer)|didn'?t (?:reply|answer|respond)|ignor\w+)\b/i;

const SHOUTED = /^(?:THE|AND|NOT|NOW|WHY|ALL|YOU|YOUR|THIS|THAT|WHAT|WITH|WAS|ARE|IS|IT|DID|DONE|GET|GOT|ANY|OUR|WE|ONE|TWO|BAD|SAD|OMG|WTF|LOL|ASAP|STOP|HELP|PLS|FIX|YES|NO|NEVER|EVER|JUST|STILL|WRONG|LATE|HATE|UGLY|AGAIN|MUCH|VERY|FREE|PAID|PAY|SEE|WHO|HOW|WHEN|CAN|WONT|DONT|CANT|ISNT|NEED|WANT|TODAY|ASAP|ONLY|EVEN|SURE|OKAY|FULL|SAME|LOOK|BACK|NEW|OLD|BIG|SHOP|SITE|LOGO|COPY|TEXT|WORK|PAGE|SALE|DEAL)$/;

/** The concrete failure in their words, turned to our side: "both articles read like a lifestyle blog". */
export function failure(u: Understanding): string | undefined {
  // Clauses, so "the dog looks like a rat, and now you're telling me…??" gives the failure without the outrage.
  const sentences = u.text
    // Sentence ends, but not after "max." or "Dr." and not before a lower-case word ("max. 15 ml").
    .split(/(?<=[.!?])(?<!\b(?:max|min|approx|ca|no|nr|vs|etc|Dr|Mr|Ms|Mrs|St)\.)\s+(?=[A-Z"“(])|(?<=[a-z]{3}[.!?])(?<!\b(?:approx|etc|incl|excl|min|max)\.)\s+(?=[a-z])|(?<=[.!?]["”])\s+(?=[A-Z])|\n+|,\s+(?:and|but)\s+(?:now|then|also)\b|,\s+(?=(?:the|this|it|they|he|she)\s+\w+\s+(?:is|was|are|were|looks?|reads?|sounds?)\b)/)
    .map((x) => x.trim().replace(/[?!]{2,}$/, ''))
    .filter((x) => x.length >= 12 && (!/\?$/.test(x) || QUALITY.test(x)));
  let best: { s: string; score: number } | undefined;
  for (const s of sentences.slice(0, 40)) {
    let score = 0;
    if (QUALITY.test(s)) score += 3;
    // A quotation, not an apostrophe ("can't", "I'm").
    if (/["“”‘]|(?:^|\s)['’]\w/.test(s)) score += 1;
    // "Separately, …" opens another subject: new work or an aside, not what went wrong.
    if (/^(?:separately|on another note|unrelated(?:ly)?|another thing|also|p\.?s\.?)\b/i.test(s)) score -= 3;
    if (/\bsays?\b[^.]*\bsays?\b|\binstead of\b|\bshould (?:say|be|read)\b|\bhas become\b|\bturned into\b/i.test(s)) score += 3;
    // What went wrong, not a verdict on it: "X says 15, the translation says 50" over "this is a serious error".
    if (/\bsays?\b[^.]*\bsays?\b/i.test(s)) score += 2;
    // Our words quoted back ("the article says \"free initial assessments\""): the failure itself.
    if (/\bsays?\s+(?:\w+\s+){0,3}["“]/i.test(s)) score += 3;
    // Our own note quoted back ("your update note says 'all forms tested'") is the claim, not the failure.
    if (/\byour (?:\w+ ){0,2}(?:note|email|message|report|update) (?:below |above )?(?:\w+ )?says?\b/i.test(s)) score -= 3;
    // What they believed the offer included is a question of scope, not the failure ("we thought the migration was included").
    if (/\b(?:we|i) (?:thought|understood|assumed)\b|\bwas included\b|\bin the (?:offer|quote|proposal)\b/i.test(s)) score -= 3;
    // What the brief said is the instruction, not the failure.
    if (/\b(?:the|my|our) (?:brief|spec\w*|style ?guide|glossary)\b/i.test(s)) score -= 2;
    if (/^(?:this|that|it) (?:is|was)\b/i.test(s)) score -= 1;
    // The client's own ranking: "most important", "safety-relevant".
    if (/\b(?:most important|above all|safety|critical|serious|dangerous)\b/i.test(s)) score += 2;
    if (/\d/.test(s)) score += 1;
    if (AVAILABILITY.test(s)) score -= 3;
    // Their change of mind is no failure of ours to say back ("wants the hero in dark navy instead of the … we approved").
    if (u.defect && CHANGE_OF_MIND.test(s)) score -= 4;
    // Their figure said back in our voice reads as our own price.
    // ("tours that sell for €8,000" describes them, not a price: only a bare figure counts.)
    if (/[$€£]\s?\d[\d,.]*(?!\s*[a-z])|\d\s?(?:k|quid|bucks|dollars?|euros?|pounds?)\b/i.test(s)) score -= 2;
    // Said back, an insult or a shout becomes ours ("the dog looks like a rat", "WORSE"); so does someone's embarrassment.
    if (/\b(?:embarrass\w*|hated?|furious|ashamed|laugh\w*|a joke|rat|pig|monkey|(?:child|kid|toddler) could|garbage|rubbish|crap)\b/i.test(s)) score -= 3;
    if (/\b(?:refund|chargeback|review|lawyer|money back|not satisfied|unhappy|disappointed|beyond a joke|pay|paid|invoice)\b/i.test(s)) score -= 2;
    // Phone shorthand ("did u not get them??") said back in a reply reads as mockery.
    // (Lower-case "u" and "r" only: "the R one" is a logo's name.)
    if (/\b(?:u|ur|r)\b/.test(s) || /\b(?:tbh|lol|omg|wtf|pls|plz)\b|\?\?/i.test(s)) score -= 5;
    if (score > 0 && (!best || score > best.score)) best = { s, score };
  }
  if (!best) return undefined;
  const clause = best.s.replace(/^(?:[-*•]|\d{1,2}[.)])\s+/, '').replace(/^(?:(?:but|and|so|also|honestly|frankly|well|look|sorry|unfortunately|most important(?:ly)?|as (?:i|we) (?:mentioned|said|wrote)(?: (?:before|earlier|yesterday))?)[,:\s]+)+/i, '').replace(/[.!?]+$/, '');
  // A shouted word is said back in a normal voice: "WORSE" becomes "worse".
  // Short capitals that are no English word are a name ("WES", "HMRC") and stay.
  const calm = clause.replace(/\b[A-Z]{3,}\b/g, (w) => (/^(?:PDF|SEO|CTA|URL|NDA|FAQ|CMS|API|USD|EUR|GBP|ISO|UX|UI)$/.test(w) || (w.length <= 4 && !SHOUTED.test(w)) ? w : w.toLowerCase()));
  // "what we talked about" is both of us: that "we" stays when the rest turns to our side.
  const shared = calm.replace(/\bwe (talked|discussed|agreed|spoke|said)\b/gi, '\u0001$1');
  const said = shorten(swapPersons(shared.charAt(0).toLowerCase() + shared.slice(1)), 140).replace(/\u0001/g, 'we ');
  // A failure cut off mid-thought is no restatement at all.
  if (said.endsWith('…')) return undefined;
  // 'His exact words: "this reads like a government leaflet."': said as the feedback, quoted once.
  const words = /^(?:his|her|their|the \w+'s|our \w+'s|your \w+'s) (?:exact )?words(?: were)?:\s*["“](.+?)[.!?]?["”]/i.exec(said);
  if (words) return `the feedback was that ${words[1]!.replace(/^this /i, 'it ')}`;
  // "Says it sounds like a robot wrote it": a sentence whose subject was dropped is said as the feedback it reports.
  const reported = /^(?:says?|thinks?|feels?|finds?|reckons?|said|thought|felt)\s+(?:that\s+)?(.+)$/i.exec(said);
  if (reported) return `the feedback is that ${reported[1]}`;
  // A sentence still without a subject of its own reads as garbled: no restatement.
  return /^(?:is|are|was|were|has|have|looks?|sounds?|reads?|seems?|hates?|loves?|wants?)\b/i.test(said) ? undefined : said;
}

function refundAmount(u: Understanding, k: Kit): string | undefined {
  // "refund half of the fee": their share, said as they said it.
  const part = /\brefund(?:ing)?\s+(half|a third|a quarter|part|some)\s+of\s+(?:the|my|our|your)\s+(fee|price|money|payment|invoice)\b/i.exec(u.text) ?? /\b(half|part|some) of (?:the|my|our) (fee|money|payment) back\b/i.exec(u.text);
  if (part) {
    const share = part[1]!.toLowerCase();
    return share === 'part' || share === 'some' ? 'a partial refund' : `refunding ${share} of the ${part[2]!.toLowerCase()}`;
  }
  const m = /\brefund/i.exec(u.text) ?? /\bmoney back\b/i.exec(u.text);
  if (!m) return undefined;
  const sentenceStart = Math.max(0, u.text.lastIndexOf('.', m.index) + 1);
  const sentenceEnd = u.text.indexOf('.', m.index) === -1 ? u.text.length : u.text.indexOf('.', m.index);
  const near = u.amounts.filter((a) => a.index >= sentenceStart && a.index <= sentenceEnd);
  // Our whole fee is the refund only when they say so ("a full refund", "all our money back"): a figure they complain about is not what they ask back.
  const whole = /\b(?:full refund|refund (?:in full|everything|the (?:whole|full|entire))|all (?:my|our|the) money back)\b/i.test(u.text);
  const a = near.find((x) => x.role !== 'our_price' || whole) ?? u.amounts.find((x) => x.role !== 'competitor' && x.role !== 'our_price' && /deposit|paid/i.test(u.text.slice(Math.max(0, x.index - 40), x.index + 40))) ?? (whole ? u.amounts.find((x) => x.role === 'our_price') : undefined);
  return a ? (a.currency ? k.money(a.value, a.currency) : k.money(a.value)) : undefined;
}

/** One sentence each for a refund demand and for every threat, so none goes unanswered. */
function refundAndThreats(u: Understanding, k: Kit, mode: 'fix' | 'part'): string[] {
  const out: string[] = [];
  if (u.refund && mode === 'fix') out.push(`On the refund: I would rather put this right first, and if the result still does not work for you after that, we can talk about ${refundAmount(u, k) ?? 'a refund'} then.`);
  // "I don't see why we're paying £300 for this month": a month our error spoiled is credited, said plainly.
  const month = u.defect ? /\b(?:why (?:we'?re|we are|we should be|i am|i'?m|should (?:we|i)) (?:be )?paying|(?:not|n't) (?:be )?paying)\b[^.?!]{0,30}?([$€£]\s?[\d,.]+)[^.?!]{0,30}\b(?:this|that|last) month\b/i.exec(u.text) : null;
  if (month && mode === 'fix') out.push(`You should not pay for a month in which my work let you down: I will credit the ${k.v(month[1]!.replace(/\s/g, ''))} for this month on your next invoice.`);
  if (u.threats.includes('chargeback')) out.push('I would much rather settle this with you directly than through a chargeback.');
  if (u.threats.includes('legal')) out.push('I would also much rather settle this between us than through lawyers.');
  if (u.threats.includes('review') && mode === 'fix') out.push('As for a review, I would rather you judge me on how I put this right.');
  return out;
}

function complaintAck(u: Understanding): string {
  const f = failure(u);
  if (u.defect && f) return `You are right to raise this: ${f}.`;
  if (f) return `I am sorry this has left you unhappy. If I understand you correctly, ${f}.`;
  return 'I am sorry this has left you unhappy.';
}

const ownAndFixComplaint: Strategy = (u, k) => {
  // A breakage nobody has traced yet is looked into first (work.ts), not owned on sight.
  if (!ourFault(u) || untraced(u)) return null;
  const urgent = /\b(?:asap|urgent\w*|immediately|right now|within the hour|(?:is|are|has been|went) down|broken|losing (?:orders|sales|money|customers|bookings|enquiries)|(?:has been|is|are|keeps?) failing|(?:fixed|sorted|working) (?:by )?today|lost \d+)\b/i.test(u.text);
  // Our error is put right at once: by the next working day, well ahead of a later date they name (their launch or
  // signing day is when it must already be right, not the day the fix arrives: u12c-11, u9b-06).
  const next = addWorkingDays(u.today, 1);
  const wanted = u.requested?.iso;
  const early = !urgent && wanted !== undefined && wanted > next;
  const when = urgent ? 'today' : early ? `by ${k.day(next)}` : wanted ? `by ${k.day(wanted)}` : `by ${k.day(next)}`;
  const ahead = early ? `, ahead of ${k.day(wanted!).replace(/\s*\(ahead of your [^)]*\)/, '')}` : '';
  return {
    id: 'own-it-and-fix',
    title: 'Own the mistake and fix it now',
    ack: complaintAck(u),
    // The points of their list that are changes, not errors, are said as such so the free fix does not swallow them.
    position: [`That is my responsibility, and I will put it right at no cost ${when}${ahead}.`, ...(listItems(u.text).some((l) => CHANGE_OF_MIND.test(l)) ? [changesLine(u, k) ?? []].flat() : []), ...refundAndThreats(u, k, 'fix')],
    covers: ['complaint', 'revision_request', 'rush_deadline'],
    stance: { rush: 'fits', payment: 'deposit', nda: 'anonymised' },
    why: [
      ['admit_mistakes', 'Owns the error plainly, with a date for the fix.'],
      ['stay_calm', 'No excuses and no counter-blame; threats are answered calmly.'],
    ],
    close: /\b(?:broken|down|error|crash\w*|not working|doesn'?t work|checkout|site|page|link|bug)\b/i.test(u.text) ? `I will let you know the moment it is fixed ${when}; is there anything else you would like me to check?` : `I will send the corrected version ${when}; is there anything else you would like me to look at?`,
  };
};

const clarifyAndFix: Strategy = (u, k) => {
  // Features demanded as owed are answered by the scope card, never with a rework of work that is not wrong.
  if (!u.defect && OWED.test(u.text)) return null;
  // Lateness is answered with a plan and dates, not with questions about taste.
  if ((ourFault(u) && !u.late) || (u.late && !u.defect)) return null;
  // Rounds already used up: a further round is paid, and the reply says so calmly instead of promising it free.
  const used = beyondRounds(u);
  const rounds = used ? `in a further round (${extraEstimate(k)}), since the ${k.rounds()} included are used` : u.deal.rounds ? `within the ${k.rounds()} included` : 'at no extra cost';
  return {
    id: 'clarify-and-rework',
    title: 'Pin down what is wrong and rework it',
    ack: complaintAck(u),
    position: [
      `I would like to fix that, and I can rework it ${rounds}.`,
      'To get it right this time, it would help to see two or three examples of what you do want, and the parts that bother you most.',
      // "A complete rewrite by Friday": their date, when two working days are left once the examples are in.
      ...(u.requested && u.requested.iso >= addWorkingDays(u.today, 2) ? [`With those by tomorrow, I can send the reworked version by ${k.day(u.requested.iso)}.`] : []),
      ...refundAndThreats(u, k, 'fix'),
    ],
    covers: ['complaint', 'revision_request', 'rush_deadline'],
    stance: { rush: 'fits', payment: 'deposit', nda: 'anonymised' },
    why: [
      ['restate_understanding', 'Restates the complaint in our words so they can correct it.'],
      ['clarify_the_complaint', 'Asks exactly what does not fit, and commits to fixing it.'],
      ['stay_calm', 'No counter-blame; the refund and any threat get a calm, direct answer.'],
    ],
    close: 'Could you send me those examples, so I can start on the rework?',
  };
};

const planToDate: Strategy = (u, k) => {
  if (!u.late) return null;
  const wanted = u.requested?.iso;
  const facts = ourFault(u) ? 'I should have kept you better informed, and I am sorry.' : 'As my earlier emails said, the date depended on receiving your materials on time, and I have been working on it since they arrived.';
  const first = wanted ? `By ${k.day(wanted)} I can have a first version live with the essentials you asked for,` : `By ${k.day(addWorkingDays(u.today, 2))} I can have a first version live with the essentials,`;
  return {
    id: 'plan-with-dates',
    title: 'A concrete plan with dates',
    ack: 'I understand how frustrating this is, and I want to get you live as quickly as possible.',
    position: [facts, `${first} and the rest by ${k.day(addWorkingDays(wanted ?? u.today, 3))}.`, ...refundAndThreats(u, k, 'fix')],
    covers: ['complaint', 'rush_deadline'],
    stance: { rush: 'fits', payment: 'deposit', nda: 'anonymised', date: wanted },
    why: [
      ['stay_calm', 'States the facts without blame and moves straight to a plan.'],
      ['keep_dialogue', 'Commits to concrete dates the client can hold us to.'],
    ],
    close: 'Shall I go ahead on that plan?',
  };
};

const refundAndPart: Strategy = (u, k) => {
  // Refunding is the last resort: only for a client who says they want out, never as the answer to a threat alone.
  if (!/\b(?:cancel|terminate|end (?:the|our) (?:contract|work|project)|(?:don'?t|do not) want to (?:continue|work)|find (?:someone|somebody) else|stop (?:the|this) project|go (?:elsewhere|with someone else))\b/i.test(u.text)) return null;
  const amount = refundAmount(u, k);
  return {
    id: 'refund-and-part',
    title: 'Refund and part politely',
    ack: 'I am sorry this has not worked out.',
    position: [
      // A matter of taste is no error of ours: parting keeps what was paid for the work done; only our own error is refunded.
      u.defect
        ? `If you would rather not continue, I will refund ${amount ?? k.ph('refund amount')} and send you everything done so far, so you are free to finish with someone else.`
        : `If you would rather not continue, we can part here: you keep everything done so far, I keep ${u.situation.depositPaid || u.situation.underway ? 'the deposit' : 'payment'} for the work already done, and there is nothing more to pay.`,
      ...refundAndThreats(u, k, 'part'),
    ],
    covers: ['complaint'],
    stance: { payment: 'deposit', nda: 'anonymised' },
    why: [
      ['refund_and_part', 'When the relationship cannot be saved, refund and part on good terms.'],
      ['mutual_respect', 'Polite and final, without arguing.'],
    ],
    close: u.defect ? 'Shall I go ahead with the refund?' : 'Would you like to part there, or shall I try the rework first?',
  };
};

// ---- wrong direction

// ("copy" is the copywriter's text: "the copy", "your website copy" copy nothing; the verb takes an object or "from".)
const COPY = /\b(?:from their (?:page|site|website|homepage)|(?:a|an|exact|carbon|basically a|just a) copy of|(?<!\b(?:the|our|your|my|web|website|sales|ad|landing page|page|new|old|final|product|this|that|some|more|less)\s+)cop(?:y|ying|ied)\s+(?:it|that|this|them|what|their|his|her|its|from|word for word|(?:the|a)\s+(?:\w+\s+)?(?:site|website|homepage|page|layout|design|logo|look|style|structure|wording|text|texts|content)\b(?!\s+(?:we|i)\s+(?:sent|wrote|gave)))|(?<!\b(?:the|our|your|my|web|website|sales|ad|page|new|old|final|product)\s+)(?:copying|copied)(?!\s+(?:you|me|us|him|her|them)\s+in\b)|take (?:their|the|his|her) (?:text|texts|content|words|photos|images|design|layout)|(?:same as|just like|exactly like)(?! (?:in |on )?(?:the |my |our |your |his |her |their )?(?:passport|id\b|certificate|documents?|original|source|register|spelling))|(?:photos|images|pictures) (?:from|off) google|from google|steal|borrow (?:their|the))\b/i;

function brandIn(u: Understanding): string | undefined {
  const s = evidenceSentence(u, 'wrong_direction') ?? '';
  // Capitalised words of one sentence ("Lumière Skin's. Same layout" stops at the full stop); a domain keeps its dot.
  const m = /\b(?:like|as|from|of|copy|copying)\s+([A-Z][\p{L}&'’-]*(?:\.(?:com|io|co|net|org|de|se|uk))?(?:\s[A-Z][\p{L}&'’-]*){0,2})/u.exec(s);
  return m?.[1]?.replace(/['’]s$/, '').trim();
}

function directionAck(u: Understanding, k: Kit): string {
  // (Only a direction that follows someone else's work has a brand to admire: "Sales" in "the Sales team" is none.)
  const brand = followsModel(u) ? brandIn(u) : undefined;
  return brand ? `I can see why ${k.v(brand)} appeals: it clearly works for them.` : 'I can see what you are going for.';
}

/**
 * The direction is someone else's work to follow: their site, a competitor, a brand, an example ("make it look like
 * Apple's", "same as theirs", "inspired by"). Anything else (a font, machine translation, keyword stuffing) is a choice
 * of theirs, and talk of "a second version of someone else" would answer a request nobody made.
 */
const MODEL = /\b(?:like (?:the |their |his |her |this |that )?(?:competitor\w*|example)|same (?:layout|fonts?|design|structure|look|colou?rs)|looks? (?:just |exactly )?like|similar to|same as|inspired by|(?:in )?the style of|based on (?:their|the|this|that|a) (?:site|website|page|design|logo|example|template)|competitor\w*|their (?:site|website|homepage|page|logo|copy|design|layout)|(?:this|that|the) (?:example|reference|site|website|page) (?:we|i) (?:sent|like|love|found))\b/i;
/** "like Apple's", "like Stripe": a brand named as the model (case matters, so this one has no i flag). */
const MODEL_BRAND = /\blike (?:the |their )?\p{Lu}[\p{L}'’&.-]*(?:'s)?\b/u;

function followsModel(u: Understanding): boolean {
  const t = u.text.slice(0, 6000);
  return COPY.test(u.text) || MODEL.test(t) || MODEL_BRAND.test(t.replace(/(?:^|[.!?]\s+|\n)\S+/g, ' '));
}

const askWhy: Strategy = (u, k) => {
  const model = followsModel(u);
  return {
    id: 'ask-why',
    title: 'Ask what they want from it',
    ack: directionAck(u, k),
    position: [model
      ? 'Before I go that way, it would help to understand what you like most about it: the structure, the tone, or the results it gets. Then I can bring that into your own project in your own voice.'
      : 'Before I go that way, could you tell me what you most want it to achieve? If I understand the goal behind it, I can suggest the way most likely to get there, and if you still prefer yours, we will do it your way.'],
    covers: ['wrong_direction'],
    stance: { payment: 'deposit', nda: 'anonymised' },
    why: [['ask_why', 'Asks why before arguing: it shows respect, and there may be a reason we do not know.']],
    close: model ? 'What is it about it that you would most like to have?' : 'What is the main thing you want it to achieve?',
  };
};

const agreeThenTurn: Strategy = (u, k) => {
  if (!followsModel(u)) return null;
  const copy = COPY.test(u.text);
  const risk = copy
    ? 'Copying it, though, is a legal risk, and search engines rank duplicated content lower, so it would work against you.'
    : 'Following it closely, though, would make you look like a second version of someone else, and it tends to work less well for a different business.';
  return {
    id: 'agree-then-turn',
    title: 'Agree with what works, then turn to their own strengths',
    ack: directionAck(u, k),
    position: [risk, 'What I suggest is work built on your own strengths, using what works in their structure; you will see the difference in the first draft.'],
    covers: ['wrong_direction'],
    stance: { payment: 'deposit', nda: 'anonymised' },
    why: [
      ['imagined_agreement', 'Agrees with the true part before turning.'],
      ['offer_options', 'Offers a concrete alternative and leaves the decision with them.'],
    ],
    close: 'Would you like me to take it in that direction?',
  };
};

const disclaim: Strategy = (u, k) => {
  if (COPY.test(u.text)) return null;
  return {
    id: 'their-way-with-disclaimer',
    title: 'Do it their way, with a written note',
    ack: directionAck(u, k),
    position: ['It is your project, so the final call is yours, and I will do it your way if you prefer. As I have real doubts it will get you the result you want, I would ask you to confirm by email that you would like it done this way.'],
    covers: ['wrong_direction'],
    stance: { payment: 'deposit', nda: 'anonymised' },
    why: [
      ['disclaim_responsibility', 'Does it their way, with the responsibility for the choice in writing.'],
      ['mutual_respect', 'States the concern without lecturing; the decision stays theirs.'],
    ],
    close: 'Could you confirm by email that you would like it done this way?',
  };
};

// ---- vague brief

const threeThings: Strategy = (u, k) => ({
  id: 'three-things-to-quote',
  title: 'Ask for the three things needed to quote',
  ack: `Thank you for thinking of me for ${k.serviceName()}.`,
  position: [
    `To give you a price and a plan, I need three things: what ${k.serviceName()} should achieve for you, who it is for, and two or three examples you like${u.requested ? '' : ', plus the date you need it by'}.`,
    'Even details that seem minor help me get it right the first time.',
  ],
  covers: ['vague_brief'],
  stance: { payment: 'deposit', nda: 'anonymised' },
  why: [
    ['clarify_brief', 'Asks for the result they expect instead of guessing.'],
    ['attend_to_client', 'The questions are about their goal and customers, not a generic form.'],
  ],
  close: 'Could you send me those when you have a moment?',
});

const restateAndCall: Strategy = (u, k) => ({
  id: 'restate-and-call',
  title: 'Restate the task and suggest a short call',
  ack: `Thank you for thinking of me for ${k.serviceName()}.`,
  position: [
    `As I understand it, you need ${k.serviceName()}${u.requested ? ` by ${k.day(u.requested.iso)}` : ''}, and the details are still open.`,
    'A 20-minute call is the quickest way to pin down the goal; I will send you a written summary afterwards to confirm.',
  ],
  covers: ['vague_brief'],
  stance: { payment: 'deposit', nda: 'anonymised' },
  why: [
    ['restate_understanding', 'Says the task back so they can correct it.'],
    ['confirm_in_writing', 'A written summary after the call, for them to confirm.'],
  ],
  close: 'Would a short call this week suit you?',
});

// ---- no move: acknowledge, answer, next step

// "We would love to have it by Monday" is a wish, not praise: only praise gets "good to hear".
// Praise, not a polite "thanks" (every mail has one, the sarcastic and the bad-news ones too).
const PRAISE = /\b(?:(?<!would )love|loved|great (?:job|work)|(?:really |so |very )?happy with|perfect|approved|brilliant|amazing|fantastic|spot on)\b/i;
/** Words that make a "thank you, that is good to hear" wrong: bad news, blame, sarcasm. */
const BAD_NEWS = /n't\b|\breally\.(?:\s|$)|\b(?:not|no longer|unfortunately|sorry|apolog\w*|disappoint\w*|wrong|problem|issue|freeze|frozen|cancel\w*|pause|stop\w*|late|delay\w*|refund|complain\w*|unhappy|seriously|really\?|great\.{2,}|thanks a lot|thanks for nothing|\?{2,})/i;

/** A date the work itself is wanted by ("the first draft by Monday"), not a date they send something or are away. */
function wishedDate(u: Understanding): boolean {
  const d = u.requested;
  if (!d) return false;
  const around = u.text.slice(Math.max(0, d.index - 80), d.index + d.text.length + 20);
  return /\b(?:draft|version|design|logo|site|page|copy|translation|article|files?|delivery|deliver\w*|ready|done|finished|live|launch\w*|have (?:it|this|them|the)|need (?:it|this|them|the))\b/i.test(around) && !/\b(?:i|we)(?:'ll| will| shall| can)? (?:send|pay|be (?:away|back|out|off))\b/i.test(around);
}

/** "please take this as sign-off, no more changes from us on those": a stage of the work approved. */
const SIGN_OFF = /\b(?:take (?:this|it) as (?:a |your |our )?sign-?off|(?:we|i)(?:'re| are| am)? (?:happy to )?sign(?:ing)? (?:them |it )?off|(?:are|is) signed off|(?:we|i) (?:approve|have approved|'ve approved))\b/i;
const STEP = /\b(wireframes?|sitemap|designs?|drafts?|concepts?|mock-?ups?|layouts?|copy|translation|logo|outline|moodboard|storyboard)\b/i;

/** "Thank you for signing off the wireframes; I'll move on to the visual design." — the next step from the price's own steps. */
function signOffAck(u: Understanding, k: Kit): string | undefined {
  const m = SIGN_OFF.exec(u.text);
  if (!m || !u.situation.underway) return undefined;
  const sentence = u.text.slice(Math.max(0, m.index - 200), m.index + 100);
  const step = [...sentence.matchAll(new RegExp(STEP.source, 'gi'))].pop()?.[1]?.toLowerCase();
  if (!step) return 'Thank you for the sign-off.';
  const items = k.service?.lineItems ?? [];
  const at = items.findIndex((i) => i.name.toLowerCase().includes(step.replace(/s$/, '')));
  const next = at >= 0 ? items[at + 1]?.name : undefined;
  return `Thank you for signing off the ${step}${next ? `; I will move on to the ${next.toLowerCase().replace(/\s*\(.*\)$/, '')}` : ''}.`;
}

/** Sad news beside the praise ("our CEO is stepping down, we're all gutted"): no "good to hear" for the whole mail. */
const SAD_NEWS = /\b(?:sad|gutted|heartbroken|stepping down|passed away|died|funeral|in hospital|seriously ill|bad news|laid off|redundan\w*)\b/i;

/** An opening for a mail of questions that says what they are about, not "Thank you for your message." */
function askedAck(u: Understanding): string {
  if ((/\b(?:loved?|great|brilliant|amazing|fantastic|legend|spot on|converting|love it|delighted|thrilled|wonderful|excellent|impressed|(?:really|very|so|genuinely) pleased|a (?:big|huge) thank you|it'?s perfect|approved)\b/i.test(u.text.slice(0, 400)) || /\b(?:most[- ]read|picked up (?:in|by)|highest compliment|made my (?:life|job|week) (?:much |so much |a lot )?easier|went down (?:really |very )?well)\b/i.test(u.text.slice(0, 800))) && !BAD_NEWS.test(u.text.slice(0, 250)) && !SAD_NEWS.test(u.text.slice(0, 800))) {
    // "I've also passed your name on to two colleagues": a referral is thanked with the praise.
    const referred = /\bpass(?:ed|ing)? (?:on )?your (?:name|details|email|e-mail)\b|\bpass(?:ed|ing)? your (?:name|details) on\b|\brecommend(?:ed|ing)? you\b|\breferr(?:ed|ing) (?:you|them|her|him)\b/i.test(u.text.slice(0, 1500));
    return `Thank you, that is good to hear${referred ? ', and thank you for passing my name on' : ''}.`;
  }
  // "Hearth & Hound is back on!": a project restarting after a silence is welcomed back, not thanked for questions.
  if (/\b(?:is|are|we'?re|it'?s) back on\b(?! (?:hold|ice))|\bpick (?:it|this|things) (?:back )?up\b/i.test(u.text.slice(0, 2000))) return 'Good to hear from you, and glad the project is back on.';
  const topics = new Set(u.asks.map((a) => a.topic));
  if (topics.size === 1 && topics.has('call')) return 'Thank you, happy to set up a call.';
  const about = [...new Set(u.asks.map((a) => ASK_NOUN[a.topic]).filter((x): x is string => Boolean(x)))].slice(0, 3);
  // (Only when every question has its noun: "questions about a call" for a Figma question and a call says half.)
  if (about.length && u.asks.every((a) => ASK_NOUN[a.topic])) return `Thank you for your ${u.asks.length > 1 ? 'questions' : 'question'} about ${about.length === 1 ? about[0] : `${about.slice(0, -1).join(', ')} and ${about[about.length - 1]}`}.`;
  return u.asks.length > 1 ? 'Thank you for your questions; here are my answers.' : 'Thank you for your question.';
}

/** What a question is about, said in a thank-you ("Thank you for your questions about the invoice and a call."). */
const ASK_NOUN: Partial<Record<Ask['topic'], string>> = {
  call: 'a call',
  start: 'the start date',
  timeline: 'timing',
  sign: 'the paperwork',
  insurance: 'insurance',
  certification: 'certification',
  guarantee: 'guarantees',
  included: 'what is included',
  hosting: 'hosting',
  ownership: 'the rights',
  experience: 'my experience',
  portfolio: 'past work',
  payment_method: 'payment',
  invoice: 'the invoice',
  price: 'the price',
  refund: 'a refund',
  status: 'where things stand',
};

const plainAnswer: Strategy = (u, k) => {
  const asked = u.asks.length > 0;
  const signed = signOffAck(u, k);
  // A date they would like, below the rush threshold: said back with a promise of a firm answer, nothing more.
  const wished = !asked && wishedDate(u) ? u.requested : undefined;
  const ack = signed ?? (wished ? 'Thank you for your message.' : asked ? askedAck(u) : BAD_NEWS.test(u.text) ? 'Thank you for letting me know.' : PRAISE.test(u.text) ? 'Thank you, that is good to hear.' : 'Thank you for the update.');
  return {
    id: 'answer-and-next-step',
    title: asked ? 'Answer their questions' : wished ? 'Note the date and confirm it' : 'Acknowledge and move on',
    ack,
    // Questions the engine has no answer for: "Thank you for your question. Does that answer everything?" around nothing
    // would answer nothing, so a holding reply with a date goes instead.
    ...(asked && /^Thank you for your questions?\b/.test(ack) ? { unanswered: () => ({ ack: 'Thank you for your message.', close: `I will get back to you by ${k.day(addWorkingDays(u.today, 1))}, once I have looked at ${u.asks.length > 1 ? 'your questions' : 'this'} properly.` }) } : {}),
    position: wished ? [`I have noted ${k.day(wished.iso)} as the date you would like for it, and I will confirm it once I have checked my schedule.`] : [],
    covers: [],
    stance: {},
    why: [['attend_to_client', 'Answers what they actually asked, point by point.']],
    // "Is it done?" wants the work, not more questions: the next step is ours.
    close: asked && u.asks.every((a) => a.topic === 'status') ? 'I will let you know the moment it is ready.' : asked ? 'Does that answer everything?' : 'Is there anything else you need from me for now?',
  };
};


/**
 * A complaint that the finished work lacks features the agreed scope never had: the work as agreed stands, and the
 * features are quoted as new work, calmly, threats answered once. Never "I will rework it within the rounds".
 */
const scopeDispute: Strategy = (u, k) => {
  const m = OWED.exec(u.text);
  if (!m || u.defect) return null;
  const things = swapPersons(m[1]!.trim());
  const plural = /\band\b|,|s$/i.test(m[1]!);
  const est = extraEstimate(k);
  const when = u.requested ? ` For ${k.day(u.requested.iso)} it would be rush work; I can tell you what is possible by then once I have scoped it.` : '';
  return {
    id: 'scope-dispute',
    title: 'The agreed work stands; the features are new work',
    ack: `I understand you expected ${k.v(things)} to be part of ${k.serviceName()}.`,
    position: [
      `${capitalise(things)} ${plural ? 'were' : 'was'} not in the scope we agreed, so what I delivered is the work as agreed; I can add ${plural ? 'them' : 'it'} as separate work${/\[/.test(est) ? '' : ` (${est})`}.${when}`,
      ...refundAndThreats(u, k, 'part'),
    ],
    covers: ['complaint', 'scope_creep', 'rush_deadline', 'revision_request'],
    stance: { rush: 'standard', payment: 'deposit', nda: 'anonymised' },
    why: [
      ['separate_fix_from_extra', 'Missing features that were never agreed are new work, not a fix.'],
      ['stay_calm', 'States the agreed scope without counter-threats.'],
    ],
    close: `Shall I send you an estimate for adding ${plural ? 'them' : 'it'}?`,
  };
};


export const CONFLICT_STRATEGIES = {
  complaint: [scopeDispute, ownAndFixComplaint, planToDate, clarifyAndFix, refundAndPart] as Strategy[],
  direction: [agreeThenTurn, askWhy, disclaim] as Strategy[],
  vague: [threeThings, restateAndCall] as Strategy[],
  none: [plainAnswer] as Strategy[],
};

export { refundAndThreats, ourFault, COPY };
