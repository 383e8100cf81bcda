// Runs everywhere (Node, side panel): positions on money — quote, objection, discount, budget: hold with value, a smaller usable version, a proportionate trade, or the same price in paid stages.
import { isBelowFloor } from '../memory/floor';
import { floorFor } from './floor';
import type { Understanding } from '../understand';
import type { RoledAmount } from '../understand/roles';
import type { Card, Strategy } from './card';
import { formatMoney, formatPercent, formatPrice, joinList, lowerFirst, numberWord } from './format';
import { Kit, MAINTENANCE_COVERS, roundMoney, workingDaysBetween, addWorkingDays, formatCount, formatWeekday, unitPlural, type Why } from './kit';
import { payStages } from './stages';
import { paymentAsk } from './terms';

const BRANDS = ['DeepL', 'Google Translate', 'ChatGPT', 'Canva', 'Fiverr', 'Upwork', 'Wix', 'Squarespace', '99designs', 'AI'];

/** Who the cheaper offer comes from, in our words: "your nephew", "DeepL", "another studio". */
export function competitorName(u: Understanding, comp: RoledAmount | undefined): string | undefined {
  const text = u.text;
  // The sentence that names the cheaper figure says who offers it.
  const from = comp ? Math.max(0, text.lastIndexOf('\n', comp.index), ...['. ', '? ', '! '].map((p) => text.lastIndexOf(p, comp.index))) : 0;
  const window = comp ? text.slice(from, Math.min(text.length, comp.index + 80)) : text;
  // Brands as clients type them ("did his on squarespace"), said back as the brand spells itself.
  const brand = /\b(DeepL|Google Translate|ChatGPT|Canva|Fiverr|Upwork|Wix|Squarespace|99designs)\b/i.exec(window) ?? /\b(AI)\b/.exec(window);
  if (brand) return BRANDS.find((b) => b.toLowerCase() === brand[1]!.toLowerCase()) ?? brand[1];
  const kin = /\b(my|his|her|our|another|other|one|the other|some|a cheaper|a local|a|an)\s+((?:\w+\s)?(?:nephew|niece|cousin|son|daughter|friend|brother|sister|student|intern|agency|studio|designer|freelancer|developer|dev|writer|copywriter|translator|company|firm|guy|photographer|team|provider|supplier))\b/i.exec(window);
  if (kin) {
    const owner = kin[1]!.toLowerCase();
    const who = kin[2]!.toLowerCase();
    if (/^(?:my|our)$/.test(owner)) return `your ${who}`;
    // "a translation agency so far, who invoice at €0.08": the supplier they use now.
    if (/^an?$/.test(owner)) return /\b(?:so far|until now|currently|current|existing|at the moment)\b/i.test(window) ? `your current ${who.split(/\s/).pop()}` : `another ${who}`;
    if (/^(?:another|other|one|the other|some|a cheaper|a local)$/.test(owner)) return `another ${who.replace(/s$/, '')}`;
    return `the other ${who}`;
  }
  return comp ? 'the other offer' : undefined;
}

type CompetitorKind = 'amateur' | 'tool' | 'pro';
function competitorKind(name: string | undefined): CompetitorKind {
  if (!name) return 'pro';
  if (/nephew|niece|cousin|son|daughter|friend|brother|sister|student|intern/i.test(name)) return 'amateur';
  if (/DeepL|Google|ChatGPT|Canva|AI|Wix|Squarespace/.test(name)) return 'tool';
  return 'pro';
}

/** Why the cheaper option costs less, without running it down. */
function difference(u: Understanding, k: Kit, kind: CompetitorKind): string {
  const trade = tradeOf(u);
  if (kind === 'tool') {
    if (trade === 'translator') return 'A machine translation is a useful draft, but for creative text I would be rewriting most of it to get the tone and humour right in English, and that is translation work, not proofreading.';
    if (trade === 'copywriter') return 'A tool can produce text quickly; what you pay me for is copy built on your customers and your offer, checked line by line by a person.';
    return 'A tool gives you a quick start; what you pay me for is work made for your business alone, which nobody else can use.';
  }
  if (kind === 'amateur') return `The difference is experience and reliability: ${k.serviceName()} has to work everywhere you use it for years, delivered on a date you can plan around.`;
  return 'Quotes often differ in what they include, so it is worth comparing them line by line.';
}

function tradeOf(u: Understanding): 'designer' | 'copywriter' | 'developer' | 'translator' | 'other' {
  const names = u.profile.services.map((s) => `${s.name} ${s.keywords.join(' ')}`).join(' ').toLowerCase();
  if (/translat/.test(names)) return 'translator';
  if (/\bcopy|article|blog/.test(names)) return 'copywriter';
  if (/shopify|wordpress|develop|\bapi\b/.test(names)) return 'developer';
  if (/logo|brand|design/.test(names)) return 'designer';
  return 'other';
}

/** An amount the client named in our currency (or with none), so it can be compared with our price. */
function comparable(k: Kit, a: RoledAmount | undefined): a is RoledAmount {
  return Boolean(a && (a.currency === null || a.currency === k.currency));
}

