// Unit test (Node): the engine is total on the figures from issue 14: huge offsets, overflowing and unsafe amounts, long call notes.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/negotiation/analyze';
import { AnalysisSchema, EMPTY_PROFILE, ProfileSchema } from '../../../lib/negotiation/schemas';
import { CallSummarySchema, summarizeCall } from '../../../lib/summary';

const TODAY = '2026-11-23';
const PROFILE = ProfileSchema.parse({ name: 'Dana Levi', currency: 'USD', services: [{ name: 'Landing page copy', price: 2400, unit: 'project', keywords: ['landing page'] }], tone: 'neutral' });
const read = (text: string) => AnalysisSchema.parse(analyzeMessage(text, { today: TODAY, profile: PROFILE }));
const summary = (notes: string) => CallSummarySchema.parse(summarizeCall({ notes, client: { name: 'Tom Baker', email: null }, callDate: TODAY, profile: EMPTY_PROFILE }));
const everyText = (a: ReturnType<typeof read>) => [a.text, ...a.suggestions.map((s) => s.text)].join('\n');

describe('total engine', () => {
  it('"We can pay within 99999999 days." reads without a date and without throwing', () => {
    const a = read('We can pay within 99999999 days.');
    expect(a.entities.dates).toEqual([]);
    expect(summary('- they pay within 99999999 days').facts.dates).toEqual([]);
  });

  it('a 308-digit amount with "k" is no figure, and no reply shows ∞ or Infinity', () => {
    const text = `Our budget is $${'9'.repeat(308)}k for the landing page.`;
    const a = read(text);
    expect(a.entities.amounts).toEqual([]);
    expect(everyText(a)).not.toMatch(/∞|Infinity|NaN/);
    expect(summary(`- budget $${'9'.repeat(308)}k`).text).not.toMatch(/∞|Infinity|NaN/);
  });

  it('"999999999999999999 EUR" never comes back as a different number', () => {
    const a = read('We can offer 999999999999999999 EUR for the landing page.');
    for (const x of a.entities.amounts) expect(x.value).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    expect(everyText(a)).not.toMatch(/1,?000,?000,?000,?000,?000,?000/);
    // The largest amounts that are still figures keep their value exactly.
    const b = read('We can offer 999,999,999,999 EUR for the landing page.');
    expect(b.entities.amounts.map((x) => x.value)).toEqual([999_999_999_999]);
  });

  it('call notes with 130 dated items summarise instead of failing with a schema dump', () => {
    const notes = Array.from({ length: 130 }, (_, i) => `- deliver part ${i + 1} by ${1 + (i % 28)} January 2027`).join('\n');
    const s = summary(notes);
    expect(s.terms.deadlines?.length ?? 0).toBeLessThanOrEqual(100);
    expect(s.truncated?.part).toBe('notes');
    // Many dates on few lines, which the line cap does not cut.
    const dense = Array.from({ length: 8 }, () => Array.from({ length: 20 }, (_, d) => `due ${d + 1} Feb 2027`).join(', ')).join('\n');
    expect(summary(dense).terms.deadlines?.length ?? 0).toBeLessThanOrEqual(100);
  });
});
