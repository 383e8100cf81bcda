// Runs everywhere (Node, side panel): the private floor in reply cards: no card offers less, and a budget under it gets a smaller scope or a polite no that keeps the door open.
import { floorOf, isBelowFloor, type Floor } from '../memory/floor';
import type { Understanding } from '../understand';
import type { Card } from './card';
import type { Kit } from './kit';
import { comparable } from './price';

/** The floor that applies to this message's service, when its price is in the profile's currency. */
export function floorFor(u: Understanding, k: Kit): Floor | undefined {
  const floor = floorOf(k.service, u.profile);
  if (!floor || k.currency !== floor.currency) return undefined;
  return floor;
}

/** A card whose one total (a whole job) or offered rate goes under the floor is never shown. */
export function respectsFloor(u: Understanding, k: Kit, card: Card): boolean {
  const floor = floorFor(u, k);
  if (!floor) return true;
  if (floor.unit === 'project') return card.total === undefined || !isBelowFloor(card.total, k.currency, floor);
  // Per-unit floors: a card may do fewer units at the full rate, never a lower rate.
  return card.offeredRate === undefined || !isBelowFloor(card.offeredRate, k.currency, floor);
}

/** The client's budget or counter-offer is under the floor: the reply changes strategy instead of meeting it. */
export function offerBelowFloor(u: Understanding, k: Kit): boolean {
  const floor = floorFor(u, k);
  const offer = comparable(k, u.clientOffer) ? u.clientOffer : undefined;
  if (!floor || !offer) return false;
  if (floor.unit === 'project') return isBelowFloor(offer.value, offer.currency ?? k.currency, floor);
  const units = k.units;
  return units !== undefined && units > 0 && isBelowFloor(offer.value / units, offer.currency ?? k.currency, floor);
}
