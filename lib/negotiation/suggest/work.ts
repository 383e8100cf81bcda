// Runs everywhere (Node, side panel): positions on the work itself — free samples, promises of future work or equity, additions to the scope, revisions.
import type { Understanding } from '../understand';
import { addedPrice, type Addition } from '../understand/addition';
import { sentenceAround } from '../understand/clause';
import { requestCore, shorten, swapPersons } from '../understand/restate';
import type { Strategy } from './card';
import { capitalise, formatMoney, formatPercent, joinList, lowerFirst, numberWord } from './format';
import { addWorkingDays, countOf, formatCount, Kit, roundMoney } from './kit';
import { payStages } from './stages';
import { failure } from './conflict';

/** An error plainly stated ("the price says 1,990 instead of 2,190"), not a wish ("it should be colourful"). */
const OWNED_ERROR = /\b(?:errors?|mistakes?|typos?|wrong|misspel\w*|incorrect|broken|inaccura\w*|mistranslat\w*|instead of|has become|became|turned into|not (?:arriving|working|sending|showing|coming through)|says?\b[^.]*\bsays?)\b|\bsays?\s+(?:\w+\s+){0,3}["“][^"”]{3,120}["”]/i;

// ---- restating what they ask for

/** "could you also write a welcome sequence?" → "You would like me to also write a welcome sequence." */
export function restateRequest(sentence: string | undefined): string | undefined {
  if (!sentence) return undefined;
  // One sentence only, and not one that merely announces speech ("I want to explain…").
  const s = (sentence.replace(/\s+/g, ' ').trim().split(/(?<=[?.!])\s+/)[0] ?? '').replace(/^(?:[-*•]|\d{1,2}[.)])\s+/, '').replace(/^(?:(?:also|and|but|so|plus|oh|ok|okay|then|while (?:you'?re|you are) at it)[,\s–—-]+)+/i, '');
  if (/^(?:we|i)\s+(?:\w+\s+)?(?:want|would like|'d like|need)\s+to\s+(?:explain|ask|check|say|know|understand|let you know|mention|tell|clarify)\b/i.test(s)) return undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(.+?)[?.!]*$/i.exec(s))) return `You would like me to ${swapPersons(m[1]!)}`;
  if ((m = /^(?:we|i)(?:'d| would)?\s+(?:need|want|like|require|expect)\s+(?:you|u)\s+to\s+(.+?)[?.!]*$/i.exec(s))) return `You would like me to ${swapPersons(m[1]!)}`;
  if ((m = /^(?:we|i)(?:'d| would)\s+(?:like|love)\s+to\s+(.+?)[?.!]*$/i.exec(s))) return `You would like to ${swapPersons(m[1]!)}`;
  if ((m = /^(?:we|i)\s+(need|want|would like|'d like|require|expect)\s+(.+?)[?.!]*$/i.exec(s))) return `You ${m[1]!.replace(/^'d/, 'would')} ${swapPersons(m[2]!)}`;
  if ((m = /^(?:please\s+)?(add|include|make|change|remove|fix|update|put|move|use|do|write|create|build|design|translate)\b(?!\s+(?:you|u|we|i|they)\b)(.+?)[?.!]*$/i.exec(s))) return `You would like me to ${m[1]!.toLowerCase()}${swapPersons(m[2]!)}`;
  return undefined;
}

function evidenceSentence(u: Understanding, id: Parameters<Understanding['move']>[0]): string | undefined {
  const m = u.move(id);
  if (!m) return undefined;
  // The whole sentence holding the evidence, so a clause cut mid-way still reads as a request.
  const start = Math.max(u.text.lastIndexOf('\n', m.index), ...['. ', '? ', '! '].map((p) => u.text.lastIndexOf(p, m.index))) + 1;
  const endRel = u.text.slice(m.index + m.evidence.length).search(/[.?!\n]/);
  const end = endRel < 0 ? u.text.length : m.index + m.evidence.length + endRel + 1;
  return u.text.slice(start, end).trim();
}

/** "also want 3 fb/insta ad banners matching the page, what would that run" → "3 fb/insta ad banners matching the page". */
function addedThing(sentence: string): string | undefined {
  const m = /^(?:(?:also|and|plus|oh and|ps|p\.s\.|btw)[,:\s]+)*(?:(?:we|i)(?:'d|'ll| would| will)?\s+)?(?:also\s+)?(?:want|need|would like|'d like|like)\s+(?:you\s+to\s+(?:do|make|write|design|build|create|translate)\s+)?(?:also\s+)?((?:an?|the|some|\d+|two|three|four|five|six|a few|a couple of)\s+[^,;:?!.]{3,80}?)(?=\s*(?:,|;|:|\?|!|\.|\s-\s|\s\(|\bsame day\b|\bif (?:poss|possible|you can)\b|\bwhat (?:would|will|does)\b|\bhow much\b|\bby (?:tomorrow|tmrw|\w+day|the)\b|\basap\b|\btoo\b|\bas well\b|$))/i.exec(sentence.trim());
  if (!m) return undefined;
  const thing = swapPersons(m[1]!.trim());
  return thing.split(/\s+/).length >= 2 ? thing : undefined;
}

export function additionSubject(u: Understanding): string {
  const sentence = (evidenceSentence(u, 'scope_creep') ?? '').replace(/\s*\([^)]*\)/g, '');
  // "I expect multi-currency and subscriptions working by Friday at no extra cost": the features themselves.
  const expected = /\b(?:i|we) (?:expect|want|need) ([\p{L}][\p{L}\s,&-]{3,60}?) (?:working|done|added|in place|live|set up|sorted)\b/iu.exec(sentence);
  if (expected) return `${capitalise(swapPersons(expected[1]!.trim()))} ${/\band\b|,|s$/i.test(expected[1]!) ? 'are' : 'is'}`;
  const thing = addedThing(sentence);
  if (!thing) return `${capitalise(additionWords(u))} is`;
  const plural = /^(?:\d+|two|three|four|five|six|some|a few|a couple of)\b/i.test(thing) && !/^1\b/.test(thing);
  // "3 ad banners" reads as a sentence start only with "The"; "a short email" is capitalised as it is.
  const named = /^(?:\d+|two|three|four|five|six)\b/i.test(thing) ? `The ${thing}` : capitalise(thing);
  return `${named} ${plural ? 'are' : 'is'}`;
}

function additionWords(u: Understanding): string {
  const core = requestCore((evidenceSentence(u, 'scope_creep') ?? '').replace(/^(?:[-*•]|\d{1,2}[.)])\s+/, '').replace(/^(?:while (?:you'?re|you are) at it|also|and)[\s,–—-]+/i, '').replace(/^(?:we|i)(?:'d| would) (?:like|love) to /i, '').replace(/\s*\([^)]*\)/g, ''));
  const cleaned = swapPersons(core.replace(/^(?:also|too)\s+/i, '').replace(/\b(?:for|in|inside|within|as part of) (?:the )?(?:same|current|original|existing)? ?(?:price|quote|fee|budget|project|£?\$?€?[\d,.]+)\b.*$/i, ''));
  // Garbled or figure-laden restatements read worse than a plain reference.
  if (!cleaned || cleaned.split(/\s+/).length < 3 || /[$€£]\s?\d|\d{3}|\b(?:you had|is outside|could I|can I)\b/i.test(cleaned)) return 'the addition you mention';
  return shorten(cleaned, 100);
}

// ---- free work

function fitAck(u: Understanding): string {
  return `I understand you want to see how I work before committing${/\b(?:month|regular|ongoing|series|volume|\d+\s+(?:articles|posts|a month))\b/i.test(u.text) ? ' to regular work' : ''}.`;
}

/** A trial that is paid: one item, or the sample size they named at our rate. */
function trialOffer(u: Understanding, k: Kit): { text: string; price?: number } {
  const rate = k.rate;
  if (rate && rate.unit === 'item') return { text: `one paid trial ${k.unitNoun()} at my usual ${k.money(rate.amount, rate.currency)}`, price: rate.amount };
  if (rate && rate.unit === 'word') {
    const free = u.move('free_work');
    const near = free ? u.text.slice(Math.max(0, free.index - 100), free.index + free.evidence.length + 100) : u.text;
    // "85,000 words": the whole count, never its last three digits read as a sample of 0 words.
    const SAMPLE = /(?<![\d,.])(\d{2,4}(?:,\d{3})?)\s*(?:-\s*)?words?\b/i;
    const sample = SAMPLE.exec(near) ?? SAMPLE.exec(u.text);
    const n = sample ? Number(sample[1]!.replace(',', '')) : 300;
    const words = Math.min(n >= 50 ? n : 300, 1000);
    return { text: `a paid sample of ${k.v(formatCount(words))} words at my usual ${k.money(rate.amount, rate.currency)} per word (${k.money(roundMoney(words * rate.amount), rate.currency)})`, price: roundMoney(words * rate.amount) };
  }
  return { text: `a small paid trial task for ${k.ph('trial price')}` };
}

/**
 * "maybe you can do it for us quickly as a small favour, because we are already your clients?": a returning client's
 * small job asked for free. Glad to help, at the listed price for what they named, with its date; never a lecture on
 * unpaid test pieces, which is for strangers.
 */
function favourAsked(u: Understanding): boolean {
  const m = u.move('free_work');
  if (!m || !/\bfavou?r\b/i.test(u.text.slice(Math.max(0, m.index - 200), m.index + m.evidence.length + 200))) return false;
  return u.deal.ourWords.length > 0 || u.situation.underway || /\b(?:already|again|last time|before|your clients?)\b/i.test(u.text);
}

const favourJob: Strategy = (u, k) => {
  if (!favourAsked(u)) return null;
  const svc = k.service;
  if (!svc) return null;
  const n = svc.unit !== 'project' ? countOf(u.text, svc.unit) : undefined;
  const total = svc.unit === 'project' ? svc.price : n ? roundMoney(n * svc.price) : undefined;
  const per = svc.unit === 'project' ? '' : ` per ${svc.unit === 'item' ? 'piece' : svc.unit}`;
  const price = svc.unit === 'project'
    ? `${k.v(svc.name.toLowerCase())} is ${k.money(svc.price)}`
    : `${k.v(svc.name.toLowerCase())} is ${k.money(svc.price)}${per}${n && total !== undefined ? `, so the ${k.v(formatCount(n))} ${svc.unit === 'item' ? 'pieces' : `${svc.unit}s`} come to ${k.money(total)}` : ''}`;
  const ready = svc.turnaroundDays ? ` I can have ${n && n > 1 ? 'them' : 'it'} ready by ${k.day(addWorkingDays(u.today, svc.turnaroundDays))} once I have everything.` : '';
  const praised = /\b(?:thank|thanks|accepted|loved|great|happy|delighted|best present)\b/i.test(u.text.slice(0, 600));
  return {
    id: 'favour-as-small-job',
    title: 'Glad to help again, at the usual price',
    total,
    ack: praised ? 'Thank you so much, that is lovely to hear, and congratulations.' : 'Thank you for thinking of me again.',
    position: [`I am glad to help with this too, though as paid work rather than a favour: ${price}.${ready}`, total !== undefined && k.depositPercent !== undefined ? `I ask for ${k.deposit(total)} before I start, and the rest on delivery.` : 'I will invoice it on delivery.'],
    covers: ['free_work'],
    stance: { payment: 'deposit', rush: 'standard' },
    why: [['no_free_work', 'A returning client still pays for new work; the price is said plainly and kindly.']],
    close: 'Shall I go ahead on that basis?',
  };
};

const portfolioInstead: Strategy = (u, k) => favourAsked(u) ? null : ({
  id: 'portfolio-instead-of-free-sample',
  title: 'Show published work instead of a free sample',
  ack: fitAck(u),
  position: [
    'I do not do unpaid test pieces, because that time comes out of paid work for other clients.',
    `${k.firstLink ? `You can see published work at ${k.portfolio()}` : 'The work linked above shows what I do'}, and I am happy to send the two pieces closest to your topic.`,
  ],
  covers: ['free_work'],
  stance: { payment: 'deposit', nda: 'anonymised', rush: 'standard' },
  why: [
    ['no_free_work', 'Declines the unpaid sample and says why, without drama.'],
    ['offer_alternative', 'Offers published work as proof instead.'],
  ],
  close: 'Shall I send you those two pieces?',
});

const paidTrial: Strategy = (u, k) => {
  // A returning client's favour is a small job, not a trial.
  if (favourAsked(u)) return null;
  const trial = trialOffer(u, k);
  return {
    id: 'paid-trial',
    title: 'A small paid trial instead of a free one',
    // The trial has its own small price; the job's price, if it comes up, is still the whole job's.
    total: undefined,
    ack: fitAck(u),
    position: [
      // A trial is a small deal of its own: what, by when, how it is paid.
      `Rather than a free test, I suggest ${trial.text}, invoiced on delivery, and I can deliver it within ${k.service?.turnaroundDays ? `${k.v(String(k.service.turnaroundDays))} working days` : k.ph('trial turnaround, e.g. 3 working days')} of your go-ahead.`,
      'If it works for you, we carry on; if not, you still keep a piece you can use.',
    ],
    covers: ['free_work'],
    stance: { payment: 'deposit', nda: 'anonymised', rush: 'standard' },
    why: [
      ['no_free_work', 'Turns down the free test.'],
      ['offer_alternative', 'A small paid trial lowers their risk without unpaid work.'],
    ],
    close: 'Shall I start with the trial?',
  };
};

// ---- future promises: equity, royalties, exposure, volume later

const EQUITY = /\b(?:equity|shares?|stake|options|royalt(?:y|ies)|profit share|revenue share|% of (?:the )?(?:profits?|revenue|sales))\b/i;
const EXPOSURE = /\b(?:exposure|visibility|portfolio piece|great for your portfolio|your name on|credit(?:ed)?|shout-?out|followers|mention you)\b/i;

function promiseAck(u: Understanding, k: Kit): string {
  if (EQUITY.test(u.text)) {
    const share = u.share ? `${k.v(formatPercent(u.share.value))} ` : '';
    const what = /royalt/i.test(u.text) ? 'royalties' : 'equity';
    return `Thank you for the offer of ${share}${what}, and for being open about ${/\bcash\b[^.]{0,40}\b(?:tight|short|limited|low)\b|\b(?:tight|short|limited|low)\b[^.]{0,20}\bcash\b/i.test(u.text) ? 'cash being tight' : 'where you stand'}.`;
  }
  if (EXPOSURE.test(u.text) && !/\b(?:more work|future|next|ongoing|regular|long[- ]term)\b/i.test(u.text)) return 'Thank you for thinking of me for this.';
  return 'It is good to hear there could be more work after this.';
}

const feeStands: Strategy = (u, k) => {
  const P = k.price;
  const price = P ? k.money(P.amount) : k.priceText();
  const position: string[] = [];
  if (EQUITY.test(u.text)) {
    position.push(`I work for a fee, though, not for a future share: the ${price} pays for the weeks this takes.`);
    position.push('If you would like me to have a stake as well, I am open to a small one on top of the fee, as a bonus.');
  } else if (EXPOSURE.test(u.text) && !/\b(?:more work|future|next|ongoing|regular|long[- ]term)\b/i.test(u.text)) {
    position.push(`I price each project on its own, so this one is ${price}, because that is what the work takes; visibility is welcome, but it cannot replace the fee.`);
    // The terms that go with the fee, so the no comes with a way to say yes.
    const days = k.service?.turnaroundDays;
    position.push(`That covers ${k.serviceName()} with ${k.rounds()}, ${days ? `delivered within ${k.v(String(days))} working days of the go-ahead` : `ready by ${k.ph('delivery date')}`}, and I ask for ${P ? k.deposit(P.amount) : k.deposit()} before I start.`);
  } else {
    position.push(`I price each project on its own, so this one stays at ${price}, because that is what the work itself takes.`);
    position.push('When further work is actually booked, I am glad to talk about a rate for the volume you book.');
  }
  return {
    id: 'fee-for-this-job',
    title: 'Keep the fee for this job',
    total: P?.amount,
    ack: promiseAck(u, k),
    position,
    covers: ['future_promise'],
    stance: { payment: 'deposit', nda: 'anonymised', rush: 'standard' },
    why: [
      ['no_discount_for_promises', 'A promise of later value is not a bonus of this job, so it does not lower this price.'],
      ['concession_for_concession', 'Anything extra is on top of the fee, or tied to work actually booked.'],
    ],
    close: 'Shall I send you a full quote on that basis?',
  };
};

const cashFlowStages: Strategy = (u, k) => {
  const P = k.price;
  if (!P || !EQUITY.test(u.text)) return null;
  const stages = payStages(k, P.amount);
  if (!stages) return null;
  return {
    id: 'fee-in-stages-for-cash-flow',
    title: 'The fee, spread to ease cash flow',
    total: P.amount,
    ack: promiseAck(u, k),
    position: [
      `To help with cash flow, we can spread the ${k.money(P.amount)} fee over the project instead: ${stages.text}.`,
      'Each stage is paid as it starts, so you never pay far ahead of the work.',
    ],
    covers: ['future_promise', 'payment_terms'],
    stance: { payment: 'stages', nda: 'anonymised', rush: 'standard' },
    why: [
      ['no_discount_for_promises', 'The fee stays; only its timing bends.'],
      ['phased_payment', 'Paid stages ease cash flow without working for a promise.'],
    ],
    close: 'Would spreading the fee like this work for you?',
  };
};

const smallerNow: Strategy = (u, k) => {
  const P = k.price;
  const v = k.smaller[k.smaller.length - 1];
  if (!P || !v || !EQUITY.test(u.text)) return null;
  return {
    id: 'smaller-version-now',
    title: 'A smaller version now, the rest later',
    total: v.price,
    ack: promiseAck(u, k),
    position: [
      `If cash is the issue, we could start with ${k.v(v.name)} for ${k.money(v.price)} now, which includes everything needed to use it on its own, and build the rest once your funding is in.`,
      'You get something live now, and nobody works for a promise.',
    ],
    covers: ['future_promise'],
    stance: { payment: 'deposit', nda: 'anonymised', rush: 'standard' },
    why: [
      ['offer_alternative', `A smaller paid scope (${v.name}) instead of unpaid work.`],
      ['no_discount_for_promises', 'Nothing is discounted against future value.'],
    ],
    close: `Would starting with ${k.v(v.name)} work for you?`,
  };
};

const bookedVolume: Strategy = (u, k) => {
  const P = k.price;
  // A volume rate is a trade for a lower price they asked for; offered to a client who asked for none, it gives money away.
  const pressed = u.has('discount_request') || u.has('price_objection') || u.has('budget_anchor');
  if (EQUITY.test(u.text) || EXPOSURE.test(u.text) || !P || !pressed) return null;
  return {
    id: 'rate-for-booked-volume',
    title: 'A volume rate for work booked now',
    total: P.amount,
    ack: promiseAck(u, k),
    position: [
      `If you book the next projects together with this one, I can take 10% off each of them once they are confirmed; this first one stays at ${k.money(P.amount)}.`,
      'That way the lower rate follows the work, not a promise of it.',
    ],
    covers: ['future_promise'],
    stance: { payment: 'deposit', nda: 'anonymised', rush: 'standard' },
    why: [['concession_for_concession', 'A discount only against volume that is actually booked.']],
    close: 'How many projects would you like to book together?',
  };
};

// ---- scope

function scopeNow(u: Understanding, k: Kit): string {
  const P = k.price;
  const agreed = u.deal.price && u.deal.price.source !== 'profile' ? 'agreed' : 'quoted';
  return P ? `what the ${agreed} price of ${k.money(P.amount)} covers` : `the scope we ${agreed}`;
}

/** The price of extra work as far as it is known (our words, the deal's extra rate or an hourly service), else nothing. */
function extraPrice(k: Kit): string | undefined {
  // A price we already named for extra work ("an extra round at $250") is the one to use.
  for (const w of k.u.deal.ourWords) {
    // ("additional rounds are $150 each", "$150 for each extra round" too.)
    const m = /\b(?:extra|additional|further|third|more)\s+(?:revision\s+)?rounds?\b[^.]{0,40}?([$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|£|kr|EUR|USD|GBP|SEK))/i.exec(w) ?? /([$€£]\s?\d[\d,.]*)\s+(?:per|for each|for every|each)\s+(?:extra|additional|further)\s+(?:revision\s+)?round\b/i.exec(w);
    if (m) return k.v(`${m[1]!.trim()} per extra round`);
  }
  const extra = k.u.deal.extraRate;
  if (extra && extra.unit === 'hour') return `${k.ph('hours')} hours at ${k.v(formatMoney(extra.amount, extra.currency))} per hour`;
  const hourly = k.u.profile.services.find((s) => s.unit === 'hour');
  if (hourly) return `${k.ph('hours')} hours at ${k.v(formatMoney(hourly.price, k.u.profile.currency))} per hour`;
  return undefined;
}

function extraEstimate(k: Kit): string {
  return extraPrice(k) ?? k.ph('price of the addition');
}

function scopeAck(u: Understanding): string {
  const own = restateRequest(evidenceSentence(u, 'scope_creep'));
  if (own && !/\b(?:host|insurance|confirm|call|meeting)\b/i.test(own)) return own.replace(/[.?!]*$/, '.');
  // Else the first sentence that asks for more: "We need the site in English and Welsh, plus a client login area."
  for (const s of u.text.split(/(?<=[.!?])\s+|\n+/).slice(0, 40)) {
    if (!/\b(?:add|also|plus|extra|another|include|more|new)\b/i.test(s)) continue;
    const r = restateRequest(s);
    if (r && r.length < 200) return r.replace(/[.?!]*$/, '.');
  }
  // "And the favour: … I need a business card and like 3 instagram post templates": the thing itself, from any clause.
  const sentence = evidenceSentence(u, 'scope_creep');
  for (const clause of sentence ? sentence.split(/[:;]\s*|,\s+(?:and\s+)?|\s+and\s+(?=(?:i|we)\b)/i) : []) {
    const thing = addedThing(clause.replace(/\blike\s+(?=\d|a |an |some )/gi, ''));
    if (thing) return `Thank you for thinking of me for ${thing.replace(/\s+(?:too|as well)$/i, '')} as well.`;
  }
  return `Thank you for the new ideas for the ${jobNoun(u) ?? 'project'}.`;
}

/** The added units in words: "a fourth article", "one more page", "the 3,500 extra words", "the three extra pages". */
export function addedWhat(a: Addition): string {
  const ordinal = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b/i.exec(a.evidence)?.[1];
  if (a.n === 1) return ordinal ? `a ${ordinal.toLowerCase()} ${a.noun}` : `one more ${a.noun}`;
  return `the ${a.n <= 10 ? numberWord(a.n) : formatCount(a.n)} extra ${a.noun}s`;
}

/**
 * The price of the added units in a sentence: "It is €280, my usual rate for an article", "They come to €420 (€0.12 per
 * word)", "They come to €650, pro rata from the €1,300 for the copy for six pages". Undefined when nothing prices them.
 */
export function additionPrice(u: Understanding, k: Kit, a: Addition): { text: string; amount: number; days?: number } | undefined {
  // Work already priced in another currency in the thread is not priced in the profile's.
  if (k.price && k.price.currency !== u.profile.currency) return undefined;
  const p = addedPrice(a, u.profile.services, k.service, u.text);
  if (!p) return undefined;
  const amount = p.line ? Math.round(p.each * a.n) : roundMoney(p.each * a.n);
  const money = k.money(amount, u.profile.currency);
  // What one unit covers, from the service's line items: "my usual rate for an article, €280: topic research and outline, …".
  const covers = p.service && p.service.lineItems.length >= 2 ? `: ${joinList(p.service.lineItems.map((i) => lowerFirst(i.name)))}` : '';
  const one = `an ${a.noun}`.replace(/^an ([^aeiou])/, 'a $1');
  let text: string;
  if (p.line) text = `${a.n === 1 ? 'It is' : 'They come to'} ${money}, pro rata from the ${k.money(p.line.price, u.profile.currency)} for ${k.v(`the ${lowerFirst(p.line.name)}`)}`;
  // ("It is my usual rate for an article, €280: topic research…": the figure, then what it covers.)
  else if (a.n === 1) text = covers ? `It is my usual rate for ${one}, ${money}${covers}` : `It is ${money}, my usual rate for ${one}`;
  else text = `They come to ${money} (${k.v(formatMoney(p.each, u.profile.currency))} per ${a.noun})`;
  return { text, amount, days: p.service?.turnaroundDays };
}

/**
 * When the addition can be ready: by the day they ask, from the service's usual turnaround; a per-word job has none,
 * so the freelancer checks the schedule instead of promising (u13c-10: 3,500 more words wanted by the same day).
 */
function additionWhen(u: Understanding, k: Kit, days: number | undefined, agreedDate: string | undefined): string {
  // The day they name for the addition itself, or for everything ("Still need all by 15.4."), not a date said for
  // something else in the same mail ("merge all of this into draft 3 by Friday").
  const a = u.addition;
  const said = u.requested ? sentenceAround(u.text, u.requested.index) : '';
  const forIt = u.requested && a && (said.includes(a.evidence) || /\b(?:(?:need|want|have|get|deliver|send)\s+(?:it\s+|them\s+)?(?:all|everything|both)|(?:all|everything|both)\s+(?:by|before|until|on)|together|along ?(?:side|with)|as well|with the (?:rest|others?))\b/i.test(said));
  const wanted = forIt ? u.requested!.iso : agreedDate;
  if (!wanted || wanted < u.today) return '';
  const together = wanted === agreedDate ? ', together with the rest' : '';
  if (days === undefined) return forIt || wanted === agreedDate ? `I will check my schedule today and confirm whether it can also be ready by ${k.day(wanted)}${together}.` : '';
  const ready = addWorkingDays(u.today, days);
  return ready <= wanted ? `It can be ready by ${k.day(wanted)}${together}.` : `At my usual pace it would be ready by ${k.day(ready)}, a little after ${k.day(wanted)}.`;
}

const paidAddition: Strategy = (u, k) => {
  const date = u.deal.date?.iso;
  const added = u.addition ? additionPrice(u, k, u.addition) : undefined;
  // On top of a price the thread agreed, the new total; a profile's list price is no agreed total to add to.
  const agreed = k.price && u.deal.price?.source !== 'profile' ? k.price.amount : undefined;
  const when = added ? additionWhen(u, k, added.days, date) : '';
  if (added && u.addition) {
    return {
      id: 'addition-as-paid-work',
      title: 'Price the addition',
      total: agreed !== undefined ? agreed + added.amount : added.amount,
      ack: `Happy to add ${addedWhat(u.addition)}.`,
      position: [
        `${added.text}${agreed !== undefined ? `, on top of the ${k.money(agreed)}, so ${k.money(agreed + added.amount)} in total` : ''}.`,
        // ("…ready by Wednesday 15 April, together with the rest" already says the agreed work keeps its date.)
        date && date !== u.requested?.iso && !when.includes(k.day(date)) ? `The agreed work stays on track for ${k.day(date)}.` : '',
        when,
        // When it is paid: with the rest, on the invoice they asked for or the final one.
        /\bsame invoice\b/i.test(u.text.slice(0, 6000)) ? 'It can go on the same invoice as the rest.' : 'I will add it to the final invoice.',
      ].filter(Boolean),
      covers: ['scope_creep'],
      stance: { payment: 'deposit', nda: 'anonymised', rush: 'standard' },
      why: [
        ['separate_fix_from_extra', 'Names the addition as paid work, at the price the profile sets for it.'],
        ['confirm_in_writing', 'The added units, the rate and the new total, in figures, to say yes to.'],
      ],
      close: 'Shall I go ahead and add it on that basis?',
    };
  }
  return {
    id: 'addition-as-paid-work',
    title: 'Quote the addition as paid work',
    total: k.price?.amount,
    ack: scopeAck(u),
    position: [
      `That goes beyond ${scopeNow(u, k)}, so I will quote it separately${/\[/.test(extraEstimate(k)) ? '' : `: ${extraEstimate(k)}`}.`,
      date ? `The agreed work stays on track for ${k.day(date)}.` : 'The agreed work stays on track as planned.',
    ],
    covers: ['scope_creep'],
    stance: { payment: 'deposit', nda: 'anonymised', rush: 'standard' },
    why: [
      ['separate_fix_from_extra', 'Names the request as new, paid work, outside what the price covers.'],
      ['set_priorities', 'The agreed work and its date are protected first.'],
    ],
    close: 'Shall I send you a short quote for the addition?',
  };
};

const swapInScope: Strategy = (u, k) => {
  const P = k.price;
  return {
    id: 'swap-within-price',
    title: 'Keep the price by swapping something out',
    total: P?.amount,
    ack: scopeAck(u),
    position: [
      `If the total needs to stay at ${P ? k.money(P.amount) : 'the agreed price'}, we can swap the addition for a part of the agreed scope that has not been started yet.`,
      'Otherwise it is extra work with its own price.',
    ],
    covers: ['scope_creep'],
    stance: { payment: 'deposit', nda: 'anonymised', rush: 'standard' },
    why: [
      ['concession_for_concession', 'Something new comes in only if something else goes out.'],
      ['offer_options', 'Swap within the price, or pay for the addition.'],
    ],
    close: 'Is there a part you would be happy to swap out?',
  };
};

const nextPhase: Strategy = (u, k) => {
  const date = u.deal.date?.iso;
  return {
    id: 'addition-as-next-phase',
    title: 'Do the addition as a second phase',
    total: k.price?.amount,
    ack: scopeAck(u),
    position: [
      `Let us finish ${scopeNow(u, k)}${date ? ` by ${k.day(date)}` : ''} as planned, and then do this as a second phase with its own price and date.`,
      'That keeps the current date safe and gives the addition the time it needs.',
    ],
    covers: ['scope_creep'],
    stance: { payment: 'deposit', nda: 'anonymised', rush: 'standard' },
    why: [
      ['separate_fix_from_extra', 'Keeps the addition apart from the agreed work and its price.'],
      ['offer_options', 'A clear path for the addition without blocking it.'],
    ],
    close: 'Shall I put together a quote for the second phase?',
  };
};

// ---- revisions

const ORDINAL = /\b(third|3rd|fourth|4th|fifth|5th|another|one more|yet another|extra)\s+(?:round|set of (?:changes|edits|revisions)|revision)/i;
const ORDINALS: Record<string, number> = { third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 };

/** Our own earlier words said the included rounds are used ("both revision rounds are now used"). */
const ROUNDS_USED = /\b(?:(?:both|all|the two|the three|the)\s+(?:of (?:the|your)\s+)?(?:included\s+)?(?:revision\s+|feedback\s+)?rounds\s+(?:are|have been)\s+(?:now\s+)?used|used (?:up )?(?:both|all|the two)\s+(?:included\s+)?(?:revision\s+)?rounds|no (?:revision )?rounds? (?:left|remaining)|rounds (?:were )?included,? (?:and |with )?(?:both|all|the two|the three) (?:are |have been )?(?:now )?used|(?:this|that) was (?:the|your) (?:last|final|second) (?:included )?round|(?:the )?(?:second|last|final|third) of the (?:two|three|2|3) (?:included )?(?:revision |feedback )?rounds)\b/i;
const NEW_DIRECTION = /\b(?:new|different|fresh|other) (?:directions?|concepts?|ideas|approach|options)\b|\bstart (?:over|again|from scratch)\b|\b(?:not|aren'?t|are not) (?:feeling|loving|sold on) it\b/i;

/** "I know we signed off on concept 2", "I know I signed them off last week": the stage was approved. */
const SIGNED_OFF = /\b(?:we|i|you)(?:'ve| have)? (?:already )?(?:signed (?:it |them |this |that )?off|approved)(?: on)? (?:it|them|this|that|the \w+|concept \d|v\d|version \d|draft \d)?\b/i;
/** …and now want it redone: "can we redo them?", "go back to the beginning and see new concepts". */
const REDO = /\b(?:redo|re-do|start (?:over|again)|go back to the (?:beginning|start|drawing board)|from scratch|new (?:concepts|designs|wireframes|directions?)|(?:a )?(?:completely )?different (?:direction|concept|approach))\b/i;

export function beyondRounds(u: Understanding): boolean {
  if (u.deal.ourWords.some((w) => ROUNDS_USED.test(w)) && (NEW_DIRECTION.test(u.text) || u.has('revision_request') || u.has('scope_creep'))) return true;
  // Redoing a stage the client signed off is new work, not a revision of it (u13c-01, u12a-02 got "within the rounds").
  if (SIGNED_OFF.test(u.text.slice(0, 6000)) && REDO.test(u.text.slice(0, 6000))) return true;
  const m = ORDINAL.exec(u.text);
  const included = u.deal.rounds?.n;
  if (!m || included === undefined) return false;
  const n = ORDINALS[m[1]!.toLowerCase()];
  return n !== undefined ? n > included : /another|one more|yet another|extra/i.test(m[1]!) && included <= 2 && /\b(?:again|already)\b/i.test(u.text);
}

/** A numbered or bulleted line. */
const BULLET = /^\s*(?:\d+[.)]|[-•*])\s+\S/;

export function listCount(text: string): number {
  return (text.match(new RegExp(BULLET.source, 'gm')) ?? []).length;
}

/** A listed point that asks for new work ("rework all six pages in a more playful tone") is no correction of ours. */
const REBRIEF = /\b(?:rework|rewrite|redo|redesign)\s+(?:all|every|the whole|everything)\b|\b(?:more|less) (?:playful|young|younger|formal|casual|modern|fun|serious)\b|\b(?:tone|style|direction) is (?:too|not)\b|\bnew (?:direction|tone|style)\b/i;

/** Bulleted or numbered lines of the client's newest words (not the quoted thread). */
export function listItems(text: string): string[] {
  const cut = text.search(/\nOn .{5,120} wrote:|\nFrom: /);
  return (cut > 0 ? text.slice(0, cut) : text).split('\n').filter((l) => BULLET.test(l));
}

/** A listed point that reports an error (a typo, a wrong figure, something missing or broken), not a wish. */
const ERROR_ITEM = /\b(?:typos?|misspel\w*|spelt|spelled|wrong(?:ly)?|incorrect|mistakes?|errors?|broken|missing|doesn'?t work|not working|isn'?t working|left out|should (?:say|be|read)\b[^.\n]{0,40}\b(?:not|instead)|instead of|says? ["“'][^"”']{2,60}["”']|(?:was|is|it'?s|which was) in the brief|(?:is|are) still (?:in|there)|not (?:what|as) (?:we|i) (?:agreed|asked|briefed))\b/i;

/**
 * A point that is their change of mind, however it is worded ("Sandra wants the hero in dark navy instead of the
 * sand/white we approved"): "instead of" there names what they chose, not an error of ours (u18a-03 owned it as one).
 */
export const CHANGE_OF_MIND = /\b(?:(?:we|you|i|they|she|he) (?:had |have |already )?(?:approved|signed off|chose|picked|agreed on)|(?:she|he|they|we|i) (?:now |really |would )?wants?|(?:would|'d) (?:like|prefer|rather)|change (?:of )?direction|changed (?:our|my|her|his|their) minds?)\b/i;

/** A listed point that asks for more than was agreed: another page, a migration, a new section. */
// ("we need a gallery page … How much is this?", "a monthly plan … send me the details": a price asked is new work too.)
const NEW_WORK_ITEM = /\b(?:(?:one|a|another|new|extra|\d+) (?:more )?(?:pages?|sections?|languages?|versions?)|pages? more|migrat\w*|add (?:a|an|another|new)|import (?:all|the)|(?:also|additionally) (?:need|want)|how much|what (?:would|will|does) (?:it|that|this) cost|(?:we|i) need (?:a|an|another|new)|monthly plan|send (?:me|us) the details)\b/i;

/**
 * Of a list of points, the corrections of ours, the changes and the new work. An error of ours told in the prose
 * around a list of wishes ("Three zeroes, gone. While we are at it: …") counts as the one correction.
 */
function splitList(u: Understanding): { errors: number; changes: number; added: number; outside: boolean } {
  const items = listItems(u.text).filter((l) => !REBRIEF.test(l));
  const error = (l: string) => ERROR_ITEM.test(l) && !CHANGE_OF_MIND.test(l);
  const errors = items.filter(error).length;
  const added = items.filter((l) => !error(l) && NEW_WORK_ITEM.test(l)).length;
  const outside = Boolean(u.defect) && items.length >= 2 && errors === 0;
  return { errors: outside ? 1 : errors, changes: items.length - errors - added, added, outside };
}

/** The listed points that are changes or new work rather than errors, said as such, so the free fix does not swallow them. */
export function changesLine(u: Understanding, k: Kit): string | undefined {
  const { errors, changes, added, outside } = splitList(u);
  if (!errors || !(changes + added)) return undefined;
  const other = outside ? 'The points in your list' : 'The other points';
  const parts: string[] = [];
  if (changes) {
    const extra = beyondRounds(u) ? extraPrice(k) : undefined;
    parts.push(beyondRounds(u)
      ? `${changes === 1 ? 'the change' : 'the changes'} would go into a further, paid round, as the included rounds are used${extra ? ` (${extra})` : `, and I will quote ${changes === 1 ? 'it' : 'them'} separately with a date`}`
      : `I will make ${changes === 1 ? 'the change' : 'the changes'} as part of your included revision rounds`);
  }
  if (added) parts.push(`${added === 1 ? 'the new piece of work is' : 'the new pieces of work are'} outside the agreed scope, so I will quote ${added === 1 ? 'it' : 'them'} separately`);
  return `${other} are ${added && !changes ? 'new work' : 'changes'} rather than corrections: ${parts.join('; and ')}.`;
}

/** What we own: the error said back, the errors of a mixed list, or plainly "my mistake". */
function ownedLine(u: Understanding): string {
  const f = failure(u);
  const mixed = splitList(u);
  // A question, a proposal or a joke is not the failure to say back: "maybe you just call it 800 and you're even?;)".
  const said = f && OWNED_ERROR.test(f) && !/\bnow\b|\btoday\b/i.test(f) && !/[?;]|\b(?:maybe|perhaps|how about|why not|just call it)\b/i.test(f);
  if (said && (listCount(u.text) < 2 || mixed.outside)) return `You are right: ${f}, and that is my mistake, for which I am sorry.`;
  if (mixed.outside) return 'You are right about the error, and I am sorry for it.';
  if (mixed.errors && mixed.changes + mixed.added) return `You are right about the ${mixed.errors >= 2 ? 'errors' : 'error'} in your list, and I am sorry for ${mixed.errors >= 2 ? 'those' : 'it'}.`;
  return `You are right, ${listCount(u.text) >= 2 ? 'those are my mistakes' : 'that is my mistake'}, and I am sorry.`;
}

function fixWhat(u: Understanding): string {
  const items = listItems(u.text);
  const mixed = splitList(u);
  if (mixed.outside) return 'it';
  if (mixed.errors && mixed.changes + mixed.added) return mixed.errors >= 2 ? `the ${numberWord(mixed.errors)} errors in your list` : 'the error in your list';
  const fixes = items.filter((l) => !REBRIEF.test(l)).length;
  if (items.length >= 2 && fixes < items.length) return fixes >= 2 ? `the ${numberWord(fixes)} errors you listed` : 'the error you listed';
  const n = listCount(u.text);
  if (n >= 2) return `all ${numberWord(n)} points you listed`;
  return 'it';
}

/** The listed points that are a new brief, said as such, so the free fix does not swallow them. */
export function rebriefLine(u: Understanding, k: Kit): string | undefined {
  if (!listItems(u.text).some((l) => REBRIEF.test(l))) return undefined;
  return `The change of tone and direction is a new brief rather than a correction, so I will quote it separately (${extraEstimate(k)}), with its own date.`;
}

function fixDate(u: Understanding, k: Kit): string {
  // "Corrected files by end of day tomorrow … launch is Monday": a fix is due by the earliest date they name.
  // "End of day tomorrow" is tomorrow: the "end of day" part alone reads as today.
  const named = u.dates.filter((d) => d.role === 'requested' && d.iso >= u.today);
  const real = named.filter((d) => !/^(?:(?:the )?end of (?:the )?day|eod|cob|close of business)$/i.test(d.text.trim()) || !named.some((o) => o !== d && Math.abs(o.index - d.index) < 25));
  // "I need it fixed today": an error of ours that stops their business is fixed today.
  if (u.defect && /\b(?:fixed|sorted|done|back up|working) (?:by )?(?:today|tonight|asap|right away|immediately)\b|\b(?:today|asap),? obviously\b|\b(?:repair|fix|sort|correct)\w*\b[^.?!]{0,20}\b(?:quickly|asap|urgently|right away|immediately|today)\b/i.test(u.text)) return 'today';
  const earliest = u.defect ? real.map((d) => d.iso).sort()[0] : undefined;
  const wanted = earliest ?? u.requested?.iso;
  const next = addWorkingDays(u.today, 1);
  // Our own error is put right at once, well ahead of the date their printer or launch needs it by.
  if (u.defect && wanted && wanted > next) {
    // The day may already name their event ("Wednesday 9 December (ahead of your release on Friday 11 December)").
    const day = k.day(next);
    return /\(ahead of your\b/.test(day) ? `by ${day}` : `by ${day}, well ahead of ${k.day(wanted)}`;
  }
  if (wanted) return `by ${k.day(wanted)}`;
  // "I'll take a photo of one in daylight tomorrow and send it over": the change waits for what they send (u13a-01 had
  // promised the revision on the day the photo arrives).
  const sending = /\b(?:i|we)(?:'ll| will| am going to| are going to)\s+(?:\w+\s+){0,8}?(?:send|forward|share|upload|email|take)\s+(?:you\s+|it\s+|them\s+)?(?:over\s+)?(?:a|an|the|my|our|some)?\s*([a-z]+)?/i.exec(u.text.slice(0, 6000));
  const material = sending ? u.dates.find((d) => d.iso >= u.today && Math.abs(d.index - sending.index) < 120) : undefined;
  if (material) {
    const thing = sending?.[1] && !/^(?:it|them|over|you|back|this|that|tomorrow|today)$/i.test(sending[1]) ? sending[1].toLowerCase() : 'material';
    return `by ${k.day(addWorkingDays(material.iso, 2))}, two working days after your ${thing} arrives`;
  }
  return `by ${k.day(next)}`;
}

/** A paid further round by their date when two working days remain, else the earliest honest date. */
function paidRoundDate(u: Understanding, k: Kit): string {
  const earliest = addWorkingDays(u.today, 2);
  const wanted = u.requested?.iso;
  return wanted && wanted >= earliest ? `by ${k.day(wanted)}` : `by ${k.day(earliest)} at the earliest`;
}

function revisionAck(u: Understanding): string {
  if (u.defect) return `Thank you for flagging ${listCount(u.text) >= 2 ? 'these' : 'this'}.`;
  return `Thank you for your notes${notesOn(u)}.`;
}

/** The job in a few words: "the logo" for "Logo and brand identity", "the website design" for "Website design and build". */
function jobNoun(u: Understanding): string | undefined {
  const name = u.deal.service?.unit === 'project' ? u.deal.service.name.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+and\s.*$/i, '') : undefined;
  if (!name) return undefined;
  // A platform or a language keeps its capital: "the Shopify store build", "the WordPress site", "the German translation".
  const first = name.split(/\s/)[0]!;
  return /^\p{Lu}\p{Ll}*\p{Lu}|^(?:Shopify|Webflow|Squarespace|Wix|Framer|Figma|Shopware|Magento|Drupal|Joomla|Ghost|Notion|Canva|English|German|French|Spanish|Italian|Swedish|Polish|Russian|Dutch|Portuguese|Japanese|Chinese|Arabic|Hebrew)$/u.test(first) ? name : `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}

/**
 * What the notes are about, for a specific thank-you: the piece they name ("your notes on the second draft", "on the
 * homepage"), else the job. Bounded: one regular test on the first 2,000 characters.
 */
function notesOn(u: Understanding): string {
  const m = /\b(?:on|about|for|to|with|of|in|at)\s+(?:the|your)\s+((?:first|second|third|new|latest|revised|updated|last)\s+)?(drafts?|concepts?|designs?|version|mock-?ups?|translation|homepage|home page|logo|articles?|layout|wireframes?|batch|proofs?|landing page|about page|product pages?|sitemap|visuals?|brochure|newsletter|email sequence|website|site)\b/i.exec(u.text.slice(0, 2000));
  if (m) return ` on the ${`${m[1] ?? ''}${m[2]!}`.toLowerCase()}`;
  const job = jobNoun(u);
  return job ? ` on the ${job}` : '';
}

/** A breakage nobody has traced yet ("checkout is broken since Friday"): looked into first, owned once the cause is ours. */
// "site is down", not "I've taken the post down".
const UNTRACED = /\b(?:broken|not working|isn'?t working|doesn'?t work|does not work|(?:site|page|server|store|shop|app|it|everything|website)(?:'s| is| went| has gone| has been| was)? down|crash\w*|error (?:page|message)|outage|stopped working)\b/i;
const TRACED = /\b(?:since (?:your|you)|your (?:update|change|changes|fix|code|file|files|design|copy|text|translation)|you (?:broke|changed|forgot|missed|left out|used)|in your (?:file|files|design|copy|text|translation|version|draft)|(?:is|are|says?) [^.?!]{0,40}\binstead of\b|(?:it'?s|it is|was) (?:on|in) (?:page \d+ of )?(?:the|our) (?:brief|guide)|in the brief|we (?:told|asked) you|(?:brief|spec\w*|guide|glossary) (?:i|we) (?:sent|gave|shared)|says? ["“][^"”]{3,120}["”])/i;

/** Something broke and nobody has traced it to our work yet. */
export function untraced(u: Understanding): boolean {
  return !TRACED.test(u.text) && UNTRACED.test(u.text);
}

const investigate: Strategy = (u, k) => {
  if (!u.defect || !untraced(u)) return null;
  return {
    id: 'investigate-now',
    title: 'Look into it now, own what is ours',
    ack: 'Thank you for telling me straight away; I know how much this matters.',
    position: [
      `I am looking into it now and will come back to you ${fixDate(u, k)} with what is causing it and how I will fix it.`,
      'If the cause is in my work, the fix is on me, at no cost.',
      'To speed things up: when did you first notice it, and does it happen every time or only sometimes?',
    ],
    covers: ['revision_request', 'complaint', 'rush_deadline'],
    stance: { rush: 'fits', nda: 'anonymised', payment: 'deposit' },
    why: [
      ['stay_calm', 'Acts at once without admitting a cause nobody has found yet.'],
      ['separate_fix_from_extra', 'A defect of ours is fixed free, once it is traced.'],
    ],
    close: 'Could you send me a screenshot of what you see?',
  };
};

const ownAndFix: Strategy = (u, k) => {
  if (!u.defect) return null;
  // An untraced breakage is investigated before anything is owned.
  if (untraced(u)) return null;
  return {
    id: 'own-and-fix',
    title: 'Own the mistake and fix it free',
    ack: revisionAck(u),
    position: [
      // Only an error said back is owned; a preference or a wish is not "my mistake".
      ownedLine(u),
      `I will correct ${fixWhat(u)} at no cost and send you the corrected version ${fixDate(u, k)}.`,
      changesLine(u, k) ?? '',
      rebriefLine(u, k) ?? '',
    ].filter(Boolean),
    covers: ['revision_request', 'complaint', 'rush_deadline'],
    stance: { rush: 'fits', nda: 'anonymised', payment: 'deposit' },
    why: [
      ['admit_mistakes', 'Owns the error plainly: the relationship matters more than being right.'],
      ['separate_fix_from_extra', 'A defect of ours is fixed for free.'],
    ],
    close: 'Is there anything else you would like me to check while I am at it?',
  };
};

/**
 * Changes that are new work, whatever the word "change" says: new topics, a new angle or brief, more pages or features,
 * longer texts. The included rounds are for correcting the agreed work, so no card puts these inside them.
 */
const NEW_WORK = /\b(?:swap (?:the |their )?topics?|(?:new|different) (?:topics?|brief|angle|keywords?|audience|positioning|direction)|completely (?:different|new)|(?:rework|rewrite|redo|change|swap)\w*\b[^.?!\n]{0,40}\b(?:completely|from scratch|entirely|around (?:a |the )?(?:new|different|\p{L}+ (?:for|of)))|start (?:over|again|from scratch)|(?:add|adding|also want|also need|want to add|need to add|would like to add|wants? (?:a|an)|plus)\b[^.?!\n]{0,40}\b(?:pages?|features?|login|checkout|subscriptions?|wholesale|booking|shop|store|blog|integration|newsletter|language|members?(?: area)?)\b|\d[\d,.]*\s?(?:k\s)?words? (?:rather than|instead of)|longer (?:articles?|pages?|texts?|posts?))/iu;

export function newWorkAsked(u: Understanding): boolean {
  return NEW_WORK.test(u.text.slice(0, 6000));
}

const withinRounds: Strategy = (u, k) => {
  // Our own errors are fixed free, not counted against the rounds; new work is never put inside them.
  if (beyondRounds(u) || u.defect || newWorkAsked(u)) return null;
  return {
    id: 'changes-within-rounds',
    title: 'Make the changes within the included rounds',
    ack: revisionAck(u),
    position: [
      `I will make ${listCount(u.text) >= 2 ? 'these changes' : 'this change'} as part of the ${k.rounds()} included and send you the revised version ${fixDate(u, k)}.`,
      'If anything turns out to change the brief itself rather than correct the result, I will flag it and price it before doing it.',
    ],
    covers: ['revision_request', 'rush_deadline'],
    stance: { rush: 'fits', nda: 'anonymised', payment: 'deposit' },
    why: [['separate_fix_from_extra', 'Uses the included rounds and flags anything that is new work.']],
    close: 'Is there anything else you would like in this round before I start?',
  };
};

/** The stage they signed off and now want redone, priced from the line item that names it ("Three logo concepts", $900). */
function redoneStage(u: Understanding, k: Kit): { name: string; price?: number } | undefined {
  const t = u.text.slice(0, 6000);
  if (!(SIGNED_OFF.test(t) && REDO.test(t))) return undefined;
  const noun = /\b(concepts?|wireframes?|designs?|drafts?|mock-?ups?|layouts?|sketches|outlines?)\b/i.exec(t)?.[1]?.toLowerCase().replace(/s$/, '');
  // The job's own line first; with no job named, the one line in the profile that names the stage.
  // ("Three logo concepts", not "Refinement of the chosen concept": new concepts are the plural stage.)
  const all = (k.service ? [k.service] : u.profile.services).flatMap((x) => x.lineItems);
  const plural = all.filter((i) => noun && new RegExp(`\\b${noun}s\\b`, 'i').test(i.name));
  const lines = plural.length ? plural : all.filter((i) => noun && new RegExp(`\\b${noun}`, 'i').test(i.name));
  const line = lines.length === 1 ? lines[0] : undefined;
  return { name: noun ? `new ${noun}s` : 'a new start', price: line?.price };
}

const paidRound: Strategy = (u, k) => {
  // Fixing our own error is never a paid round, however many rounds are used.
  if (!beyondRounds(u) || u.defect) return null;
  // A signed-off stage done again is priced as that stage, not as a round past the included ones (they may not be used).
  const redo = redoneStage(u, k);
  if (redo) {
    return {
      id: 'extra-round-paid',
      title: 'Redo the signed-off stage as new work',
      ack: revisionAck(u),
      position: [
        `Since that stage was signed off, ${redo.name} are new work rather than a revision${redo.price !== undefined ? `: ${k.money(redo.price)}, the price of that stage in my quote` : `, so I will quote them before I start`}.`,
        u.requested ? `I am glad to do it, and once you confirm I can plan it around ${k.day(u.requested.iso)}.` : 'I am glad to do it, and I will give you a new date as soon as you confirm.',
        ...(redo.price !== undefined ? ['I would add it to the final invoice.'] : []),
      ],
      covers: ['revision_request', 'rush_deadline'],
      stance: { rush: 'fits', nda: 'anonymised', payment: 'deposit' },
      why: [['separate_fix_from_extra', 'Work on a stage already signed off is new work, priced as that stage.']],
      close: redo.price !== undefined ? `Shall I go ahead with ${redo.name} on that basis?` : `Shall I send you the price for ${redo.name}?`,
    };
  }
  return {
    id: 'extra-round-paid',
    title: 'A further round as paid work',
    ack: revisionAck(u),
    position: [
      `The ${k.rounds()} included in the price are used, so a further round is extra work: ${extraEstimate(k)}.`,
      u.requested ? `I am glad to do it, and once you confirm I can send the revised version ${paidRoundDate(u, k)}.` : 'I am glad to do it, and I will send the revised version as soon as you confirm.',
    ],
    covers: ['revision_request', 'rush_deadline'],
    stance: { rush: 'fits', nda: 'anonymised', payment: 'deposit' },
    why: [['separate_fix_from_extra', 'Changes beyond the included rounds are paid work.']],
    close: extraEstimate(k).includes('[') ? 'Shall I send you the price for the extra round before I start?' : 'Shall I go ahead with the extra round on that basis?',
  };
};

const clarifyChanges: Strategy = (u) => u.defect ? null : ({
  id: 'clarify-changes',
  title: 'Ask exactly what to change, then do it',
  ack: revisionAck(u),
  position: [
    'To get the changes right the first time, it helps to know what you would like instead, not only what does not work; an example you like is ideal.',
    `Anything that does not match what we agreed, I fix at no cost.`,
  ],
  covers: ['revision_request', 'rush_deadline'],
  stance: { rush: 'fits', nda: 'anonymised', payment: 'deposit' },
  why: [
    ['clarify_the_complaint', 'Asks what exactly should change and why before changing anything.'],
    ['separate_fix_from_extra', 'A defect is fixed free; a changed brief is priced.'],
  ],
  close: 'Could you mark the parts you most want changed, with a word on what you would like instead?',
});

/** "Could you do a Christmas version of the banner?" after a delivered job: the small thing asked for, as its own small job. */
const FOLLOW_UP = /\b(?:could|can|would) (?:you|u) (?:also |please |maybe )?(?:do|make|create|design|write|add|translate|build|set up|update|put together|produce)\s+((?:a|an|the|some|our|my|us a|us an)\b[^?.!]{3,80}?)(?=\s*(?:[?.!,]|$|\s+(?:too|as well|for (?:us|me)|before|by|next)\b))/i;

export function followUpAsk(u: Understanding): string | undefined {
  return FOLLOW_UP.exec(u.text)?.[1]?.trim();
}

const followUpJob: Strategy = (u, k) => {
  if (u.situation.stage !== 'delivered') return null;
  const what = followUpAsk(u);
  if (!what) return null;
  const paid = /\b(?:paid|payment (?:sent|made|done|went through)|transferred)\b/i.test(u.text);
  const days = k.u.deal.service?.turnaroundDays;
  return {
    id: 'follow-up-job',
    title: 'Quote the small follow-up job',
    ack: `Thank you${paid ? ' for the payment' : ''}, and I am glad it is working well for you.`,
    position: [
      `Yes, I can do ${k.v(swapPersons(what))}: ${extraEstimate(k)}, as a small job of its own.`,
      u.requested ? `I can have it ready by ${k.day(u.requested.iso)}.` : `I can have it ready within ${k.ph(days && days <= 5 ? `${days} working days` : 'a few working days')} of your go-ahead.`,
    ],
    covers: ['price_question', 'scope_creep', 'rush_deadline'],
    stance: { payment: 'deposit', nda: 'anonymised', rush: 'fits' },
    why: [
      ['separate_fix_from_extra', 'New work after delivery is its own small job with its own price.'],
      ['name_your_price', 'Names the price before starting.'],
    ],
    close: 'Shall I go ahead?',
  };
};

// ---- rounds without end, and a retainer

const UNLIMITED = /\b(?:unlimited|endless|as many (?:revisions|changes|rounds) as|until (?:we'?re|we are|i'?m|i am) (?:happy|satisfied))\b/i;

export function unlimitedAsked(u: Understanding): boolean {
  return UNLIMITED.test(u.text) && /\b(?:revisions?|changes|rounds?|edits|amends|corrections)\b/i.test(u.text);
}

const roundsHold: Strategy = (u, k) => {
  if (!unlimitedAsked(u)) return null;
  return {
    id: 'rounds-with-an-end',
    title: 'Keep rounds with an end, and say why',
    total: k.price?.amount,
    ack: 'I understand: you want to be sure you will be happy with the result.',
    position: [
      `Unlimited revisions are not something I offer, because a project without an end point cannot have a fixed price. The price includes ${k.rounds()}, and in practice that is plenty when we agree the brief well at the start.`,
      'To make sure of that, I begin with a short briefing call and show you the direction early, before the full draft.',
    ],
    covers: ['scope_creep'],
    stance: { rush: 'standard', nda: 'anonymised', payment: 'deposit' },
    why: [
      ['set_boundaries', 'Keeps a fixed number of rounds and explains why, calmly.'],
      ['offer_alternative', 'Offers an early check instead of open-ended changes.'],
    ],
    close: 'Would that give you the confidence to go ahead?',
  };
};

const roundsExtraPaid: Strategy = (u, k) => {
  if (!unlimitedAsked(u)) return null;
  return {
    id: 'extra-round-on-offer',
    title: 'Offer a further round at a set price',
    total: k.price?.amount,
    ack: 'I understand: you want to be sure you will be happy with the result.',
    position: [
      `Rather than unlimited revisions, I can add a further round whenever you need one, at ${extraEstimate(k)}, so you decide if and when it is worth it.`,
      `The price still includes ${k.rounds()}.`,
    ],
    covers: ['scope_creep'],
    stance: { rush: 'standard', nda: 'anonymised', payment: 'deposit' },
    why: [['concession_for_concession', 'More rounds are available, each for a set price.']],
    close: 'Would that work for you?',
  };
};

const RETAINER = /\bretainer\b|\b(\d{1,3})\s*(?:hours?|hrs?|h)\s*(?:a|per|\/|each)\s*month\b/i;

/** "10 hours a month for £500" against our hourly rate: the retainer at our rate, a little less for a firm term. */
const retainerCounter: Strategy = (u, k) => {
  const m = RETAINER.exec(u.text);
  const hourly = u.profile.services.find((s) => s.unit === 'hour');
  if (!m || !hourly) return null;
  const hours = Number(/\b(\d{1,3})\s*(?:hours?|hrs?|h)\b/i.exec(u.text)?.[1] ?? NaN);
  if (!(hours > 0)) return null;
  const full = roundMoney(hours * hourly.price);
  // About 8 % off for the commitment, in round tens.
  const committed = Math.round((full * 0.92) / 10) * 10;
  const offer = u.amounts.find((a) => a.role !== 'our_price' && a.value < full && a.value > full / 4);
  return {
    id: 'retainer-at-rate',
    title: 'A retainer at my rate, a little less for a firm term',
    total: full,
    ack: 'Thank you, I would be glad to keep looking after it.',
    position: [
      `At my rate of ${k.money(hourly.price, u.profile.currency)} an hour, ${k.v(String(hours))} hours a month comes to ${k.money(full, u.profile.currency)}${offer ? `, rather than ${k.money(offer.value, offer.currency ?? u.profile.currency)}` : ''}.`,
      `For a commitment of at least six months, I can make it ${k.money(committed, u.profile.currency)} a month, invoiced at the start of each month; unused hours do not carry over.`,
      /\bon[- ]call|urgent|emergenc/i.test(u.text) ? `Urgent fixes come first within my working hours (${k.hours()}); I am not on call outside them.` : '',
    ].filter(Boolean),
    covers: ['budget_anchor', 'price_objection', 'discount_request', 'boundary_push', 'future_promise'],
    stance: { rush: 'standard', nda: 'anonymised', payment: 'deposit' },
    why: [
      ['concession_for_concession', 'A lower monthly figure only for a firm six-month term.'],
      ['set_boundaries', 'Urgent work is prioritised within working hours, not around the clock.'],
    ],
    close: 'Would six months at that rate work for you?',
  };
};

export function retainerAsked(u: Understanding): boolean {
  return RETAINER.test(u.text) && u.profile.services.some((s) => s.unit === 'hour');
}

/**
 * A new audience, message or direction for work under way ("they don't want to target HR managers anymore, it's now
 * CFOs", "new positioning deck attached"): a new brief, not a revision round and not our error.
 */
const NEW_BRIEF = /\b(?:(?:don'?t|do not|no longer) (?:want to )?(?:target|aim at|speak to|focus on)\b[^.?!\n]{0,60}\b(?:any ?more|now|instead)|new (?:positioning|audience|target (?:group|audience)|brand strategy|strategy|brief|direction for the (?:whole|entire))\b|(?:whole|entire) (?:angle|positioning|message|concept|direction) (?:is|has) (?:now|changed)|(?:changed|changing|shifted|switched) (?:our|the) (?:whole )?(?:positioning|target audience|audience|strategy|brand)|(?:we'?re|we are|they'?re|they are) (?:pivoting|rebranding)|(?:return|go|going|get) (?:back )?to the discovery (?:phase|stage)|back to (?:the )?discovery|(?:start|begin) (?:again |over )?from (?:scratch|discovery|the beginning)|(?:the firm'?s|our|a) repositioning|new (?:visual )?direction and (?:new )?(?:wireframes|sitemap))/i;

function newBriefFor(u: Understanding): boolean {
  return u.situation.underway && !u.defect && NEW_BRIEF.test(u.text);
}

const newBriefRework: Strategy = (u, k) => {
  if (!newBriefFor(u)) return null;
  // The date that matters is their launch ("we remain committed to the launch date"), not a call or a reply-by date.
  const launch = u.event?.iso ?? u.dates.find((d) => d.iso > u.today && /\b(?:launch|go[- ]?live|deadline|print)\b/i.test(u.text.slice(Math.max(0, d.index - 80), d.index + 20)))?.iso;
  // "can u redo by fri??" is the date for the rework; a call or a reply-by date is not.
  const r = u.requested;
  const wanted = !launch && r && !/\b(?:call|session|meeting|confirm\w*|reply|respond|answer|let (?:me|us) know)\b/i.test(u.text.slice(Math.max(0, r.index - 80), r.index + 30)) ? r.iso : undefined;
  const pages = /\b(\w+) pages? (?:rather than|instead of) (\w+)\b/i.exec(u.text);
  return {
    id: 'new-brief-rework',
    title: 'A new brief is new work',
    ack: 'Thank you for letting me know about the new direction.',
    position: [
      `A new positioning is a new brief rather than a revision round: the current work follows the brief we agreed, so redoing it for the new direction${pages ? ` (and ${k.v(pages[1]!.toLowerCase())} pages instead of ${k.v(pages[2]!.toLowerCase())})` : ''} is new work, and I will quote it from the parts it touches.`,
      launch ? `Starting again puts ${k.day(launch)} at risk; with the quote I will give you a realistic new date, and what it would take to keep yours.` : wanted ? `${k.day(wanted)} is very tight for a rework of that size; I will give you a price for that date, with the rush surcharge, and one at my normal pace.` : 'I will send you a price and a date for it today.',
      'The original work and its balance stay as agreed.',
    ],
    covers: ['revision_request', 'scope_creep', 'rush_deadline'],
    stance: { payment: 'deposit', rush: 'standard' },
    why: [
      ['separate_fix_from_extra', 'A new brief is new work: it does not use a revision round and is not fixed for free.'],
      ['set_priorities', 'The original agreement and its balance are kept apart from the new work.'],
    ],
    close: 'Shall I send you the price and dates for the rework?',
  };
};

/** A count the client writes: "10,900", "8.500", "600". */
const COUNT = String.raw`(\d{1,3}(?:[,.]\d{3})+|\d{2,6})`;
const countValue = (x: string) => Number(x.replace(/[,.]/g, ''));
const UNIT_WORD = String.raw`(?:\s*(words?|pages?|articles?|posts?|screens?|products?|images?|photos?))?`;
/** "10,900 now instead of 8,500", "went up from 8,500 to 10,900 words": the job grew in the units it is priced in. */
const GROWTH: Array<[RegExp, 'new-old' | 'old-new']> = [
  [new RegExp(`\\b${COUNT}${UNIT_WORD}(?:\\s+(?:now|in total|total))?,?\\s+(?:instead of|rather than|up from|compared to|vs\\.?)\\s+${COUNT}\\b`, 'i'), 'new-old'],
  [new RegExp(`\\b(?:went|gone|grew|grown|increased|rose|risen|is)\\s+(?:up\\s+)?from\\s+${COUNT}${UNIT_WORD}\\s+to\\s+${COUNT}\\b`, 'i'), 'old-new'],
];

/** The counts before and after, when the client says the job grew and it is priced per unit. Bounded: two regular tests. */
export function unitGrowth(u: Understanding): { before: number; after: number; unit?: string } | undefined {
  if (!u.deal.ourWords.length && !u.agreement) return undefined;
  const text = u.text.slice(0, 4000);
  for (const [re, order] of GROWTH) {
    const m = re.exec(text);
    if (!m) continue;
    const first = countValue(m[1]!);
    const second = countValue(m[3]!);
    const [after, before] = order === 'new-old' ? [first, second] : [second, first];
    // What was counted, read from the words around the two numbers ("2,000 words rather than 1,500").
    const around = text.slice(m.index, m.index + m[0].length + 20);
    const unit = /\bwords?\b/i.test(around) ? 'word' : /\bpages?\b/i.test(around) ? 'page' : /\b(?:articles?|posts?|items?|pieces?|blogs?)\b/i.test(around) ? 'item' : undefined;
    if (after > before && before > 0) return { before, after, ...(unit ? { unit } : {}) };
  }
  return undefined;
}

/**
 * "Word count went up a bit, 10,900 now instead of 8,500, same deadline": more units is more work at the agreed rate,
 * with the new total said once, the deposit paid counted, changes to finished parts priced from a marked-up file, and
 * the date checked rather than promised.
 */
const moreUnits: Strategy = (u, k) => {
  const g = unitGrowth(u);
  // The rate from the thread, or the per-unit service of ours the job is ("8,500 words at €0.12 = €1,020" is a total).
  const own = u.deal.service && u.deal.service.unit !== 'project' ? u.deal.service : u.profile.services.find((x) => x.unit === 'word' || x.unit === 'page');
  const r = k.rate ?? (own ? { amount: own.price, currency: u.profile.currency, unit: own.unit } : undefined);
  if (!g || !r || r.unit === 'hour' || r.unit === 'day' || r.unit === 'project') return null;
  // "2,000 words rather than 1,500" on articles priced per article is the length of each, not more articles: the count
  // must be of the unit the rate is for.
  if (g.unit && g.unit !== r.unit) return null;
  const noun = (n: number) => (r.unit === 'item' ? (n === 1 ? 'item' : 'items') : n === 1 ? r.unit : `${r.unit}s`);
  const extra = g.after - g.before;
  // (A total many times the agreed price is a misreading, not a bigger job.)
  if (u.deal.price?.unit === 'project' && extra * r.amount > 5 * u.deal.price.amount) return null;
  const cost = roundMoney(extra * r.amount);
  const agreed = u.deal.price?.unit === 'project' ? u.deal.price.amount : roundMoney(g.before * r.amount);
  const total = roundMoney(agreed + cost);
  const paid = u.situation.depositPaid && k.depositPercent !== undefined ? roundMoney((agreed * k.depositPercent) / 100) : undefined;
  const changed = /\b(?:revised|reworked|rewritten|updated|changed|changes|edits|überarbeitet|geändert)\b/i.test(u.text);
  const date = u.deal.date?.iso && u.deal.date.iso >= u.today ? u.deal.date.iso : undefined;
  return {
    id: 'more-units',
    title: 'More work at the agreed rate',
    total,
    ack: /\b(?:v\d|version \d|new version|updated version|new file)\b/i.test(u.text) ? 'Thank you for sending the new version.' : 'Thank you for letting me know.',
    position: [
      `At ${formatCount(g.after)} ${noun(g.after)} instead of ${formatCount(g.before)}, the extra ${formatCount(extra)} ${noun(extra)} come to ${k.money(cost)} at ${k.money(r.amount)} per ${noun(1)}, so the total becomes ${k.money(total)}${paid !== undefined ? `, or ${k.money(roundMoney(total - paid))} after the ${k.money(paid)} deposit you have paid` : ''}.`,
      ...(changed ? ['Changes to parts I have already done are extra work too: if you can send me the changes marked (tracked changes or a comparison file), I will price only what actually changed.'] : []),
      date ? `I will check my schedule and confirm by ${k.day(addWorkingDays(u.today, 1))} whether ${k.day(date)} still holds for the longer text, or propose the nearest date that does.` : `I will confirm the delivery date for the longer text by ${k.day(addWorkingDays(u.today, 1))}.`,
    ],
    covers: ['scope_creep', 'rush_deadline'],
    stance: { payment: 'deposit', rush: 'standard' },
    why: [
      ['separate_fix_from_extra', 'More units are more work at the agreed rate, said with the new total once.'],
      ['transparent_discount', 'The arithmetic is shown, so the new total is easy to accept.'],
    ],
    close: `Shall I go ahead on that basis, at ${k.money(total)} in total?`,
  };
};

/** "legal changed the german memo a bit, new version attached": the source text changed after we translated it. */
const SOURCE_CHANGED = /\b(?:changed|updated|revised|edited|amended|reworked)\b[^.?!\n]{0,40}\b(?:german|russian|french|spanish|italian|polish|dutch|swedish|source|original|memo|manual|document)\b|\b(?:new|updated|revised) version of the (?:source|original|german|russian|memo|manual|document)\b/i;

/** The units of our agreed job, from our own words ("3,200 words × EUR 0.12 = EUR 384"). */
function agreedUnits(u: Understanding, unit: string): number | undefined {
  const re = new RegExp(`\\b${COUNT}\\s*${unit}s?\\s*(?:×|x|at|@)`, 'i');
  for (const w of u.deal.ourWords) {
    const m = re.exec(w.slice(0, 4000));
    if (m) return countValue(m[1]!);
  }
  return undefined;
}

/**
 * A translation whose source changed after delivery: updating it is new work on the changed passages, not a revision
 * of ours; estimated from the share they name, confirmed after comparing, and a next-morning deadline is rush work.
 */
const sourceUpdate: Strategy = (u, k) => {
  const service = u.profile.services.find((x) => x.unit === 'word');
  if (!service || !u.situation.underway || u.defect || !u.deal.ourWords.length || !SOURCE_CHANGED.test(u.text) || unitGrowth(u)) return null;
  const rate = service.price;
  const units = agreedUnits(u, 'word');
  const pct = /\b(\d{1,2})\s?%\s*(?:different|changed|new|of it|more|has changed)\b/i.exec(u.text);
  const changed = units && pct ? Math.round((units * Number(pct[1])) / 100) : undefined;
  const cost = changed !== undefined ? roundMoney(changed * rate) : undefined;
  const wanted = u.requested?.iso;
  const rush = wanted && k.rushPercent !== undefined && wanted <= addWorkingDays(u.today, 1) ? k.rushPercent : undefined;
  const total = cost !== undefined ? roundMoney(cost * (1 + (rush ?? 0) / 100)) : undefined;
  const rateText = k.money(rate);
  return {
    id: 'source-update',
    title: 'A changed source is new work',
    ...(total !== undefined ? { total } : {}),
    ack: 'Thank you for the new version.',
    position: [
      `Updating the English for a changed source text is new work rather than a revision of my translation, so I price the passages that changed at ${rateText} per word.`,
      changed !== undefined && cost !== undefined
        ? `If about ${k.v(`${pct![1]}%`)} has changed, that is roughly ${formatCount(changed)} of the ${formatCount(units!)} words, about ${k.money(cost)}; I will confirm the exact figure once I have compared the two versions.`
        : 'I will compare the two versions and confirm the figure before I start.',
      ...(rush !== undefined && wanted ? [`For ${k.day(wanted)} at such short notice the ${k.v(formatPercent(rush))} rush rate applies${total !== undefined ? `, so about ${k.money(total)} in total` : ''}.`] : wanted ? [`I can have it back to you by ${k.day(wanted)}.`] : []),
    ],
    covers: ['revision_request', 'rush_deadline', 'scope_creep'],
    stance: { payment: 'deposit', rush: rush !== undefined ? 'paid' : 'standard', ...(wanted ? { date: wanted } : {}) },
    why: [
      ['separate_fix_from_extra', 'A changed source is new work on the changed passages, not a free revision of the translation.'],
      ['transparent_discount', 'The estimate shows its arithmetic and is confirmed before any work starts.'],
    ],
    close: total !== undefined ? `Shall I go ahead on that basis, at about ${k.money(total)}?` : 'Shall I go ahead on that basis?',
  };
};

/** Something of theirs broke, work nobody here built: "our plugin has stopped working since an update, could you take a look?" */
const BREAKAGE = /\b(?:(?:'s|s|has|have) been (?:down|broken|offline)|critical error|stopped working|(?:doesn'?t|does not|don'?t|won'?t) (?:send|work|load|open|show|submit|arrive)|(?:is|are|has been|went|seems?) (?:broken|down|not working)|not working|(?:aren'?t|are not|isn'?t|is not) (?:showing|coming|arriving|loading|sending|working)|crash\w*|white (?:page|screen)|error message)\b/i;
const LOOK = /\b(?:(?:take|have) a (?:quick |proper |fast )?look|look at it|look into|fix|sort (?:it|this) out|help)\b/i;

function emergencyAsked(u: Understanding): boolean {
  return (u.situation.stage === 'enquiry' || (u.situation.stage === 'quoted' && !u.deal.ourWords.length)) && !u.defect && BREAKAGE.test(u.text) && LOOK.test(u.text) && u.profile.services.some((s) => s.unit === 'hour');
}

/**
 * A new client's breakage: a first look on our terms — when (a weekend only at the rush rate), by the hour, and what a
 * support plan would and would not cover. Nothing owned, nothing promised free.
 */
const emergencyFix: Strategy = (u, k) => {
  if (!emergencyAsked(u)) return null;
  const hourly = u.profile.services.find((s) => s.unit === 'hour')!;
  const rate = k.v(formatMoney(hourly.price, u.profile.currency));
  const care = u.profile.services.find((s) => /maintenance|support|care|retainer/i.test(`${s.name} ${s.keywords.join(' ')}`) && s.unit !== 'hour');
  const day = new Date(`${u.today}T12:00:00Z`).getUTCDay();
  // (Read on a Monday, "sent Saturday" is past: a weekend look is only for a weekend still to come.)
  const weekend = ((day === 5 || day === 6 || day === 0) && /\b(?:weekend|saturday|sunday)\b/i.test(u.text)) || (day === 5 && /\btomorrow\b/i.test(u.text));
  const pct = k.rushPercent;
  const next = k.day(addWorkingDays(u.today, 1));
  const when = weekend && pct !== undefined
    ? `Weekends are normally my time off, but for something that stops your orders I can look at it on Saturday at my rush rate (${rate} per hour plus ${k.v(formatPercent(pct))}), or first thing on ${next} at the normal rate.`
    : `I can look at it on ${next}.`;
  const position = [
    when,
    `I work by the hour here, at ${rate} per hour: I will tell you what I find and how long the fix should take before I go further.`,
    ...(care ? [`My monthly support is ${k.v(formatMoney(care.price, u.profile.currency))} a month and covers updates and fixes from when it starts, so this first fix would be billed on its own.`] : []),
    'To start, I will need admin access to the site and a note of anything that changed just before it stopped working.',
  ];
  return {
    id: 'emergency-first-look',
    title: 'A first look, by the hour',
    ack: 'Sorry to hear it; that is stressful when customers are waiting.',
    position,
    covers: ['complaint', 'rush_deadline', 'price_question', 'revision_request', 'boundary_push'],
    stance: { rush: 'standard', payment: 'deposit', nda: 'anonymised' },
    why: [
      ['set_boundaries', 'Helps fast, on stated terms: hours, the rate, and what a plan covers.'],
      ['separate_fix_from_extra', 'A fix to work of others is paid work, never owned on sight.'],
    ],
    close: weekend ? `Shall I take a look on Saturday, or would ${next} suit you?` : `Shall I take a look on ${next}?`,
  };
};

export const WORK_STRATEGIES = {
  emergency: [emergencyFix] as Strategy[],
  newBrief: [newBriefRework] as Strategy[],
  moreUnits: [moreUnits, sourceUpdate] as Strategy[],
  investigate,
  rounds: [roundsHold, roundsExtraPaid] as Strategy[],
  retainer: [retainerCounter] as Strategy[],
  followUp: [followUpJob] as Strategy[],
  free: [favourJob, portfolioInstead, paidTrial] as Strategy[],
  promise: [feeStands, cashFlowStages, smallerNow, bookedVolume] as Strategy[],
  scope: [paidAddition, nextPhase, swapInScope] as Strategy[],
  revision: [investigate, ownAndFix, withinRounds, paidRound, clarifyChanges] as Strategy[],
};

export { evidenceSentence, additionWords, extraEstimate, trialOffer, EQUITY };
