// Runs everywhere (Node, side panel): calendar arithmetic on ISO dates that skips weekends, Christmas Day and New Year's Day, shared by reading and writing.

/** Days off nearly everywhere our users work (New Year's Day, Christmas Day): never a delivery date. */
const HOLIDAYS = new Set(['01-01', '12-25']);

/** The date n working days after `from` (before it when n is negative), skipping weekends and those two days. Bounded to ten years either way. */
export function addWorkingDays(from: string, n: number): string {
  const d = new Date(`${from}T12:00:00Z`);
  const step = n < 0 ? -1 : 1;
  let left = Math.min(Math.abs(Math.trunc(n)) || 0, 2600);
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + step);
    const w = d.getUTCDay();
    if (w !== 0 && w !== 6 && !HOLIDAYS.has(d.toISOString().slice(5, 10))) left--;
  }
  return d.toISOString().slice(0, 10);
}
