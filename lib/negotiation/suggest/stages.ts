// Runs everywhere (Node, side panel): splitting a price into paid stages that follow the work (payment, not scope: every stage is still delivered).
import { formatMoney, joinList, lowerFirst } from './format';
import type { Kit } from './kit';

export interface Stage {
  name: string;
  amount: number;
}

/**
 * Three stages along the service's steps (fewer when there are fewer steps), sized by the steps' prices;
 * without priced steps, 30 / 40 / 30 of the total. The first stage is the smallest reasonable commitment.
 */
export function stagesOf(k: Kit, total: number, count = 3): Stage[] | undefined {
  if (!(total > 0)) return undefined;
  const items = k.service?.lineItems ?? [];
  const priced = items.length >= 2 && items.every((i) => i.price !== undefined);
  if (priced) {
    const sum = items.reduce((a, i) => a + i.price!, 0);
    const groups = groupsOf(items.map((i) => ({ name: lowerFirst(i.name), weight: i.price! })), Math.min(count, items.length));
    // Scale to the total on the table (a custom quote may differ from the list price); the last stage takes the rounding.
    let left = total;
    return groups.map((g, i) => {
      const amount = i === groups.length - 1 ? left : Math.round((total * g.weight) / sum);
      left -= amount;
      return { name: joinList(g.names), amount };
    });
  }
  const a = Math.round(total * 0.3);
  const b = Math.round(total * 0.4);
  return [
    { name: 'the groundwork and first drafts', amount: a },
    { name: 'the main work', amount: b },
    { name: 'final changes and delivery', amount: total - a - b },
  ];
}

/** Consecutive groups of about equal weight; a group closes before it would run well past its share. */
function groupsOf(items: Array<{ name: string; weight: number }>, n: number): Array<{ names: string[]; weight: number }> {
  const total = items.reduce((a, i) => a + i.weight, 0);
  const groups: Array<{ names: string[]; weight: number }> = [];
  let current = { names: [] as string[], weight: 0 };
  for (const [i, item] of items.entries()) {
    const left = items.length - i;
    const groupsLeft = n - groups.length;
    const target = (total - groups.reduce((a, g) => a + g.weight, 0)) / Math.max(1, groupsLeft);
    // Close the current group when adding this item would overshoot its share, or when every later item needs a group.
    if (current.names.length && groupsLeft > 1 && (current.weight + item.weight > target * 1.2 || left < groupsLeft)) {
      groups.push(current);
      current = { names: [], weight: 0 };
    }
    current.names.push(item.name);
    current.weight += item.weight;
  }
  if (current.names.length) groups.push(current);
  return groups;
}

/** "$1,400 for discovery and wireframes, then $1,800 for the visual design, then $2,400 for the build and launch". */
export function payStages(k: Kit, total: number, count = 3): { stages: Stage[]; text: string } | undefined {
  const stages = stagesOf(k, total, count);
  if (!stages || stages.length < 2) return undefined;
  const parts = stages.map((s) => `${k.v(formatMoney(s.amount, k.currency))} for ${k.v(s.name)}`);
  return { stages, text: parts.join(', then ') };
}
