// Runs everywhere (Node, side panel): one or two sentences for every move and ask the card's position did not cover, always in the card's own terms (its price, its date, its stance).
import type { MoveId } from '../playbook';
import { clock, hoursSpan, minutesOf, moveTime, sharedSlot, spoken, zoneOfClient, zoneOfHours } from '../time-zones';
import type { Understanding } from '../understand';
import type { Ask, AskTopic } from '../understand/asks';
import { sentenceAround } from '../understand/clause';
import { escapeRe, keywordsOf } from '../understand/deal';
import { indirect, LANGUAGES, sayBack, swapPersons } from '../understand/restate';
import { countValue } from '../understand/roles';
import type { Card, Extras } from './card';
import { refundAndThreats, COPY } from './conflict';
import { addDays, capitalise, formatMoney, formatPercent, joinList, lowerFirst, numberWord } from './format';
import { addWorkingDays, countOf, formatCount, formatWeekday, Kit, MAINTENANCE_COVERS, round2, type Why } from './kit';
import { balanceCounter, balanceOf, exclusivityAsked, exclusivityLine, ndaTotal, paymentAsk, planYes } from './terms';
import { timing } from './time';
import { workRequestAnswer } from './work-request';
import { addedWhat, additionPrice, additionSubject, additionWords, beyondRounds, EQUITY, extraEstimate, followUpAsk, listCount } from './work';

/** The order other moves are answered in: money and time first, courtesy last. */
const ORDER: MoveId[] = [
  'complaint', 'discount_request', 'price_objection', 'budget_anchor', 'rush_deadline', 'payment_terms', 'free_work', 'scope_creep',
  'wrong_direction', 'future_promise', 'nda_request', 'revision_request', 'boundary_push', 'price_question', 'vague_brief', 'acceptance',
];
const PRICE_MOVES = new Set<MoveId>(['price_question', 'price_objection', 'discount_request', 'budget_anchor']);

export const extras: Extras = (u, k, card) => {
  const sentences: string[] = [];
  const why: Why[] = [];
  const covered = new Set<MoveId>(card.covers);
  const pending = u.moves.map((m) => m.id).filter((id) => !covered.has(id)).sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  // One answer for the whole price family.
  let priceDone = [...covered].some((id) => PRICE_MOVES.has(id) && u.has(id));
  let scopeSentence: string | undefined;
  for (const id of pending) {
    // "do you also do the photos?" reads as scope creep to the detector; the ask's own answer says it better.
    if (id === 'scope_creep' && overlapsAsk(u, id)) continue;
    // A project that stops takes no changes in the rounds (u12a-08 had got "I'll make the changes you listed").
    if (card.id === 'stop-and-settle' && ['revision_request', 'scope_creep', 'rush_deadline', 'wrong_direction'].includes(id)) continue;
    if (PRICE_MOVES.has(id)) {
      // Only real pressure on the price gets an answer about the price; a stray word does not.
      if (priceDone || (id !== 'price_question' && !pressure(u))) continue;
      priceDone = true;
    }
    const s = answerMove(id, u, k, card);
    if (s) {
      sentences.push(s.text);
      if (s.why) why.push(s.why);
      if (id === 'scope_creep') scopeSentence = s.text;
    }
  }
  // Exclusivity can come without an NDA ("you will not design for another law firm for 24 months").
  if (!u.has('nda_request') && exclusivityAsked(u)) sentences.push(exclusivityLine(u, k));
  // A date they mention without pressing for it still gets checked against the real time the work takes.
  if (u.requested && !u.has('rush_deadline') && !covered.has('rush_deadline') && !u.asks.some((a) => a.topic === 'timeline') && !u.has('complaint')) {
    const line = dateCheck(u, k, card);
    if (line) sentences.push(line);
  }
  const seen = new Set<AskTopic>();
  // One question read under two topics ("Is the hosting part of it or is that separate?": hosting and included) gets one answer.
  const answered = new Set<number>();
  // Of two readings of one question, the specific topic answers it (hosting before "included").
  const general = (a: Ask) => (a.topic === 'included' || a.topic === 'other' ? 1 : 0);
  const ordered = asksToAnswer(u, card).map((a, i) => ({ a, i })).sort((x, y) => (x.a.index === y.a.index ? general(x.a) - general(y.a) : x.i - y.i)).map((x) => x.a);
  for (const ask of ordered) {
    if (seen.has(ask.topic) && ask.topic !== 'other' && ask.topic !== 'process' && ask.topic !== 'other_service') continue;
    if (answered.has(ask.index) && general(ask)) continue;
    // "Is it possible to pay everything after delivery, without the deposit?" when the card already says how payment goes.
    if ((ask.topic === 'other' || ask.topic === 'process') && PAYMENT_ASK.test(ask.text) && (card.covers.includes('payment_terms') || sentences.some((x) => /^(?:On payment:|Payment follows the stages)/.test(x)))) continue;
    const s = answerAsk(ask, u, k, card);
    // A topic counts as answered only once something was said on it ("Please be advised…" says nothing to answer).
    if (s) {
      answered.add(ask.index);
      seen.add(ask.topic);
    }
    // The position may already say it ("Friday 18 December works with my schedule").
    if (s && !card.position.some((p) => p.includes(s)) && !sentences.includes(s)) sentences.push(s);
  }
  // "Yes, I can do the welcome emails as well; I will quote it separately" names what the scope sentence only hinted
  // at: one promise of a separate quote per card, the named one.
  if (scopeSentence && sentences.some((x) => OWN_TRADE_YES.test(x))) sentences.splice(sentences.indexOf(scopeSentence), 1);
  // A card with eight blanks is a form, not an email: past MAX_BLANKS the remaining questions get one promise instead.
  // (Read, not written: the kit's placeholder call would also list the gap as missing.)
  const blanks = sentences.filter((x) => x.includes('[your answer]'));
  if (blanks.length > MAX_BLANKS) {
    const drop = new Set(blanks.slice(MAX_BLANKS));
    const kept = sentences.filter((x) => !drop.has(x));
    sentences.length = 0;
    sentences.push(...kept, `I will answer your other ${drop.size === 1 ? 'question' : `${drop.size} questions`} point by point in a separate note today.`);
  }
  if (sentences.length) why.push(['attend_to_client', 'Answers every other point they raised, in the order that matters most.']);
  return { sentences, why };
};

/** Blanks for the freelancer to fill in one card, at most. */
const MAX_BLANKS = 3;

/** The answer to "can you also do X?" when X is our own trade (answerAsk's other_service and other branches). */
const OWN_TRADE_YES = /^Yes, I can do .+ as well; I will quote it separately\.$/;

function overlapsAsk(u: Understanding, id: MoveId): boolean {
  const m = u.move(id);
  return Boolean(m && u.asks.some((a) => a.topic !== 'price' && a.index <= m.index && m.index < a.index + a.evidence.length));
}

function pressure(u: Understanding): boolean {
  const price = u.deal.price?.unit === 'project' ? u.deal.price.amount : undefined;
  // A budget at or above our price is no pressure on it.
  const lowOffer = u.clientOffer && !(price !== undefined && !u.clientOffer.per && u.clientOffer.value >= price);
  return Boolean(lowOffer || u.competitor || u.discountPercent !== undefined) || /\b(?:too (?:much|high|expensive|steep)|expensive|cheaper|discount|lower (?:the |your )?(?:price|rate)|afford|best price|reduce|reconsider|justify)\b/i.test(u.text);
}

function dateCheck(u: Understanding, k: Kit, card: Card): string | undefined {
  const t = timing(u, k);
  if (!t.wanted || t.verdict === 'unknown') return undefined;
  // Only a date the work itself is wanted by: "live before our AGM", not a grant deadline or a reply-by date.
  const d = u.requested!;
  const around = u.text.slice(Math.max(0, d.index - 80), d.index + d.text.length + 20);
  if (!/\b(?:live|ready|deliver\w*|launch\w*|done|finished|go(?:es)? out|online|print|publish\w*|need (?:it|this|them)|have (?:it|this|them))\b/i.test(around)) return undefined;
  return rushLine(u, k, card);
}

// ---- other moves, in the card's terms

function total(k: Kit, card: Card): string {
  return card.total !== undefined ? k.money(card.total) : k.priceText();
}