function offerText(k: Kit, a: RoledAmount): string {
  return a.currency ? k.money(a.value, a.currency) : k.money(a.value);
}

// ---- acknowledgement, shared by the cards of one message (each card goes on differently)

export function priceAck(u: Understanding, k: Kit): string {
  const P = k.price;
  const rate = k.rate;
  const per = u.clientOffer?.per;
  if (per && rate && comparable(k, u.clientOffer)) {
    return `I understand you would like ${offerText(k, u.clientOffer)} per ${per === 'item' ? k.unitNoun() : per} instead of my ${k.rateText()}${u.discountPercent === undefined && /\bstudent|charity|small\b/i.test(u.text) ? ', and why' : ''}.`;
  }
  const ours = P ? k.money(P.amount) : rate ? k.rateText() : 'my price';
  const comp = u.competitor;
  const offer = comparable(k, u.clientOffer) ? u.clientOffer : undefined;
  const name = competitorName(u, comp);
  // A per-unit figure is compared with our rate, not with a total: "€0.08 per word against my €0.12".
  if (comp?.per && k.rate && name) return `I understand: next to ${offerText(k, comp)} per ${comp.per === 'item' ? k.unitNoun() : comp.per} from ${k.v(name)}, my ${k.rateText()} looks like a lot.`;
  if (comp && name && offer && P) return `I understand: ${ours} is well above the ${offerText(k, offer)} you have in mind, and I know there are cheaper options.`;
  // "my cousin did his on squarespace for like 20 bucks a month": a subscription to a tool, not a quote for the job.
  if (comp?.per === 'month' && name && competitorKind(name) === 'tool') return `I understand: next to ${offerText(k, comp)} a month for ${k.v(name)}, ${ours} looks like a lot.`;
  if (comp && name) return `I understand: next to ${offerText(k, comp)} from ${k.v(name)}, ${ours} looks like a lot.`;
  if (u.has('discount_request') && u.discountPercent !== undefined) return `I understand you would like ${k.v(formatPercent(u.discountPercent))} off${volume(u) ? ' for regular work' : ''}.`;
  if (offer && P && offer.value >= P.amount) return `Thank you for letting me know your budget of ${offerText(k, offer)}.`;
  // "€0.09 a word" is a rate they offer, said with its unit, never "your budget of €0.09".
  if (offer?.per) return `Thank you for telling me the rate you have in mind, ${offerText(k, offer)} per ${offer.per === 'item' ? k.unitNoun() : offer.per}; it helps to know where we stand.`;
  if (offer) return `Thank you for telling me your budget of ${offerText(k, offer)}; it helps to know where we stand.`;
  // "We accept the price, but maybe it can be cheaper?": they said yes first, and that is what we answer first.
  if (P && /\b(?:we|i)\s+(?:accept|agree to|are fine with|am fine with|are happy with|am happy with|are ok with|am ok with)\s+(?:the|your)\s+(?:price|quote|offer|fee)\b/i.test(u.text)) return `Thank you for accepting the price of ${ours}.`;
  if (u.has('price_objection')) return 'I understand the price is more than you hoped to spend.';
  if (u.has('discount_request')) return 'I understand you are hoping for a lower price.';
  return '';
}

function volume(u: Understanding): boolean {
  return /\b\d+\s+(?:\w+\s+)?(?:articles?|posts?|pieces?|videos?|pages?|designs?|blogs?|emails?|projects?)\s+(?:a|per|each|every)\s+(?:month|week)\b|\b(?:volume|monthly|every month|regular(?:ly)?|ongoing|bulk|each month|retainer)\b/i.test(u.text);
}

/** What the price pays for, in one sentence. */
function covers(k: Kit): string {
  const items = k.breakdown();
  if (items) return `It covers ${items}, with ${k.rounds()} included.`;
  return `That covers the whole job, with ${k.rounds()} included.`;
}

/**
 * "You designed the landing page for our subscription box last March", "same as last time": a client who knows our work
 * ("you did her branding last year" is a referral: the portfolio still helps).
 */
const KNOWS_OUR_WORK = /\b(?:you (?:designed|built|made|did|wrote|translated|set up|redesigned|created)\b[^.?!\n]{0,60}\bfor (?:us|me|our|my)\b|(?:as|like) last time|same as (?:last time|before)|worked (?:together|with you) (?:before|last|on)|(?:our|my) (?:maintenance|retainer|care) (?:plan|package))/i;

/** Past work to look at: for someone deciding whether to hire us, not for a client whose work is under way or who knows ours. */
function proof(u: Understanding, k: Kit): string {
  if (u.situation.underway || u.situation.stage === 'agreed' || KNOWS_OUR_WORK.test(u.text.slice(0, 4000))) return '';
  return k.firstLink ? `You can see comparable work at ${k.portfolio()}.` : '';
}

