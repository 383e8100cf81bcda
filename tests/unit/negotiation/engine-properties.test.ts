// Unit test (Node, fast-check): the engine, suggestions, the summary and the cleaner are total and bounded on arbitrary and hostile text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDraft, analyzeMessage } from '../../../lib/negotiation/analyze';
import { cleanMessage } from '../../../lib/negotiation/clean';
import { AnalysisSchema, DraftCheckSchema, ProfileSchema, type Tone } from '../../../lib/negotiation/schemas';
import { CallSummarySchema, EmptyNotesError, summarizeCall } from '../../../lib/summary';

const TODAY = '2026-11-23';
const PROFILE = ProfileSchema.parse({
  name: 'Dana Levi',
  signature: 'Dana Levi\nCopywriter',
  currency: 'USD',
  services: [{ name: 'Landing page copy', price: 2400, unit: 'project', keywords: ['landing page', 'copy'], lineItems: [{ name: 'Writing', price: 1200 }] }],
  depositPercent: 30,
  revisionRounds: 2,
  rushSurchargePercent: 50,
  tone: 'neutral',
});

/** Pieces of real mail and of the shapes that broke the engine before (issue 14), mixed at random. */
const PIECES = [
  'a. ', 'a ', '--\n', '-- \n', '1.1.1.', '$1,', '?', 'Monday ', 'Friday', 'next week', 'end of the month', '\n', '\n\n', ' ',
  'On Mon, 3 Nov 2026 at 10:00, Tom Baker <tom@acme.io> wrote:\n', '> ', 'From: Tom <tom@acme.io>\nSent: Monday\nTo: Dana\nSubject: Re\n',
  'Sent from my iPhone\n', 'Thanks,\nTom\n', 'Best regards,\n', '+1 555 123 4567\n', 'https://acme.io/x?y=1\n',
  'We can pay within 99999999 days.', `$${'9'.repeat(40)}k`, '999999999999999999 EUR', '1e308', '0.000000000000000001', '12,34,56',
  '£2,500', '€1.500,00', '2 500 kr', '10k', '1.5m USD', '50%', '150 percent', '30 days', '3 business days', 'by Friday 11 December',
  'our budget is', 'can you do it for', 'cheaper', 'discount', 'deposit', 'for free', 'unlimited revisions', 'asap', 'NDA',
  'Can you also add a blog?', 'too expensive', 'another freelancer quoted', 'nine hundred', 'two grand', '\u200f', '\u202e', '\u0000',
  '\ud800', '\udfff', '😀', 'שלום ', 'Привет ', '٣٠٠ ', 'ﬁ', 'İ', 'ß', '\t', '\r\n', '\u00a0', '\u2028',
];
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join(''));
const anyText = fc.oneof(hostile, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }));
const TONES: Tone[] = ['warm', 'neutral', 'formal'];

/** Issue 14's inputs and the seeds this file found bugs with, run before the random ones. */
const REGRESSIONS: [string][] = [
  ['We can pay within 99999999 days.'],
  [`Our budget is $${'9'.repeat(308)}k.`],
  ['999999999999999999 EUR'],
  ['a. '.repeat(3000)],
  ['--\n'.repeat(3000)],
  // Found by this file before offsets were bounded (shrunk): Date overflow, 'Invalid time value'.
  ['in 2912117 dAy'],
  // Found by the summary property: figures in notes with Windows line ends were quoted one character early.
  ['\r\n$1,'],
  ['fee 500 EUR\r\n\r\ndeposit 30%\r\nby 4 Dec'],
];

const bounded = (ms: number, fn: () => void) => {
  const t0 = performance.now();
  fn();
  expect(performance.now() - t0).toBeLessThan(ms);
};

function expectFiguresInText(text: string, figures: { text: string; index: number; value: number | null }[]) {
  for (const f of figures) {
    expect(text.slice(f.index, f.index + f.text.length)).toBe(f.text);
    if (f.value !== null) {
      expect(Number.isFinite(f.value)).toBe(true);
      expect(Math.abs(f.value)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    }
  }
}

describe('engine properties', () => {
  it('analyzeMessage with a profile: no throw, schema-valid, figures finite and quoted from the text, no ∞/NaN in replies, bounded', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...TONES), (raw, tone) => {
        bounded(3000, () => {
          const a = AnalysisSchema.parse(analyzeMessage(raw, { today: TODAY, profile: PROFILE, tone, from: 'Tom Baker <tom@acme.io>' }));
          expectFiguresInText(a.text, [...a.entities.amounts, ...a.entities.percentages]);
          for (const m of a.moves) expect(a.text.includes(m.evidence)).toBe(true);
          for (const s of a.suggestions) expect(s.text).not.toMatch(/∞|Infinity|NaN|undefined|\[object/);
        });
      }),
      { numRuns: 60, examples: REGRESSIONS.map(([t]) => [t, 'neutral' as Tone]) },
    );
  }, 60_000);

  it('analyzeDraft: no throw, schema-valid checks whose evidence is in the draft, bounded', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        bounded(3000, () => {
          const d = analyzeDraft(raw);
          for (const c of d.checks) {
            DraftCheckSchema.parse(c);
            expect(d.text.slice(c.index, c.index + c.evidence.length)).toBe(c.evidence);
          }
        });
      }),
      { numRuns: 60, examples: REGRESSIONS },
    );
  }, 60_000);

  it('summarizeCall: a summary or the one empty-notes error; schema-valid; figures quoted from the notes; bounded', () => {
    fc.assert(
      fc.property(anyText, (notes) => {
        bounded(3000, () => {
          let s;
          try {
            s = summarizeCall({ notes, client: { name: 'Tom Baker', email: 'tom@acme.io' }, callDate: TODAY, profile: PROFILE });
          } catch (e) {
            expect(e).toBeInstanceOf(EmptyNotesError);
            expect(notes.trim()).toBe('');
            return;
          }
          CallSummarySchema.parse(s);
          expectFiguresInText(notes, [...s.facts.amounts, ...s.facts.percentages]);
          expect(s.text).not.toMatch(/∞|Infinity|NaN|undefined|\[object/);
        });
      }),
      { numRuns: 40, examples: REGRESSIONS },
    );
  }, 60_000);

  it('cleanMessage: total, linear, and loses no line: every kept line comes from the input', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 200 }), (raw, times) => {
        const text = raw.repeat(times);
        bounded(1500, () => {
          const c = cleanMessage(text);
          const lines = new Set(text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()));
          for (const part of [c.body, c.quote, c.signature]) for (const l of part.split('\n')) if (l.trim()) expect(lines.has(l.trim())).toBe(true);
        });
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
