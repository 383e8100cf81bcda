// Runs everywhere (Node, side panel): the agreement fields a call's notes state (price, deposit, deadlines, rounds, deliverables, schedule) and nothing more.
import type { AgreementTerms, Amount, DateEntity, Percentage } from '../negotiation/schemas';
import type { Clause } from './clauses';

export interface ClauseView {
  clause: Clause;
  /** Normalised clause text without date annotations. */
  raw: string;
  amounts: Amount[];
  percentages: Percentage[];
  dates: DateEntity[];
}

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, unlimited: NaN };

export function termsFromNotes(views: ClauseView[], fallbackCurrency: string): Partial<AgreementTerms> {
  const terms: Partial<AgreementTerms> = {};
  const notQuestion = views.filter((v) => v.clause.kind !== 'question' && v.clause.kind !== 'decision');
  const currencies = views.flatMap((v) => v.amounts.map((a) => a.currency)).filter((c): c is string => c !== null);
  const defaultCurrency = currencies[0] ?? fallbackCurrency;

  // Price: a per-unit rate if one is stated, else the figure the notes call agreed/total, else the first price figure.
  const priced = notQuestion.filter((v) => v.amounts.length && v.clause.category !== 'payment');
  let chosen: { amount: Amount; model: 'fixed' | 'hourly' | 'per_item'; unit?: string } | null = null;
  for (const v of priced) {
    for (const a of v.amounts) {
      const after = v.raw.slice(a.index - v.clause.start + a.text.length, a.index - v.clause.start + a.text.length + 14);
      const unit = /^\s*(?:per|\/|an?)\s*(hour|h|word|page|item|day|month|image|screen|email|photo)\b/i.exec(after);
      if (unit && !chosen) chosen = { amount: a, model: /^h/i.test(unit[1]!) ? 'hourly' : 'per_item', unit: unit[1]!.toLowerCase() === 'h' ? 'hour' : unit[1]!.toLowerCase() };
    }
  }
  if (!chosen) {
    for (const v of priced) {
      for (const a of v.amounts) {
        const before = v.raw.slice(0, a.index - v.clause.start).toLowerCase();
        if (/(?:agreed|total|settled|fixed price|final)\W*(?:\w+\W+){0,2}$/.test(before)) chosen = { amount: a, model: 'fixed' };
      }
    }
  }
  if (!chosen) {
    const v = priced.find((x) => x.clause.category === 'price') ?? priced[0];
    if (v) chosen = { amount: v.amounts[0]!, model: 'fixed' };
  }
  if (chosen) {
    terms.price = { amount: chosen.amount.value, currency: chosen.amount.currency ?? defaultCurrency, model: chosen.model };
    if (chosen.unit) terms.price.unit = chosen.unit;
  }

  const payment = notQuestion.filter((v) => v.clause.category === 'payment' && v.clause.kind === 'agreed');
  for (const v of payment) {
    if (terms.depositPercent !== undefined) break;
    const near = (x: Percentage, before: number, after: number) => v.raw.slice(Math.max(0, x.index - v.clause.start - before), x.index - v.clause.start + x.text.length + after);
    const upfront = v.percentages.filter((x) => /\b(?:deposit|upfront|up front|advance|now|to hold|before|first|start)\b/i.test(near(x, 30, 30)));
    // "wanted 10% advance, settled 30% advance": the settled figure is the term.
    const p = upfront.find((x) => /\b(?:settled|agreed|final|ok)\b[^,;]*$/i.test(near(x, 25, 0))) ?? upfront[0];
    if (p) terms.depositPercent = p.value;
    else if (/\bhalf\b.*\b(?:upfront|up front|advance|deposit|before)/i.test(v.raw)) terms.depositPercent = 50;
    else {
      const split = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{1,2}))?\b/.exec(v.raw);
      if (split) {
        const parts = split.slice(1).filter(Boolean).map(Number);
        if (parts.reduce((a, b) => a + b, 0) === 100) terms.depositPercent = parts[0]!;
      }
    }
  }
  if (payment.length) terms.paymentSchedule = payment.map((v) => v.raw).join('; ').slice(0, 2000);

  const deadlines: { what: string; date: string }[] = [];
  for (const v of notQuestion) {
    if (v.clause.kind !== 'agreed' || v.clause.category === 'payment') continue;
    for (const d of v.dates) {
      const rel = d.index - v.clause.start;
      const what = (v.raw.slice(0, rel) + v.raw.slice(rel + d.text.length))
        .replace(/\b(?:by|due|on|before|until|till|deadline:?|is)\s*$/i, '')
        .replace(/\s+/g, ' ')
        .replace(/[\s,;:–—-]+$/g, '')
        .trim();
      deadlines.push({ what: (what || 'deadline').slice(0, 500), date: d.iso });
    }
  }
  // The agreement holds at most 100 deadlines (its schema); long notes keep the first ones rather than fail.
  if (deadlines.length) terms.deadlines = deadlines.slice(0, 100);

  for (const v of notQuestion) {
    const m = /\b(\d+|one|two|three|four|five|six)\s+(?:free\s+|included\s+)?(?:rev(?:ision)?\s+)?(?:rounds?|revisions?)\b/i.exec(v.raw);
    if (m && v.clause.category === 'revisions') {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : WORD_NUMBERS[m[1]!.toLowerCase()]!;
      if (Number.isInteger(n) && n <= 100) {
        terms.revisionRounds = n;
        break;
      }
    }
  }

  const deliverables: string[] = [];
  for (const v of notQuestion) {
    if (v.clause.kind !== 'agreed' || v.clause.category !== 'scope' || v.amounts.length || v.dates.length) continue;
    const body = v.raw.replace(/^(?:(?:they|you|he|she|client)\s+)?(?:wants?|needs?|scope|deliverables?|includes?)\s*:?\s*/i, '');
    for (const item of body.split(/\s+\+\s+|,\s+|\s+and\s+/)) {
      const t = item.trim().replace(/[.;:]+$/, '');
      if (t && t.split(/\s+/).length <= 8) deliverables.push(t.slice(0, 500));
    }
  }
  if (deliverables.length) terms.deliverables = deliverables.slice(0, 100);
  return terms;
}