/** When the job can be delivered, from our usual turnaround, as a commitment line; empty when unknown. */
export function whenLine(u: Understanding, k: Kit): string {
  const days = k.service?.turnaroundDays;
  if (u.requested) {
    if (days === undefined) return `I can plan around ${k.day(u.requested.iso)}.`;
    const start = k.startDay(u.requested.iso);
    const have = workingDaysBetween(start, u.requested.iso);
    if (have >= days) return k.fitsLine(u.requested.iso, addWorkingDays(start, days));
    // Said plainly when the normal pace misses the day their event needs the work.
    if (u.event) return `At the normal pace I can deliver by ${k.day(addWorkingDays(u.today, days))}, which is too late for your ${k.v(u.event.what)}; if that date cannot move, I can look at a rush or a smaller first part.`;
    // A date they named plainly is said back, with how far past it the normal pace lands ("mid April" in their words).
    const normal = addWorkingDays(u.today, days);
    const late = workingDaysBetween(u.requested.iso, normal);
    const theirs = k.vagueWords(u.requested.text) ?? k.day(u.requested.iso);
    if (late > 0 && late <= 10) return `At the normal pace I can deliver by ${k.day(normal)}, ${k.v(late === 1 ? 'one working day' : `${numberWord(late)} working days`)} after ${theirs}; if that date cannot move, I can look at a rush or a smaller first part.`;
    return `At the normal pace I can deliver by ${k.day(normal)}.`;
  }
  // Only a date that was named ("by 4 December"), not one read from "before your Christmas menu launch".
  if (u.deal.date && u.deal.date.iso >= u.today && /\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.test(u.deal.date.text ?? '')) return `Delivery stays ${k.day(u.deal.date.iso)}.`;
  // A turnaround is per piece: eight articles are not all done in the days one takes.
  if (days !== undefined && k.units && k.units > 1 && k.rate?.unit === 'item') return `I can deliver the first ${k.unitNoun()} within ${k.v(String(days))} working days of the go-ahead.`;
  if (days !== undefined) return `I can deliver within ${k.v(String(days))} working days of the go-ahead.`;
  return `I can deliver by ${k.ph('delivery date')}.`;
}

/** When the work would be ready, in words, for a card that states a price and its billing. */
function dateWords(u: Understanding, k: Kit, extraDays = 0): string {
  const days = k.service?.turnaroundDays;
  if (days !== undefined) return `within ${k.v(String(days + extraDays))} working days of the go-ahead`;
  return `by ${k.ph('delivery date')}`;
}

// ---- strategies

const HARD_CEILING = /\b(?:cannot|can ?not|can'?t|will not|won'?t) be considered|\b(?:hard|strict|absolute|fixed) (?:cap|ceiling|limit|maximum|budget)\b|\b(?:must|may|can) ?not exceed\b|\bnon-?negotiable\b|\bnot a (?:cent|penny|euro|dollar|pound) more\b/i;

/** Keep the price; show what it pays for and why it differs from the cheaper option. */
const holdWithValue: Strategy = (u, k) => {
  const P = k.price;
  const ack = priceAck(u, k);
  const name = competitorName(u, u.competitor);
  const offer = comparable(k, u.clientOffer) ? u.clientOffer : undefined;
  if (P && offer && offer.value >= P.amount) return null;
  // "Quotations above this amount cannot be considered": holding a price over a hard ceiling only loses the bid.
  if (P && offer && HARD_CEILING.test(u.text)) return null;
  const position: string[] = [];
  const why: Why[] = [['agree_before_refusing', 'Opens with their concern, in their own figures, before holding the price.']];
  const price = P ? k.money(P.amount) : k.priceText();
  const because = u.has('discount_request') ? 'it is already worked out for this job and a discount would have to come out of the work itself' : 'it reflects the work behind it';
  const asked = u.has('price_question') && !u.has('price_objection') && !u.has('discount_request');
  // A price never said to them before "is"; only one already quoted "stays".
  const verb = k.priceSource === 'profile' ? 'is' : 'stays at';
  if (k.rate && k.units && P) {
    position.push(`My rate for ${k.serviceName()} ${asked ? 'is' : verb} ${k.rateText()}, so your ${k.v(formatCount(k.units))} ${k.unitNoun(k.units)} ${k.units === 1 ? 'comes' : 'come'} to ${k.money(P.amount)}${asked ? '' : `: ${because}`}.`);
  } else if (asked) position.push(`My price for ${k.serviceName()} is ${price}.`);
  else if (/^Thank you for accepting/.test(ack)) position.push(`It stays at that even with a shortcut, because ${because}.`);
  else position.push(`My price for ${k.serviceName()} ${verb} ${price}, because ${because}.`);
  // A budget far below the price is answered in so many words, not left to be inferred from the price.
  if (P && offer && offer.value < P.amount / 2) position.push(`I can't do it for ${k.money(offer.value)}: done properly, the work takes far more than that.`);
  position.push(covers(k));
  if (u.competitor) {
    position.push(difference(u, k, competitorKind(name)));
    why.push(['explain_pricing', 'Explains why the cheaper option costs less, without running it down.']);
  }
  const shown = proof(u, k);
  if (shown) position.push(shown);
  // A price, what it covers, when and how it is billed: a complete answer, not a bare figure.
  const when = whenLine(u, k);
  if (when && !u.has('rush_deadline')) position.push(when);
  if (k.breakdown()) why.push(['line_item_breakdown', 'Lists the steps the price pays for, so the total stops looking arbitrary.']);
  why.push(u.has('budget_anchor') ? ['prove_the_value', 'Answers their figure with what the work involves, not with a lower number.'] : ['argue_position', 'Backs the price with the steps and past work.']);
  if (u.has('discount_request')) why.push(['hold_firm_on_discount', 'Keeps the price and says why, with regret but no apology.']);
  const deposit = ` I ask for ${P && k.depositPercent !== undefined ? k.deposit(P.amount) : k.deposit()} to book the work, and the rest on delivery.`;
  return {
    id: 'hold-price-show-value',
    title: 'Hold the price and show what it pays for',
    total: P?.amount,
    ack,
    position: [...position, deposit.trim()].filter(Boolean),
    covers: ['price_question', 'price_objection', 'discount_request', 'budget_anchor'],
    stance: { rush: 'standard', nda: 'anonymised', payment: 'deposit' },
    why,
    close: P ? `Would you like to go ahead at ${k.money(P.amount)}?` : 'Would you like to go ahead on that basis?',
  };
};

