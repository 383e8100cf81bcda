// Unit test (Node): shorthand expansion in call notes and the map back to what the user typed.
import { describe, expect, it } from 'vitest';
import { normaliseNotes, quoteOriginal } from '../../../lib/summary/shorthand';

describe('normaliseNotes', () => {
  it('expands common note shorthand', () => {
    const n = normaliseNotes('call w/ Anna tmrw, 1200 eur, revisions x3, 2x concepts, ~2 wks, pls send asap, due fri, 50 eur/h');
    expect(n.text).toBe(
      'call with Anna tomorrow, 1200 EUR, 3 rounds of revisions, 2 concepts, approximately 2 weeks, please send as soon as possible, due Friday, 50 EUR per hour',
    );
  });

  it('reads arrows as owners at a line end and as sequence elsewhere', () => {
    const n = normaliseNotes('- contract -> me\n- brief -> Anna\n- research -> design\n- 3rd round -> 150 eur', ['Anna']);
    expect(n.text).toBe('- contract\n- brief\n- research, then design\n- 3rd round → 150 EUR');
    expect(n.ownerHints.map((h) => h.owner)).toEqual(['me', 'client']);
  });

  it('leaves words that only look like shorthand alone', () => {
    const n = normaliseNotes('sat down with them, 14 screens x 2, sun is fine');
    expect(n.text).toBe('sat down with them, 14 screens x 2, sun is fine');
  });

  it('maps spans of the expanded text back to the notes as typed', () => {
    const notes = '- budget ~2k eur by fri';
    const n = normaliseNotes(notes);
    const at = (s: string) => n.text.indexOf(s);
    expect(quoteOriginal(n, at('2k EUR'), at('2k EUR') + 6)).toBe('2k eur');
    expect(quoteOriginal(n, at('Friday'), at('Friday') + 6)).toBe('fri');
    expect(quoteOriginal(n, at('budget'), at('budget') + 6)).toBe('budget');
  });
});
