// Node: money, dates and lists in reply drafts read the way a client expects.
import { describe, expect, it } from 'vitest';
import { firstName, formatMoney, formatPrice, joinList, quoteDate } from '../../../lib/negotiation/suggest/format';
import { applyTone, protect } from '../../../lib/negotiation/suggest/tone';

describe('reply formatting', () => {
  it('formats money with a symbol where unambiguous, else the code after the number', () => {
    expect(formatMoney(2400, 'USD')).toBe('$2,400');
    expect(formatMoney(1250.5, 'EUR')).toBe('€1,250.50');
    expect(formatMoney(2400, 'SEK')).toBe('2,400 SEK');
    expect(formatPrice(80, 'USD', 'hour')).toBe('$80 per hour');
  });

  it("quotes the client's date words with the calendar date", () => {
    expect(quoteDate('by Friday', '2025-11-28', '2025-11-24')).toBe('Friday (28 November)');
    expect(quoteDate('Nov 28', '2025-11-28', '2025-11-24')).toBe('28 November');
    expect(quoteDate('next Monday', '2026-01-05', '2025-12-30')).toBe('next Monday (5 January 2026)');
  });

  it('keeps item names that contain "and" readable in a list', () => {
    expect(joinList(['research', 'offer and USP', 'writing'])).toBe('research, offer and USP, and writing');
    expect(joinList(['research', 'writing', 'proofreading'])).toBe('research, writing and proofreading');
    expect(joinList(['offer and USP', 'writing'])).toBe('offer and USP as well as writing');
  });

  it('takes the first name only, and nothing from an empty name', () => {
    expect(firstName('Tom Baker')).toBe('Tom');
    expect(firstName('  ')).toBeNull();
    expect(firstName(null)).toBeNull();
  });

  it('rewrites register in our words but never inside protected values', () => {
    const text = `I am sure it is fine. ${protect('It is I am Ltd')}`;
    expect(applyTone(text, 'warm')).toBe("I'm sure it's fine. It is I am Ltd");
    expect(applyTone(text, 'formal')).toBe('I am certain it is fine. It is I am Ltd');
  });
});