/** A smaller version the client can use on its own, at its own lower price. */
const smallerVersion: Strategy = (u, k) => {
  const P = k.price;
  const offer = comparable(k, u.clientOffer) ? u.clientOffer : undefined;
  if (P && offer && offer.value >= P.amount) return null;
  const rate = k.rate;
  // Per-unit work: fewer units for their budget.
  // A monthly retainer or an hourly rate is not bought in bulk with a project budget ("21 months for £6,500").
  if (rate && offer && offer.value < (P?.amount ?? Infinity) && rate.unit !== 'month' && rate.unit !== 'hour') {
    const under = Math.floor(offer.value / rate.amount);
    // One unit more when it costs at most a tenth over their figure: "3 articles for €840" answers a budget of €800
    // better than "2 articles for €560" (and is still fewer units than they asked for).
    const over = under + 1;
    const near = rate.unit !== 'word' && over * rate.amount <= offer.value * 1.1 && (k.units === undefined || over < k.units);
    const units = near ? over : under;
    if (units <= 0) return null;
    const unitWord = k.unitNoun(units);
    const total = roundMoney(units * rate.amount);
    const count = k.v(new Intl.NumberFormat('en-US').format(units));
    const ofAll = P && k.units ? ` of the ${k.v(formatCount(k.units))}` : '';
    return {
      id: 'fewer-units-for-budget',
      title: 'Do part of the job for their budget',
      total,
      ack: priceAck(u, k),
      position: near
        ? [
            `My rate stays ${k.rateText()}, so the closest I can come to ${offerText(k, offer)} is ${count} ${unitWord}${ofAll} for ${k.money(total)}, ${k.money(roundMoney(total - offer.value))} above your figure.`,
            'The rest can follow when the budget allows, at the same rate.',
          ]
        : [
            `My rate stays ${k.rateText()}, so for ${offerText(k, offer)} I can do ${count} ${unitWord}${ofAll}${offer.value - total > offer.value / 50 ? `, ${k.money(total)} in all` : ''}.`,
            'We could start with the parts that matter most to you and do the rest when the budget allows.',
          ],
      covers: ['price_question', 'price_objection', 'discount_request', 'budget_anchor'],
      stance: { rush: 'standard', nda: 'anonymised', payment: 'deposit' },
      why: [
        ['offer_alternative', 'Answers the budget with less work at the same rate, not a lower rate.'],
        ['transparent_discount', 'The lower total comes from a visible, smaller amount of work.'],
      ],
      close: near ? `Would ${count} ${unitWord} for ${k.money(total)} work for you?` : `Which parts would you like me to start with?`,
    };
  }
  // A smaller scope is offered only above the private floor (the floor's figure itself is never written).
  const floor = floorFor(u, k);
  const versions = k.smaller.filter((v) => (!P || v.price < P.amount) && !(floor && floor.unit === 'project' && isBelowFloor(v.price, k.currency, floor)));
  // A client who has accepted the full price is not offered less for less.
  if (!versions.length || u.has('acceptance')) return null;
  const fit = offer ? (versions.find((v) => v.price <= offer.value) ?? versions[versions.length - 1]!) : versions[0]!;
  const within = offer && fit.price <= offer.value;
  const position = [
    `If ${P ? k.money(P.amount) : 'the full price'} is more than you want to spend, I can offer ${k.v(fit.name)} for ${k.money(fit.price)}${offer && !within ? ', which is as close to your budget as I can get without cutting corners' : ''}.`,
    `It includes everything needed to use it on its own, and you can add the rest later${P ? ` for the difference of ${k.money(P.amount - fit.price)}` : ''}.`,
    `I ask for ${k.deposit(fit.price)} to book it, and can deliver ${dateWords(u, k)}.`,
  ];
  return {
    id: 'smaller-version',
    title: 'Offer a smaller version at a lower price',
    total: fit.price,
    ack: priceAck(u, k),
    position,
    covers: ['price_question', 'price_objection', 'discount_request', 'budget_anchor'],
    stance: { rush: 'standard', nda: 'anonymised', payment: 'deposit' },
    why: [
      ['offer_alternative', `Instead of a lower price for the same work, offers ${fit.name} at ${formatMoney(fit.price, k.currency)}.`],
      ['transparent_discount', 'The reduction is visible: a smaller, usable deliverable for a smaller price.'],
      ['prove_the_value', 'The full job keeps its price.'],
    ],
    close: `Would ${k.v(fit.name)} for ${k.money(fit.price)} work for you?`,
  };
};