function answerMove(id: MoveId, u: Understanding, k: Kit, card: Card): { text: string; why?: Why } | undefined {
  switch (id) {
    case 'price_question': {
      // Work under way or delivered, and the card is about something else (a fault): "is that something you can do and
      // what would it cost?" asks about new work, quoted on its own.
      const m = u.move('price_question');
      const before = m ? u.text.slice(Math.max(0, m.index - 300), m.index) : '';
      if (u.situation.underway && card.total === undefined && m && /\b(?:something you can do|can (?:you|u) do (?:that|this|it)|what would (?:it|that|this) cost|how much (?:would|will) (?:it|that|this) (?:be|cost))\b/i.test(m.evidence) && /\b(?:want|would like|'d like|need|add|integrat\w*|push|connect|sync\w*)\b/i.test(before.split(/(?<=[.?!])\s+/).pop() ?? '')) {
        const est = extraEstimate(k);
        return { text: `The new piece you describe is separate work${/\[/.test(est) ? '' : ` (${est})`}; I will send you an estimate once I have looked at what it involves, and keep it apart from ${u.defect ? 'putting this right' : 'the current work'}.`, why: ['separate_fix_from_extra', 'New work is quoted on its own.'] };
      }
      // "How much cost?" under a card about something else (a free sample declined): before the work, the price is said.
      if (card.total === undefined) {
        if (u.situation.underway || !k.price || !k.service) return undefined;
        return { text: `My price for ${k.serviceName()} is ${k.priceText()}: it covers ${k.breakdown() ?? 'the whole job'}, with ${k.rounds()} included and ${k.deposit(k.price.amount)} to book the work.`, why: ['name_your_price', 'Names the price outright.'] };
      }
      // Once the card has named its total, saying it again is noise; with work under way the price is settled, and
      // "roughly what does it cost?" is about something else (hosting, a new page).
      if (u.situation.underway || [card.ack, ...card.position].some((s) => s.includes(k.money(card.total!)))) return undefined;
      const days = k.service?.turnaroundDays;
      return { text: `The price for ${k.serviceName()} is ${total(k, card)}, with ${k.rounds()} included and ${k.deposit(card.total)} to book it, and I can deliver ${days ? `within ${k.v(String(days))} working days of the go-ahead` : `by ${k.ph('delivery date')}`}.`, why: ['name_your_price', 'Names the price outright.'] };
    }
    case 'price_objection':
    case 'discount_request':
    case 'budget_anchor': {
      // A card that already states the price in its position has answered the price.
      if (card.total !== undefined && [card.ack, ...card.position].some((s) => s.includes(k.money(card.total!)))) return undefined;
      return { text: `On the price: it ${k.priceSource === 'profile' ? 'is' : 'stays at'} ${total(k, card)}, because that is what the work takes${k.breakdown() ? ` (it covers ${k.breakdown()})` : ''}.`, why: ['hold_firm_on_discount', 'Keeps the one price of this card and says why.'] };
    }
    case 'rush_deadline':
      // New pieces asked for during the job, wanted by their launch: the date comes with the quote for them; the
      // agreed work keeps its own date (a rush for the whole job would mix the old work and the new).
      if (card.covers.includes('scope_creep') && u.situation.underway && u.requested) {
        return { text: `The quote for the new pieces will come with a date, planned around ${u.event ? `your ${k.v(u.event.what)} on ${k.day(u.event.iso)}` : k.day(u.requested.iso)}.`, why: ['negotiate_deadline', 'Dates the new work with its quote, without promising it for free or by rushing the agreed work.'] };
      }
      return { text: rushLine(u, k, card), why: ['negotiate_deadline', 'Checks their date against the time the work really takes.'] };
    case 'payment_terms':
      // Our error is on the table: a deposit speech is beside the point, and the balance follows the fix.
      if (u.defect) return u.situation.underway || /\bbalance\b/i.test(u.text) ? { text: 'The balance can wait until this is put right; after that it is due as agreed.' } : undefined;
      return { text: paymentLine(u, k, card), why: ['deposit_first', 'Keeps a payment before work starts, in a form they can accept.'] };
    case 'acceptance':
      return { text: 'Thank you for confirming the project.' };
    case 'free_work':
      return { text: `I understand wanting to see my work first; I do not do unpaid samples, but ${k.firstLink ? `you can see published work at ${k.portfolio()}` : 'the work linked above shows what I do'}, or I can do a short paid trial first.`, why: ['no_free_work', 'Declines the free sample and offers proof or a paid trial.'] };
    case 'future_promise':
      return { text: promiseLine(u, k), why: ['no_discount_for_promises', 'A promise of later work does not change this job’s terms.'] };
    case 'scope_creep': {
      // More of the same units, priced from the profile: "The two extra pages are outside the agreed scope: they come to €433…".
      const priced = u.addition ? additionPrice(u, k, u.addition) : undefined;
      if (priced && u.addition) return { text: `${capitalise(addedWhat(u.addition))} ${u.addition.n === 1 ? 'is' : 'are'} outside the agreed scope: ${lowerFirst(priced.text)}.`, why: ['separate_fix_from_extra', 'New work is priced as new work.'] };
      const subject = additionSubject(u);
      return { text: `${subject} outside the agreed scope, so I will quote ${subject.endsWith(' are') ? 'them' : 'it'} separately: ${extraEstimate(k)}.`, why: ['separate_fix_from_extra', 'New work is quoted as new work.'] };
    }
    case 'revision_request':
      return { text: u.defect ? 'I will correct the points you listed at no cost.' : beyondRounds(u) ? `Those changes go beyond the ${k.rounds()} included, so I will quote them first.` : `I will make the changes you listed within the ${k.rounds()} included.` };
    case 'complaint':
      return { text: ['I am sorry this has not gone as you hoped, and I want to put it right.', ...refundAndThreats(u, k, 'fix')].join(' '), why: ['stay_calm', 'Takes the complaint seriously without counter-blame.'] };
    case 'boundary_push':
      // An outage of our own making is answered with a way to reach us now, not with office hours.
      if (u.defect && /\b(?:down|broken|outage|crash\w*|not working|losing (?:orders|sales|money))\b/i.test(u.text))
        return { text: `For an emergency like this one, call or text me on ${k.ph('your emergency number')}; for everything else I answer email ${k.responseTime()}.`, why: ['set_boundaries', 'An emergency route for real emergencies, email for the rest.'] };
      return { text: `I work ${k.hours()} and answer email ${k.responseTime()}; outside those hours I am offline, but anything marked URGENT is the first thing I handle on the next working day.`, why: ['set_boundaries', 'States working hours and an urgent route.'] };
    case 'nda_request':
      return { text: ndaLine(u, k, card), why: ['concession_for_concession', 'Confidentiality is accepted, but what it costs is priced.'] };
    case 'vague_brief':
      // Paused running work has its brief already; so has work under review, where "questions about the goal and who it is
      // for" reads as if the job had not begun (u13c-01, u13c-12).
      if (card.id === 'pause-project' || u.situation.underway || card.covers.includes('revision_request')) return undefined;
      return { text: 'To plan it properly, I will send you a few short questions about the goal and who it is for.', why: ['clarify_brief', 'Asks about the goal instead of guessing.'] };
    case 'wrong_direction':
      // The copying is in the sentence that carries the move ("copy their homepage"), not anywhere in the mail ("the name
      // must be exactly like in the passport").
      const wd = u.move('wrong_direction');
      const copying = wd ? COPY.test(`${sentenceAround(u.text, wd.index)} ${wd.evidence}`) : COPY.test(u.text);
      // "could u just run it thru deepl and fix it up??": machine output to correct is post-editing, priced as such.
      const sentence = wd ? `${sentenceAround(u.text, wd.index)} ${wd.evidence}` : u.text;
      if (MACHINE.test(sentence)) {
        const ask = u.asks.find((a) => MACHINE.test(a.text)) ?? { text: sentence, evidence: sentence, index: wd?.index ?? 0, topic: 'other' as const, question: true };
        const post = postEditAnswer(u, k, ask);
        if (post) return { text: post, why: ['imagined_agreement', 'Takes their idea of using machine output and prices it as what it is: post-editing.'] };
      }
      return { text: copying ? 'I understand why their work appeals; reusing another company’s text or design, though, is a legal risk, and search engines rank duplicated content lower, so what I make for you will be original, keeping what makes theirs effective.' : 'On the direction you suggest: I would like to understand what you like about it before going that way, so I can keep what matters to you.', why: ['imagined_agreement', 'Takes what works in their idea and steers away from the harm.'] };
  }
  return undefined;
}

function rushLine(u: Understanding, k: Kit, card: Card): string {
  const t = timing(u, k);
  const pct = k.percent(k.rushPercent, 'rush surcharge %');
  const standard = t.standard ? k.day(t.standard) : k.ph('your standard delivery date');
  // "send me a corrected pricing block asap": a correction is sent today, never a rush job.
  const rush = u.move('rush_deadline');
  if (!t.wanted && rush && /\b(?:correct\w*|fix\w*|amend\w*|typo)\b/i.test(sentenceAround(u.text, rush.index))) return 'I will send the correction today.';
  // "asap" with no date named: how fast it can be, not a sentence about "that date".
  if (!t.wanted) return `At the normal pace it would be ready by ${standard}; if you need it sooner, rush work adds ${pct}.`;
  // Before the day is said anywhere else: the first mention of the day names their event.
  if (t.verdict === 'fits') return k.fitsLine(t.wanted, t.standard);
  const wanted = k.day(t.wanted);
  if (t.verdict === 'tight') {
    const rush = t.earliestRush && t.earliestRush !== t.standard ? `; the earliest I can promise is ${k.day(t.earliestRush)} with rush work (+${pct}), or ${standard} at the normal rate` : `; the earliest I can promise is ${standard}`;
    return `${wanted} is too tight to do this well${rush}.`;
  }
  // "at the price above" only when a price is above.
  const priced = card.total !== undefined || [card.ack, ...card.position].some((p) => /[$€£]\s?\d/.test(p));
  // The position already said the normal-pace date misses theirs: only the rush is new.
  if (t.standard && [card.ack, ...card.position].some((p) => p.includes(standard) && /\btoo late\b/.test(p))) return `${wanted} is possible with rush work, which adds ${pct}.`;
  return `${wanted} is possible with rush work, which adds ${pct}; at the normal pace it would be ${standard}${priced ? ', at the price above' : ''}.`;
}

const SKIP_DEPOSIT = /\b(?:skip|waive|drop|forget|without|no) (?:the |a |any )?deposit\b|\bpay (?:the whole thing|everything|it all|in full|the full amount|all of it|the total) (?:when|once|after|on) /i;

/**
 * "Since we've already worked together, could we skip the deposit this time?" about the next job: the deposit is kept
 * for new work, whatever state the last job is in. Bounded: regular tests on the ask and the head of the mail.
 */
function newJobDeposit(u: Understanding, k: Kit, card: Card, text: string): string | undefined {
  if (!SKIP_DEPOSIT.test(text.slice(0, 600)) || !/\b(?:this time|again|already worked|worked together|know (?:we|i)(?:'re| are| am) good|next (?:job|project))\b/i.test(`${text} ${u.text.slice(0, 6000)}`)) return undefined;
  return `I keep a deposit on every new project, returning clients included: ${card.total !== undefined ? k.deposit(card.total) : k.deposit()} before I start, and the rest on delivery.`;
}

function paymentLine(u: Understanding, k: Kit, card: Card): string {
  // Their own instalment plan, when it adds up, is a yes as written (u9b-04 got "the balance is due as agreed").
  const plan = planYes(u, k);
  if (plan) return plan;
  const skip = u.asks.find((a) => SKIP_DEPOSIT.test(a.text));
  const renewed = skip && newJobDeposit(u, k, card, skip.text);
  if (renewed) return renewed;
  const a = paymentAsk(u);
  const amount = card.total;
  if (card.stance.payment === 'stages' || card.stance.payment === 'milestones') return 'Payment follows the stages above, so nothing is paid far ahead of the work.';
  // A rule against advances is not argued with: the deposit becomes invoices against delivered milestones.
  if (a.policy && a.noAdvance) return 'On payment: as your rules rule out advance payments, I will invoice in milestones as each part is delivered, on your standard terms.';
  // Work under way or the deposit in: what is left to settle is the balance, never a deposit "before I start".
  if (u.situation.underway || u.situation.depositPaid) return a.netDays ? `On payment: the balance is due ${balanceCounter(u, k, a.netDays, 'invoice')}.` : 'On payment: the balance is due as agreed.';
  const deposit = amount !== undefined ? k.deposit(amount) : k.deposit();
  const balance = a.netDays ? `, and the balance ${balanceCounter(u, k, a.netDays, '')}` : ', and the rest on delivery';
  // The position already named the deposit and its figure: the payment answer gives the reason instead of the figure again.
  if (amount !== undefined && card.position.some((p) => p.includes(deposit))) {
    const results = /\b(?:only )?if\b[^.?!]{0,40}\b(?:conversion|sales|results?|sign-?ups?|goes up|works|performs?)\b/i.test(u.text) ? ', not on results, which depend on much more than the copy' : '';
    return `On payment: the deposit is what reserves my time for your project, so I do need it before I start${results}${balance}; I will put all the terms in a short contract.`;
  }
  return `On payment: I do need ${deposit} before I start, since it reserves my time for your project${balance}; I will put all the terms in a short contract${a.trust ? ', so you are protected too' : ''}.`;
}

function promiseLine(u: Understanding, k: Kit): string {
  if (EQUITY.test(u.text)) return 'I work for a fee rather than a future share, though I am open to a small stake on top of it.';
  // "Happy to give you a shoutout (11k followers!)": exposure offered for the extra work, which stays paid work.
  if (/\b(?:shout-?out|exposure|followers|tag (?:you|u)|credit (?:you|u)|feature (?:you|u)|promote (?:you|u)|visibility)\b/i.test(u.text)) return 'A shoutout is kind of you, and welcome, but it cannot stand in for the fee, so the extra work is quoted on its own.';
  if (/\bmaintenance|retainer|long[- ]term\b/i.test(u.text)) return 'A maintenance arrangement afterwards would be welcome; I will quote it separately, and it does not change the terms of this project.';
  return 'I price each project on its own; once further work is booked, I am glad to talk about a rate for that volume.';
}

function ndaLine(u: Understanding, k: Kit, card: Card): string {
  const pct = k.ndaPercent;
  const parts: string[] = [];
  // "because of confidentiality" is no NDA to sign: they hear that their material stays private.
  const document = /\b(?:nda|non-?disclosure|confidentiality (?:agreement|clause|undertaking)|secrecy agreement|sign\w*)\b/i.test(u.text);
  if (!document) parts.push('Everything you send me stays confidential and is used only for your project.');
  else if (pct === 0) parts.push('I am happy to sign your NDA.');
  else if (card.stance.nda === 'surcharge' && card.total !== undefined && pct !== undefined) parts.push(`I am happy to sign your NDA; as I cannot show confidential work in my portfolio, it adds ${k.v(formatPercent(pct))}, which I will add to the ${total(k, card)} on the final quote.`);
  else parts.push(`I am happy to sign your NDA; if I may show an anonymised version in my portfolio, the price stays as it is, and full confidentiality adds ${k.percent(pct, 'NDA surcharge %')}${ndaTotal(k, card.total ?? k.price?.amount)}.`);
  if (exclusivityAsked(u)) parts.push(exclusivityLine(u, k));
  return parts.join(' ');
}

/** A few neutral words for what a question is about: its nouns, without figures or verbs. */

// ---- the client's other questions and requests

const TOPIC_ORDER: AskTopic[] = ['status', 'included', 'other_service', 'hosting', 'guarantee', 'ownership', 'sign', 'insurance', 'certification', 'timeline', 'start', 'experience', 'portfolio', 'payment_method', 'invoice', 'process', 'reachable', 'other', 'call', 'price'];

function asksToAnswer(u: Understanding, card: Card): Ask[] {
  // A price question the card does not answer (the card is about a fault) is still an ask to answer here.
  const moveSpans = u.moves.filter((m) => m.id !== 'price_question' || card.covers.includes('price_question') || card.total !== undefined).map((m) => ({ from: m.index, to: m.index + m.evidence.length }));
  return u.asks
    .filter((a) => {
      // "Could you confirm the revised total?" when the position already states it.
      if (card.total !== undefined && totalAsked(a.text) && card.position.join(' ').includes(formatCount(card.total))) return false;
      // "I assume that's fine?" about a date the card already settles; sarcasm is not a question to answer.
      if (/^(?:i|we) (?:assume|hope|trust|guess|suppose)\b/i.test(a.text) && (u.requested || u.has('rush_deadline'))) return false;
      if (/\b(?:for breathing|are you (?:serious|kidding|joking)|is this a joke)\b/i.test(a.text)) return false;
      // "Can you arrange with the writer?" in a colleague's note the client forwarded: asked of the client, about us.
      if (/\b(?:with|ask|tell|brief|check with|chase|remind) (?:the|our) (?:writer|copywriter|designer|developer|dev|translator|freelancer|contractor|supplier|agency)\b/i.test(a.text)) return false;
      // A sample or test they ask for is answered by the free-work sentence or card.
      if (u.has('free_work') && /\b(?:sample|test|trial|try-?out|pilot)\b/i.test(a.text)) return false;
      // "Could you write it for tomorrow?" is the rush itself, which the card answers.
      if ((card.covers.includes('rush_deadline') || card.stance.rush === 'paid') && u.requested && a.index <= u.requested.index && u.requested.index < a.index + a.evidence.length && (a.topic === 'other' || a.topic === 'timeline')) return false;
      // "can u do 3000 words by wed?" when the position already says what happens on Wednesday.
      if (u.requested && a.index <= u.requested.index && u.requested.index < a.index + a.evidence.length && (a.topic === 'other' || a.topic === 'timeline') && (card.position.join(' ').includes(formatWeekday(u.requested.iso, u.today)) || /\b(?:doable|possible|ok|okay|feasible|realistic|work(?: for you)?)\s*[?!.]*$/i.test(a.text))) return false;
      // "Can it just go on the same invoice?" under the priced addition: its payment line says so.
      if (card.id === 'addition-as-paid-work' && u.addition && a.topic === 'invoice' && /\bsame invoice\b/i.test(a.text)) return false;
      // "could you also add the glossary, another 500 words?": the priced addition answers it.
      if (u.addition && a.index <= u.addition.index && u.addition.index < a.index + a.evidence.length) return false;
      // An ask that carries a move is answered by the move's sentence or the position.
      const inside = moveSpans.some((s) => a.index <= s.from && s.from < a.index + a.evidence.length);
      if (inside && !['call', 'sign', 'insurance', 'certification', 'guarantee', 'included', 'other_service', 'hosting', 'ownership', 'start'].includes(a.topic)) return false;
      if (a.topic === 'price' && !FIXED_ASK.test(a.text) && (card.total !== undefined || u.moves.some((m) => PRICE_MOVES.has(m.id)) || /\b(?:no cost|free|no charge)\b/i.test(a.text))) return false;
      // "could you include it in the same project?" is the addition itself, which the scope sentence answers.
      if (a.topic === 'included' && u.has('scope_creep') && /\b(?:it|this|that)\b/i.test(a.text) && /\bsame (?:project|price|quote)|\binclude it\b/i.test(a.text)) return false;
      if (a.topic === 'reachable' && u.has('boundary_push')) return false;
      // The pause the card agrees to, and the follow-up job it quotes, are those asks' answers.
      // The refund card says when and how the money goes back.
      if (card.id === 'refund-before-start' && /\b(?:today|refund\w*|deposit|back|send|transfer)\b/i.test(a.text)) return false;
      // The first look at a breakage answers when, how it is billed and what support covers: only a call stays.
      if (card.id === 'emergency-first-look' && a.topic !== 'call' && (['price', 'included', 'reachable'].includes(a.topic) || /\b(?:hours?|cost|price|how much|fix|look|weekend|saturday|sunday|support|maintenance|plan|included)\b/i.test(a.text))) return false;
      // "Maybe something can be left out?": the smaller version is the answer.
      if (card.id === 'smaller-version' && /\b(?:left out|leave (?:\w+ )?out|drop\w*|skip\w*|cut\w*|remove\w*)\b/i.test(a.text)) return false;
      // "We have $1,500 set aside. What would that get us?": the version that fits the budget is the answer (u16b-01).
      if ((card.id === 'smaller-version' || card.id === 'fewer-units-for-budget') && /^(?:(?:so|and|ok|okay)[,\s]+)?what (?:would|will|could|can|does) (?:that|this|it|[$€£]?\s?\d[\d,.]*k?|(?:my|our|the) budget) (?:get|buy)\b/i.test(a.text.trim())) return false;
      // A stopped project's card already settles the money and the hand-over.
      // (…and "if we start again in 3 or 4 months, do we continue from where we are?": its "pick it up where we left off".)
      // (…and "the third was nearly done, I think?": the per-piece statement says where each piece stands.)
      if (card.id === 'stop-per-piece' && /\b(?:delivered|done|finished|nearly|almost|ready)\b/i.test(a.text)) return false;
      if ((card.id === 'stop-and-settle' || card.id === 'stop-per-piece') && (['payment_method', 'refund', 'invoice', 'start'].includes(a.topic) || /\b(?:send|hand ?over|files?|whatever exists|fair|owe|refund\w*|deposit|where we stand|money|amount|stop|start again|continue|where we (?:are|left off))\b/i.test(a.text))) return false;
      // "Can you fix it or do we need to find someone else?" when the card already puts it right: the position is the yes.
      if (u.defect && /\b(?:can|could|will) (?:you|u) (?:fix|sort|redo|rework|rewrite|correct|save)\b[^?]{0,40}\bor\b/i.test(a.text) && [card.ack, ...card.position].some((p) => /\b(?:put it right|fix|correct)\w*\b/i.test(p))) return false;
      // A card that knows which asks its position answers says so itself.
      if (card.answers?.(a)) return false;
      // A pause of running work is no new job to quote: a question about a fee to restart is not a price list.
      if (card.id === 'pause-project' && a.topic === 'price') return false;
      if (card.id === 'pause-project' && /\b(?:pause|on hold|postpone|pick (?:it|this) (?:up|back up)|another way|fair to you|deposit)\b/i.test(a.text)) return false;
      if (card.id === 'follow-up-job' && followUpAsk(u) && a.text.includes(followUpAsk(u)!)) return false;
      if ((a.topic === 'timeline' || (a.topic === 'status' && !workInHand(u))) && u.has('rush_deadline')) return false;
      return true;
    })
    .sort((a, b) => TOPIC_ORDER.indexOf(a.topic) - TOPIC_ORDER.indexOf(b.topic) || a.index - b.index);
}

/** "Confirm that the quoted price is fixed and includes all costs", "is that all-in?", "any hidden costs?". */
const FIXED_ASK = /\b(?:(?:price|quote|fee|amount|it) is (?:a )?fixed|fixed(?:[- ]price| fee)?\b[^.?!]{0,30}\b(?:all|any) (?:costs|expenses)|includes? all (?:costs|expenses)|all[- ]in(?:clusive)?\b|(?:any|no) (?:hidden|other|extra|additional) (?:costs|fees|charges))/i;

// What a freelancer of each trade plausibly does beside the main service, and what is clearly another trade's.
const TRADE_WORDS: Record<string, RegExp> = {
  copywriter: /\b(?:emails?|newsletters?|copy|texts?|articles?|blogs?|posts?|descriptions?|taglines?|slogans?|scripts?|captions?|sequences?|pages?|bios?|profiles?|headlines?)\b/i,
  designer: /\b(?:logos?|designs?|images?|graphics?|capsules?|headers?|thumbnails?|covers?|brochures?|flyers?|menus?|menu boards?|signs?|signage|packaging|banners?|social|cards?|vans?|labels?|icons?|illustrations?|posters?|bags?|boxes|stationery|templates?|pages?)\b/i,
  developer: /\b(?:sites?|pages?|integrations?|features?|plugins?|apps?|api|stores?|shops?|logins?|forms?|migrations?|imports?|hosting|emails?)\b/i,
  translator: /\b(?:translations?|translat\w+|proofread\w*|localis\w+|localiz\w+|subtitles?|documents?|versions?)\b/i,
};
const OTHER_TRADES = /\b(?:photos?|photography|photographs?|videos?|filming|printing|print run|apostilles?|notar\w+|legal advice|accounting|hosting)\b/i;

function ownTrade(u: Understanding, what: string): boolean {
  const trade = tradeOf(u);
  return Boolean(trade && TRADE_WORDS[trade]!.test(what) && !OTHER_TRADES.test(what));
}

function otherTrade(what: string): boolean {
  return OTHER_TRADES.test(what);
}

/** What a job in each trade starts from, said the same way to every client. */
const NEEDS: Record<string, string> = {
  designer: 'a short brief (who it is for, what you like and dislike, examples you admire), your existing logo or brand files if any, and the text and photos for the pages',
  copywriter: 'a short brief (who it is for, what you offer, the tone you like), any material you already have, and a 30-minute call to fill the gaps',
  translator: 'the final source files, editable if possible, plus any glossary or earlier translations you want me to follow',
  developer: 'access to your domain and hosting (or shop admin), the text and images for each page, and the payment and shipping details you want set up',
};

/** Our trade, read from the services the profile lists. */
function tradeOf(u: Understanding): keyof typeof TRADE_WORDS | undefined {
  const names = u.profile.services.map((s) => `${s.name} ${s.keywords.join(' ')}`).join(' ').toLowerCase();
  return /translat/.test(names) ? 'translator' : /\bcopy|article|blog/.test(names) ? 'copywriter' : /shopify|wordpress|develop/.test(names) ? 'developer' : /logo|brand|design/.test(names) ? 'designer' : undefined;
}

/**
 * Work a client may assume comes with ours but belongs to a neighbouring trade: the words for a designer or a developer,
 * the design for a developer or a writer. Said plainly, with who does it instead, never priced as ours.
 */
const WORDS = /\b(?:texts?|copy|copywriting|words|wording|content|captions?)\b/i;
const DESIGN = /\b(?:designs?|designer|logos?|branding|graphics|layouts?|illustrations?)\b/i;
function neighbourTrade(u: Understanding, k: Kit, what: string): string | undefined {
  const trade = tradeOf(u);
  if ((trade === 'designer' || trade === 'developer') && WORDS.test(what)) return 'I don\'t write the words myself: the text comes from you or a copywriter, and I am happy to recommend one.';
  if (trade === 'developer' && DESIGN.test(what)) {
    // A build whose price has design changes on a theme in it: those are ours, a design from scratch is not.
    const ours = k.service?.lineItems.find((i) => /\bdesign\b/i.test(i.name));
    return ours
      ? `The ${k.v(lowerFirst(ours.name))} in my price I do myself, on a ready-made theme; a design from scratch would need a designer, and I am happy to recommend one.`
      : 'I don\'t do the design myself: I build from a designer\'s files or on a ready-made theme, and I am happy to recommend a designer.';
  }
  if ((trade === 'copywriter' || trade === 'translator') && DESIGN.test(what)) return 'Design is not something I do myself, but I am happy to recommend a designer.';
  return undefined;
}

function objectBefore(text: string, word: RegExp): string | undefined {
  const m = new RegExp(`(?:^|[,;:]\\s*|\\b(?:is|are|also|and)\\s+)((?:the\\s+|your\\s+|our\\s+|my\\s+)?[\\p{L}\\s'&-]{3,60}?)\\s*,?\\s*(?:(?:or\\s+)?(?:is|are)\\s+(?:this|that|it|they|these)\\s+)?${word.source}`, 'iu').exec(text);
  if (!m) return undefined;
  let words = m[1]!.trim().replace(/\s+or$/i, '').split(/\s+/).slice(-8).join(' ');
  words = words
    .replace(/^(?:(?:do|does|can|could|will|would|is|are)\s+)?(?:(?:you|u|i|it|this|that)\s+)?(?:also\s+)?(?:(?:do|make|offer|provide|include|design|write|build)\s+)?/i, '')
    .replace(/^(?:is|are|also|and)\s+/i, '')
    .replace(/^(?:(?:we|i)\s+)?(?:also\s+)?(?:need|want|would like|require)\s+/i, '');
  if (!words || /^(?:this|that|it|they|these|those|is|are|this is|that is)$/i.test(words)) {
    // "the paper bags and the boxes, they need the logo, this is included or separate?": the thing is named first.
    const first = text.replace(/^(?:(?:also|and|so|one more (?:thing|question)|another question)[,:\s]+)+/i, '').split(/,/)[0]!.trim();
    // "Is that included or extra?" names nothing: the thing is in the sentence before.
    if (/^(?:or\s+)?(?:is|are|does|do|would|will|can|could|was|were)\b/i.test(first)) return undefined;
    return first.split(/\s+/).length <= 10 ? swapPersons(first.charAt(0).toLowerCase() + first.slice(1)) : undefined;
  }
  return swapPersons(words);
}

function serviceFor(u: Understanding, text: string): { name: string; price: number; unit: string } | undefined {
  const lower = text.toLowerCase();
  // The service whose longest word matches: "my birth certificate translated" is certified translation, not "translate".
  let best: { s: (typeof u.profile.services)[number]; len: number } | undefined;
  for (const s of u.profile.services) {
    for (const kw of keywordsOf(s)) {
      if (kw.length > 2 && (!best || kw.length > best.len) && new RegExp(`\\b${escapeRe(kw)}`, 'i').test(lower)) best = { s, len: kw.length };
    }
  }
  return best && { name: best.s.name, price: best.s.price, unit: best.s.unit };
}

function priceOf(k: Kit, s: { name: string; price: number; unit: string }): string {
  const per = s.unit === 'item' ? (/article/i.test(s.name) ? 'article' : /post/i.test(s.name) ? 'post' : 'piece') : s.unit;
  return k.v(`${formatMoney(s.price, k.u.profile.currency)}${s.unit === 'project' ? '' : ` per ${per}`}`);
}

/** "Blog article (1,500 words)" → "blog articles". */
function serviceWords(name: string): string {
  return lowerFirst(name.replace(/\s*\([^)]*\)\s*/g, ' ').trim());
}

/** "Can you make that work?", "That ok?", "fair?": asks about the deal as a whole, which the card's position answers. */
const DEICTIC = /^(?:(?:so|and|but|ok|okay)[,\s]+)?(?:(?:can|could|would|will) (?:you|u) (?:make|do|manage) (?:that|it|this)(?: work)?|(?:is |would )?(?:that|this|it)(?: be)? (?:ok|okay|alright|fine|doable|possible|feasible|enough|acceptable|good|a problem)(?: with you| for you)?|fair|deal|(?:does|would|will) (?:that|this|it) work(?: for you)?|(?:is )?that (?:something )?(?:you can|u can) (?:do|live with)|what do (?:you|u) (?:think|say))\s*[?!.]*$/i;

function nextMonday(today: string): string {
  const dow = new Date(`${today}T12:00:00Z`).getUTCDay();
  return addDays(today, ((8 - dow) % 7) || 7);
}

/** "Translation (German/Russian into English)": the language pairs a translator's services name, if any. */
function languagePairs(u: Understanding): { from: string[]; into: string[] } | undefined {
  const from = new Set<string>();
  const into = new Set<string>();
  for (const s of u.profile.services) {
    const m = /\(([^)]*?)\s+(?:into|to|>|→)\s+([\p{L}/ ,]+)\)/u.exec(s.name);
    if (!m) continue;
    for (const l of m[1]!.split(/[/,]|\band\b/)) if (l.trim()) from.add(capitalise(l.trim().toLowerCase()));
    for (const l of m[2]!.split(/[/,]|\band\b/)) if (l.trim()) into.add(capitalise(l.trim().toLowerCase()));
  }
  return into.size ? { from: [...from], into: [...into] } : undefined;
}

/** A version in a language is a target: only the languages we translate into can be promised. */
function languageAnswer(k: Kit, pairs: { from: string[]; into: string[] }, asked: string, target: boolean): string {
  const lang = capitalise(asked.toLowerCase());
  const offer = `I translate from ${joinList(pairs.from)} into ${joinList(pairs.into)}`;
  if (pairs.into.includes(lang)) return `Yes: ${k.v(offer)}.`;
  if (!target && pairs.from.includes(lang)) return `Yes, ${lang} is one of my source languages: ${k.v(offer)}.`;
  return `${k.v(offer)} only, so ${target ? `a ${lang} version` : lang} is not something I can do myself, but I am happy to recommend a colleague.`;
}

/** Questions the profile answers: "how many concepts will I see?", "how many rounds of changes?", "do you offer help after launch?". */
function fromProfile(u: Understanding, k: Kit, text: string): string | undefined {
  const pairs = languagePairs(u);
  // "can u just update the english" names a language but asks nothing about which ones we work in.
  const lang = pairs && /\b(?:translat\w*|languages?|versions?|into|from|speak|write|work in|offer|do (?:you|u))\b/i.test(text) ? new RegExp(`\\b(${LANGUAGES})\\b`, 'i').exec(text) : null;
  if (pairs && lang) {
    const target = new RegExp(`\\b(?:into|in)\\s+${lang[1]}\\b|\\b${lang[1]}\\s+(?:version|translation|copy|texts?|site|website)\\b`, 'i').test(text) || /\b(?:do|offer|work in)\b/i.test(text);
    return languageAnswer(k, pairs, lang[1]!, target);
  }
  const parts: string[] = [];
  if (/\bhow many\b[^.?!]{0,40}\b(?:concepts?|proposals?|options|designs?|directions?|versions?|logos?)\b/i.test(text)) {
    const item = k.service?.lineItems.find((i) => /\b(?:one|two|three|four|five|\d+)\b[^,]{0,30}\b(?:concepts?|proposals?|options|directions?|designs?)\b/i.test(i.name));
    if (item) parts.push(`You will see ${k.v(lowerFirst(item.name))}`);
  }
  if (/\bhow many\b[^.?!]{0,40}\b(?:times|rounds?|revisions?|changes|modifications?|corrections?)\b|\bhow many times\b/i.test(text) && u.deal.rounds) parts.push(`${k.rounds()} ${u.deal.rounds.n === 1 ? 'is' : 'are'} included`);
  if (parts.length) return `${capitalise(parts.join(', and '))}.`;
  if (/\b(?:ongoing (?:help|support)|maintenance|support after|after (?:it'?s|it is|the (?:site|shop|store) is) live|if (?:something|anything) breaks|look after (?:it|the (?:site|shop|store)))\b/i.test(text)) {
    const care = u.profile.services.find((s) => /maintenance|care plan|support plan|retainer/i.test(`${s.name} ${s.keywords.join(' ')}`));
    if (care) return `Yes: after launch I offer ${k.v(lowerFirst(care.name))} at ${priceOf(k, { name: care.name, price: care.price, unit: care.unit })}, so someone is looking after it when something breaks.`;
  }
  return undefined;
}

/** The words of a name that carry its meaning: five letters or more, singular. */
function contentWords(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 5 && !/^(?:their|there|which|about|would|could|should|other|every|first|final|files?)$/.test(w)).map((w) => w.replace(/s$/, ''));
}

/** When the work is ready: a turnaround is per piece, so eight articles are not all done in the days one takes. */
function deliveryWords(u: Understanding, k: Kit): string {
  const days = k.service?.turnaroundDays;
  if (!days) return `I can deliver by ${k.ph('delivery date')}`;
  const n = k.units;
  if (n && n > 1 && k.rate?.unit === 'item') return `I can deliver the first ${k.unitNoun()} within ${k.v(String(days))} working days of the go-ahead, and the rest on a schedule we agree`;
  return `I can deliver by ${k.day(addWorkingDays(u.today, days))}`;
}

/**
 * "Is it still 40% up front?", "how much is the deposit on the smaller one?": before the work starts, our deposit on the
 * option they name (a smaller version by its page count or its words), else on the card's price, in money. Bounded:
 * a few regular tests on the ask and one per smaller version.
 */
function depositAnswer(u: Understanding, k: Kit, card: Card, text: string): string | undefined {
  const t = text.slice(0, 400);
  if (u.situation.underway || u.situation.depositPaid || u.deal.closed) return undefined;
  if (!/\b(?:deposit|up ?front|in advance|advance payment|down payment)\b/i.test(t) || !/\?\s*$|^(?:(?:and|so|also|but)[,\s]+)?(?:is|does|do|would|will|how much)\b/i.test(t.trim())) return undefined;
  // A refusal put as a question ("can we skip the deposit?") is the payment card's to answer.
  if (/\b(?:skip|waive|drop|without|no|instead|lower|smaller|less|reduce|split|after|later)\b/i.test(t.replace(/\b(?:smaller|cheaper|\d[- ]?page) (?:one|option|version|site|package)\b/gi, ''))) return undefined;
  const pct = k.depositPercent;
  if (pct === undefined) return undefined;
  const pages = /\b(\d|one|two|three|four|five|six)[- ]?page\b/i.exec(t)?.[1]?.toLowerCase();
  const word = (n: string) => ({ one: '1', two: '2', three: '3', four: '4', five: '5', six: '6' })[n] ?? n;
  const named = k.smaller.find((v) => (pages && new RegExp(`\\b(?:${pages}|${word(pages)})[- ]page\\b`, 'i').test(v.name)) || /\b(?:smaller|cheaper) (?:one|option|version)\b/i.test(t));
  const price = named?.price ?? card.total ?? k.price?.amount;
  if (price === undefined) return `Yes: I ask for ${k.deposit()} before I start, and the rest on delivery.`;
  const first = round2((price * pct) / 100);
  return `Yes, ${named ? `for ${k.v(named.name)} ` : ''}the deposit is ${k.v(formatPercent(pct))}: ${k.money(first)} of ${k.money(price)} before I start, and ${k.money(price - first)} on delivery.`;
}

/** "(no brand guide)", "without the brand guide": the part a smaller version leaves out, said as optional with its price. */
function optionalPart(u: Understanding, k: Kit, text: string): string | undefined {
  const services = [...(k.service ? [k.service] : []), ...u.deal.named];
  for (const s of services) {
    for (const v of s.smallerVersions) {
      const part = /\((?:no|without)\s+([^)]+)\)|\bwithout (?:the |a )?([\p{L}\s-]{3,40})/iu.exec(v.name);
      const name = (part?.[1] ?? part?.[2])?.trim().toLowerCase();
      if (!name || !new RegExp(`\\b${escapeRe(name).replace(/\s+/g, '\\s+')}\\b`, 'i').test(text)) continue;
      const rest = v.name.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+without\b.*$/i, '').trim();
      return `The ${k.v(name)} is optional: without it, ${k.v(lowerFirst(rest))} ${/ and |s$/.test(rest) ? 'come' : 'comes'} to ${k.money(v.price)}.`;
    }
  }
  return undefined;
}

/** A question only the freelancer can answer, said back with a slot: plainly when it is one clause, else in their words. */
function echo(k: Kit, question: string): string {
  const said = sayBack(question);
  if (said.form === 'indirect') return `On ${said.text}: ${k.ph('your answer')}.`;
  return /\?$/.test(said.text) ? `On your question “${said.text}”: ${k.ph('your answer')}.` : `On “${said.text.replace(/[.!]+$/, '')}”: ${k.ph('your answer')}.`;
}

/** Courtesy, or a call for the yes the card's position already gives: "How are you?", "Let me know if you're in". */
// ("did you make it out to the archipelago in the end?", "how was your holiday?": small talk, not a question to answer in a quote.)
const COURTESY = /^(?:(?:please |pls )?let (?:me|us) know (?:what (?:you|u) think|your thoughts))[\s?!.]*$|\b(?:did (?:you|u) (?:make it|get|have|manage|enjoy)|how (?:was|were|is) (?:your|the))\b[^?]{0,60}\b(?:weekend|holidays?|trip|break|summer|christmas|easter|vacation|time off|archipelago|mountains|beach|coast)\b|\bhow are (?:you|u)\b[\s?!.]*$|\bhope (?:you(?:'re| are)|u r) (?:well|good)\b[\s?!.]*$|\bdo the needful\b|\brevert (?:at the earliest|asap|back)\b|^(?:please |pls |kindly )?let (?:me|us) know (?:if|whether) (?:you(?:'re| are) in|(?:this|that|it) (?:is|works|sounds)\b)|\bconfirm that (?:these|the) (?:conditions|terms) are acceptable\b|^(?:(?:so|and|but|ok|okay)[,\s]+)?(?:is|would|does|will) (?:that|this|it|any of (?:this|that|these)|these|those) (?:be |sound )?(?:ok|okay|fine|alright|all right|acceptable|good|work|workable)(?: (?:for|with) (?:you|u))?[\s?!.]*$|^(?:(?:please |pls )?let (?:me|us) know )?if (?:the|this|that) [\p{L} ]{1,30} works?(?: for (?:you|u))?[\s?!.]*$|^(?:could|can) (?:you|u) (?:please )?tell (?:me|us)\s*:$/iu;
const GARBLED = /^whether (?:please|sounds|thanks?|thank you|hi|hey|hello|ok|okay|great|cool|perfect)\b|\bhow are (?:me|you)\b|^whether [\p{L}]+, (?:how|what|do|can|is)\b/iu;
/** "Logins to the old site, our old flyers, the retreat brochure?": a list that goes with the question before, no question of its own. */
function FRAGMENT(text: string): boolean {
  return !/\b(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|may|might|must|have|has|had|need|needs|want|wants|what|how|when|where|which|who|why|whether|if)\b|n't\b|'(?:s|re|ll|d|ve)\b/i.test(text);
}
const HEDGE = /^(?:(?:so|and|but|ok|okay|also)[,\s]+)?(?:i|we) (?:know|realise|realize|understand|guess|get (?:it|that)|appreciate)\b/i;
const OPEN_ENDED = /^(?:(?:so|and|but|ok|okay)[,\s]+)?(?:(?:please )?(?:let (?:me|us) know|tell (?:me|us)) (?:what'?s|what is|what would be|what you can|how much is) (?:doable|possible|realistic|feasible|do)|what (?:do|would|can) (?:you|u) (?:suggest|recommend|propose)|what are (?:our|the|my) options|what can (?:we|you|u) do|(?:so )?what happens (?:now|next)|what(?:'s| is| are) the next steps?|(?:any|your) (?:thoughts|ideas|suggestions))\b[^?]{0,30}[?!.]*$/i;
const DANGLING = /^(?:(?:so|and|but|ok|okay)[,\s]+)?(?:can|could|would|shall) (?:we|you|u|i) (?:just )?(?:go back to|do|keep|use|change|try|have) (?:that|it|this|them|those)(?: again| instead| too| as well)?\s*[?!.]*$/i;

/** Names written as a client would not capitalise them ("figma", "us english"), put right when said back. */
const PROPER: Array<[RegExp, string]> = [
  [/\bfigma\b/gi, 'Figma'], [/\billustrator\b/gi, 'Illustrator'], [/\bindesign\b/gi, 'InDesign'], [/\bphotoshop\b/gi, 'Photoshop'], [/\bcanva\b/gi, 'Canva'],
  [/\bpdfs?\b/gi, 'PDF'], [/\bsvgs?\b/gi, 'SVG'], [/\bpngs?\b/gi, 'PNG'], [/\bword\b(?= (?:docs?|files?|format)|$)/gi, 'Word'], [/\bexcel\b/gi, 'Excel'], [/\bgoogle docs?\b/gi, 'Google Docs'],
  [/\b(us|uk|american|british) english\b/gi, ''], [/\bwetransfer\b/gi, 'WeTransfer'], [/\bdropbox\b/gi, 'Dropbox'], [/\bdocx\b/gi, 'DOCX'],
];
function properNames(s: string): string {
  let out = s;
  for (const [re, to] of PROPER) out = out.replace(re, (m: string, g1?: string) => (to ? to : `${g1 && g1.length <= 2 ? g1.toUpperCase() : capitalise(g1!.toLowerCase())} English`));
  return out;
}

/** "Could you resend last year's Figma file?", "can you send the concepts again as one PDF?": a file of ours sent again. */
const RESEND_REQUEST = /^(?:(?:also|and|so|but|ok|pls|please)[,\s]+)*(?:can|could|would) (?:you|u) (?:please |kindly |just )*(?:resend|re-send|re-share|reshare|send (?:\w+ ){1,6}(?:again|over again))\b/i;
/**
 * How the work is handed over or written — a file format, tracked changes, comments, a language variant, an
 * order number on the invoice — is the client's call; a freelancer says yes and says it back, instead of leaving a blank.
 */
const FORMAT_REQUEST = /\b(?:in|as|via|by|into)\s+(?:a\s+|an\s+)?(?:tracked changes|track changes|suggestion mode|figma|illustrator|indesign|pdfs?|word|docx|google docs?|excel|xlsx|spreadsheets?|svgs?|pngs?|jpe?gs?|eps|ai files?|html|markdown|post|e-?mail|wetransfer|dropbox|(?:us|uk|american|british) english|separate files?|one file|a zip)\b|\badd comments?\b|\b(?:comments?|notes?) (?:where|on|for|instead|rather)\b|\b(?:order|po|reference|project|cost cent(?:er|re)) (?:number|no\.?|code)\b|\baddress(?:ed)? (?:it|the invoice|invoices) to\b|\bcc\b|\bcopy in\b|\bpo\s?[\d-]{4,}|\bre-?issue\b/i;
const TOOLS = 'figma|sketch|adobe xd|google docs?|word|dropbox|wetransfer|google drive|slack|zoom|notion|trello|asana|github|canva|miro|loom';

/** Money or more work inside a request: never answered with a plain yes. */
const CONCESSION = /[$€£]\s?\d|\d\s?%|\b(?:free|discount|cheaper|no charge|same price|extra|new (?:concepts?|directions?|versions?))\b/i;
/** Costs a request would move onto us: "absorb the printing costs", "waive the fee", "at your own cost". */
const COSTS = /\b(?:costs?|charges?|fees?|prices?|rates?|pay\w*|invoic\w*|refund\w*|waive|absorb|reduce|lower|unlimited|expenses?)\b/i;

function plainYes(ask: Ask, u: Understanding): string | undefined {
  // "Also is Figma ok for the handoff?": an everyday tool, a plain yes.
  const tool = new RegExp(`\\b(?:is|would|are) (${TOOLS}) (?:ok|okay|fine|alright|good|all right)\\b`, 'i').exec(ask.text);
  if (tool) return `Yes, ${properNames(tool[1]!.toLowerCase())} is fine for me.`;
  if (!(FORMAT_REQUEST.test(ask.text) || RESEND_REQUEST.test(ask.text)) || CONCESSION.test(ask.text)) return undefined;
  // "can you write in US english or only british": the yes is to the first half.
  const core = ask.text.replace(/\s+or (?:only|just)\b.*$/i, '').replace(/,?\s+(?:since|because|as(?= (?:we|i|our|they|it|there)\b)|nobody|no one|we don'?t|our (?:team|office) (?:doesn'?t|don'?t))\b.*$/i, '').replace(/[?!.]+\s*$/, '').trim();
  // "You deliver in Google Docs or Word?": both are everyday document formats, so the answer is either, their choice.
  const choice = /\b(?:in|as)\s+(google docs?|word|docx|pdf|a pdf)(?:\s+files?)?\s+or\s+(google docs?|word|docx|pdf|a pdf)(?:\s+files?)?\b/i.exec(core);
  if (choice) return `Either works: I can deliver in ${properNames(choice[1]!)} or ${properNames(choice[2]!)}, whichever suits you.`;
  let m: RegExpExecArray | null;
  let yes: string | undefined;
  if ((m = /^(?:(?:also|and|so|but|ok|pls|please|anyway|anyways|btw|oh|well|hey)[,\s]+)*(?:(?:can|could|would|will) (?:you|u) (?:please |kindly |also )*|(?:please|pls|kindly) )(.+)$/i.exec(core))) yes = `I will ${swapPersons(m[1]!)}`;
  else if ((m = /^(?:(?:also|and|so|but)[,\s]+)*(?:can|could) (?:we|i) (?:please )?(?:get|have|receive)\s+(.+)$/i.exec(core))) yes = `I will send ${swapPersons(m[1]!)}`;
  // "I would therefore ask you to re-issue the invoice referencing PO 4500-118734": a formal request, a plain yes.
  else if ((m = /^(?:i|we) (?:would )?(?:therefore |kindly |also )?ask (?:you|that you) to (.+)$/i.exec(core))) yes = `I will ${swapPersons(m[1]!)}`;
  else if ((m = /^(?:(?:also|and|so|but)[,\s]+)*(?:do|does) (?:you|u) (?:also )?(?:work|deliver|write|send) (.+)$/i.exec(core))) yes = `I can ${/^in\b/i.test(m[1]!) ? 'work' : 'deliver'} ${swapPersons(m[1]!)}`;
  // "Also Marcus is asking for the icons as SVG, not PNG": the colleague's request, answered as a plain yes.
  else if ((m = /^(?:(?:[Aa]lso|[Aa]nd|[Ss]o|[Bb]ut|[Oo]h)[,\s]+)*(?:[\p{Lu}][\p{L}'’-]+|[Oo]ur \w+|[Mm]y \w+|[Tt]he \w+) (?:is|are) asking for (.+)$/u.exec(core))) yes = `I will send ${swapPersons(m[1]!)}`;
  if (!yes || yes.length > 220) return undefined;
  // "Can you resend it to accounts@…": "it" is the invoice the sentence before was about.
  if (/\binvoice\b/i.test(u.text)) yes = yes.replace(/\b(resend|re-send|send) (?:it|this)\b/i, '$1 the invoice');
  // "I will write in US english" for a translator asked about another language pair would promise a skill: only variants of English.
  if (new RegExp(`\\b(?:${LANGUAGES})\\b`, 'i').test(yes) && !/\bEnglish\b/i.test(yes)) return undefined;
  return `Yes, ${properNames(yes.replace(/\bnot (?=[A-Za-z]+$)/, 'rather than ')).replace(/\s+/g, ' ')}.`;
}

/** A web build of ours (site, shop, Webflow, Shopify…), for answers about platforms and logins. */
function buildsSites(u: Understanding): boolean {
  return u.profile.services.some((s) => /\b(?:website|site|shop|store|webflow|shopify|wordpress|squarespace|wix|build)\b/i.test(`${s.name} ${s.keywords.join(' ')}`));
}

/**
 * Questions with one answer across the trade, said plainly instead of left as a blank: who owns the work after the last
 * invoice; which files a logo comes in; whether the platform's plan is paid separately; whose login the site sits in.
 * Bounded: a few regular tests on one sentence.
 */
function tradeAnswer(u: Understanding, text: string): string | undefined {
  const t = text.slice(0, 400);
  if (/\b(?:(?:is|are) (?:it|the \w+|everything|that|they) (?:ours|mine)|(?:the )?\w+ (?:is|are) (?:ours|mine)\b|do (?:we|i) own|will (?:we|i) own|(?:we|i) (?:own|get) (?:everything|the rights|all (?:the )?rights|full rights)|who owns|(?:(?:can|could) (?:we|i)|(?:we|i) (?:can|could)) use (?:it |them |the \w+ )?(?:where|wherever|anywhere|everywhere|for anything|however))\b/i.test(t)) {
    return 'Yes: once the final invoice is paid, the work and its rights are yours, to use wherever you like.';
  }
  const logo = u.profile.services.some((s) => /\blogo\b/i.test(`${s.name} ${s.keywords.join(' ')}`));
  if (logo && /\b(?:which|what) (?:files?|formats?|file formats?)\b|\bfiles? (?:do|will|would) (?:we|i) (?:get|receive)\b|\b(?:which|what) files? (?:we|i) (?:get|receive)\b/i.test(t) && /\b(?:logo|files?|formats?)\b/i.test(t)) {
    return 'You get the logo as vector files (SVG, EPS and PDF) for print and signs, and PNGs for screens, each in colour, black and white.';
  }
  // "…a version of the logo that works on a black background. Is that something that comes with the final files?" (u13a-01)
  const around = u.text.slice(0, 6000);
  if (logo && /\b(?:final files|comes? with|included|part of)\b/i.test(t) && /\b(?:black|dark|white|coloured|colored) background|\b(?:reversed|inverted|knock-?out|one-colou?r|single-colou?r) (?:version|logo)\b/i.test(around)) {
    return 'Yes: the final files include a version for dark backgrounds (the logo in white), as well as colour and black versions.';
  }
  // "Would you come up with the topics yourself or do we send a list?": a writer whose price includes topic research says yes.
  const topics = u.profile.services.find((s) => s.lineItems?.some((l) => /\btopic/i.test(l.name)));
  if (topics && /\btopics?\b/i.test(t) && /\b(?:yourself|come up with|suggest|propose|pick|choose|own)\b|\b(?:send|give|provide) (?:you )?(?:a |the )?list\b/i.test(t)) {
    return 'I am happy to propose the topics myself: topic research and an outline come with every article, and you approve the list before I write.';
  }
  if (buildsSites(u)) {
    // "who pays for the plan, the theme and any apps — is that all in your £4,800?": the platform may be named elsewhere.
    const platform = /\b(shopify|webflow|squarespace|wix|wordpress)\b/i.exec(t)?.[1] ?? (/\b(?:plan|theme|apps|subscription)\b/i.test(t) ? /\b(shopify|webflow|squarespace|wix)\b/i.exec(u.text.slice(0, 6000))?.[1] : undefined);
    if (platform && /\b(?:pay|pays|paying|paid|costs?|fees?)\b/i.test(t) && /\b(?:separate(?:ly)?|extra|on top|ourselves|myself|plan|theme|apps|subscription|fees?|in your)\b/i.test(t)) {
      const name = platform[0]!.toUpperCase() + platform.slice(1).toLowerCase();
      return `Yes: ${name}'s own plan (and any paid theme or apps) is paid by you directly to ${name}, in your own account; my price covers the work.`;
    }
    // "Will I be able to change the class schedule and prices myself, or do I have to email you every time?"
    if (/\b(?:change|update|edit|add)\b[^?]{0,70}\b(?:myself|ourselves|alone|on my own|on our own|by myself|(?:my|our)self)\b|\bor (?:do )?(?:i|we) (?:have to|must|need to) (?:call|email|ask|contact) (?:you|u)\b/i.test(t)) {
      return 'Yes: you will be able to change texts, prices and dates yourself, and I will show you how at the handover.';
    }
    if (/\b(?:our|my) own (?:login|account|access)\b|\bwho (?:pays|is paying) (?:for )?(?:the )?hosting\b/i.test(t)) {
      return 'The site sits in your own account, with your own login, and the hosting plan is in your name and paid by you, so it is yours from day one.';
    }
  }
  return undefined;
}

/**
 * What "that" points back to in "Could you add that?": the thing wanted in the sentence before ("the boss wants a
 * Careers page on the site, same style as…" gives "a Careers page"). Bounded: one regular test on 300 characters.
 */
function referent(text: string, index: number): string | undefined {
  const before = text.slice(Math.max(0, index - 300), index);
  const last = before.split(/(?<=[.?!])\s+|\n+/).filter((x) => x.trim()).pop() ?? '';
  const m = /\b(?:wants?|needs?|would like|'d like|asked for|asking for|is after|are after)\s+((?:a|an|some)\s+[\p{L}\d'&-]+(?:\s+[\p{L}\d'&-]+){0,3}?)(?=\s+(?:on|for|with|to|in|that|which|like|and|so|as)\b|\s*[,.;:!?(-]|$)/iu.exec(last);
  return m ? m[1]!.replace(/^(?:a|an|some)\s+/i, 'the ').trim() : undefined;
}

const AUTHORITY = /\b(?:home office|ukvi|visas?|immigration|embassy|consulate|authorit\w+|universit\w+|courts?|tribunal|registry|ircc|uscis|bamf)\b/i;

/**
 * What a translator who offers certified translation says the same way to everyone: scans are enough to work from, and
 * what the certification holds, without promising what an authority will decide. Bounded: a few regular tests on 400 characters.
 */
function certifiedAnswer(u: Understanding, text: string): string | undefined {
  if (!u.profile.services.some((s) => /\bcertified\b/i.test(s.name))) return undefined;
  const t = text.slice(0, 400);
  if (/\b(?:scans?|scanned|photos?|pictures?|copies|copy|pdfs?)\b[^.?!]{0,80}\b(?:originals?|by post|post (?:them|it))\b|\boriginals?\b[^.?!]{0,80}\b(?:scans?|scanned|photos?|pictures?|pdfs?|copy|copies)\b/i.test(t)) {
    return 'Clear scans or phone photos of every page are enough for me to work from, so you keep your originals.';
  }
  if (/\b(?:accept\w*|recogni[sz]\w*|valid|good enough)\b/i.test(t) && (AUTHORITY.test(t) || /\b(?:in|by|for) (?:the )?(?:uk|u\.k\.|us|usa|united kingdom|united states|canada|australia|ireland|germany|austria|switzerland|england)\b/i.test(t))) {
    return 'My certified translation comes with my signed statement that it is a true and accurate translation of the original, with the date and my contact details, which is what most authorities ask for; the decision is theirs, so please also check the current guidance for your application.';
  }
  return undefined;
}

/**
 * "Would you be able to give it a quick look before Friday?" to someone who lists proofreading: a yes, its price for
 * the words they name, and a date before theirs. Bounded: a few regular tests on 400 characters and a scan for a count.
 */
function proofreadAnswer(u: Understanding, k: Kit, ask: Ask): string | undefined {
  const proof = u.profile.services.find((s) => /\bproofread/i.test(`${s.name} ${s.keywords.join(' ')}`));
  const t = ask.text.slice(0, 400);
  if (!proof || !/\b(?:proofread\w*|(?:quick |short )?look (?:over|at|through)|(?:a |quick |short )look\b|read (?:it |this |them )?(?:through|over)|go (?:over|through) (?:it|this|them)|check (?:it|this|them|the \w+)(?: and correct| for)?|correct (?:it|this|the English|my English|the text)|polish (?:it|this))\b/i.test(t)) return undefined;
  if (/\b(?:translat\w*|revision|changes?|round)\b/i.test(t)) return undefined;
  const words = /\b(?:about |around |roughly |ca\.? |approx\.? )?(\d{1,3}(?:[,.]\d{3})*|\d+)\s*words\b/i.exec(u.text.slice(0, 6000));
  const n = words ? Number(words[1]!.replace(/[,.]/g, '')) : undefined;
  const cost = n && proof.unit === 'word' ? ` (${k.v(formatCount(n))} words at ${formatMoney(proof.price, u.profile.currency)} per word come to ${k.money(Math.round(n * proof.price))})` : '';
  const by = u.dates.find((d) => d.iso > u.today && d.index >= ask.index && d.index < ask.index + ask.evidence.length + 40);
  const when = by ? `, and I will send it back by ${k.day(addWorkingDays(by.iso, -1) > u.today ? addWorkingDays(by.iso, -1) : by.iso)}, in time for ${k.v(formatWeekday(by.iso, u.today))}` : '';
  return `Yes, I can proofread it as a small job of its own${cost}${when}.`;
}

const MACHINE = /\b(?:deepl|google translate|machine[- ]translat\w*|chatgpt|chat gpt|an? ai\b|ai[- ]generated|ai tool)\b/i;

/**
 * "We translate it with DeepL first and you only correct it. Is this possible for our manual?" to someone who lists
 * post-editing or proofreading by the word: yes in principle, at that rate for the words known, after a sample of the
 * machine draft, because a poor draft is retranslated at the full rate. Bounded: regular tests on 400 characters.
 */
function postEditAnswer(u: Understanding, k: Kit, ask: Ask): string | undefined {
  const edit = u.profile.services.find((s) => s.unit === 'word' && /\b(?:post-?edit\w*|proofread\w*)\b/i.test(`${s.name} ${s.keywords.join(' ')}`));
  if (!edit) return undefined;
  const EDIT = /\b(?:correct\w*|check\w*|post-?edit\w*|proofread\w*|review\w*|edit|polish\w*|fix\w*)\b/i;
  // The ask names the machine draft or the editing itself, or points back at it ("Is this possible for our manual?")
  // from the sentence right after the one that does; another question nearby (file formats, languages) is not it.
  const before = u.text.slice(Math.max(0, ask.index - 300), ask.index).split(/(?<=[.?!])\s+|\n+/).filter((x) => x.trim()).pop() ?? '';
  // "Do you use DeepL?" asks about our tools, and "translate those two sections from scratch and only proofread the
  // rest?" a split of the job: neither is a machine draft to post-edit.
  const own = EDIT.test(ask.text) && !/\b(?:do|did|would|will) (?:you|u) (?:ever )?use\b|\b(?:the rest|sections?|which parts)\b/i.test(ask.text);
  const pointing = /^(?:(?:so|and|but)[,\s]+)?(?:is|would|will|could) (?:this|that|it) (?:be )?(?:possible|ok|okay|an option|doable)\b/i.test(ask.text.trim()) && MACHINE.test(before) && EDIT.test(before);
  if (!pointing && !(own && MACHINE.test(u.text.slice(Math.max(0, ask.index - 300), ask.index + ask.text.length)))) return undefined;
  const n = (k.rate?.unit === 'word' ? k.units : undefined) ?? countOf([u.text, ...u.deal.ourWords].join('\n'), 'word');
  const cost = n ? ` (${k.v(formatCount(n))} words at ${formatMoney(edit.price, u.profile.currency)} come to ${k.money(round2(n * edit.price), u.profile.currency)})` : '';
  return `Post-editing a machine draft is possible at ${k.v(formatMoney(edit.price, u.profile.currency))} per word${cost}, once I have seen a sample of the machine output: if it needs close to a full translation, the translation rate applies, and I would tell you before starting.`;
}

/** Agreed or under way, not yet delivered: "is it done?" is then a question about where it stands, not about a new job. */
function workInHand(u: Understanding): boolean {
  return u.situation.stage === 'agreed' || u.situation.stage === 'in_progress';
}

/**
 * "Could you squeeze in one more article this month?" from a client we already write for: yes, at the price of one
 * of our listed pieces. Bounded: one regular test on the ask.
 */
function oneMoreAnswer(u: Understanding, k: Kit, text: string): string | undefined {
  const m = /\b(?:squeeze in|fit in|do|write|take on|add|design|translate)\s+(?:(one|1|two|2|a couple of)\s+more|another)\s+([\p{L}-]+?)s?\b/iu.exec(text.slice(0, 400));
  // "can u add the other 2 from my list?": more of the pieces already under way, priced per piece.
  const other = /\b(?:add|do|write|take on|include)\s+the other\s+(2|3|4|two|three|four)\b/i.exec(text.slice(0, 400));
  const piece = u.deal.service;
  if (!m && other && piece && piece.unit === 'item') {
    const n = countValue(other[1]!);
    return `Yes, I can add the other ${numberWord(n)} ${k.unitNoun(n)}, at ${k.money(piece.price, u.profile.currency)} each (${k.money(piece.price * n, u.profile.currency)}); I will confirm the date for them once I have checked my schedule.`;
  }
  // "can u do 4 more like the last batch?? same deal as before right": a repeat order on the same per-piece terms.
  const batch = /\b(?:do|write|design|translate|make|send)\s+(\d{1,2}|two|three|four|five|six|eight|ten)\s+more\s+(?:like (?:the|that|those|these|last) ?(?:last|previous|first)?\s*(?:batch|ones?|lot|round|time)?|of (?:those|these|the same))/i.exec(text.slice(0, 400));
  const items = u.profile.services.filter((s) => s.unit === 'item');
  const each = piece && piece.unit === 'item' ? piece : items.length === 1 ? items[0] : undefined;
  if (!m && batch && each) {
    const n = countValue(batch[1]!);
    const total = each.price * n;
    // A new order takes its own deposit, whatever was paid on the last one.
    // (Written out, not the kit's protected deposit, which is taken out of cards on work whose deposit is paid.)
    const deposit = k.depositPercent !== undefined ? `, with a ${k.depositPercent}% deposit (${k.money(round2((total * k.depositPercent) / 100), u.profile.currency)}) before I start` : '';
    return `Yes, happy to do ${numberWord(n)} more on the same terms: ${k.money(each.price, u.profile.currency)} each, ${k.money(total, u.profile.currency)} for the ${numberWord(n)}${deposit}.`;
  }
  if (!m) return undefined;
  const noun = m[2]!.toLowerCase();
  const service = u.profile.services.find((s) => (s.unit === 'project' || s.unit === 'item') && new RegExp(`\\b${escapeRe(noun)}s?\\b`, 'i').test(`${s.name} ${s.keywords.join(' ')}`));
  if (!service || noun.length < 3 || /^(?:one|thing|time|round|revision|change|tweak|edit|call|question|day|week|month|go|look|try|pass)$/i.test(noun)) return undefined;
  const n = /^(?:two|2|a couple of)$/i.test(m[1] ?? '') ? 2 : 1;
  return `Yes, I can fit in ${n === 1 ? `one more ${noun}` : `two more ${noun}s`}, at my usual ${k.money(service.price, u.profile.currency)}${n > 1 ? ` each (${k.money(service.price * n, u.profile.currency)})` : ''}.`;
}

/** A question about when the money is paid: the deposit, paying on delivery, instalments, invoice terms. */
const PAYMENT_ASK = /\b(?:deposit|up ?front|in advance|advance payment|pay\w* (?:\w+ )?(?:after|on|upon) delivery|instal(?:l)?ments?|\d+\s?%\s*(?:now|up ?front|in advance|before)|net \d+|\d+ days (?:after|from) (?:the )?invoice)\b/i;

/** "Could you confirm the revised total?", "What does that bring the total to?", and nothing else in the same question. */
function totalAsked(text: string): boolean {
  return /\b(?:confirm|what(?:'s| is| does| would)|let (?:me|us) know|tell (?:me|us))\b[^?]{0,40}\b(?:new |revised |updated |final )?total\b|\bbring(?:s)? the total to\b/i.test(text)
    // ("… and whether the delivery date still holds", "… and the PO number" keep the question for its own answer.)
    && !/\b(?:and|also)\b[^?]{0,80}\b(?:whether|when|if|date|deadline|po|purchase order|invoice|send|return|forms?|need)\b|\bpo\b|\bpurchase order\b/i.test(text);
}

function answerAsk(ask: Ask, u: Understanding, k: Kit, card: Card): string | undefined {
  const text = ask.text;
  const proofread = proofreadAnswer(u, k, ask);
  if (proofread) return proofread;
  // What every freelancer in the trade answers the same way: ownership, a logo's files, the platform's own fees, their login.
  const trade = tradeAnswer(u, text) ?? certifiedAnswer(u, text);
  if (trade) return trade;
  // "I'm assuming this all comes under the monthly maintenance?" beside a new page and a booking widget: new features
  // are not upkeep, whatever the plan covers (u15b-07 had got a pitch for the £300 plan she already pays).
  if (/\b(?:comes? under|covered by|included in|part of|falls? under|count(?:s)? as)\b[^?]{0,30}\b(?:maintenance|retainer|support|care|plan|small fixes)\b/i.test(text) && /\b(?:add|new page|integrat\w*|widget|booking|enquiry form|contact form|feature|section|shop|blog)\b/i.test(u.text.slice(0, 4000))) {
    const hourly = u.profile.services.find((x) => x.unit === 'hour');
    return `These are new features rather than fixes, so they fall outside the monthly maintenance${hourly ? `; I bill them by the hour, at ${k.money(hourly.price, u.profile.currency)} per hour` : ''}.`;
  }
  // "Is the essay revision part of what we've already paid for?": within the included rounds, yes, at no charge.
  const included = /\b(revisions?|changes?|corrections?|comments?|feedback|edits?|amends?)\b[^?]{0,40}\b(?:part of|included in|covered by|in) (?:what|the (?:price|fee|quote))\b[^?]{0,30}\b(?:paid|price|fee|quote|agreed)\b/i.exec(text);
  if (included && u.deal.rounds && !beyondRounds(u) && !u.has('scope_creep')) {
    const noun = included[1]!.toLowerCase();
    const these = /s$/.test(noun) && noun !== 'feedback' ? `these ${noun}` : `this ${noun}`;
    return `Yes: ${/^(?:comments?|feedback)$/.test(noun) ? `working through ${these}` : these} ${/^these /.test(these) && !/^(?:comments?|feedback)$/.test(noun) ? 'are' : 'is'} part of the ${k.rounds()} included, so it is already covered.`;
  }
  // "could you go through her notes and let me know what you think?": our view, point by point, is the answer.
  if (/\b(?:go (?:through|over)|look (?:at|over|through)|review|check)\b[^?]{0,40}\b(?:notes|comments|feedback|points|changes|suggestions|edits)\b[^?]{0,80}\b(?:let (?:me|us) know|tell (?:me|us)|give (?:me|us)) (?:what (?:you|u) think|your (?:view|opinion|thoughts))\b/i.test(text)) {
    return 'Yes, I will go through the notes point by point and tell you where I agree and where a change would weaken the text, with a suggestion for each.';
  }
  // "I haven't seen anything come through. Could it have ended up in spam?": the card carries what they chased.
  if (/\b(?:spam|junk)\b/i.test(text) && /\b(?:haven'?t|have not|didn'?t|did not|never|not|nothing)\b[^.?!]{0,30}\b(?:seen|received|got|arrived|come through|came through)\b/i.test(u.text.slice(0, 6000))) {
    return card.total !== undefined ? 'Thank you for chasing: here is the quote in full.' : 'I will check what I sent and resend it today.';
  }
  // "Could you confirm the revised total?", "What does that bring the total to?": the card's own price, said as the total.
  if (card.total !== undefined && totalAsked(text)) {
    return `${/\b(?:new|revised|updated|bring)/i.test(text) ? 'The new total' : 'The total'} is ${k.money(card.total)}.`;
  }
  const machine = postEditAnswer(u, k, ask);
  if (machine) return machine;
  const more = oneMoreAnswer(u, k, text);
  if (more) return more;
  // "Finance says they paid on 31 March … could you check it actually arrived?": we look, and say so today.
  if (/\b(?:check|confirm|see|let (?:me|us) know)\b[^.?!]{0,40}\b(?:arrived|came through|come through|landed|received|(?:has|have) (?:got|gotten) (?:it|there))\b/i.test(text) && /\b(?:paid|payment|transfer\w*|invoice|sent (?:the|your) (?:money|payment))\b/i.test(u.text.slice(0, 6000))) {
    return 'I will check my account today and confirm whether the payment has arrived.';
  }
  if (DEICTIC.test(text.trim())) return undefined;
  // "Could you include that?" after naming more work: it is a separate piece, quoted on its own.
  if (/^(?:(?:so|and|also)[,\s]+)?(?:could|can|would|will) (?:you|u) (?:also )?(?:include|add|fit in|squeeze in|do) (?:that|this|it|them)(?: too| as well| in (?:the|that) (?:price|quote))?\s*[?!.]*$/i.test(text.trim())) {
    const what = referent(u.text, ask.index);
    return `${what ? k.v(capitalise(what)) : 'That'} is a separate piece of work from ${k.service ? k.serviceName() : 'what I quoted'}, so I will quote it on its own.`;
  }
  // "Could we add a page for it?" on an agreed number of pages: an addition, quoted on its own.
  const page = /^(?:(?:so|and|also)[,\s]+)?(?:could|can|would) (?:we|you|u) (?:also )?add (?:a|an|another|one more|one) (?:new |extra )?(page|section|screen)\b/i.exec(text.trim());
  const agreedPages = u.deal.ourWords.map((w) => /\b(\d{1,2}|three|four|five|six|seven|eight|nine|ten)[- ]page\b/i.exec(w)?.[1]).find(Boolean);
  if (page && agreedPages) return `A new ${page[1]!.toLowerCase()} is an addition to the ${agreedPages}-page site we agreed, so I will quote it separately.`;
  // "We'd love proper online booking for wedding consultations": after delivery, a new feature is new, paid work.
  const feature = u.situation.stage === 'delivered' ? /^(?:\d\)\s*)?(?:we|i)(?:'d| would) (?:love|like) (?:to (?:have|add|get) )?(?:a |an |some )?(?:proper |real )?([\p{L}][\p{L}\s'&-]{3,50}?)(?=\s+(?:for|on|to|so|that|where|-|–)\b|\s*[-–,.;:!?(]|$)/iu.exec(text.trim()) : null;
  if (feature && !/\b(?:thank|thanks|know|hear|chat|call|meet)\b/i.test(feature[1]!)) {
    const est = extraEstimate(k);
    return `${k.v(capitalise(swapPersons(feature[1]!.trim())))} is something I can add as a separate piece of work${/\[/.test(est) ? '; I will send you an estimate once I know a little more about how you would like it to work' : `: ${est}`}.`;
  }
  // "We paid the £1,440 deposit back in June — is that still OK to count towards the build?": yes.
  if (u.situation.depositPaid && /\b(?:paid|sent|transferred)\b[^.?!]{0,40}\bdeposit\b[^?]{0,80}\b(?:still|count\w*|valid|towards|stand)\b/i.test(text)) {
    const amount = /([$€£]\s?[\d,.]+)\s+deposit\b/i.exec(text)?.[1];
    return `Yes: the ${amount ? `${k.v(amount)} ` : ''}deposit you paid still counts towards the work, so there is no need to start over.`;
  }
  // "Could you please confirm if you can reserve this time for us?": a yes, from the day their material arrives.
  if (/\b(?:reserve|book|block|hold|keep)\b[^.?!]{0,25}\b(?:this|the|that|some)?\s*(?:time|slot|dates?|week|weeks|capacity|period)\b/i.test(text) && !/\b(?:call|meeting)\b/i.test(text)) {
    return `Yes, I have reserved the time for it${u.startFrom ? `, from ${k.day(u.startFrom)} when your text arrives` : ''}.`;
  }
  // "Please send us also a short offer for our purchasing department": a yes, today, with what it holds.
  if (/\b(?:send|provide|prepare|issue)\b[^.?!]{0,30}\b(?:offer|quote|quotation|proposal|estimate)\b/i.test(text) && !CONCESSION.test(text)) {
    return `I will send a short written offer${/\b(?:purchasing|procurement)\b/i.test(text) ? ' for your purchasing department' : ''} today, with the rate, the estimated total, the deposit and the delivery date.`;
  }
  // "Can I give her your email?": a referral, a thank-you and a yes.
  if (/\b(?:can|could|may|shall) (?:i|we) (?:give|pass|send|share|forward) (?:her|him|them|my \w+|our \w+)?\s*(?:on )?(?:your|ur) (?:email|e-mail|details|contact(?: details)?|number|name)\b|\b(?:can|could|may) (?:i|we) (?:pass|give) (?:your|ur) (?:email|e-mail|details|contact(?: details)?|number|name) (?:on )?to\b/i.test(text)) return 'Yes, please do pass on my email, and thank you for thinking of me.';
  // "Would it count as our second lot of changes?": the card's position settles whether a round is used; said plainly.
  if (/\bcounts? (?:as|towards|against)\b[^.?!]{0,40}\b(?:rounds?|revisions?|lots? of changes|changes|amends)\b|\bis (?:that|this|it) (?:another|a new|an extra|a third|a fourth|one of (?:the|our)) (?:round|revision)/i.test(text)) {
    if (u.defect) return 'No: fixing my own error does not count as a revision round.';
    if (card.id === 'changes-within-rounds') return `Yes: ${listCount(u.text) >= 2 ? 'these changes count' : 'this counts'} as one of the ${k.rounds()} included.`;
    if (card.covers.includes('scope_creep') && !card.covers.includes('revision_request')) return 'No: new work is not a change to what we agreed, so it does not use a revision round; it is priced on its own.';
    if (card.id === 'extra-round-paid') return undefined;
  }
  // "And I suppose you will now charge us for fixing your own mistakes?": no, said plainly.
  if (u.defect && /\bcharge (?:us|me) for (?:fixing|correcting)\b/i.test(text)) return 'No: fixing my own errors costs you nothing.';
  // "Do you check numbers at all?": yes, and this time every one of them.
  if (u.defect && /^(?:(?:and|so|but)\s+)?do (?:you|u) (?:even |actually )?(?:check|proofread|read|test)\b/i.test(text.trim())) return 'I do, and before I send it back I will check every figure against the original once more.';
  // "…and whether I need to be worried about the other three articles?": after an error of ours, the rest is checked too.
  const rest = u.defect ? /\b(?:the )?other (\w+ )?(articles?|pages?|posts?|files?|translations?|chapters?|documents?|texts?|sections?|screens?|designs?|products?|emails?)\b/i.exec(text) : null;
  if (rest) return `I will also go through the other ${rest[1] ?? ''}${rest[2]!.toLowerCase()} against your brief and confirm each one is right.`;
  const yes = ask.topic === 'process' || ask.topic === 'other' || ask.topic === 'other_service' || ask.topic === 'invoice' ? plainYes(ask, u) : undefined;
  if (yes) return yes;
  // Answers the profile holds: how many concepts and rounds, which languages, whether there is help after launch.
  const known = fromProfile(u, k, text);
  if (known) return known;
  switch (ask.topic) {
    case 'call': {
      // "need it fri 8am for the investor call": their own call, the reason for a date, not a call with us.
      if (/\bfor (?:the|our|my|their) (?:\w+ ){0,2}(?:call|meeting|presentation|pitch)\b/i.test(text) && !/\b(?:kick-?off|intro(?:ductory)?|discovery|onboarding|with (?:you|u)|(?:jump|hop|get) on|have a (?:quick )?call|schedule|free for|available for|set up a)\b/i.test(text)) return undefined;
      // "Could we do a quick call next week? I'm available Tuesday or Wednesday at 10h": the day they name, in the ask or just after it.
      const end = ask.index + ask.evidence.length;
      // "can we move Thurs wireframe review to Fri 4pm?", "move our interview of Wednesday 15 april … Is possible Thursday
      // 16?": the meeting's new day, never the day it is moved from (u13a-02, u13a-05).
      const moved = /\b(?:move|reschedule|push|shift|change)\b/i.test(text);
      const from = moved ? u.dates.filter((x) => x.index >= ask.index && x.index < end && !/\bto\s+(?:the\s+)?$/i.test(u.text.slice(Math.max(0, x.index - 6), x.index))) : [];
      const near = u.dates.filter((x) => x.index >= ask.index && x.index < end + 160 && x.iso >= u.today && !from.includes(x));
      const d = (moved ? undefined : near.find((x) => /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(x.text))) ?? near.find((x) => x.index < end) ?? (moved ? near[0] : undefined);
      // (For a moved meeting the time is the new one's, said after the day it moves to.)
      const window = u.text.slice(moved && d ? d.index : ask.index, Math.min(u.text.length, end + 160));
      // "a call next week? … Tuesday or Wednesday": a weekday said with "next week" is in that week, not this one.
      const iso = d && /\bnext week\b/i.test(window) && d.iso < nextMonday(u.today) ? addDays(d.iso, 7) : d?.iso;
      const time = /\b(\d{1,2}(?::\d{2})?\s?(?:am|pm|h)(?:\s?\(?(?:ET|EST|CET|GMT|BST|UK time|[A-Z][\p{L}]+ time)\)?)?|\d{1,2}:\d{2}|(?<=\bat\s)\d{1,2}\.\d{2}|morning|afternoon)(?![\p{L}\d])/iu.exec(window)?.[1]?.replace(/^(\d{1,2})\.(\d{2})$/, '$1:$2').replace(/\bmy time\b/i, 'your time');
      const medium = (/\b(?:ms |microsoft |on |via |over |a )(teams)\b|\b(teams)(?= (?:call|meeting|link|invite))|\b(zoom|google meet|skype|video)\b/i.exec(text) ?? [])
        .slice(1)
        .find(Boolean);
      const call = medium ? `${/video/i.test(medium) ? 'a video' : `a ${medium[0]!.toUpperCase()}${medium.slice(1).toLowerCase()}`} call` : /\bmeet(?:ing)?\b|kick-?off/i.test(text) ? 'the meeting' : 'a call';
      // A weekend call is outside working hours: the next working day at the same time instead.
      if (d && iso && [0, 6].includes(new Date(`${iso}T12:00:00Z`).getUTCDay()) && u.profile.workingHours && /mon[^,;]*fri/i.test(u.profile.workingHours)) {
        const monday = addDays(iso, new Date(`${iso}T12:00:00Z`).getUTCDay() === 6 ? 2 : 1);
        return `Weekends are when I am offline, so I would suggest ${k.day(monday)}${time ? ` at ${k.v(time)}` : ''} for ${call} instead.`;
      }
      // "pls fix asap or call me 07700 900418": they gave the number, so we ring them.
      const number = /\b(?:call|ring|phone) (?:me|us)(?: on| at)?:?\s*(\+?\d[\d\s-]{6,16}\d)/i.exec(window);
      if (number) return `I will call you on ${k.v(number[1]!.trim())} as soon as I have had a first look.`;
      // "10am our time" from Sydney is 6pm the day before in New York: the time in both zones, and a shared slot when
      // theirs falls outside our hours.
      const zoned = time && zonedCall(u, k, iso, time, call);
      if (zoned) return zoned;
      // "a quick call tonight around 8": after working hours, the next working morning instead.
      const evening = eveningHour(window, u.profile.workingHours);
      if (evening) return `Evenings are outside my working hours, but I could do ${k.day(addWorkingDays(u.today, 1))} at ${k.v(evening)} for ${call}, if that suits you.`;
      if (d && iso) return `${k.day(iso)}${time ? ` ${/morning|afternoon/i.test(time) ? `${time.toLowerCase()}` : `at ${k.v(time)}`}` : ''} works for ${call}.`;
      return `I am happy to have ${call}; ${k.ph('times that suit you')} would work for me.`;
    }
    case 'start': {
      // "I'd like to take up the monthly maintenance you mentioned … Could that start in June?": a monthly plan starts on
      // a month, with no deposit (u14b-09 got "I can start as soon as the deposit is in").
      const monthly = u.profile.services.find((s) => s.unit === 'month' && new RegExp(`\\b(?:${s.keywords.map(escapeRe).join('|')})\\b`, 'i').test(u.text.slice(0, 6000)));
      const month = /\b(?:in|from) (January|February|March|April|May|June|July|August|September|October|November|December)\b/i.exec(text)?.[1];
      if (monthly && /\b(?:monthly|maintenance|retainer|care plan|support plan|every month|a month)\b/i.test(u.text.slice(0, 6000))) {
        return `Yes, the ${lowerFirst(monthly.name)} can start${month ? ` in ${k.v(capitalise(month.toLowerCase()))}` : ' whenever suits you'}, at ${k.money(monthly.price, u.profile.currency)} a month.`;
      }
      // "return the documents by Friday 24 April so that the project can commence on Monday 4 May": the start is the date said with "commence".
      const inAsk = u.dates.filter((x) => x.index >= ask.index && x.index < ask.index + ask.evidence.length && x.iso >= u.today);
      const d = inAsk.find((x) => /\b(?:start|starts|starting|begin|begins|commence|commences|kick(?:s)? ?off)\b[^.?!]{0,25}$/i.test(u.text.slice(Math.max(0, x.index - 40), x.index))) ?? inAsk[0];
      const cond = card.stance.payment === 'milestones' || u.situation.depositPaid ? '' : card.stance.payment === 'stages' ? ' once the first stage is paid' : ' once the deposit is in';
      return d ? `I can start on ${k.day(d.iso)}${cond}.` : cond ? `I can start as soon as${cond.replace(/^ once/, '')}.` : 'I can start as soon as we have agreed the terms.';
    }
    case 'status': {
      // Before anything is agreed, "when can I expect it?" asks how long a new job takes.
      if (!workInHand(u)) return u.situation.stage === 'delivered' ? undefined : answerAsk({ ...ask, topic: 'timeline' }, u, k, card);
      // "our distributor keeps asking": someone waits on them, so what is finished can go ahead of the date.
      const waiting = /\b(?:keeps? (?:asking|chasing|pushing)|(?:is|are) (?:asking|chasing|waiting)|waiting (?:on|for)|breathing down)\b/i.exec(u.text.slice(0, 2000));
      // "our distributor in ohio keeps asking": said back as "your distributor".
      const who = waiting ? /\b(?:our|my) ((?:[a-z]+ ){0,1}(?:distributor|boss|client|customer|printer|team|board|manager|partner|director|ceo|editor|agency|investors?|developer|publisher)s?)\b/i.exec(u.text.slice(Math.max(0, waiting.index - 60), waiting.index)) : null;
      const early = waiting ? `; if it helps ${who ? `with your ${k.v(who[1]!.toLowerCase())}` : 'in the meantime'}, I can send what is finished before then` : '';
      const d = u.current;
      if (d && d.iso >= u.today) return `It is on track for ${k.day(d.iso)}, as agreed${early}.`;
      return `On where it stands: ${k.ph('where the work stands, and the date you will deliver')}${early}.`;
    }
    case 'timeline': {
      // "Could you send the corrections by Monday?": fixing our own error has its date, not a rush fee.
      if (u.defect && /\b(?:correct\w*|fix\w*|changes?|amend\w*)\b/i.test(text)) {
        const d = u.dates.find((x) => x.index >= ask.index && x.index < ask.index + ask.evidence.length && x.iso >= u.today);
        return `I will send the corrections ${d ? `by ${k.day(d.iso)}` : 'as soon as they are done'}.`;
      }
      // After the job is delivered, "how many days does it take?" is about the errand they ask for, not the work.
      if (jobDone(u)) return `On how long it takes: ${k.ph('your answer')}.`;
      const t = timing(u, k);
      if (t.wanted && t.verdict === 'fits') return k.fitsLine(t.wanted, t.standard);
      if (t.wanted && (t.verdict === 'rush' || t.verdict === 'tight')) return rushLine(u, k, card);
      if (t.need !== undefined) return `It takes about ${k.v(String(t.need))} working days from the go-ahead${t.standard ? `, so it would be ready by ${k.day(t.standard)}` : ''}.`;
      return `It would take about ${k.ph('how long it takes')} from the go-ahead.`;
    }
    case 'sign': {
      // An NDA is answered with the confidentiality terms, not as paperwork.
      if (/\b(?:nda|non-?disclosure)\b/i.test(text) && !/\b(?:code of conduct|onboarding|questionnaire|form)\b/i.test(text)) return undefined;
      // "Do you need a signed contract from us, or is this email enough?": they ask what we need, not to sign theirs.
      if (/\b(?:do|would) (?:you|u) (?:need|want|require) (?:a |us to |the )?(?:signed |sign )?(?:contract|agreement)|\bdo (?:we|i) (?:need|have) to sign (?:a |the |your )?(?:contract|agreement)|is (?:this|an?|the|your) e-?mail (?:enough|sufficient|ok)/i.test(text)) return 'A reply to this email confirming the terms is enough for me to start; I will send the deposit invoice with them.';
      const docs = [...text.matchAll(/\b((?:supplier |vendor )?code of conduct|(?:vendor |supplier )?onboarding form|(?:vendor |supplier )?registration form|engagement letter|questionnaire|statement of (?:translation )?accuracy|framework agreement|contract|(?:vendor |supplier )?form)\b/gi)].map((m) => lowerFirst(m[1]!));
      // "the supplier Registration Form and form": one document, named once, in its longest form.
      const lower = [...new Set(docs.map((d) => d.toLowerCase()))];
      const unique = lower.filter((d) => !lower.some((o) => o !== d && o.endsWith(` ${d}`)));
      if (!unique.length) return 'I am happy to sign and return the documents once I have read them.';
      // An agreement that holds the exclusivity we are negotiating is signed after that is settled, not promised now.
      const held = exclusivityAsked(u) || u.has('nda_request') ? unique.filter((d) => /engagement letter|contract|framework agreement/i.test(d)) : [];
      const rest = unique.filter((d) => !held.includes(d));
      const later = held.length ? `I will sign the ${joinList(held.map((d) => k.v(d)))} once we have settled the terms above.` : '';
      if (!rest.length) return later;
      const now = `I will read the ${joinList(rest.map((d) => k.v(d)))} and ${rest.every((d) => /form|questionnaire/i.test(d)) ? 'complete' : 'return'} ${rest.length > 1 ? 'them' : 'it'} this week.`;
      return later ? `${now} ${later}` : now;
    }
    case 'insurance':
      return `On insurance: ${k.ph('your insurance cover and limit')}.`;
    case 'certification': {
      const what = /\b(ISO\s?\d+|Cyber Essentials)\b/i.exec(text)?.[1];
      return what ? `On ${k.v(what)}: ${k.ph(`your answer on ${what}`)}.` : echo(k, text);
    }
    case 'guarantee': {
      const pct = /(\d+\s?%)/.exec(text)?.[1];
      return `I understand why you would want that certainty, but I cannot honestly promise ${pct ? `a ${k.v(pct.replace(/\s/g, ''))} lift` : 'a specific result'}: it depends on traffic, prices and much else outside my work. What I can promise is work built on what makes people act, and I am happy to review the results with you once it is live.`;
    }
    case 'included': {
      // "And do you charge extra for the late payment?": no late fee this time, said plainly, not "Do I charge isn't part of…".
      if (/\bcharge\b[^.?!]{0,30}\blate (?:payment|invoice|fee)\b|\blate(?:[- ]payment)? (?:fee|charge|interest)\b/i.test(text)) return 'There is no extra charge for the late payment this time; thank you for telling me.';
      // "Please redo everything, of course no extra payment": a demand for free work, answered by the card's position.
      if (/\b(?:no|without|at no|for no) (?:extra|additional) (?:payment|charge|cost|fee|money)\b|\bfor free\b|\bfree of charge\b/i.test(text)) return undefined;
      // "I assume a couple of extra rounds won't be a problem?": rounds past the included ones are paid, said with their price.
      if (/\b(?:a couple of|a few|two|three|more|extra|additional|further|another)\s+(?:(?:extra|more|additional|revision|feedback)\s+)?rounds?\b/i.test(text) && u.deal.rounds) {
        const est = extraEstimate(k);
        return `Rounds beyond the ${k.rounds()} included are paid work${/\[/.test(est) ? '' : ` (${est})`}, so I will tell you before we start one.`;
      }
      // "Is there an extra cost for the post?": a fact only the freelancer knows.
      const costFor = /\b(?:extra|additional)\s+(?:cost|charge|fee)\s+for\s+(.{3,60}?)\s*[?.!]*$/i.exec(text);
      if (costFor) return `On ${k.v(swapPersons(costFor[1]!.trim()))}: ${k.ph('included, or what it costs')}.`;
      // ("I assume the hosting is extra?": the thing is the hosting, not "assume the hosting".)
      const raw = objectBefore(text, /\b(?:included|extra|separate(?:ly)?|on top)\b/)?.replace(/\s+(?:is|are)$/i, '').replace(/^(?:i|we) (?:assume|think|guess|suppose|hope|expect|take it)(?: that)?\s+/i, '');
      // "…, or would it be extra?" names nothing after the comma.
      // ("Or is that separate?" names nothing either: the thing is in the sentence before.)
      const found = raw && /^(?:(?:or|and|but|so)\s+)?(?:(?:would|will|is|are|does|do|can|could|should|was|were)\b|$)|^(?:or|and|but|so)$/i.test(raw) ? undefined : raw?.replace(/^(?:or|and|but|so)\s+/i, '');
      const what = !found || /^(?:that|it|this|they)(?:'s|'re| is| are)?$/i.test(found) ? (referent(u.text, ask.index) ?? 'that') : found;
      // "Is the keyword research included?" when a step of the price is research: that step is the answer, not a no.
      const step = what !== 'that' ? k.service?.lineItems.find((i) => contentWords(i.name).some((w) => contentWords(what).includes(w))) : undefined;
      if (step) return `Yes: ${k.v(lowerFirst(step.name))} is part of the price.`;
      const other = serviceFor(u, text);
      const price = other && other.unit !== 'project' ? ` (${k.v(serviceWords(other.name))}: ${priceOf(k, other)})` : '';
      return `${capitalise(what)} ${/(?:s|\band\b.*)$/i.test(what) ? 'are' : 'is'} not part of ${card.total !== undefined ? `the ${total(k, card)}` : 'the quote'}; I can quote ${/^that$/i.test(what) ? 'it' : 'that'} separately${price}.`;
    }
    case 'other_service': {
      // "could you also write a Swedish version?": another language is a skill only the freelancer can vouch for.
      // "the texts in german" names the language after the work.
      const language = new RegExp(`\\b(${LANGUAGES})\\b[^.?!]{0,20}\\b(?:version|translation|copy|texts?)\\b`, 'i').exec(text) ?? new RegExp(`\\b(?:version|translation|copy|texts?|pages?|articles?)\\b[^.?!]{0,12}\\b(?:in|into)\\s+(${LANGUAGES})\\b`, 'i').exec(text);
      // "Do you write from our Polish text or from zero?": a copywriter writes new copy; their texts are background.
      if (u.profile.services.every((x) => !/translat/i.test(`${x.name} ${x.keywords.join(' ')}`)) && /\bfrom (?:our|the|my|your) (?:\w+ )?(?:texts?|copy|version|material)\b|\bfrom (?:zero|scratch)\b/i.test(text)) {
        return 'I write the copy new, in English; your existing texts are useful background for the facts and your voice, even if they are rough.';
      }
      if (language) return `On a ${capitalise(language[1]!.toLowerCase())} version: ${k.ph('whether you write in that language, and its price')}.`;
      // "My diploma also needs an apostille, can you make it?": an apostille or a notary's stamp is an authority's act.
      if (/\b(?:apostil+e|notari[sz]\w*|notary|legali[sz]\w*)\b/i.test(text)) return 'An apostille is issued by the authorities, not by a translator, so I cannot do it myself, but I am happy to tell you where to get one.';
      const m = /\b(?:do|make|offer|provide|write|design|translate|handle|build|shoot|take|create|arrange|organi[sz]e|produce)\b(?!\s+(?:you|u|we|i|it)\b)\s+(?:also\s+)?((?:the\s+|an?\s+|some\s+|any\s+)?[\p{L}\s'&/-]{3,90}?)(?=\s+(?:or|too|as well|also|for|of)\b|\s*[?.!,(]|$)/iu.exec(text);
      // "a quick business card while ur in there nothing fancy same logo": the thing asked for, not the logo it reuses.
      const other = serviceFor(u, m ? m[1]!.replace(/\s+(?:while|same|like|nothing|using|with|from|based)\b.*$/i, '') : text);
      // "Do you write the text for the website too?" to a designer: another trade's work, and who does it.
      const neighbour = !other || !m ? neighbourTrade(u, k, m ? m[1]! : text) : undefined;
      if (neighbour) return neighbour;
      if (other) return other.unit === 'project' ? `Yes, I also do ${k.v(serviceWords(other.name))}; I can send you a separate quote.` : `Yes, I also do ${k.v(serviceWords(other.name))}, at ${priceOf(k, other)}.`;
      if (m && ownTrade(u, m[1]!)) return `Yes, I can do ${k.v(swapPersons(m[1]!.replace(/\s+(?:while|same|nothing)\b.*$/i, '').trim()))} as well; I will quote it separately.`;
      if (m && otherTrade(m[1]!)) {
        const what = swapPersons(m[1]!.trim());
        return `${capitalise(what)} ${/s$/i.test(what) ? 'are' : 'is'} not something I do myself, but I am happy to recommend someone good.`;
      }
      return workRequestAnswer(ask, u, k, card) ?? echo(k, text);
    }
    case 'hosting': {
      const care = u.profile.services.find((s) => /maintenance|hosting|care/i.test(`${s.name} ${s.keywords.join(' ')}`));
      if (care) return `Hosting is not part of the build, but I can host and look after the site for ${priceOf(k, { name: care.name, price: care.price, unit: care.unit })}, which covers ${MAINTENANCE_COVERS}, or set it up on your own account.`;
      return 'Hosting is not part of the quote; I can recommend a provider and set it up on your account.';
    }
    case 'ownership':
      return 'Once the final invoice is paid, the rights pass to you, so you can reuse the work wherever you like.';
    case 'experience':
      return `On experience: ${k.ph('a line on your relevant experience')}${k.firstLink ? `, and you can see related work at ${k.portfolio()}` : ''}.`;
    case 'portfolio':
      return k.firstLink ? `You can see my work at ${k.portfolio()}.` : undefined;
    case 'payment_method':
      return `You can pay by ${k.ph('how you take payment, e.g. bank transfer')} against my invoice.`;
    case 'invoice':
      // "Send us your VAT number": a fact only the freelancer has, marked to fill in; a PO goes on every invoice.
      if (/\bvat (?:number|no\.?|id|registration)\b|\b(?:tax|gst|pan) (?:number|id)\b/i.test(text)) return `My VAT number is ${k.ph('your VAT number')}.`;
      if (/\bvat[- ]registered\b|\bcharge vat\b|\b(?:add|plus|incl\w*) vat\b/i.test(text)) return `On VAT: ${k.ph('whether you are VAT-registered and how VAT applies')}.`;
      // "Please send the final invoice … addressed to: Volgaline Logistics GmbH … VAT ID … PO number 4500-2291": the
      // balance, today, with the details they gave (u16c-11 and u14c-04 had got nothing).
      if (FINAL_INVOICE.test(text) && (u.situation.stage === 'delivered' || u.situation.stage === 'in_progress')) return finalInvoice(u, k);
      if (/\bpo\b|purchase order/i.test(text)) return 'I will put the PO number on every invoice.';
      // "Can it just go on the same invoice?": one invoice for the addition and the rest is a plain yes.
      if (/\b(?:on|onto|in|to) (?:the same|one|a single|this month'?s|the (?:next|monthly|march|april|current)) invoice\b|\binvoice (?:it|them|both|everything) together\b/i.test(text)) return 'Yes, it can go on the same invoice.';
      return invoiceTo(text);
    case 'reachable':
      return `I work ${k.hours()} and answer email ${k.responseTime()}.`;
    case 'price': {
      const same = samePrice(u, k, text);
      if (same) return same;
      // "Please confirm that the quoted price is fixed and includes all costs": yes, in so many words.
      if (FIXED_ASK.test(text) && !/\b(?:hour|hourly|per (?:hour|word|page))\b/i.test(text)) {
        const vat = /\bvat\b/i.test(u.text.slice(0, 6000));
        return `Yes: ${k.price ? `${k.money(k.price.amount)} is` : 'my price is'} a fixed price for the scope in my quote, with no other costs${vat ? ', and my invoices will show amounts excluding VAT' : ''}.`;
      }
      // "Is there an extra cost for the post?" is answered as an extra; after a finished, paid job, no new quote.
      // Under way, the job has its price already: "the cost implications" are the card's (rush, addition), never a re-quote.
      if (/\b(?:extra|additional)\s+(?:cost|charge|fee)\b/i.test(text) || jobDone(u) || u.situation.underway) return undefined;
      return card.total !== undefined ? undefined : `My price for ${k.serviceName()} is ${k.priceText()}; it covers ${k.breakdown() ?? 'the whole job'}, with ${k.rounds()} included and ${k.deposit()} before I start, and ${deliveryWords(u, k)}.`;
    }
    case 'refund':
      return u.has('complaint') ? undefined : refundAndThreats(u, k, 'fix').join(' ') || undefined;
    case 'process':
    case 'other': {
      // "Can you move them to Shopify with the photos and descriptions, or we must do by hand?": the import is a line of the price.
      const importLine = k.service?.lineItems.find((i) => /\bimport\b/i.test(i.name));
      if (importLine && /\b(?:move|bring|transfer|migrate|import|copy|carry)\b[^?]{0,50}\b(?:products?|them|items|listings|catalogue|catalog)\b|\b(?:products?|listings)\b[^?]{0,40}\b(?:across|over)\b/i.test(text)) {
        return `Yes: bringing your products across, with their photos and descriptions, is part of the price (${k.v(lowerFirst(importLine.name))}), so you will not have to move them by hand.`;
      }
      // "Is it possible to pay for one year together?" of a monthly plan: yes, twelve months on one invoice.
      const plan = u.deal.service?.unit === 'month' ? u.deal.service : undefined;
      if (plan && /\b(?:pay|paying|invoice|bill)\w*\b[^?.]{0,25}\b(?:(?:a|one|the|1|whole|full) (?:full |whole )?year|annual\w*|yearly|12 months|twelve months)\b|\b(?:annual|yearly) (?:payment|invoice|invoicing|billing)\b/i.test(text)) {
        return `Yes, you can pay for a year at once: twelve months on one invoice, ${k.money(plan.price * 12)}.`;
      }
      // "We have 2 rounds, yes?": the count the deal holds, said back as a yes or put right.
      const roundsAsked = /\b(?:we have|there are|there're|we get|we've got|is it|do we have|didn't we (?:have|get))\s+(\d|one|two|three|four)\s+(?:revision |feedback )?rounds?\b[^?]{0,20}\?/i.exec(text);
      const roundsHeld = u.deal.rounds?.n;
      if (roundsAsked && roundsHeld !== undefined) return countValue(roundsAsked[1]!) === roundsHeld ? `Yes, ${k.rounds()} ${roundsHeld === 1 ? 'is' : 'are'} included.` : `${capitalise(k.rounds())} ${roundsHeld === 1 ? 'is' : 'are'} included.`;
      // "Was there a notice period I should have respected?" when pausing: none was agreed, and none is invented (u11a-03).
      if (card.id === 'pause-project' && /\bnotice period\b/i.test(text)) return 'No notice period applies: letting me know now is all I need.';
      // "Can u look today pls", "CAN YOU LOOK NOW PLEASE": on work of ours, a yes with when.
      const look = /^(?:(?:so|and|also|pls|please|ok|okay|hi|hey)[,\s]+)*(?:can|could) (?:you|u) (?:please |pls )?(?:look|have a look|take a look|check)(?: at (?:it|this|that|the \w+(?: \w+)?))?\s*(today|now|asap|right away|this (?:morning|afternoon)|tomorrow|next week)?\b/i.exec(text.trim());
      if (look && (u.situation.underway || u.defect || u.deal.ourWords.length > 0)) {
        const when = (look[1] ?? '').toLowerCase();
        if (/^(?:today|now|asap|right away|this)/.test(when)) return 'Yes, I am looking at it today and will tell you what I find before the end of the day.';
        if (when === 'tomorrow') return `Yes, I will look at it tomorrow, ${k.day(addDays(u.today, 1))}, and tell you what I find.`;
        if (when === 'next week') return `Yes, I can look at it next week; I will confirm the day.`;
      }
      // "In the hero, can 'effortless' become 'simple'?", "Can the little kettle be bigger?": a small change to work under
      // review, made in this round.
      if (u.situation.stage === 'in_progress' && !u.defect && text.length < 140 && !COSTS.test(text) && !/\b(?:automatic\w*|integrat\w*|sync\w*|online|ordering|booking|like (?:a|an|the)\b)/i.test(text) && /^(?:(?:so|and|also|(?:one |a )?(?:tiny |small |little |quick )?thing|quick one|oh)[,:\s]+)*(?:in the [\p{L}\s-]{2,25},\s*)?(?:can|could) (?:the |our |this |that |["“‘'])[\p{L}\s'‘’"“”-]{1,40}? (?:be|become|go|point|link|move|say|read|change|look)\b/iu.test(text.trim())) {
        return 'Yes, I will make that change in this round.';
      }
      // "Can the shop show prices in GBP and EUR?", "Can the Donate page just embed our Donorbox form?": what the platform
      // can do, checked before it is promised, with any effect on price or date said first.
      if (buildsSites(u) && !/\b(?:costs?|charges?|fees?|pay\w*|invoic\w*|discount|cheaper|free)\b/i.test(text) && /^(?:(?:so|and|also|oh|small thing|one more thing)[,:\s]+)*(?:can|could|will) (?:the|our|my|a|this) (?:new )?(?:[\p{L}-]+ )?(?:site|shop|store|website|page|gallery|checkout|section|form|blog|journal|menu)\b[^?]{0,20}\b(?:show|have|pull|embed|take|accept|sync|display|integrate|connect|list|sell|offer|support|include|send|go out|post|link)\b/iu.test(text.trim())) {
        return 'Yes, that can usually be done; I will check the simplest way to set it up (often an app or a plugin) and tell you before I start whether it changes the price or the date.';
      }
      // "Is possible Thursday 16 at 10.00?" after a meeting they asked to move: the call's answer gives the day and time.
      if (u.asks.some((o) => o !== ask && o.topic === 'call') && text.length < 90 && /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b/i.test(text) && !COSTS.test(text)) return undefined;
      // "could we skip the deposit this time and I'll just pay the whole thing when it's done?": the payment sentence, even
      // when the detector missed the move.
      if (SKIP_DEPOSIT.test(text)) return newJobDeposit(u, k, card, text) ?? (u.has('payment_terms') ? undefined : paymentLine(u, k, card));
      // "What do you need from us to get started?": what every job in our trade starts from.
      if (/\bwhat (?:do |would |else (?:do |would )?)?(?:you|u) need from (?:us|me)\b|\bwhat (?:do |should )?(?:we|i) need to (?:send|give|prepare|provide)\b/i.test(text)) {
        const need = NEEDS[tradeOf(u) ?? ''];
        if (need) return `To get started I need ${need}.`;
      }
      // "Are we still good to pick up where we left off?" after a silence: yes, with the deposit still counting.
      if (/\bpick (?:it |this |things )?(?:back )?up where we left off\b|\b(?:still )?(?:good|ok|okay|able) to (?:pick (?:it |this )?(?:back )?up|carry on|continue|resume)\b|\bresume (?:the|our) (?:project|work)\b/i.test(text)) {
        return `Yes, I am happy to pick up where we left off${u.situation.depositPaid ? ', and the deposit you paid still counts' : ''}.`;
      }
      // "Can we realistically launch before January 5?", "can it be up by mid april": the date sentence of the card answers it.
      if (u.requested && text.toLowerCase().includes(u.requested.text.toLowerCase()) && /\b(?:launch|live|ready|deliver|done|finish|up by|be up)/i.test(text)) return undefined;
      // "if i go w the 3 page one is it still 40% up front?": the deposit on that option, in money.
      const deposit = depositAnswer(u, k, card, text);
      if (deposit) return deposit;
      // "Please confirm you'll do it": yes, with the date they gave.
      if (/\bconfirm (?:that )?you(?:'ll| will)\b/i.test(text)) {
        const d = u.dates.find((x) => x.iso >= u.today && x.index < ask.index && ask.index - x.index < 200);
        return `Yes, I will take care of it${d ? ` on ${k.day(d.iso)}` : ''}.`;
      }
      // Another ask on the same sentence already answers it ("On ISO 17100: …"), or the exclusivity sentence does.
      if (u.asks.some((o) => o !== ask && o.text === ask.text && o.topic !== 'other' && o.topic !== 'process')) return undefined;
      // "Could you do it for that?" after their budget: the card's own position on the budget is the answer.
      if ((card.covers.includes('budget_anchor') || card.id === 'quote-several') && u.moves.some((m) => PRICE_MOVES.has(m.id)) && /\b(?:do|make|manage|take) (?:it|this|that|the job|all \w+) for (?:around |about |roughly )?(?:that|this|that amount|that price|[$€£]?\s?\d)|\b(?:with|for|within) (?:this|that|the|my|our) (?:\w+ )?(?:money|budget|amount|sum)\b/i.test(text)) return undefined;
      // A sample or test they ask for is answered by the free-work sentence.
      if (u.has('free_work') && /\b(?:sample|test|trial|try-?out|pilot)\b/i.test(text)) return undefined;
      if (exclusivityAsked(u) && /\b(?:exclusiv\w*|not (?:to )?work (?:with|for)|any other)\b/i.test(text)) return undefined;
      // Before the work starts, half now and half on delivery is at least our deposit: a plain yes.
      if (!u.situation.underway && /\b(?:half|50\s?%) (?:now|upfront|up front|in advance|before|at the start)\b/i.test(text) && (k.depositPercent ?? 50) <= 50) return 'Yes, half now and half on delivery works for me.';
      // A question that carries a figure or a "not" is not said back in our own voice, where it would read as our word.
      // (A count is fine said back: "your 140 products". A sum of money is not.)
      if (/[$€£]\s?\d|\d\s?(?:k|€|\$|£|euros?|eur|dollars?|usd|pounds?|gbp|quid|bucks)\b|\b(?:not|no|never|match|discount|cheaper|lower|down)\b|(?:%|percent|knock(?:ed)?|take|taking) off\b|n't\b|\bby (?:\w+day|tomorrow|tonight)/i.test(text)) {
        // "On your question about word" tells nobody anything: a topic needs two words to be named.
        const priced = /\b(?:your |the )?([$€£]\s?[\d,.]+k?)\s+(one|option|version|package|quote|site|plan|offer)\b/i.exec(text);
        // Said back from scattered words ("On your question about need anything crazy") it reads as broken: only a priced option is named.
        // "What would I lose with your £1,900 one?": that figure is one of our smaller versions, said with what it is.
        const version = priced && k.smaller.find((v) => Math.abs(v.price - Number(priced[1]!.replace(/[^\d.]/g, '')) * (/k$/i.test(priced[1]!) ? 1000 : 1)) < 0.5);
        if (version && k.price) return `The ${k.money(version.price)} option is ${k.v(version.name)}; the full ${k.money(k.price.amount)} version covers ${k.breakdown() ?? 'the whole job'}, so the difference is what that leaves out.`;
        return priced ? `On what the smaller option leaves out: ${k.ph('your answer')}.` : undefined;
      }
      // "Would you be able to write our Google Business Profile description too?": our own trade is a yes and a quote.
      const also = /\b(?:would|could|can|will)\s+(?:you|u)\s+(?:be able to\s+)?(?:also\s+)?(?:make|do|write|design|create|translate|build|draft|produce)\s+(?:also\s+)?((?:the\s+|an?\s+|some\s+|your\s+|our\s+)?[\p{L}\s'&()-]{3,80}?)(?=\s+(?:too|as well|also)\b|\s*[?.!,]|$)/iu.exec(text);
      if (also && ownTrade(u, also[1]!) && !/\b(?:in|into)\s+[A-Z][a-z]+(?:ish|ian|ese)?\b/.test(also[1]!)) {
        return `Yes, I can do ${k.v(swapPersons(also[1]!.trim()))} as well; I will quote it separately.`;
      }
      // "Is that enough time, given Christmas?": the schedule answers it when the date fits; a tight date has its own line.
      if (/\b(?:enough time|time enough|is (?:that|this|it) (?:realistic|doable|feasible)|can (?:you|u) make it|make it in time)\b|\b(?:is|are) (?:the |that |this |it )?(?:\d{1,2}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|date|deadline)? ?(?:even |still |really )?(?:possible|doable|feasible|realistic)(?: for (?:you|u))?(?: in (?:this|that|the) time)?\s*[?!.]*$|\b(?:have|get) it (?:done|ready|finished) (?:before|by|for)\b|\b(?:can|could) (?:you|u) (?:do|make|finish|deliver|have) (?:it|this|that|them) (?:before|in time for|ahead of)\b/i.test(text)) {
        // (…and "can u do it before the opening": u17c-01 had a blank after the date sentence.)
        const t = timing(u, k);
        // The position already gave the date ("ready by Monday 25 May, well ahead of your fair"): the yes alone.
        // (…or the rush sentence will: a date that fits is answered there with the same words.)
        if (t.wanted && t.verdict === 'fits' && ([card.ack, ...card.position, dateCheck(u, k, card) ?? ''].some((p) => /well ahead of your/.test(p)) || (u.has('rush_deadline') && t.standard !== undefined && k.wellAhead(t.wanted, t.standard) !== undefined))) return 'Yes, there is enough time.';
        if (t.wanted && t.verdict === 'fits') return `Yes, there is enough time: ${t.standard && t.standard < t.wanted ? `at my normal pace it would be ready by ${k.day(t.standard)}` : `${k.day(t.wanted)} works with my schedule`}.`;
        if (t.wanted) return undefined;
      }
      // "can u do another one same style?" after a closed job: the card's quote for the new one is the answer.
      if (u.deal.closed && /\banother\b|\bsame (?:style|layout|format)\b|\bone more\b/i.test(text)) return undefined;
      // "I saw there's a smaller option on your site, would that be enough for me?": the option, its price, and the difference.
      // "I saw on your site you do a three-page thing, home, about, services?": a smaller version named by what it holds.
      const offered = /\b(?:(?:you|u) (?:do|offer|have)|on your (?:site|website|page)|package|thing|option)\b/i.test(text);
      const held = offered ? [...k.smaller, ...u.profile.services.flatMap((x) => x.smallerVersions)].find((v) => (v.name.match(/\b(?:home|about|services|contact|shop|blog)\b/gi) ?? []).filter((w) => new RegExp(`\\b${w}\\b`, 'i').test(text)).length >= 2) : undefined;
      if (held && /\?\s*$/.test(text)) return `Yes: ${k.v(held.name)} is ${k.money(held.price)}.`;
      const small = /\b(?:smaller|cheaper|basic|simpler|lighter|starter) (?:option|version|package|plan)\b/i.test(text) ? k.smaller[0] : undefined;
      if (small && k.price) return `The smaller option is ${k.v(small.name)} for ${k.money(small.price)}, against ${k.money(k.price.amount)} for ${k.serviceName()}; it is enough if it covers what you need, and I am happy to check that with you.`;
      // "Do I need a whole brand guide?": a part a smaller version leaves out is optional, at that version's price.
      const optional = optionalPart(u, k, text);
      if (optional) return optional;
      // A hedge with a question mark ("I know we've used our two rounds, but these feel small?"), an open "what's doable?"
      // and a bare "can we go back to that?" are answered by the card's position; said back, they read as garbled.
      if (HEDGE.test(text.trim()) || OPEN_ENDED.test(text.trim()) || DANGLING.test(text.trim()) || FRAGMENT(text)) return undefined;
      // "The time difference is 8 hours, so maybe 16:00 Japan time = 8:00 Sweden time?": the call sentence converts it.
      if (/\btime difference\b|\b[\p{Lu}][\p{L}]+ time\s*=|\bwhat time (?:is|would) that be\b/u.test(text) && u.asks.some((o) => o.topic === 'call') && zoneOfClient(u.text) && zoneOfHours(k.workingHours)) return undefined;
      // "We still have one revision round left, right? Maybe we can use that for these?": the round is for the agreed work.
      if (card.covers.includes('scope_creep') && /\b(?:revision|round)s?\b[^.?!]{0,30}\bleft\b|\buse (?:that|it|this|the (?:last |remaining )?(?:round|revision)) (?:for|on) (?:these|them|those|this)\b/i.test(text)) {
        return u.asks.some((o) => o !== ask && o.index < ask.index && /\b(?:revision|round)s?\b[^.?!]{0,30}\bleft\b|\buse (?:that|it|this) (?:for|on)\b/i.test(o.text))
          ? undefined
          : `${/\bleft\b/i.test(text) ? 'Yes, one revision round is left, but it' : 'The revision round left'} is for changes to the work we agreed, so new pieces cannot come out of it.`;
      }
      // "Can you confirm by end of day that this is in hand?": the card's position is the confirmation, or its terms.
      if (/\bconfirm\b[^?]{0,40}\bthat (?:this|it|everything|all) (?:is|are) (?:in hand|ok|okay|fine|happening|on track|sorted)\b/i.test(text)) return undefined;
      // "…, or would I have to do that by hand?" is the other side of the same yes/no: the first half says it all.
      const core = text.replace(/,?\s+or (?:would|do|should|must|will|can|could|is|are|does|shall) (?:i|we|you|it|that|they)\b.*$/i, '?');
      // A greeting, a bare "please …" or thanks said back as a question reads as broken: the position answers instead.
      if (GARBLED.test(indirect(core)) || COURTESY.test(text)) return undefined;
      // "Deposit was sent yesterday, please confirm when you receive it": a plain yes.
      if (/\bconfirm (?:when|once|as soon as) (?:you(?:'ve| have)? (?:receive|get|got)\w*|it (?:arrives|lands|comes in|is in))\b/i.test(text)) return 'I will confirm as soon as it arrives.';
      // "We would also ask you to confirm your bank details on headed paper": a formal request with no money in it, a plain yes;
      // "we would ask you to absorb the printing costs" is left for the freelancer.
      const formal = /^(?:i|we) (?:would |will )?(?:therefore |kindly |also )*(?:ask|request) (?:you|that you) (?:to )?(.{5,140}?)[.!]?$/i.exec(text.trim());
      if (formal && !CONCESSION.test(text) && !COSTS.test(text)) return `Yes, I will ${swapPersons(formal[1]!)}.`;
      // "Is that OK on your side?", "Would this be acceptable to you?", "Does that sound doable?": a call for the yes or no
      // the card's position already gives; said back with a blank it reads as a form.
      if (CONFIRM_ONLY.test(text.trim())) return undefined;
      return workRequestAnswer(ask, u, k, card) ?? echo(k, core);
    }
  }
}

/** "we like to continue with two articles every month from september. It is still possible with same price?": yes, with the monthly sum. */
function samePrice(u: Understanding, k: Kit, text: string): string | undefined {
  const per = u.deal.service && u.deal.service.unit !== 'project' ? u.deal.service : undefined;
  if (!per || !/\b(?:same|usual|old|current) (?:price|rate|fee|terms)\b/i.test(text)) return undefined;
  const head = u.text.slice(0, 6000);
  if (!(u.situation.underway || u.deal.ourWords.length > 0 || /\b(?:continue|again|every month|each month|monthly)\b/i.test(head))) return undefined;
  const n = /\b(\d|two|three|four|five|six)\s+(?:\w+\s+)?(?:articles?|posts?|pieces?)\s+(?:every|each|a|per)\s+month\b/i.exec(head)?.[1];
  const count = n ? Number(n) || countValue(n) : undefined;
  const unit = per.unit === 'item' ? (/\b(article|post|video|illustration|email|newsletter)\b/i.exec(per.name)?.[1]?.toLowerCase() ?? 'piece') : per.unit;
  return `Yes, the same price applies as agreed: ${k.money(per.price, u.profile.currency)} per ${unit}${count && count > 1 ? `, so ${numberWord(count)} ${unit}s a month come to ${k.money(per.price * count, u.profile.currency)}` : ''}.`;
}

/** "Can the invoice go to accounts@fernleaftea.com this time instead of to me?": a plain yes, to that address. */
/** "Please send the final invoice", "can you send us your last invoice". */
const FINAL_INVOICE = /\b(?:send|issue|raise|need|want|waiting for)\b[^.?!]{0,25}\b(?:the |your |a |our )?(?:final|last|closing|remaining) invoice\b/i;

function finalInvoice(u: Understanding, k: Kit): string {
  const all = u.text.slice(0, 6000);
  // (To the cent: "€2,208 in total, the 30% deposit of €662.40 received" leaves €1,545.60, not a rounded €1,546.)
  const P = k.price;
  const rest = P && k.depositPercent !== undefined && u.situation.depositPaid ? round2(P.amount * (1 - k.depositPercent / 100)) : balanceOf(u, k);
  const to = /\baddressed to\s*:?\s*\n?\s*([^\n]{3,80})/i.exec(all)?.[1]?.trim().replace(/[.,;:]+$/, '');
  const vat = /\bVAT(?: ID| number| no\.?| reg(?:istration)?(?: no\.?| number)?)?\s*:?\s*([A-Z]{2}\s?\d[\dA-Z ]{5,14}\d)\b/.exec(all)?.[1];
  const po = /\b(?:PO|purchase order)(?: number| no\.?| #)?\s*:?\s*(\d[\d-]{3,19}\d|[A-Z]{2,5}-[\w-]{3,20})\b/i.exec(all)?.[1];
  const details = [to ? `addressed to ${k.v(to)}` : '', vat ? `with your VAT ID ${k.v(vat.replace(/\s+/g, ''))}` : '', po ? `${vat ? 'and' : 'with'} PO number ${k.v(po)}` : ''].filter(Boolean).join(' ');
  return `I will send the final invoice${rest !== undefined ? ` for the remaining ${k.money(rest)}` : ''} today${details ? `, ${details}` : ''}.`;
}

function invoiceTo(text: string): string | undefined {
  const m = /\binvoices?\b[^.?!]{0,30}\b(?:go|be sent|be addressed|be made out|be emailed|be issued)\s+(?:directly\s+)?to\s+([\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:our|the)\s+[\p{L} ]{3,40}?)(?=\s+(?:this time|instead|rather|from now|going forward|please)\b|\s*[?.!,]|$)/iu.exec(text);
  if (!m) return undefined;
  return `Yes, I will send the invoice to ${swapPersons(m[1]!.trim())}${/@/.test(m[1]!) ? ' from now on' : ''}.`;
}

/** A question that only asks whether what came before is acceptable: the position is the answer. */
const CONFIRM_ONLY = /^(?:(?:and|so|but|ok|okay|also)[,\s]+)?(?:(?:is|would|will|does|could|can|should) (?:that|this|it|these|those)(?: all| still| even| really)? (?:be )?(?:ok|okay|fine|acceptable|alright|all right|possible|doable|feasible|a problem|an issue|a deal-?breaker|work(?:s|able)?|(?:sound|seem)s? (?:ok|okay|good|doable|fair|reasonable|possible|alright))(?: (?:for|with|on|to) (?:you|u|your side|your end))?(?: at all)?(?: (?:with|given) [^?]{1,40})?|(?:could|can|would) (?:you|u) (?:please |kindly )?(?:confirm|let (?:me|us) know) (?:that |if |whether )?(?:this|that|it|these) (?:works|is (?:ok|okay|fine|acceptable|possible))(?: for (?:you|u))?|(?:do|does) (?:that|this) (?:sound|seem|work) (?:ok|okay|good|doable|fair|alright|reasonable|possible)?(?: (?:for|to|with) (?:you|u))?)\s*[?!.]*$/i;

/**
 * A call asked for after the freelancer's day ends ("tonight around 8", "at 7pm", "this evening"): the hour we offer
 * instead, the start of the working day ("10:00" when hours are "9:00–17:00"). Undefined when the time is in hours or
 * no hours are known. Bounded: two regular tests on a window of at most 400 characters.
 */
function eveningHour(window: string, hours: string | undefined): string | undefined {
  const h = hours && /(\d{1,2})(?::(\d{2}))?\s*(?:[–-]|to)\s*(\d{1,2})(?::(\d{2}))?/.exec(hours);
  if (!h) return undefined;
  const end = Number(h[3]) + Number(h[4] ?? 0) / 60;
  const w = window.slice(0, 400);
  const tonight = /\b(?:tonight|this evening|after work|in the evening)\b/i.test(w);
  const t = /\b(?:at|around|about|for|from|~)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|h)?\b/i.exec(w) ?? /\b(\d{1,2})(?:[:.](\d{2}))?\s*(pm)\b/i.exec(w);
  let hour = t ? Number(t[1]) + Number(t[2] ?? 0) / 60 : undefined;
  if (hour !== undefined && (t![3]?.toLowerCase() === 'pm' || (tonight && !t![3] && hour < 12)) && hour < 12) hour += 12;
  const late = hour !== undefined ? hour >= end || (hour < Number(h[1]) && t![3]?.toLowerCase() !== 'am' && tonight) : tonight;
  if (!late) return undefined;
  return `${String(Math.min(Number(h[1]) + 1, 12)).padStart(2, '0')}:00`;
}

/** A call time the client gives in their own zone, said in both zones; outside our hours, the first slot that suits both. */
function zonedCall(u: Understanding, k: Kit, iso: string | undefined, time: string, call: string): string | undefined {
  const ours = zoneOfHours(k.workingHours);
  const theirs = zoneOfClient(u.text);
  const span = hoursSpan(k.workingHours);
  const mins = minutesOf(/^\d{1,2}(?::\d{2})?\s?(?:am|pm|h)?/i.exec(time)?.[0] ?? '');
  if (!ours || !theirs || !span || mins === undefined) return undefined;
  const date = iso ?? addWorkingDays(u.today, 1);
  const our = moveTime(date, mins, theirs, ours);
  // The same wall clock in both zones (Lisbon and London in winter): nothing to convert.
  if (our.iso === date && our.minutes === mins) return undefined;
  const ourDay = our.iso === date ? '' : ` on ${k.day(our.iso)}`;
  const fits = our.weekday !== 0 && our.weekday !== 6 && our.minutes >= span[0] && our.minutes + 30 <= span[1];
  if (fits) return `${k.v(spoken(mins))} your time on ${k.day(date)} is ${k.v(clock(our.minutes))}${ourDay} for me, so that works for ${call}.`;
  const slot = sharedSlot(date, theirs, ours, span);
  const out = `${k.v(spoken(mins))} your time on ${k.day(date)} would be ${k.v(clock(our.minutes))}${ourDay} for me, outside my working hours (${k.hours()})`;
  // No hour suits both (Tokyo and New York): the client's own time, once, as an exception said out loud.
  if (!slot) return `${out}, but with no overlap between our days I can make that work for ${call}.`;
  const slotOurDay = slot.our.iso === slot.their.iso ? '' : ` on ${k.day(slot.our.iso)}`;
  return `${out}, but I could do ${k.v(spoken(slot.their.minutes))} your time on ${k.day(slot.their.iso)} (${k.v(clock(slot.our.minutes))}${slotOurDay} for me), if that suits you.`;
}

/** The work is delivered and paid: what they ask now is an errand around it, not a new job to quote. */
function jobDone(u: Understanding): boolean {
  return /\b(?:already paid|(?:i|we) (?:have )?paid (?:the|your) invoice|paid the invoice|(?:received|got) (?:the|your) (?:pdf|files?|translations?|documents?|final\s+\w+|designs?|logo|copy|articles?))\b/i.test(u.text);
}
