// Runs everywhere (Node, side panel): concrete counter-offers computed from the service's line items (lighter scope, stages, what fits a budget).
import type { Ctx } from './context';

export interface Offer {
  /** The work it covers, as words ("research and structure"). */
  items: string;
  /** Its price, when every line item has one. */
  total?: string;
}

/** Dropping the cheapest priced step: the smallest visible cut that still lowers the price. */
export function lighterOption(ctx: Ctx): { without: string; total: string } | undefined {
  const items = ctx.pricedItems;
  const price = ctx.price;
  if (!items.length || !price || !ctx.priceIsFixed) return undefined;
  // On a tie the later step goes: finishing steps are easier to do without than the groundwork.
  const cheapest = items.reduce((a, b) => (b.price <= a.price ? b : a));
  const total = price.amount - cheapest.price;
  if (total <= 0) return undefined;
  return { without: ctx.itemNames([cheapest]), total: ctx.money(total) };
}

/** The first steps, in order, whose prices fit within the client's figure. */
export function withinBudget(ctx: Ctx, budget: number): { fit: Offer; rest: Offer } | undefined {
  const items = ctx.pricedItems;
  if (!items.length) return undefined;
  let sum = 0;
  let count = 0;
  for (const item of items) {
    if (sum + item.price > budget) break;
    sum += item.price;
    count++;
  }
  if (count === 0 || count === items.length) return undefined;
  const rest = items.slice(count);
  return {
    fit: { items: ctx.itemNames(items.slice(0, count)), total: ctx.money(sum) },
    rest: { items: ctx.itemNames(rest), total: ctx.money(rest.reduce((a, i) => a + i.price, 0)) },
  };
}

/** Two stages along the line items; halves of the price when the items carry no prices. */
export function twoStages(ctx: Ctx): [Offer, Offer] {
  const items = ctx.items;
  const price = ctx.price;
  if (items.length >= 2) {
    const cut = Math.ceil(items.length / 2);
    const first = items.slice(0, cut);
    const second = items.slice(cut);
    const priced = ctx.pricedItems.length > 0;
    const sum = (list: typeof items) => list.reduce((a, i) => a + (i.price ?? 0), 0);
    const half = price && ctx.priceIsFixed ? price.amount / 2 : undefined;
    return [
      { items: ctx.itemNames(first), total: priced ? ctx.money(sum(first)) : half !== undefined ? ctx.money(Math.round(half)) : undefined },
      { items: ctx.itemNames(second), total: priced ? ctx.money(sum(second)) : half !== undefined ? ctx.money(price!.amount - Math.round(half)) : undefined },
    ];
  }
  const half = price && ctx.priceIsFixed ? Math.round(price.amount / 2) : undefined;
  return [
    { items: 'the groundwork and a first version', total: half !== undefined ? ctx.money(half) : undefined },
    { items: 'the revisions and the final files', total: half !== undefined && price ? ctx.money(price.amount - half) : undefined },
  ];
}

/**
 * The two stages in words, or a pointer back when an earlier paragraph of the same reply already
 * set them out, so a reply never describes the same split twice.
 */
export function stagesInWords(ctx: Ctx, join: (first: string, second: string) => string): string {
  if (!ctx.once('stages')) return ctx.t('the same two stages as above', 'the same two stages as above', 'the two stages described above');
  const [first, second] = twoStages(ctx);
  return join(describe(first), describe(second));
}

/** "research and structure (€900)". */
export function describe(offer: Offer): string {
  return offer.total ? `${offer.items} (${offer.total})` : offer.items;
}

/** The first half of the steps: what a shorter deadline or smaller budget can still carry. */
export function coreItems(ctx: Ctx): string {
  const items = ctx.items;
  if (items.length >= 2) return ctx.itemNames(items.slice(0, Math.ceil(items.length / 2)));
  return 'a first version of the most important part';
}

/** A short quote of the client's words, for restating; long evidence is cut at a word boundary. */
export function quoteEvidence(ctx: Ctx, evidence: string): string {
  const clean = evidence.replace(/\s+/g, ' ').trim().replace(/[.,;:!?]+$/, '');
  const short = clean.length > 120 ? `${clean.slice(0, 117).replace(/\s+\S*$/, '')}…` : clean;
  return `“${ctx.v(short)}”`;
}