/** A modest reduction, traded for something that is worth it to us on this job. */
const tradeDiscount: Strategy = (u, k) => {
  const P = k.price;
  // A client who has accepted the price is not offered a discount they did not press for.
  if (!P || !(u.has('discount_request') || u.has('budget_anchor')) || u.has('acceptance')) return null;
  const offer = comparable(k, u.clientOffer) ? u.clientOffer : undefined;
  // "€200 per article instead of €280": a rate is measured against our rate, not the whole job.
  const against = offer?.per && k.rate ? k.rate.amount : P.amount;
  if (offer && offer.value >= against) return null;
  const asked = u.discountPercent ?? (offer ? Math.round((1 - offer.value / against) * 100) : undefined);
  // A token 10 % closes nothing for a client at a third of the price, and signals a soft price.
  if (asked !== undefined && asked > 35) return null;
  // Proportionate: never the whole of a big ask; at most 10 % for a real concession.
  const pct = Math.min(10, asked ?? 10);
  if (pct <= 0) return null;
  const total = roundMoney(P.amount * (1 - pct / 100));
  const byVolume = volume(u);
  // Payment upfront is no trade to offer a client whose rules forbid advances.
  const rules = paymentAsk(u);
  if (!byVolume && rules.policy && rules.noAdvance) return null;
  // "Two more weeks on the deadline" is no trade for a client whose date is already tight.
  if (!byVolume && (u.has('rush_deadline') || u.event)) return null;
  const rate = k.rate;
  const terms = byVolume
    ? 'a three-month commitment, invoiced at the start of each month'
    : 'payment of the full amount upfront and two more weeks on the deadline';
  const totalText = rate && byVolume ? `${k.money(roundMoney(rate.amount * (1 - pct / 100)), rate.currency)} per ${rate.unit === 'item' ? 'article' : rate.unit}` : k.money(total);
  return {
    offeredRate: rate && byVolume ? roundMoney(rate.amount * (1 - pct / 100)) : undefined,
    id: byVolume ? 'discount-for-commitment' : 'discount-for-terms',
    title: byVolume ? 'A volume rate for a firm commitment' : 'A small discount in exchange for better terms',
    total: byVolume && rate ? undefined : total,
    ack: priceAck(u, k),
    position: [
      `I can come down ${k.v(formatPercent(pct))}, ${byVolume && rate ? `to ${totalText}` : `from ${k.money(P.amount)} to ${totalText}`}, in exchange for ${terms}.`,
      // The lower rate still pays for the same steps: say which, so it reads as a price for work, not a number.
      byVolume ? `The commitment gives me the planning certainty that makes a lower rate possible. ${covers(k).replace(/^It covers/, `Each ${k.unitNoun()} still covers`).replace(/^That covers the whole job/, `Each ${k.unitNoun()} still covers the whole job`)}` : 'That frees time in my schedule, and that is what makes the lower price possible.',
      byVolume ? '' : `I would then deliver ${dateWords(u, k, 10)}.`,
    ].filter(Boolean),
    covers: ['price_objection', 'discount_request', 'budget_anchor'],
    stance: { rush: 'standard', nda: 'anonymised', payment: byVolume ? 'deposit' : 'deposit' },
    why: [
      ['concession_for_concession', `The ${formatPercent(pct)} reduction is traded for ${terms}, both tied to this job.`],
      ['transparent_discount', 'The reduction is named and reasoned, not a silent price drop.'],
    ],
    close: byVolume ? 'Would a three-month commitment on those terms work for you?' : 'Would those terms work for you?',
  };
};

