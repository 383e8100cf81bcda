// Node: the private floor per service — cards never go under it nor write it, budgets under it change the strategy, and the coach warns with the gap.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyzeMessage } from '../../../lib/negotiation/analyze';
import { checkDraftFloor } from '../../../lib/negotiation/memory/floor';
import { ProfileSchema, type Profile } from '../../../lib/negotiation/schemas';
import { loadJsonl } from '../../corpus/score';
import { REPLY_SETS } from '../../corpus/reply-sets';

const TODAY = '2026-12-07';

function designer(floors: Record<string, number> = {}): Profile {
  return ProfileSchema.parse({
    name: 'Noa Berg',
    signature: 'Noa Berg',
    currency: 'USD',
    depositPercent: 40,
    revisionRounds: 2,
    services: [
      {
        name: 'Logo and brand identity',
        price: 2400,
        keywords: ['logo', 'brand'],
        smallerVersions: [{ name: 'the logo and final files (no brand guide)', price: 1800 }],
        turnaroundDays: 15,
        floor: floors.logo,
      },
      { name: 'Landing page design', price: 1800, keywords: ['landing page'], turnaroundDays: 10, floor: floors.landing },
    ],
  });
}

const cardsFor = (text: string, profile: Profile) => analyzeMessage(text, { profile, today: TODAY, from: 'Mia Chen <mia@chen.example>' }).suggestions;

describe('floor in the suggestions', () => {
  const budget = 'Hi Noa,\n\nWe love your work, but our budget for the logo is $1,500. Could you do it for that?\n\nMia';

  it('without a floor, the smaller version under the client-facing price is offered', () => {
    const ids = cardsFor(budget, designer()).map((s) => s.id);
    expect(ids).toContain('smaller-version');
  });

  it('with a floor above the smaller version, no card offers it and a polite decline keeps the door open', () => {
    const cards = cardsFor(budget, designer({ logo: 2050 }));
    const ids = cards.map((s) => s.id);
    expect(ids).not.toContain('smaller-version');
    expect(ids).toContain('decline-door-open');
    const decline = cards.find((c) => c.id === 'decline-door-open')!;
    expect(decline.principles).toContain('decline_politely');
    expect(decline.text).toMatch(/glad to pick this up/);
    for (const c of cards) {
      expect(c.text).not.toMatch(/2,050|2050/);
      expect(checkDraftFloor(c.text, designer({ logo: 2050 }), budget).filter((w) => w.kind === 'below'), c.id).toEqual([]);
    }
  });

  it('keeps a smaller scope that fits above the floor', () => {
    const ids = cardsFor(budget, designer({ logo: 1700 })).map((s) => s.id);
    expect(ids[0]).toBe('smaller-version');
  });

  it('drops a traded discount that would land under the floor', () => {
    const ask = 'Hi Noa, the logo at $2,400 is a bit much for us. Could you do 10% off?';
    expect(cardsFor(ask, designer()).map((s) => s.id)).toContain('discount-for-terms');
    expect(cardsFor(ask, designer({ logo: 2300 })).map((s) => s.id)).not.toContain('discount-for-terms');
  });
});

describe('the floor is never written into a reply', () => {
  const Row = z.object({ text: z.string(), trade: z.string().optional(), from: z.string().optional(), today: z.string().optional() }).passthrough();
  const profiles = JSON.parse(readFileSync(resolve(__dirname, '../../corpus/replies/profiles.json'), 'utf8')) as Record<string, unknown>;
  /** Odd figures no price, deposit or line item of the corpus profiles lands on. */
  const withFloors = (p: unknown): Profile => {
    const parsed = ProfileSchema.parse(p);
    return { ...parsed, services: parsed.services.map((s) => ({ ...s, floor: oddFloor(s.price) })) };
  };
  const oddFloor = (price: number) => (price >= 10 ? Math.round(price * 0.83) + 0.37 : Math.round(price * 83) / 100 + 0.0037);
  const figures = (n: number) => [String(n), n.toLocaleString('en-US'), n.toFixed(2)];
  const rows = [
    ...REPLY_SETS.dev.flatMap((f) => loadJsonl(`replies/${f}.jsonl`, Row)),
    ...loadJsonl('client-messages.jsonl', Row).map((r) => ({ ...r, trade: 'designer' })),
  ];

  it(`scans every card over ${rows.length} messages for the floor figure`, () => {
    let cards = 0;
    for (const r of rows) {
      const profile = withFloors(profiles[r.trade ?? 'designer']);
      for (const s of analyzeMessage(r.text, { profile, today: r.today ?? TODAY, from: r.from }).suggestions) {
        cards++;
        for (const svc of profile.services) for (const f of figures(svc.floor!)) expect(s.text.includes(f), `${s.id}: ${f}`).toBe(false);
      }
    }
    expect(cards).toBeGreaterThan(rows.length);
  }, 180_000);
});

describe('floor in the draft coach', () => {
  const profile = designer({ landing: 1800 + 0 });
  it('warns on a draft price under the floor, with the gap and the service', () => {
    const w = checkDraftFloor('Hi Mia,\n\nI can do the landing page for $1,500, delivered in two weeks.', designer({ landing: 1800 }));
    expect(w.map((x) => x.message)).toEqual(['$300 below your floor for Landing page design']);
    expect(w[0]!.evidence).toBe('$1,500');
  });
  it('does not compare a figure in another currency, and says so', () => {
    const w = checkDraftFloor('I can do the landing page for €1,500.', profile);
    expect(w).toHaveLength(1);
    expect(w[0]!.kind).toBe('other_currency');
    expect(w[0]!.message).toContain('not compared');
  });
  it('is silent without a floor, at or above it, and on a deposit', () => {
    expect(checkDraftFloor('I can do the landing page for $1,500.', designer())).toEqual([]);
    expect(checkDraftFloor('The landing page is $1,800.', profile)).toEqual([]);
    expect(checkDraftFloor('The landing page is $1,800, with a $720 deposit to start.', profile)).toEqual([]);
  });
});
