// Node: the concessions ledger over multi-turn threads, notes and agreement history, and the one-sided draft check.
import { describe, expect, it } from 'vitest';
import { askedConcessions, buildLedger, checkOneSided, givenIn, type LedgerMessage } from '../../../lib/negotiation/memory/ledger';

const client = (date: string, text: string): LedgerMessage => ({ date, text, fromUser: false });
const us = (date: string, text: string): LedgerMessage => ({ date, text, fromUser: true });

/** The client keeps asking for free rounds; we keep saying yes. */
const FREE_ROUNDS = [
  client('2026-11-02', 'Hi Dana, we love the first concepts. Could we have one more round of changes on the homepage?'),
  us('2026-11-03', 'Sure, no problem. I will send the new version on Thursday.'),
  client('2026-11-06', 'Thanks! Could you do another round for the pricing page too, at no extra cost?'),
  us('2026-11-09', "Of course, happy to. I'll include it."),
];

describe('concessions ledger', () => {
  it('counts each plain yes to a free round as our concession, with its date and evidence', () => {
    const ledger = buildLedger({ messages: FREE_ROUNDS });
    expect(ledger.entries.map((e) => [e.by, e.kind, e.date])).toEqual([
      ['us', 'free_scope', '2026-11-03'],
      ['us', 'free_scope', '2026-11-09'],
    ]);
    expect(ledger.entries[0]!.evidence).toBe('Sure, no problem.');
    expect(ledger.balance).toBe('You gave 2, got 0');
    expect(ledger.oneSided).toBe(true);
  });

  it('records concessions on both sides and what came back', () => {
    const ledger = buildLedger({
      messages: [
        client('2026-11-02', 'Your quote of $2,400 is above our budget. Could you give us a discount?'),
        us('2026-11-03', 'I can come down 10%, to $2,160, in exchange for payment of the full amount upfront.'),
        client('2026-11-04', "OK, we'll pay the full amount upfront. Could we also have it a week sooner?"),
        us('2026-11-05', "I can't move the date without a rush fee, sorry."),
        client('2026-11-06', 'Fine, we can wait until the 20th then.'),
      ],
    });
    const rows = ledger.entries.map((e) => [e.by, e.kind, e.return ? 'traded' : 'free']);
    expect(rows).toEqual([
      ['us', 'price', 'traded'],
      ['client', 'payment', 'free'],
      ['client', 'earlier_date', 'free'],
    ]);
    expect(ledger.balance).toBe('You gave 0, got 2 (and traded 1)');
    expect(ledger.oneSided).toBe(false);
  });

  it('reads notes and the agreement history, with their dates', () => {
    const ledger = buildLedger({
      notes: [
        { at: '2026-10-20T10:00:00.000Z', text: 'Gave them a third revision round for free after the call.' },
        { at: '2026-10-22T10:00:00.000Z', text: 'They agreed to pay the deposit this week.' },
      ],
      history: [
        { at: '2026-10-25T09:00:00.000Z', field: 'price', before: { amount: 2000, currency: 'USD', model: 'fixed' }, after: { amount: 1800, currency: 'USD', model: 'fixed' } },
        { at: '2026-10-26T09:00:00.000Z', field: 'depositPercent', before: 40, after: 20 },
        { at: '2026-10-27T09:00:00.000Z', field: 'scope', before: 'a', after: 'b' },
      ],
    });
    expect(ledger.entries.map((e) => [e.source, e.by, e.kind, e.date])).toEqual([
      ['note', 'us', 'free_scope', '2026-10-20'],
      ['note', 'client', 'payment', '2026-10-22'],
      ['agreement', 'us', 'price', '2026-10-25'],
      ['agreement', 'us', 'payment', '2026-10-26'],
    ]);
    expect(ledger.balance).toBe('You gave 3, got 1');
  });

  it("reads the client's raised budget as theirs, and 'we will pay after the launch' as no concession", () => {
    expect(givenIn("We'll pay $2,000 if that helps.", 'client').map((g) => g.kind)).toEqual(['price']);
    expect(givenIn('We will pay after the launch.', 'client')).toEqual([]);
  });

  it('hears what the client asks to be given', () => {
    expect(askedConcessions('Can we get a third round of revisions for free?')).toEqual(['free_scope']);
    expect(askedConcessions('We would prefer to pay after launch, no deposit.')).toEqual(['payment']);
    expect(askedConcessions('Thanks, the files look great.')).toEqual([]);
  });

  it('hears a yes after a greeting on the same line (a collapsed message read as a snippet)', () => {
    expect(givenIn('Hi Mia, Sure, no problem. I will send it on Thursday.', 'us', ['free_scope']).map((g) => g.kind)).toEqual(['free_scope']);
  });

  it('does not count a refusal or a paid extra as a concession', () => {
    expect(givenIn("Sure, but a third round is extra: I'd bill it at my hourly rate.", 'us', ['free_scope'])).toEqual([]);
    expect(givenIn("I can't do it for free, I'm afraid.", 'us', ['free_scope'])).toEqual([]);
  });

  it('stays bounded on huge input', () => {
    const big = 'Sure, no problem. '.repeat(50_000);
    const t = performance.now();
    buildLedger({ messages: Array.from({ length: 300 }, (_, i) => (i % 2 ? us('2026-11-01', big) : client('2026-11-01', big))) });
    expect(performance.now() - t).toBeLessThan(5000);
  });
});

describe('one-sided concession check', () => {
  const ledger = buildLedger({ messages: FREE_ROUNDS });
  const third = 'Could we have a third round on the about page? Should be quick.';

  it('warns on a plain yes to a third free round, naming the earlier concessions', () => {
    const f = checkOneSided('sure, no problem', ledger, askedConcessions(third));
    expect(f).not.toBeNull();
    expect(f!.evidence).toBe('sure, no problem');
    expect(f!.advice).toContain('You gave 2, got 0');
    expect(f!.advice).toContain('extra work at no charge (2026-11-09)');
  });

  it('lets a concession with a named return pass', () => {
    expect(checkOneSided('Sure, no problem, if you can confirm the launch date moves to the 20th.', ledger, askedConcessions(third))).toBeNull();
  });

  it('says nothing while the ledger is balanced', () => {
    const balanced = buildLedger({ messages: FREE_ROUNDS.slice(0, 2) });
    expect(checkOneSided('sure, no problem', balanced, askedConcessions(third))).toBeNull();
  });

  it('says nothing on a draft that gives nothing', () => {
    expect(checkOneSided('A third round is extra, at $150. Shall I go ahead?', ledger, askedConcessions(third))).toBeNull();
  });
});

describe('draft coach with the ledger', () => {
  it('adds one_sided_concession to analyzeDraft, pointing at the draft text, only when given the ledger', async () => {
    const { analyzeDraft } = await import('../../../lib/negotiation/analyze');
    const ledger = buildLedger({ messages: FREE_ROUNDS });
    const clientText = 'Could we have a third round on the about page? Should be quick.';
    const draft = 'Hi Mia,\n\nsure, no problem. I will send it tomorrow.\n\nDana';
    const withMemory = analyzeDraft(draft, { ledger, clientText });
    const hit = withMemory.checks.find((c) => c.id === 'one_sided_concession');
    expect(hit?.principle).toBe('concession_for_concession');
    expect(withMemory.text.slice(hit!.index, hit!.index + hit!.evidence.length)).toBe(hit!.evidence);
    expect(analyzeDraft(draft).checks.some((c) => c.id === 'one_sided_concession')).toBe(false);
  });
});
