// Node (vitest): whose each figure is — our price, the client's offer, a competitor's; deposit, discount, share; the date asked for vs. the one planned.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/negotiation/analyze';
import { findShift } from '../../../lib/negotiation/understand/roles';

const TODAY = '2026-12-07'; // a Monday

function roles(text: string) {
  const a = analyzeMessage(text, { today: TODAY });
  return {
    amounts: a.entities.amounts.map((x) => `${x.text}=${x.role}`),
    percentages: a.entities.percentages.map((x) => `${x.text}=${x.role}`),
    dates: a.entities.dates.map((x) => `${x.iso}=${x.role}`),
  };
}

describe('amount roles', () => {
  it.each([
    ['$5,600 is more than we budgeted; another studio quoted $3,900.', ['$5,600=our_price', '$3,900=competitor']],
    ['Your quote of $2,750 works for us.', ['$2,750=our_price']],
    ['Is 500 doable?', ['500=client_offer']],
    ['what would 1k get me?', ['1k=client_offer']],
    ['Our budget is $8,000, so no issue there.', ['$8,000=client_offer']],
    ['2400 for a logo?? ill give you 800 cash', ['2400=our_price', '800=client_offer']],
    ['Can you do it for 1500? Someone on Fiverr does it for 300 bucks.', ['1500=client_offer', '300 bucks=competitor']],
    ['my nephew said hed do it for 200', ['200=competitor']],
    ['Could you do the series at €200 each instead of €280?', ['€200=client_offer', '€280=our_price']],
    ['We are a company that sells €8,000 tours, not a lifestyle blog.', ['€8,000=other']],
    ['I am not prepared to pay €560 for something we cannot use.', ['€560=our_price']],
    ['Our current agency invoices at €0.08 per word.', ['€0.08=competitor']],
    // (eleventh session) a count of hours restated is no price: it read £8 as our price and asked a £2.40 deposit.
    ['ive just seen the invoice. 14 hours?? You quoted 8-10. I budgeted £650 max for this', ['8=other', '10=other', '£650=client_offer']],
    // (eleventh session) an invoice's figure is what was billed, not a budget: 'I can't do it for $2,240' answered a deposit invoice.
    ['I just received invoice #0142 for $2,240. We have not even had the discovery meeting yet.', ['$2,240=other']],
    // Seventh session: figures typed on a phone, a client's own product price, our estimate restated by accounts.
    ['saw ur prices. 2400 for a logo is nuts lol. what can u do for like 600??', ['2400=our_price', '600=client_offer']],
    ['the pricing section says 49/mo. our price is 59. fix it', ['49=other', '59=other']],
    ['PO NL-PO-2291 was raised for £520.00, being the upper limit of your written estimate.', ['£520.00=our_price']],
  ])('%s', (text, expected) => {
    expect(roles(text).amounts).toEqual(expected);
  });

  it('reads our own figure quoted back as ours even without a cue, once the price is known', () => {
    const a = analyzeMessage('The £3,200 covers the pages we discussed.', { today: TODAY, profile: { name: '', signature: '', currency: 'GBP', services: [{ name: 'WordPress site', price: 3200, unit: 'project', keywords: [], lineItems: [], smallerVersions: [] }], tone: 'neutral' } });
    expect(a.entities.amounts.map((x) => x.role)).toEqual(['our_price']);
  });

  it('reads "12 cents a word" as a rate of 0.12', () => {
    const a = analyzeMessage('12 cents a word? That is steep.', { today: TODAY });
    expect(a.entities.amounts[0]).toMatchObject({ value: 0.12, role: 'our_price' });
  });
});

describe('percentage roles', () => {
  it.each([
    ['We can only pay 20% upfront, not the 40% deposit you asked for.', ['20%=deposit', '40%=deposit']],
    ["We'd offer you 5% equity instead of the fee.", ['5%=share']],
    ['Could you knock 15% off?', ['15%=discount']],
    ['Can you promise a 20% lift in sign-ups?', ['20%=other']],
    ['Is the 30% rush surcharge negotiable?', ['30%=surcharge']],
  ])('%s', (text, expected) => {
    expect(roles(text).percentages).toEqual(expected);
  });
});

describe('date roles', () => {
  it('tells the new date from the planned one', () => {
    expect(roles('The launch moved up, so we need it by Friday instead of the 18th.').dates).toEqual(['2026-12-11=requested', '2026-12-18=current']);
  });
  it('reads "on 30 November rather than 7 December" as asked-for then planned', () => {
    expect(roles('Our MD wants to announce it on 21 December rather than 28 December.').dates).toEqual(['2026-12-21=requested', '2026-12-28=current']);
  });
  it('reads "Friday, 18 December" as one date', () => {
    expect(roles('Delivery would be required by Friday, 18 December.').dates).toEqual(['2026-12-18=requested']);
  });
  it('does not take a call, an appointment or a payment window for a delivery date', () => {
    expect(roles('Are you free for a call on Tuesday? My visa appointment is on Monday 14 December.').dates.every((d) => d.endsWith('=other'))).toBe(true);
    expect(roles('Our terms are payment at 60 days end of month.').dates.every((d) => d.endsWith('=other'))).toBe(true);
  });
  it('"starts from the end of January" is when someone else starts, not the date planned before', () => {
    expect(roles('We hope to have the final files by 15 January, because our web designer starts the shop design from the end of January.').dates).toEqual(['2027-01-15=requested', '2027-01-29=other']);
  });
  it('measures a relative shift: "moved up by a week" is seven days earlier, not "within a week"', () => {
    expect(findShift('The launch has been moved up by a week.')?.days).toBe(-7);
    expect(findShift('Could you deliver two days earlier?')?.days).toBe(-2);
    expect(findShift('We need to push it back by 3 days.')?.days).toBe(3);
    expect(findShift('We need it within a week.')).toBeUndefined();
  });
});

describe('a holiday in the past tense (eighth session)', () => {
  it('"I got the confirmation letter before Christmas" is last Christmas, no date asked for', () => {
    const a = analyzeMessage('Happy New Year! The university accepted it and I got the confirmation letter before Christmas. Now we need two more certificates translated.', { today: '2027-01-11', from: 'Irina <irina@mail.example>' });
    const christmas = a.entities.dates.find((d) => /christmas/i.test(d.text));
    expect(christmas?.role).not.toBe('requested');
  });
});