/** The same price, paid in stages that follow the work. */
const samePriceInStages: Strategy = (u, k) => {
  const P = k.price;
  // Spreading a small bill over three payments helps nobody, and it answers cash flow, not an objection to the price.
  if (!P || P.amount < 1000 || !/\b(?:cash (?:flow|is tight)|short on cash|no cash|afford|tight|instal(?:l)?ments?|spread|in parts|monthly|at once|all at once)\b/i.test(u.text)) return null;
  const offer = comparable(k, u.clientOffer) ? u.clientOffer : undefined;
  if (offer && offer.value >= P.amount) return null;
  const stages = payStages(k, P.amount);
  if (!stages) return null;
  return {
    id: 'same-price-in-stages',
    title: 'Keep the price, spread the payments',
    total: P.amount,
    ack: priceAck(u, k),
    position: [`The price stays ${k.money(P.amount)}, but it does not have to be paid at once: ${stages.text}.`, 'You only ever pay for the next stage, after approving the last one.'],
    covers: ['price_objection', 'discount_request', 'budget_anchor', 'price_question'],
    stance: { rush: 'standard', nda: 'anonymised', payment: 'stages' },
    why: [
      ['phased_payment', 'Each stage is paid as it starts and approved before the next.'],
      ['offer_alternative', 'Eases the cost by spreading it, not by lowering the price.'],
      ['hold_firm_on_discount', `Keeps ${formatMoney(P.amount, k.currency)} for the full job.`],
    ],
    close: 'Would paying in stages like this make it easier?',
  };
};

/** Their budget covers our price: say so, keep our price. */
const budgetCovers: Strategy = (u, k) => {
  const P = k.price;
  const offer = comparable(k, u.clientOffer) ? u.clientOffer : undefined;
  if (!P || !offer || offer.value < P.amount) return null;
  // "Your offer … for €2,208? Honestly, I was surprised": our own figure restated under protest is no budget of theirs.
  if (Math.abs(offer.value - P.amount) < 0.005 && u.has('price_objection')) return null;
  return {
    id: 'budget-covers-price',
    title: 'Confirm the price within their budget',
    total: P.amount,
    ack: `Good news: ${k.serviceName()} is ${k.money(P.amount)}, within your budget of ${offerText(k, offer)}.`,
    position: [covers(k), k.depositPercent !== undefined ? `I ask for ${k.deposit(P.amount)} to book the work, and the rest on delivery.` : ''].filter(Boolean),
    covers: ['budget_anchor', 'price_question', 'acceptance'],
    stance: { rush: 'standard', nda: 'surcharge', payment: 'deposit' },
    why: [
      ['name_your_price', `States ${formatMoney(P.amount, k.currency)} plainly instead of rising to their budget.`],
      ['deposit_first', 'Says how billing works before the work starts.'],
    ],
    close: 'Shall I send the deposit invoice so we can get started?',
  };
};

/** A new enquiry: the price, what it covers, when, and how billing works — a complete proposal. */
const quote: Strategy = (u, k) => {
  const P = k.price;
  const position: string[] = [];
  // "What are your rates?" with several services and none named: the price list, then which one they need.
  // (…and a rate card asked for, "send a rate card with your prices for: translation, certified translations,
  // proofreading", even when one service is named: u17a-10 got only the certified rate.)
  if ((!k.service || /\b(?:send|share|provide|give|have|get|see)\b[^.?!\n]{0,30}\b(?:rate ?card|price ?list)s?\b(?! (?:page|section|text))|\byour (?:prices|rates) for\s*:/i.test(u.text.slice(0, 4000))) && u.profile.services.length >= 2) {
    const list = u.profile.services.slice(0, 5).map((s) => k.v(`${lowerFirst(s.name.replace(/\s*\([^)]*\)\s*$/, ''))} ${formatPrice(s.price, u.profile.currency, s.unit)}`));
    return {
      id: 'price-list',
      title: 'Give the price list and ask which service',
      ack: 'Thank you for asking about my prices.',
      position: [
        `They are: ${joinList(list)}.`,
        `Each price covers the whole job, from the first draft to the final files, with ${k.rounds()} included; I ask for ${k.deposit()} before I start, and I will confirm the delivery date once I know the scope (${k.ph('usual turnaround')}).`,
      ],
      covers: ['price_question'],
      stance: { rush: 'fits', nda: 'surcharge', payment: 'deposit' },
      why: [['name_your_price', 'Names the prices outright instead of asking what they want to spend.']],
      close: 'Which of these is closest to what you need?',
    };
  }
  // A monthly plan (maintenance, a retainer) has no delivery date, rounds or deposit: it is billed by the month
  // (u18b-09 and u4a-07 were quoted "£300 per month … two rounds of revisions … deliver by [date] … 30% deposit").
  if (k.service?.unit === 'month') {
    const month = new Date(`${u.today}T00:00:00Z`);
    month.setUTCMonth(month.getUTCMonth() + 1, 1);
    const from = month.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    // (A maintenance plan without line items covers what the hosting answer says it covers: updates, backups and fixes.)
    const items = k.breakdown() ?? (k.service.keywords.includes('maintenance') ? MAINTENANCE_COVERS : undefined);
    return {
      id: 'quote-in-full',
      title: 'Name the monthly price and what it covers',
      total: k.service.price,
      ack: quoteAck(u, k),
      position: [`My price for ${k.serviceName()} is ${k.money(k.service.price)} per month${items ? `, covering ${items}` : ''}.`, 'It is billed monthly, with nothing to pay up front.'],
      covers: ['price_question'],
      stance: { rush: 'fits', nda: 'surcharge', payment: 'deposit' },
      why: [
        ['name_your_price', 'States the monthly price outright.'],
        ['value_before_price', 'Says what the plan covers and how it is billed.'],
      ],
      close: `Shall I set it up from the start of ${from}?`,
    };
  }
  if (P && k.rate && k.units) position.push(`My rate is ${k.rateText()}, so your ${k.v(formatCount(k.units))} ${k.unitNoun(k.units)} ${k.units === 1 ? 'comes' : 'come'} to ${k.money(P.amount)}.`);
  else if (P) position.push(`My price for ${k.serviceName()} is ${k.money(P.amount)}.`);
  else position.push(`My price for ${k.serviceName()} is ${k.priceText()}.`);
  position.push(covers(k));
  const when = whenLine(u, k);
  if (when) position.push(when);
  position.push(k.depositPercent !== undefined && P ? `I ask for ${k.deposit(P.amount)} to book the work, and the rest on delivery.` : `I ask for ${k.deposit()} before I start, and the rest on delivery.`);
  return {
    id: 'quote-in-full',
    title: 'Name the price, what it covers and when',
    total: P?.amount,
    ack: quoteAck(u, k),
    position,
    covers: ['price_question'],
    stance: { rush: 'fits', nda: 'surcharge', payment: 'deposit' },
    why: [
      ['name_your_price', 'States the price outright instead of asking what they want to spend.'],
      ['value_before_price', 'Ties the number to the concrete steps it pays for.'],
      ['deposit_first', 'Says when and how billing works.'],
    ],
    close: 'Shall I send this over as a short written proposal?',
  };
};

