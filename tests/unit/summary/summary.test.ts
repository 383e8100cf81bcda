// Unit test (Node): the post-call summary on hand-written notes: facts kept, steps with the right owner and date, confirmation asked, tones differ.
import { describe, expect, it } from 'vitest';
import { ProfileSchema } from '../../../lib/negotiation/schemas';
import { summarizeCall, EmptyNotesError } from '../../../lib/summary';
import { dayMonthYear } from '../../../lib/summary/dates';
import { normaliseNotes } from '../../../lib/summary/shorthand';
import { CASES } from './cases';

const profile = ProfileSchema.parse({ name: 'Dana Rossi', signature: 'Dana Rossi\nRossi Design', tone: 'neutral' });
const CONFIRM = /reply to confirm/i;

describe('summarizeCall on hand-written notes', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const s = summarizeCall({ notes: c.notes, client: c.client, callDate: c.callDate, profile });
      const email = s.text.toLowerCase();
      for (const f of c.inEmail) expect(email, `"${f}" missing from:\n${s.text}`).toContain(f.toLowerCase());
      // Every amount, percentage and date the extractor found in the notes is in the email.
      for (const a of [...s.facts.amounts, ...s.facts.percentages]) expect(email).toContain(normaliseNotes(a.text).text.toLowerCase());
      for (const d of s.facts.dates) expect(s.text).toContain(dayMonthYear(d.iso));
      // Every count ("3 rounds", "2 concepts") in the notes survives.
      for (const m of normaliseNotes(c.notes).text.matchAll(/\b\d+\s+[a-z]+/gi)) expect(email).toContain(m[0].toLowerCase());
      for (const [owner, list] of [['me', c.mine], ['client', c.theirs]] as const) {
        for (const want of list) {
          const hit = s.facts.actions.find((a) => a.owner === owner && a.text.toLowerCase().includes(want.has.toLowerCase()));
          expect(hit, `${owner} step "${want.has}" not found in ${JSON.stringify(s.facts.actions)}`).toBeDefined();
          if (want.due) expect(hit!.due).toBe(want.due);
          expect(s.text).toContain(`${owner === 'me' ? 'I will' : 'You will'} ${hit!.text}`);
        }
      }
      for (const q of c.questions ?? []) expect(s.facts.questions.some((x) => x.toLowerCase().includes(q.toLowerCase())), q).toBe(true);
      for (const no of c.notActions ?? []) expect(s.facts.actions.some((a) => a.text.toLowerCase().includes(no))).toBe(false);
      expect(s.text).toMatch(CONFIRM);
      expect(s.text).not.toMatch(/undefined|NaN|null|\[(?!your name\])[^\]]*\]/);
      expect(s.text.endsWith('Dana Rossi\nRossi Design')).toBe(true);
      expect(s.subject).toMatch(/^Summary of our call on (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}/);
      if (c.client.name) expect(s.text.split('\n')[0]).toContain(c.client.name.split(' ')[0]!);
    });
  }
});

describe('summary email wording', () => {
  const notes = '- 2 concepts, 900 EUR\n- I send contract tmrw\n- she sends brief by fri\n- launch date tbd';
  const run = (tone: 'warm' | 'neutral' | 'formal', extra: object = {}) =>
    summarizeCall({ notes, client: { name: 'Eva Novak', email: 'eva@novak.cz' }, callDate: '2026-11-23', profile: ProfileSchema.parse({ tone, ...extra }) });

  it('differs by tone and always asks for confirmation', () => {
    const [w, n, f] = [run('warm'), run('neutral'), run('formal')];
    expect(new Set([w.text, n.text, f.text]).size).toBe(3);
    expect(w.text.startsWith('Hi Eva,')).toBe(true);
    expect(f.text.startsWith('Dear Eva,')).toBe(true);
    for (const s of [w, n, f]) {
      expect(s.text).toMatch(/confirm/i);
      expect(s.text).toMatch(/misunderst/i);
      expect(s.text).toContain('Monday 23 November 2026');
      expect(s.text).toContain('900 EUR');
    }
  });

  it('signs with [your name] when the profile has no name, else with the name', () => {
    expect(run('neutral').text.endsWith('[your name]')).toBe(true);
    expect(run('neutral', { name: 'Jo Kim' }).text.endsWith('Jo Kim')).toBe(true);
  });

  it('offers only the terms the notes state', () => {
    const s = summarizeCall({
      notes: '- 1,500 EUR fixed\n- 40% deposit upfront, rest on delivery\n- 2 rounds of revisions\n- final files by dec 11',
      client: { name: 'Eva', email: null },
      callDate: '2026-11-23',
      profile: ProfileSchema.parse({ currency: 'USD', depositPercent: 20 }),
    });
    expect(s.terms.price).toEqual({ amount: 1500, currency: 'EUR', model: 'fixed' });
    expect(s.terms.depositPercent).toBe(40);
    expect(s.terms.revisionRounds).toBe(2);
    expect(s.terms.deadlines).toEqual([{ what: 'final files', date: '2026-12-11' }]);
    expect(s.terms.nda).toBeUndefined();
    const bare = summarizeCall({ notes: '- I send the moodboard tmrw', client: { name: 'Eva', email: null }, callDate: '2026-11-23', profile: ProfileSchema.parse({ depositPercent: 20 }) });
    expect(bare.terms).toEqual({});
  });

  it('quotes facts as typed in the notes, with offsets into them', () => {
    const notes = '- budget 2k eur, due tmrw';
    const s = summarizeCall({ notes, client: { name: 'Eva', email: null }, callDate: '2026-11-23', profile: ProfileSchema.parse({}) });
    for (const x of [...s.facts.amounts, ...s.facts.dates]) expect(notes.slice(x.index, x.index + x.text.length)).toBe(x.text);
    expect(s.facts.dates.map((d) => d.text)).toContain('tmrw');
  });

  it('refuses empty notes', () => {
    expect(() => summarizeCall({ notes: '  \n ', client: { name: null, email: null }, callDate: '2026-11-23', profile: ProfileSchema.parse({}) })).toThrow(EmptyNotesError);
  });
});
