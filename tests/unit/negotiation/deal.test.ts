// Node (vitest): the deal as it stands before our reply — the price from the agreement, our own quoted words, the client's restatement, or the profile, in that order.
import { describe, expect, it } from 'vitest';
import { ProfileSchema } from '../../../lib/negotiation/schemas';
import { ourBlocks, readDeal, termsFromOurWords } from '../../../lib/negotiation/understand/deal';

const TODAY = '2026-11-05';
const profile = ProfileSchema.parse({
  name: 'Marta Lindqvist',
  currency: 'EUR',
  services: [
    { name: 'Landing page copy', price: 900, keywords: ['landing page'] },
    { name: 'Blog article', price: 280, unit: 'item', keywords: ['blog', 'article'] },
    { name: 'Certified translation', price: 45, unit: 'page', keywords: ['certified'] },
  ],
  depositPercent: 50,
  revisionRounds: 2,
});

const QUOTE = [
  'On Mon, 2 Nov 2026 at 09:48, Marta Lindqvist <marta@example.se> wrote:',
  '> Hi Sofia,',
  '> Based on what you described, my fee is €1,100 for the landing page.',
  '> That includes two rounds of revisions. I ask for a 40% deposit (€440) to book the work.',
  '> I can deliver the final copy by Friday 20 November.',
  '>',
  '> On Fri, 30 Oct 2026 at 15:20, Sofia Marsh <sofia@example.co.uk> wrote:',
  '>> What would you charge for a landing page? Our budget is €700.',
].join('\n');

describe('our own earlier words', () => {
  it('keeps our quoted message and drops the client’s', () => {
    const blocks = ourBlocks(QUOTE, 'Sofia Marsh <sofia@example.co.uk>', profile);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toContain('my fee is €1,100');
  });
  it('reads the price, deposit, rounds and date we stated, not the deposit amount as the price', () => {
    expect(termsFromOurWords('my fee is €1,100 for the landing page. I ask for a 40% deposit (€440). Two rounds of revisions. Final copy by Friday 20 November.', TODAY)).toMatchObject({
      price: { amount: 1100 },
      deposit: 40,
      rounds: 2,
      date: { iso: '2026-11-20' },
    });
  });
  it('reads a total from a count and a rate: "13,600 words at €0.12"', () => {
    const t = termsFromOurWords('My invoice for €1,632 (13,600 words at €0.12 per word) is attached.', TODAY);
    expect(t.rate).toMatchObject({ amount: 0.12, unit: 'word' });
  });
});

describe('readDeal', () => {
  const base = { text: 'Great, let us go ahead with the landing page!', from: 'Sofia Marsh <sofia@example.co.uk>', profile, today: TODAY };
  it('takes the price from our quoted message over the profile', () => {
    const deal = readDeal({ ...base, quote: QUOTE });
    expect(deal.price).toMatchObject({ amount: 1100, source: 'thread' });
    expect(deal.deposit).toMatchObject({ percent: 40, source: 'thread' });
    expect(deal.date).toMatchObject({ iso: '2026-11-20', source: 'thread' });
  });
  it('takes the agreement over everything', () => {
    const deal = readDeal({ ...base, quote: QUOTE, agreement: { price: { amount: 1250, currency: 'EUR', model: 'fixed' }, depositPercent: 30 } });
    expect(deal.price).toMatchObject({ amount: 1250, source: 'agreement' });
    expect(deal.deposit).toMatchObject({ percent: 30, source: 'agreement' });
  });
  it('falls back to the service the client names, with its unit', () => {
    expect(readDeal({ ...base, text: 'How much for six certified pages?' }).price).toMatchObject({ amount: 45, unit: 'page', source: 'profile' });
    expect(readDeal({ ...base, text: 'How much for eight blog articles?' }).service?.name).toBe('Blog article');
  });
  it('takes the client restating our figure when nothing stronger is known', () => {
    const deal = readDeal({ ...base, text: 'Your €950 is fine.', clientAmounts: [{ text: '€950', value: 950, currency: 'EUR', index: 5, role: 'our_price' }] });
    expect(deal.price).toMatchObject({ amount: 950, source: 'client' });
  });
});

describe('our price beside a per-unit rate in our own mail', () => {
  it('keeps the headed price; a rate with its count is the price only when nothing heads the list', () => {
    const t = termsFromOurWords('Hi Ann,\n\nWebsite copy (up to 6 pages): €2,400\n\nIf you also want the blog, that would be 3 articles at €280 per article.\n\nAna', '2026-12-07');
    expect(t.price?.amount).toBe(2400);
    expect(termsFromOurWords('Hi Ann,\n\nThat would be 3 articles at €280 per article.\n\nAna', '2026-12-07').price?.amount).toBe(840);
  });
});
