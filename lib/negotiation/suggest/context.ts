// Runs everywhere (Node, side panel): what one suggestion knows — profile and agreement values, the client's figures, placeholders used.
import type { AgreementTerms, Amount, DateEntity, Duration, Entities, Profile, Service, Tone } from '../schemas';
import { firstName, formatDay, formatMoney, formatPercent, formatPrice, joinList, lowerFirst, numberWord, quoteDate } from './format';
import { PhraseBank, protect } from './tone';

export interface CtxInput {
  text: string;
  entities: Entities;
  profile: Profile;
  agreement?: AgreementTerms;
  tone: Tone;
  today: string;
}

export interface Money {
  amount: number;
  currency: string;
}

interface Item {
  name: string;
  price?: number;
}

const SEVERE = /\b(refund|money back|chargeback|lawyer|legal action|dispute|unacceptable|scam|waste of (?:my )?money|never again|terrible|awful|worst)\b/i;

/** Built fresh for every suggestion so placeholders and rotating phrases are counted per reply. */
export class Ctx {
  readonly bank: PhraseBank;
  readonly tone: Tone;
  readonly name: string | null;
  readonly service: Service | undefined;
  private readonly placeholders = new Set<string>();
  private readonly said = new Set<string>();

  constructor(readonly input: CtxInput) {
    this.tone = input.tone;
    this.bank = new PhraseBank(input.tone);
    this.name = firstName(input.entities.clientName);
    this.service = serviceFor(input);
  }

  // ---- wording helpers

  /** Picks the tone's wording; the formal text defaults to the neutral one (the tone pass still formalises it). */
  t(warm: string, neutral: string, formal: string = neutral): string {
    return { warm, neutral, formal }[this.tone];
  }

  /** A value from outside our phrase bank, protected from the tone pass. */
  v(value: string): string {
    return protect(value);
  }

  /** A clearly marked gap for the freelancer to fill in, remembered for `missing`. */
  ph(label: string): string {
    const placeholder = `[${label}]`;
    this.placeholders.add(placeholder);
    return protect(placeholder);
  }

  get missing(): string[] {
    return [...this.placeholders];
  }

  /** True the first time a topic comes up in this reply, so a second move refers back instead of repeating. */
  once(topic: string): boolean {
    if (this.said.has(topic)) return false;
    this.said.add(topic);
    return true;
  }

  get severe(): boolean {
    return SEVERE.test(this.input.text);
  }

  // ---- the freelancer's terms

  get agreement(): AgreementTerms | undefined {
    return this.input.agreement;
  }

  get currency(): string {
    return this.input.agreement?.price?.currency ?? this.input.profile.currency;
  }

  /** The agreed price wins over the list price: it is what this client was promised. */
  get price(): Money | undefined {
    const agreed = this.input.agreement?.price;
    if (agreed) return { amount: agreed.amount, currency: agreed.currency };
    if (this.service) return { amount: this.service.price, currency: this.input.profile.currency };
    return undefined;
  }

  get priceIsAgreed(): boolean {
    return Boolean(this.input.agreement?.price);
  }

  get priceIsFixed(): boolean {
    const agreed = this.input.agreement?.price;
    if (agreed) return agreed.model === 'fixed';
    return (this.service?.unit ?? 'project') === 'project';
  }

  priceText(): string {
    const agreed = this.input.agreement?.price;
    if (agreed) {
      const unit = agreed.model === 'hourly' ? 'hour' : 'project';
      const text = formatPrice(agreed.amount, agreed.currency, unit);
      return this.v(agreed.unit && agreed.model !== 'fixed' ? `${formatMoney(agreed.amount, agreed.currency)} per ${agreed.unit}` : text);
    }
    if (this.service) return this.v(formatPrice(this.service.price, this.input.profile.currency, this.service.unit));
    return this.ph('your rate');
  }

  money(amount: number): string {
    return this.v(formatMoney(amount, this.currency));
  }

  serviceName(): string {
    return this.service ? this.v(lowerFirst(this.service.name)) : 'the project';
  }

  get items(): Item[] {
    return this.service?.lineItems ?? [];
  }

  /** Line items with a price each, only when every item has one, so sums match the total. */
  get pricedItems(): Array<Required<Item>> {
    const items = this.items;
    if (items.length < 2 || items.some((i) => i.price === undefined)) return [];
    return items as Array<Required<Item>>;
  }

  itemNames(items: Item[] = this.items): string {
    return joinList(items.map((i) => this.v(lowerFirst(i.name))));
  }

  /** The line-item list with prices where known, and the total. */
  breakdown(): string {
    const lines = this.items.length
      ? this.items.map((i) => `- ${this.v(i.name)}${i.price !== undefined ? `: ${this.money(i.price)}` : ''}`)
      : [`- ${this.ph('the steps your price covers')}`];
    return `${lines.join('\n')}\nTotal: ${this.priceText()}`;
  }

  deposit(): string {
    const pct = this.input.agreement?.depositPercent ?? this.input.profile.depositPercent;
    return pct === undefined ? this.ph('deposit %') : this.v(formatPercent(pct));
  }

  get depositIsAgreed(): boolean {
    return this.input.agreement?.depositPercent !== undefined;
  }

  rounds(): string {
    const n = this.input.agreement?.revisionRounds ?? this.input.profile.revisionRounds;
    if (n === undefined) return this.ph('revision rounds');
    return this.v(n === 1 ? 'one revision round' : `${numberWord(n)} revision rounds`);
  }

  get roundsAreAgreed(): boolean {
    return this.input.agreement?.revisionRounds !== undefined;
  }

