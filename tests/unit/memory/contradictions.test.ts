// Node: client messages that contradict the stored agreement — flagged with the agreed value, its date and source and the client's words; cards cite the agreement; a later accepted change is no contradiction.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/negotiation/analyze';
import type { AgreedChange } from '../../../lib/negotiation/memory/contradictions';
import { ProfileSchema, type AgreementTerms } from '../../../lib/negotiation/schemas';

const TODAY = '2026-12-07';
const profile = ProfileSchema.parse({
  name: 'Noa Berg',
  signature: 'Noa Berg',
  currency: 'USD',
  depositPercent: 40,
  revisionRounds: 2,
  services: [{ name: 'Website design and build', price: 5600, keywords: ['website', 'site'], turnaroundDays: 20 }],
});
const AGREED: AgreementTerms = {
  price: { amount: 5600, currency: 'USD', model: 'fixed' },
  depositPercent: 40,
  revisionRounds: 2,
  deadlines: [{ what: 'the launch', date: '2026-12-18' }],
};
const HISTORY: AgreedChange[] = [
  { at: '2026-11-12T10:00:00.000Z', field: 'price', after: { amount: 5600, currency: 'USD', model: 'fixed' }, source: 'thread' },
  { at: '2026-11-12T10:00:00.000Z', field: 'depositPercent', after: 40, source: 'thread' },
  { at: '2026-11-12T10:00:00.000Z', field: 'revisionRounds', after: 2, source: 'thread' },
  { at: '2026-11-14T10:00:00.000Z', field: 'deadlines', after: [{ what: 'the launch', date: '2026-12-18' }], source: 'typed' },
];
const run = (text: string, agreement: AgreementTerms | null = AGREED, history = HISTORY) =>
  analyzeMessage(text, { profile, agreement: agreement ?? undefined, agreementHistory: history, agreedAt: '2026-11-20T09:00:00.000Z', today: TODAY, from: 'Tom Reed <tom@reed.example>' });

describe('contradictions of the agreement', () => {
  it('flags a lower price taken as agreed, with the agreed value, date, source and their words', () => {
    const a = run('Hi Noa,\n\nAs agreed, the total for the website is $4,800. Could you send the invoice?\n\nTom');
    expect(a.contradictions).toHaveLength(1);
    const c = a.contradictions![0]!;
    expect(c).toMatchObject({ field: 'price', agreed: '$5,600', agreedOn: '2026-11-12', source: 'thread' });
    expect(c.clientWords).toBe('As agreed, the total for the website is $4,800.');
    expect(a.text.slice(c.index, c.index + c.clientWords.length)).toBe(c.clientWords);
  });

  it('cites the agreement at the start of every card', () => {
    const a = run('Hi Noa,\n\nAs agreed, the total for the website is $4,800. Could you send the invoice?\n\nTom');
    expect(a.suggestions.length).toBeGreaterThan(0);
    for (const s of a.suggestions) expect(s.text.split('\n\n')[1]).toMatch(/^As we agreed on 12 November, the price is \$5,600\./);
  });

  it('flags two more rounds assumed included, against the 2 agreed', () => {
    const a = run('Hi Noa, thanks for the designs. Two more rounds are included, right? We would like to change the header again.');
    expect(a.contradictions?.map((c) => [c.field, c.agreed])).toEqual([['revisionRounds', '2 revision rounds']]);
  });

  it('flags payment after launch against the agreed 40% deposit', () => {
    const a = run('Hi Noa, great to be starting. We will pay after the launch, as we do with all our suppliers.');
    const c = a.contradictions?.find((x) => x.field === 'payment');
    expect(c?.agreed).toBe('a 40% deposit before work starts');
    expect(c?.agreedOn).toBe('2026-11-12');
  });

  it('flags a different deadline taken as agreed, dated by the typed change', () => {
    const a = run('Hi Noa, just to confirm, the launch deadline is 11 December as agreed, right?');
    const c = a.contradictions?.find((x) => x.field === 'deadline');
    expect(c).toMatchObject({ agreedOn: '2026-11-14', source: 'typed' });
    expect(c?.agreed).toContain('18 December');
  });

  it('a change accepted since (a later history entry) is no contradiction, and the old value now is', () => {
    // Mid-thread the user accepted $4,800 for a smaller scope on 20 November.
    const lowered: AgreementTerms = { ...AGREED, price: { amount: 4800, currency: 'USD', model: 'fixed' } };
    const history: AgreedChange[] = [...HISTORY, { at: '2026-11-20T15:00:00.000Z', field: 'price', after: lowered.price, source: 'thread' }];
    expect(run('As agreed, the total for the website is $4,800.', lowered, history).contradictions).toBeUndefined();
    const old = run('As agreed, the total for the website is $5,600.', lowered, history).contradictions!;
    expect(old[0]).toMatchObject({ agreed: '$4,800', agreedOn: '2026-11-20' });
  });

  it('is silent without an agreement, on matching terms, and on a plain discount request', () => {
    expect(run('As agreed, the total is $4,800.', null).contradictions).toBeUndefined();
    expect(run('As agreed, the total is $5,600 with a 40% deposit. When can you start?').contradictions).toBeUndefined();
    expect(run('Could you do the website for $4,800 instead?').contradictions).toBeUndefined();
  });
});

describe('cards against a contradicted price', () => {
  it('cite terms agreed the same day in one sentence and offer no discount on the agreed price', () => {
    const a = run('Hi Noa,\n\nAs agreed, the total for the website is $4,800. We will pay after the launch.\n\nTom');
    expect(a.contradictions!.map((c) => c.field)).toEqual(['price', 'payment']);
    for (const s of a.suggestions) {
      expect(s.text.split('\n\n')[1]).toMatch(/^As we agreed on 12 November, the price is \$5,600, and a 40% deposit before work starts is part of our terms\./);
      expect(s.id).not.toMatch(/discount|smaller/);
    }
  });
});