const NAME = String.raw`([\p{Lu}][\p{Ll}'’-]+)(?: [\p{Lu}][\p{Ll}'’-]+)?`;
/** Who sent them to us: "Priya Shah from Hollow Oak Candles passed on your details", "got your name from Sofie at Kaffa". */
const REFERRAL = [
  new RegExp(String.raw`\b${NAME}(?: \([^)\n]{2,50}\))?(?: (?:from|at) [^,.;\n]{2,40}?)? (?:passed on|gave me|sent me|shared) your (?:details|name|email|number|contact)`, 'u'),
  new RegExp(String.raw`\b(?:got|have|had) your (?:name|details|email|number|contact(?: details)?) from ${NAME}\b(?! (?:directory|group|site|website|page|list))`, 'u'),
  new RegExp(String.raw`\b(?:you were |you've been |you have been )?recommended (?:to (?:me|us) )?by ${NAME}`, 'u'),
  new RegExp(String.raw`\b(?:friend|colleague|cousin|sister|brother|mate|neighbour|neighbor)\s+${NAME}(?: (?:at|from) [^,.;\n]{2,40}?)? recommended you`, 'u'),
];

/** The first name of the person who recommended us, from the client's own words; undefined when none is named. */
export function referrer(text: string): string | undefined {
  const head = text.slice(0, 1500);
  for (const re of REFERRAL) {
    const m = re.exec(head);
    // ("My friend Callum …": the name, never "My" or "The".)
    if (m && !/^(?:My|Our|The|A|An|This|That|He|She|They|We|I|Your)$/.test(m[1]!)) return m[1];
  }
  return undefined;
}

function quoteAck(u: Understanding, k: Kit): string {
  const by = referrer(u.text);
  const thanks = by ? `, and thank you to ${k.v(by)} for the recommendation` : '';
  // A date read from their event is named as the event ("for your fair on Sunday 28 June"), not as a day they asked for.
  // Only when the normal pace lands well before it; a date that is tight stays the day the work is due.
  const days = k.service?.turnaroundDays;
  const e = u.event && u.requested && days !== undefined && k.wellAhead(u.requested.iso, addWorkingDays(k.startDay(u.requested.iso), days)) ? u.event : undefined;
  const due = e ? ` for your ${e.what} on ${k.v(formatWeekday(e.iso, u.today))}` : u.requested ? ` for ${k.day(u.requested.iso)}` : '';
  // "would something like $1,500 be in the ballpark?": the figure they named is answered, not passed over.
  const offer = u.clientOffer;
  const P = k.price;
  if (offer && !offer.per && P && offer.value < P.amount) return `Thank you for asking about ${k.serviceName()}${due}, and for telling me your budget of ${k.money(offer.value)}; it helps to know where we stand.`;
  return `Thank you for asking about ${k.serviceName()}${due}${thanks}.`;
}