  hours(): string {
    const value = this.input.agreement?.workingHours ?? this.input.profile.workingHours;
    return value ? this.v(value) : this.ph('your working hours');
  }

  responseTime(): string {
    const value = this.input.agreement?.responseTime ?? this.input.profile.responseTime;
    return value ? this.v(value) : this.ph('response time');
  }

  get rushPercent(): number | undefined {
    return this.input.profile.rushSurchargePercent;
  }

  rush(): string {
    const pct = this.rushPercent;
    return pct === undefined ? this.ph('rush fee %') : this.v(formatPercent(pct));
  }

  get ndaPercent(): number | undefined {
    return this.input.agreement?.nda?.surchargePercent ?? this.input.profile.ndaSurchargePercent;
  }

  nda(): string {
    const pct = this.ndaPercent;
    return pct === undefined ? this.ph('NDA surcharge %') : this.v(formatPercent(pct));
  }

  /** The price with a surcharge, when both are known and the price is per project. */
  surcharged(pct: number | undefined): string | undefined {
    const price = this.price;
    if (pct === undefined || !price || !this.priceIsFixed) return undefined;
    return this.v(formatMoney(Math.round(price.amount * (1 + pct / 100)), price.currency));
  }

  portfolio(): string {
    const url = this.input.profile.portfolioUrl;
    return url ? this.v(url) : this.ph('portfolio link');
  }

  signature(): string {
    const { signature, name } = this.input.profile;
    if (signature.trim()) return this.v(signature.trim());
    if (name.trim()) return this.v(name.trim());
    return this.ph('your name');
  }

  /** What was agreed to be delivered, else the service, else a placeholder. */
  deliverables(): string {
    const a = this.input.agreement;
    if (a?.deliverables?.length) return joinList(a.deliverables.map((d) => this.v(d)));
    if (a?.scope) return this.v(a.scope);
    if (this.service) return this.v(lowerFirst(this.service.name));
    return this.ph('deliverables');
  }

  /** The agreed deadline or the client's own date, as words; undefined when neither is known. */
  deadline(nearIndex = 0): string | undefined {
    const agreed = this.input.agreement?.deadlines?.[0];
    if (agreed) return this.v(formatDay(agreed.date, this.input.today));
    const date = this.clientDate(nearIndex);
    return date ? this.quoteDate(date) : undefined;
  }

  // ---- the client's own figures

  /**
   * The client's amount nearest to a move, preferring one after it ("I can pay $500"). Our own price
   * quoted back ("$2,400 is more than we hoped") is not the client's figure, so it is skipped.
   */
  clientAmount(nearIndex: number): Amount | undefined {
    const price = this.price;
    const theirs = this.input.entities.amounts.filter(
      (a) => !(price && a.value === price.amount && (a.currency === null || a.currency === price.currency)),
    );
    return nearest(theirs, nearIndex);
  }

  /** Whether the client compares us with another offer ("the other quote", "cheaper elsewhere"). */
  get mentionsOtherOffer(): boolean {
    return OTHER_OFFER.test(this.input.text);
  }

  /** A portfolio line belongs in a reply once; a second move's paragraph leaves it out. */
  portfolioOnce(line: (link: string) => string): string {
    return this.once('portfolio') ? line(this.portfolio()) : '';
  }

  /** Quoted as they wrote it when the currency is unknown ("1500"), formatted when known. */
  quoteAmount(amount: Amount): string {
    return this.v(amount.currency ? formatMoney(amount.value, amount.currency) : amount.text.trim());
  }

  /** Whether the client's amount can be compared with our price. */
  comparable(amount: Amount): boolean {
    const price = this.price;
    return Boolean(price && this.priceIsFixed && (amount.currency === null || amount.currency === price.currency));
  }

  clientDate(nearIndex: number): DateEntity | undefined {
    const deadlines = this.input.entities.dates.filter((d) => d.deadline);
    return nearest(deadlines.length ? deadlines : this.input.entities.dates, nearIndex);
  }

  quoteDate(date: DateEntity): string {
    return this.v(quoteDate(date.text, date.iso, this.input.today));
  }

  clientDuration(nearIndex: number): Duration | undefined {
    return nearest(this.input.entities.durations, nearIndex);
  }

  clientPercent(nearIndex: number): string | undefined {
    const pct = nearest(this.input.entities.percentages, nearIndex);
    return pct ? this.v(formatPercent(pct.value)) : undefined;
  }
}

const OTHER_OFFER = /\b(elsewhere|competitors?|another (?:freelancer|agency|designer|writer|developer|quote|offer)|other (?:freelancers?|agenc(?:y|ies)|quotes?|offers?|designers?|writers?|developers?)|someone else|cheaper (?:option|offer|quote)|fiverr|upwork|half the price)\b/i;

function nearest<T extends { index: number }>(items: T[], index: number): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    // A figure just after the move's words is usually its object ("we can only pay $500"), so it wins ties.
    const distance = item.index >= index ? item.index - index : (index - item.index) * 1.5;
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

// Every suggestion for one message builds its own Ctx from the same input; match its service once.
const SERVICES = new WeakMap<CtxInput, Service | undefined>();
function serviceFor(input: CtxInput): Service | undefined {
  if (SERVICES.has(input)) return SERVICES.get(input);
  const service = matchService(input.profile.services, input.text);
  SERVICES.set(input, service);
  return service;
}

function matchService(services: Service[], text: string): Service | undefined {
  // Whole words only: the keyword "site" must not match "opposite".
  const mentions = (phrase: string) => {
    const words = phrase.trim();
    if (!words) return false;
    const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  };
  return services.find((s) => mentions(s.name) || s.keywords.some(mentions)) ?? services[0];
}
