// Runs in Node (vitest): casual client spelling is rewritten before the move detectors read it, and every move's evidence still quotes the client's own words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMoves } from '../../../lib/negotiation/moves';
import { originalSpan, respell } from '../../../lib/negotiation/moves/spelling';
import { parse } from '../../../lib/negotiation/nlp';

const rewrite = (text: string) => respell(text).text;

describe('respell', () => {
  it('spells out phone shorthand and restores missing apostrophes', () => {
    expect(rewrite('can u do it cheaper')).toBe('can you do it cheaper');
    expect(rewrite('cant stretch to that tbh')).toBe("can't stretch to that to be honest");
    expect(rewrite('Ur quote was 650, pls lmk asap thx')).toBe('Your quote was 650, please let me know asap thanks');
    expect(rewrite('k go ahead')).toBe('ok go ahead');
    expect(rewrite('need it by tmrw, dont be late')).toBe("need it by tomorrow, don't be late");
    expect(rewrite('well see what sticks')).toBe("we'll see what sticks");
    expect(rewrite('ill be up till 2 so call me')).toBe("i'll be up till 2 so call me");
    expect(rewrite('u r late')).toBe('you are late');
  });

  it('leaves alone what only looks like shorthand', () => {
    for (const text of ['The U.S. office, e.g. Boston', 'I feel ill today', 'It went well, as well as we hoped', 'Give me a mo', 'Sent to u@example.com']) {
      expect(rewrite(text), text).toBe(text);
    }
    expect(respell('Thanks, all good.').changed).toBe(false);
  });

  it('reads shouting in lower case, sentence by sentence', () => {
    expect(rewrite('THIS ISNT WHAT I ASKED FOR. showed it to the board')).toBe("this isn't what I asked for. showed it to the board");
    // An acronym is not shouting.
    expect(rewrite('Please sign the NDA and send the PDF.')).toBe('Please sign the NDA and send the PDF.');
  });

  it('writes out figures as clients type them', () => {
    expect(rewrite('is 1.5k ok? or €1.2k')).toBe('is 1500 ok? or €1200');
    expect(rewrite('we have 2k')).toBe('we have 2000');
    expect(rewrite('budget 1,5 tkr')).toBe('budget 1500 SEK');
    expect(rewrite("we've got like two grand")).toBe("we've got like 2000");
    expect(rewrite('our kitty is about nine hundred, a grand at most')).toBe('our kitty is about 900, 1000 at most');
    expect(rewrite('fifteen hundred for two thousand words')).toBe('1500 for 2000 words');
    // A count is a count: "a few hundred visitors" keeps its words.
    expect(rewrite('a few hundred visitors')).toBe('a few hundred visitors');
    expect(rewrite('80/hr, $500/mo, 2 wks')).toBe('80/hour, $500/month, 2 weeks');
  });

  it('maps every rewritten span back to the exact original words (any text)', () => {
    const pieces = fc.constantFrom('u', 'ur', 'pls', 'thx', 'k', 'dont', 'cant', 'tbh', '2k', '1.5k', '€1.2k', '1,5', 'tkr', 'two', 'grand', 'ill', 'be', 'well', 'see', 'r', 'THIS', 'IS', 'WRONG', 'the', 'price', '.', '?', '!', ',', '\n', ' ', "'", '\u2019', 'U.S.', '80/hr');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const original = parts.join(' ');
        const r = respell(original);
        expect(r.origin.length).toBe(r.text.length + 1);
        expect(r.origin[r.text.length]).toBe(original.length);
        // Offsets only move forward, so a span maps to a span.
        for (let i = 1; i < r.origin.length; i++) expect(r.origin[i]!).toBeGreaterThanOrEqual(r.origin[i - 1]!);
        const lo = Math.min(a, b) % (r.text.length + 1);
        const hi = Math.max(lo, Math.max(a, b) % (r.text.length + 1));
        const span = originalSpan(r, lo, hi);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(original.length);
        expect(span.end).toBeGreaterThanOrEqual(span.start);
      }),
      { numRuns: 300 },
    );
  });
});

describe('moves on casual mail', () => {
  it('finds the move in shorthand and quotes the client exactly', () => {
    const cases: Array<[string, string]> = [
      ['can u do it cheaper', 'discount_request'],
      ['need it by tmrw pls', 'rush_deadline'],
      ['NEED IT TONIGHT. NO EXCUSES', 'rush_deadline'],
      ['thats way to expensiv for a flyer', 'price_objection'],
    ];
    for (const [text, id] of cases) {
      const move = readMoves(parse(text)).moves.find((m) => m.id === id);
      expect(move, `${id}: ${text}`).toBeDefined();
      expect(text.slice(move!.index, move!.index + move!.evidence.length), text).toBe(move!.evidence);
    }
  });

  it('keeps evidence exact for any mix of shorthand, shouting and figures', () => {
    const words = fc.constantFrom('u', 'ur', 'pls', 'cant', 'dont', 'need', 'it', 'by', 'tmrw', 'discount', 'cheaper', 'PRICE', 'TOO', 'HIGH', '2k', 'budget', 'is', 'we', 'have', '.', '?', '\n', 'sign', 'nda', 'asap');
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 25 }), (parts) => {
        const text = parts.join(' ');
        const r = readMoves(parse(text));
        for (const m of [...r.moves, ...r.maybe]) expect(text.slice(m.index, m.index + m.evidence.length)).toBe(m.evidence);
      }),
      { numRuns: 60 },
    );
  });
});
