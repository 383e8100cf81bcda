// Runs everywhere (Node, side panel): the private floor per service — what a reply may offer and what the coach warns about in the user's own draft.
import { extractEntities } from '../entities';
import { parse } from '../nlp';
import type { PriceUnit, Profile, Service } from '../schemas';
import { formatMoney } from '../suggest/format';
import { matchService } from '../understand/deal';

export interface Floor {
  amount: number;
  currency: string;
  unit: PriceUnit;
  service: string;
}

/** The floor of a service, in the profile's currency; none when the service has no floor. */
export function floorOf(service: Service | undefined, profile: Profile): Floor | undefined {
  if (!service || service.floor === undefined || service.floor <= 0) return undefined;
  return { amount: service.floor, currency: profile.currency, unit: service.unit, service: service.name };
}

/** A whole-job (or per-unit, for rates) figure in the floor's currency that goes under it. */
export function isBelowFloor(value: number, currency: string | null, floor: Floor | undefined): boolean {
  if (!floor) return false;
  if (currency !== null && currency !== floor.currency) return false;
  return value < floor.amount - 0.005;
}

export interface FloorWarning {
  kind: 'below' | 'other_currency';
  /** The figure in the draft, as written. */
  evidence: string;
  index: number;
  /** "$300 below your floor for Landing page", or why it was not compared. */
  message: string;
  gap?: number;
}

/** Figures in the draft that are not an offer of ours: deposits, stages, the client's own budget restated, a refusal. */
const NOT_OUR_OFFER = /\b(?:deposit|upfront|up front|in advance|advance|instal(?:l)?ments?|stages?|milestones?|first payment|per (?:month|week)|your (?:budget|offer|figure)|you (?:mentioned|offered|suggested|proposed)|can'?t|cannot|won'?t|not able|unable|invoice|paid so far|already paid)\b/i;
const MAX_DRAFT = 20_000;

/**
 * Warnings for prices under the floor in the user's own draft. The service is the one the draft (or the client's
 * message) names, or the only service with a floor. A figure in another currency is not compared, and the
 * warning says so. Total; bounded by MAX_DRAFT.
 */
export function checkDraftFloor(draft: string, profile: Profile, clientText = '', today = '2000-01-01'): FloorWarning[] {
  const floored = profile.services.filter((s) => s.floor !== undefined && s.floor > 0);
  if (!floored.length || !draft.trim()) return [];
  const text = draft.slice(0, MAX_DRAFT);
  const service = matchService(floored, [text, clientText.slice(0, MAX_DRAFT)]) ?? (floored.length === 1 ? floored[0] : undefined);
  const floor = floorOf(service, profile);
  if (!floor) return [];
  const { amounts } = extractEntities(parse(text), { today });
  const out: FloorWarning[] = [];
  for (const a of amounts) {
    const start = Math.max(text.lastIndexOf('.', a.index), text.lastIndexOf('\n', a.index), text.lastIndexOf('?', a.index), text.lastIndexOf('!', a.index)) + 1;
    const endRel = text.slice(a.index).search(/[.?!\n](?:\s|$)/);
    const sentence = text.slice(start, endRel === -1 ? text.length : a.index + endRel);
    if (NOT_OUR_OFFER.test(sentence)) continue;
    // "$40 per hour" against a per-project floor (or the reverse) is a different kind of figure.
    const perUnit = /^\s*(?:\/\s*|per |an |a )(hour|hr|day|word|page|item|article|month)\b/i.exec(text.slice(a.index + a.text.length, a.index + a.text.length + 12));
    if ((floor.unit === 'project') !== !perUnit) continue;
    if (a.currency !== null && a.currency !== floor.currency) {
      out.push({
        kind: 'other_currency',
        evidence: a.text,
        index: a.index,
        message: `${a.text} is in ${a.currency}; your floor for ${floor.service} is in ${floor.currency}, so it was not compared.`,
      });
      continue;
    }
    if (!isBelowFloor(a.value, a.currency ?? floor.currency, floor)) continue;
    const gap = Math.round((floor.amount - a.value) * 100) / 100;
    out.push({ kind: 'below', evidence: a.text, index: a.index, gap, message: `${formatMoney(gap, floor.currency)} below your floor for ${floor.service}` });
  }
  return out.slice(0, 5);
}
