// Runs everywhere (Node, side panel): one reply to an enquiry for several services at once ("a logo and a website, is $3k enough?") — each price, the total, the order of work, and what fits their budget — instead of a card that quotes only one of them.
import type { Service } from '../schemas';
import type { Understanding } from '../understand';
import type { Card, Strategy } from './card';
import { formatMoney, joinList, lowerFirst, numberWord } from './format';
import { addWorkingDays, Kit, roundMoney } from './kit';

/** Several services named, none priced in the thread yet: the enquiry is for all of them. */
export function severalAsked(u: Understanding): boolean {
  return u.deal.named.length >= 2 && (!u.deal.price || u.deal.price.source === 'profile') && !u.agreement && !u.situation.underway;
}

function nameOf(k: Kit, s: Service): string {
  return k.v(`the ${lowerFirst(s.name).replace(/\s*\([^)]*\)\s*$/, '')}`);
}

/** The cheapest usable version of each service: its smallest version, or the service itself. */
function smallest(s: Service): { name: string; price: number; full: boolean } {
  const v = [...s.smallerVersions].sort((a, b) => a.price - b.price)[0];
  return v && v.price < s.price ? { name: v.name, price: v.price, full: false } : { name: s.name, price: s.price, full: true };
}

function priceLine(k: Kit, services: Service[]): string {
  // Said as separate clauses: "the logo and brand identity is $2,400, and the website… is $5,600", never "as well as".
  const parts = services.map((s) => `${nameOf(k, s)} is ${k.money(s.price)}`);
  const total = roundMoney(services.reduce((sum, s) => sum + s.price, 0));
  const said = parts.length === 2 ? `${parts[0]}, and ${parts[1]}` : `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
  return `${said}: ${k.money(total)} for ${services.length === 2 ? 'both' : `all ${services.length}`}.`;
}

/** Done one after the other (the first-named first), with the date both are ready when every turnaround is known. */
function orderLine(u: Understanding, k: Kit, services: Service[]): string {
  const days = services.map((s) => s.turnaroundDays);
  if (days.some((d) => d === undefined)) return `I would do ${nameOf(k, services[0]!)} first, so the rest can build on it.`;
  const total = days.reduce((a, b) => a! + b!, 0)!;
  const ready = addWorkingDays(u.today, total);
  const late = u.requested && u.requested.iso < ready;
  const all = services.length === 2 ? 'both' : `all ${numberWord(services.length)}`;
  if (late) {
    const firstReady = addWorkingDays(u.today, days[0]!);
    const fits = u.requested!.iso >= firstReady;
    return fits
      ? `For ${k.day(u.requested!.iso)} I can have ${nameOf(k, services[0]!)} ready; the rest would follow by ${k.day(ready)}.`
      : `Done one after the other, ${all} would be ready by ${k.day(ready)}, so ${k.day(u.requested!.iso)} is too tight for everything; tell me which part matters most by then.`;
  }
  return `I would do ${nameOf(k, services[0]!)} first, so the rest can build on it; ${all} would be ready by ${k.day(ready)}.`;
}

const quoteSeveral: Strategy = (u, k) => {
  if (!severalAsked(u)) return null;
  const services = u.deal.named.slice(0, 3);
  const total = roundMoney(services.reduce((sum, s) => sum + s.price, 0));
  const offer = u.clientOffer && (!u.clientOffer.currency || u.clientOffer.currency === k.currency) ? u.clientOffer.value : undefined;
  const position = [
    `${k.t('Happy to help with both.', 'Here is what that would cost.', 'Please find my prices below.')} ${capitalFirst(priceLine(k, services))}`,
    `Each covers the whole job, with ${k.rounds()} included; I ask for ${k.deposit(total)} to book the work, and the rest on delivery.`,
    orderLine(u, k, services),
  ];
  if (offer !== undefined && offer < total) {
    const small = services.map(smallest);
    const smallTotal = roundMoney(small.reduce((sum, x) => sum + x.price, 0));
    if (small.some((x) => !x.full) && smallTotal <= offer) {
      position.push(`For your budget of ${k.money(offer)}, I can do ${joinList(small.map((x) => k.v(`${lowerFirst(x.name)} (${formatMoney(x.price, k.currency)})`)))}: ${k.money(smallTotal)} in total, and you can add the rest later.`);
    } else {
      const one = services.find((s) => s.price <= offer);
      position.push(one ? `Within ${k.money(offer)}, I can do ${nameOf(k, one)} now and the rest when the budget allows.` : `Both in full come to more than ${k.money(offer)}; if that is the limit, we could start with the part you need first.`);
    }
  }
  return {
    id: 'quote-several',
    title: 'Price each service, and the total',
    total,
    ack: ackFor(u, k),
    position,
    covers: ['price_question', 'budget_anchor', 'price_objection', 'discount_request', 'rush_deadline'],
    stance: { rush: 'standard', nda: 'surcharge', payment: 'deposit' },
    why: [
      ['name_your_price', 'Names each price and the total outright.'],
      ['offer_alternative', 'Says what fits the budget instead of lowering the price.'],
    ],
    close: offer !== undefined && offer < total ? 'Which would you like to start with?' : `Would you like both, or shall we start with ${nameOf(k, services[0]!)}?`,
  };
};

/** The same enquiry, started with the first-named service alone: a smaller first commitment. */
const oneFirst: Strategy = (u, k) => {
  if (!severalAsked(u)) return null;
  // With a budget, the way in is the first service it covers (else the cheapest), not a first-named one far above it.
  const offer = u.clientOffer && (!u.clientOffer.currency || u.clientOffer.currency === k.currency) ? u.clientOffer.value : undefined;
  const byPrice = [...u.deal.named].sort((a, b) => a.price - b.price);
  const pick = offer === undefined ? u.deal.named[0]! : (u.deal.named.find((s) => s.price <= offer) ?? byPrice[0]!);
  const first = pick;
  const rest = u.deal.named.filter((s) => s !== pick);
  const days = first!.turnaroundDays;
  return {
    id: 'several-one-first',
    title: 'Start with one, then the rest',
    total: first!.price,
    ack: ackFor(u, k),
    position: [
      `A good way in is to start with ${nameOf(k, first!)} at ${k.money(first!.price)}${days ? `, ready within ${k.v(String(days))} working days of the go-ahead` : ''}, with ${k.deposit(first!.price)} to book it.`,
      ...(first!.lineItems.length ? [`That covers ${k.v(joinList(first!.lineItems.map((i) => lowerFirst(i.name))))}, with ${k.rounds()} included.`] : []),
      `${capitalFirst(joinList(rest.slice(0, 2).map((s) => `${nameOf(k, s)} (${k.money(s.price)})`)))} can follow once it is done, so each builds on the last and you spread the cost.`,
      ...(u.requested && days ? [firstBy(u, k, first!, days)] : []),
    ],
    covers: ['price_question', 'budget_anchor', 'price_objection', 'discount_request', 'rush_deadline'],
    stance: { rush: 'standard', nda: 'surcharge', payment: 'deposit' },
    why: [
      ['offer_options', 'A smaller first step that is complete on its own.'],
      ['name_your_price', 'Every price is named.'],
    ],
    close: `Shall I start with ${nameOf(k, first!)}?`,
  };
};

function ackFor(u: Understanding, k: Kit): string {
  const what = u.deal.named.slice(0, 3).map((s) => lowerFirst(s.keywords[0] ?? s.name));
  return `Thank you for getting in touch about your ${k.v(what.length === 2 ? `${what[0]} and ${what[1]}` : joinList(what))}.`;
}

/** Whether the first service alone meets their date. */
function firstBy(u: Understanding, k: Kit, first: Service, days: number): string {
  const ready = addWorkingDays(u.today, days);
  return u.requested!.iso >= ready ? `${capitalFirst(nameOf(k, first))} would be ready well before ${k.day(u.requested!.iso)}.` : `At the normal pace ${nameOf(k, first)} would be ready by ${k.day(ready)}.`;
}

function capitalFirst(s: string): string {
  // Values are wrapped in private-use marks for the tone pass; the first letter may sit just inside one.
  return s.replace(/^([\uE000\uE001]*)(\p{Ll})/u, (_, mark: string, c: string) => mark + c.toUpperCase());
}

export const SEVERAL_STRATEGIES: Strategy[] = [quoteSeveral, oneFirst];