/** A new enquiry, with a smaller version offered next to the full one. */
const quoteWithSmaller: Strategy = (u, k) => {
  // A cheaper version nobody asked about reads as a discount on offer: only with a budget or a word of worry about cost.
  if (!u.clientOffer && !/\b(?:budget|afford|cheap\w*|tight|small business|start(?:ing)? small|just starting|low cost|not much money|rough(?:ly)?|ballpark|range)\b/i.test(u.text)) return null;
  const base = quote(u, k);
  const P = k.price;
  const v = k.smaller.find((s) => !P || s.price < P.amount);
  if (!base || !v) return null;
  return {
    ...base,
    id: 'quote-with-smaller-version',
    title: 'Name the price, with a smaller version beside it',
    position: [...base.position.slice(0, -1), `If you would like to start smaller, ${k.v(v.name)} is ${k.money(v.price)}.`, base.position[base.position.length - 1]!],
    total: undefined,
    why: [...base.why, ['offer_options', 'Two complete versions at two prices: the choice stays theirs.']],
    close: 'Which of the two would suit you better?',
  };
};

/** Translation with a memory: full rate for new words, a visible lower rate for repetitions and matches. */
const matchesDiscount: Strategy = (u, k) => {
  const rate = k.rate;
  if (!rate || rate.unit !== 'word' || !/\b(?:repetitions?|fuzzy|matches|translation memory|\bTM\b|trados|memoq|cat tool)\b/i.test(u.text)) return null;
  // Speak of translation memories and Trados only to a client who works with them.
  const tm = /\b(?:translation memory|\bTM\b|trados|memoq|cat tool|fuzzy)\b/i.test(u.text);
  const tool = /\btrados\b/i.test(u.text) ? 'the Trados analysis' : /\bmemoq\b/i.test(u.text) ? 'the memoQ analysis' : 'your analysis';
  return {
    id: 'rate-for-matches',
    title: 'Full rate for new words, less for repetitions',
    ack: priceAck(u, k),
    position: [
      tm
        ? `My rate for new words stays at ${k.rateText()}. For repetitions and 100% matches from your translation memory I charge ${k.ph('your rate for repetitions, e.g. 30%')} of that, and for high fuzzy matches ${k.ph('your rate for fuzzy matches, e.g. 60%')}, because those segments still need checking in context.`
        : `My rate for new words stays at ${k.rateText()}. Repeated passages I charge at ${k.ph('your rate for repetitions, e.g. 30%')} of that, because they still need checking in context but take far less time.`,
      tm ? 'Once I have the analysis from your files, I will send the exact total.' : 'Once I have run your files through my tools, I will send the exact total.',
    ],
    covers: ['price_objection', 'discount_request', 'budget_anchor', 'price_question'],
    stance: { rush: 'standard', nda: 'anonymised', payment: 'deposit' },
    why: [
      ['transparent_discount', 'A reasoned, visible reduction where the work really is smaller: repeated segments.'],
      ['hold_firm_on_discount', 'The rate for new translation stays.'],
    ],
    close: tm ? `Could you send the files, or ${tool}, so I can confirm the total?` : 'Could you send the files so I can confirm the total?',
  };
};

/** A polite no to this budget that keeps the door open; it names our price, never the floor. */
export const declineKeepDoorOpen: Strategy = (u, k) => {
  const offer = comparable(k, u.clientOffer) ? u.clientOffer : undefined;
  if (!offer) return null;
  const P = k.price;
  return {
    id: 'decline-door-open',
    title: 'Decline this budget politely and keep the door open',
    ack: priceAck(u, k),
    position: [
      `I'm afraid I can't do ${k.serviceName()} properly for ${offerText(k, offer)}, and I would rather say so now than deliver less than you need.`,
      P && !priceAck(u, k).includes(k.money(P.amount))
        ? `My price for the full job is ${k.money(P.amount)}; if the budget changes, or the timing suits you better later, I would be glad to pick this up.`
        : 'If the budget changes, or the timing suits you better later, I would be glad to pick this up.',
    ],
    covers: ['price_question', 'price_objection', 'discount_request', 'budget_anchor'],
    stance: { rush: 'standard', nda: 'anonymised', payment: 'deposit' },
    why: [
      ['decline_politely', 'Turns down this budget courteously instead of going under what the work needs.'],
      ['prove_the_value', 'Names the full price once, without apologising for it.'],
    ],
    close: 'Shall I keep your project in mind and check back with you in a few weeks?',
  };
};

/** Regular work asked at a lower rate: a rate for a firm commitment is the natural counter, ahead of a smaller job. */
const volumeTrade: Strategy = (u, k) => (volume(u) ? tradeDiscount(u, k) : null);

export const PRICE_STRATEGIES = {
  /** The client's figure is under the floor: a smaller scope above it, or a polite no; the full price as a third. */
  belowFloor: [smallerVersion, declineKeepDoorOpen, holdWithValue] as Strategy[],
  decline: [declineKeepDoorOpen] as Strategy[],
  pressure: [budgetCovers, holdWithValue, volumeTrade, matchesDiscount, smallerVersion, tradeDiscount, samePriceInStages] as Strategy[],
  question: [budgetCovers, quote, quoteWithSmaller, samePriceInStages] as Strategy[],
  /** The smaller version alone, for the client who asks for it by what it leaves out. */
  smaller: smallerVersion as Strategy,
};

export type { Card };
export { comparable, offerText, covers, tradeOf, addWorkingDays };
