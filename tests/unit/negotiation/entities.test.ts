// Node: money, percentages, dates, durations and the client's name found in a client's message, with a fixed "today".
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lib/negotiation/entities';
import { parse } from '../../../lib/negotiation/nlp';
import { analyzeMessage } from '../../../lib/negotiation/analyze';
import { EntitiesSchema, type Entities } from '../../../lib/negotiation/schemas';

const MONDAY = '2026-11-23';
const FRIDAY = '2026-11-27';

function run(text: string, opts: { today?: string; from?: string; signature?: string } = {}): Entities {
  const parsed = parse(text);
  const e = extractEntities(parsed, { today: MONDAY, ...opts });
  // Every entity points at its exact words, so the UI can highlight them.
  for (const list of [e.amounts, e.percentages, e.dates, e.durations]) {
    for (const x of list) expect(text.slice(x.index, x.index + x.text.length)).toBe(x.text);
  }
  return EntitiesSchema.parse(e);
}
const money = (text: string) => run(text).amounts.map(({ text: t, value, currency }) => ({ text: t, value, currency }));

describe('money', () => {
  it('reads "£8-10k" as £8,000 to £10,000, not £8, and leaves "3-10k words" a count', () => {
    expect(money('Our budget is £8-10k for the site.')).toEqual([
      { text: '£8', value: 8000, currency: 'GBP' },
      { text: '10k', value: 10000, currency: 'GBP' },
    ]);
    expect(money('Articles of 3-10k words each.')).toEqual([]);
  });
  it.each([
    ['Our budget is $2,500.', '$2,500', 2500, 'USD'],
    ['Price: €1.200,50 incl. VAT', '€1.200,50', 1200.5, 'EUR'],
    ['I can pay 150 euros for it.', '150 euros', 150, 'EUR'],
    ['We offer 3400 USD.', '3400 USD', 3400, 'USD'],
    ['We offer USD 3400.', 'USD 3400', 3400, 'USD'],
    ['Our limit is 10 000 rubles.', '10 000 rubles', 10000, 'RUB'],
    ['The budget is around 10k.', '10k', 10000, null],
    ['Could you do $1.5k?', '$1.5k', 1500, 'USD'],
    ['It costs £300 elsewhere.', '£300', 300, 'GBP'],
    ['We were quoted 2,500 SEK.', '2,500 SEK', 2500, 'SEK'],
    ['Only 500 kr, please.', '500 kr', 500, 'SEK'],
    ['Our offer: ₪1,200.', '₪1,200', 1200, 'ILS'],
    ['We can pay 1200 shekels.', '1200 shekels', 1200, 'ILS'],
    ['That is 1200 NIS in total.', '1200 NIS', 1200, 'ILS'],
    ['Max ¥50000 per item.', '¥50000', 50000, 'JPY'],
    ['CHF 800 is our limit.', 'CHF 800', 800, 'CHF'],
    ['Total 12\'500 CHF.', "12'500 CHF", 12500, 'CHF'],
    ['Price 10\u202f000 € with VAT.', '10\u202f000 €', 10000, 'EUR'],
    ['Budget is 1\u00a0500 euro.', '1\u00a0500 euro', 1500, 'EUR'],
    ['The budget is 1500.', '1500', 1500, null],
    ['I can pay 1,200.50 now.', '1,200.50', 1200.5, null],
    ['That will be 5.000 kr.', '5.000 kr', 5000, 'SEK'],
    ['Our offer is 3,5k EUR.', '3,5k EUR', 3500, 'EUR'],
    ['Budget: 2000', '2000', 2000, null],
    ['We can spend 5 thousand on this.', '5 thousand', 5000, null],
    ['Сколько? Наш бюджет 10 000 рублей.', '10 000 рублей', 10000, 'RUB'],
    ['התקציב שלנו 1,200 ש"ח.', '1,200 ש"ח', 1200, 'ILS'],
  ])('%s → %s', (text, expectedText, value, currency) => {
    expect(money(text)).toEqual([{ text: expectedText, value, currency }]);
  });

  it('reads a range as two amounts in one currency', () => {
    expect(money('We had $2,000-3,000 in mind.')).toEqual([
      { text: '$2,000', value: 2000, currency: 'USD' },
      { text: '3,000', value: 3000, currency: 'USD' },
    ]);
    expect(money('The price should be between 2000 and 3000 euros.')).toEqual([
      { text: '2000', value: 2000, currency: 'EUR' },
      { text: '3000 euros', value: 3000, currency: 'EUR' },
    ]);
  });

  it('finds several amounts in order with their positions', () => {
    const e = run('You quoted $2,500 but we only have $1,800. Could we pay 900 now and 900 on delivery?');
    expect(e.amounts.map((a) => a.value)).toEqual([2500, 1800, 900, 900]);
    expect(e.amounts.map((a) => a.currency)).toEqual(['USD', 'USD', null, null]);
    expect(e.amounts[2]!.index).toBe(56);
  });

  it.each([
    ['counts', 'We need 3 rounds of revisions and 5 pages.'],
    ['a count after a money word', 'The price covers 3 rounds.'],
    ['a year', 'In 2026 we want to relaunch the site.'],
    ['a year near a money word', 'The price of the 2026 campaign is open.'],
    ['an international phone number', 'Call me at +1 555 123 4567 about the price.'],
    ['a US phone number', 'Our price question: phone 555-123-4567.'],
    ['a Swedish phone number', 'Ring mig om priset: 070-123 45 67'],
    ['a percentage', 'We want 30% off the price.'],
    ['a date', 'We will pay by 12/15.'],
    ['a clock time', 'Let us talk about the price at 10:30.'],
    ['an invoice number', 'Invoice 4521 is overdue.'],
    ['a number with no money context', 'We are a team of 12 and have 40 products.'],
    ['"10k" followed by a count noun', 'The blog needs 10k words.'],
    ['a version number', 'Version 2.0 has a better price list.'],
    ['24/7', 'We need 24/7 support included in the price.'],
    ['a duration after a money word', 'We pay within 30 days.'],
  ])('does not take %s as money', (_what, text) => {
    expect(money(text)).toEqual([]);
  });
});

describe('percentages', () => {
  it('reads digits, spaced signs, words and "per cent"', () => {
    const e = run('Thirty percent is too much; 50 per cent upfront is fine, or 30 % and 12,5% later. Maybe twenty-five percent?');
    expect(e.percentages.map(({ text, value }) => ({ text, value }))).toEqual([
      { text: 'Thirty percent', value: 30 },
      { text: '50 per cent', value: 50 },
      { text: '30 %', value: 30 },
      { text: '12,5%', value: 12.5 },
      { text: 'twenty-five percent', value: 25 },
    ]);
    expect(e.amounts).toEqual([]);
  });
});

describe('dates (today is Monday 2026-11-23)', () => {
  const dates = (text: string, today = MONDAY) => run(text, { today }).dates.map(({ text: t, iso, deadline }) => ({ text: t, iso, deadline }));

  it.each([
    ['Can you send it by Friday?', 'Friday', '2026-11-27', true],
    ['Next Tuesday works for a call.', 'Next Tuesday', '2026-12-01', false],
    ['We need it tomorrow.', 'tomorrow', '2026-11-24', true],
    ['Could you send it tonight?', 'tonight', '2026-11-23', false],
    ['We need the draft by end of day.', 'end of day', '2026-11-23', true],
    ['Send it EOD please.', 'EOD', '2026-11-23', false],
    ['Please reply within 24 hours.', 'within 24 hours', '2026-11-24', true],
    ['We can talk in 3 days.', 'in 3 days', '2026-11-26', false],
    ['The launch is Dec 15.', 'Dec 15', '2026-12-15', false],
    ['It is due 15 December.', '15 December', '2026-12-15', true],
    ['Deadline: 12/15.', '12/15', '2026-12-15', true],
    ['Deliver no later than 2026-12-15.', '2026-12-15', '2026-12-15', true],
    ['Can it be ready by the end of the week?', 'the end of the week', '2026-11-27', true],
    ['We want it live by end of month.', 'end of month', '2026-11-30', true],
    ['Let us start in two weeks.', 'in two weeks', '2026-12-07', false],
    ['We need it ASAP, ideally Wednesday.', 'Wednesday', '2026-11-25', true],
    ['The deadline is 15/12/2026.', '15/12/2026', '2026-12-15', true],
    ['Delivery on 15.12.2026 is fine.', '15.12.2026', '2026-12-15', false],
    ['Payment until January 10th.', 'January 10th', '2027-01-10', true],
    ['Within 5 business days, please.', 'Within 5 business days', '2026-11-30', true],
    ['Can we finish before Christmas?', 'Christmas', '2026-12-25', true],
    ['Are you free the day after tomorrow?', 'the day after tomorrow', '2026-11-25', false],
    ['Can you deliver by the 30th?', 'the 30th', '2026-11-30', true],
    ['The launch is Dec. 15, right?', 'Dec. 15', '2026-12-15', false],
    ['Last Friday you said it was fine.', 'Last Friday', '2026-11-20', false],
    ['Please send it by next Friday.', 'next Friday', '2026-12-04', true],
    ['We need it done by Thanksgiving.', 'Thanksgiving', '2026-11-26', true],
    // A part of a month is a working day inside it (the 15th of January 2027 is a Friday; 31 January a Sunday).
    ['can it be up by mid january', 'mid january', '2027-01-15', true],
    ['We go live at the end of January.', 'the end of January', '2027-01-29', false],
    ['Ideally by early Feb.', 'early Feb', '2027-02-05', true],
  ])('%s', (text, expectedText, iso, deadline) => {
    expect(dates(text)).toEqual([{ text: expectedText, iso, deadline }]);
  });

  it('reads "late may" from a phone as no date ("may" is a verb) and "late May" as one', () => {
    expect(dates('it may be late may before we know')).toEqual([]);
    expect(dates('We open in late May.').map((d) => d.iso)).toEqual(['2027-05-31']);
  });

  it('"by Friday" said on a Friday means next week\'s Friday', () => {
    expect(dates('Please send it by Friday.', FRIDAY)).toEqual([{ text: 'Friday', iso: '2026-12-04', deadline: true }]);
  });

  it('a month-day already long past is next year\'s', () => {
    expect(dates('Can we start on Feb 2?')).toEqual([{ text: 'Feb 2', iso: '2027-02-02', deadline: false }]);
  });

  it('finds a start date and a deadline in one message', () => {
    expect(dates('We can start next Monday, and it has to be done by Dec 15.')).toEqual([
      { text: 'next Monday', iso: '2026-11-30', deadline: false },
      { text: 'Dec 15', iso: '2026-12-15', deadline: true },
    ]);
  });

  it('does not read fractions, 24/7, clock times or bare numbers as dates', () => {
    expect(dates('We offer 24/7 support, call at 10:30, about 50/50 split, 3 rounds.')).toEqual([]);
    expect(dates('We may 3 times ask for changes.')).toEqual([]);
  });

  it('rejects a malformed today', () => {
    expect(() => extractEntities(parse('by Friday'), { today: '23/11/2026' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('durations', () => {
  const durations = (text: string) => run(text).durations.map(({ text: t, value, unit }) => ({ text: t, value, unit }));
  it('reads lengths of time in digits and words', () => {
    expect(durations('It will take two weeks, maybe a month; the review needs 48 hours and 3 days of testing.')).toEqual([
      { text: 'two weeks', value: 2, unit: 'week' },
      { text: 'a month', value: 1, unit: 'month' },
      { text: '48 hours', value: 48, unit: 'hour' },
      { text: '3 days', value: 3, unit: 'day' },
    ]);
  });
  it('"within 24 hours" is both a duration and a date', () => {
    const e = run('Please reply within 24 hours.');
    expect(e.durations.map((d) => [d.text, d.value, d.unit])).toEqual([['24 hours', 24, 'hour']]);
    expect(e.dates.map((d) => d.iso)).toEqual(['2026-11-24']);
  });
  it('a rate ("$50 a day", "twice a week") is not a duration', () => {
    expect(durations('We pay $50 a day and meet twice a week.')).toEqual([]);
  });
  it('reads half a day', () => {
    expect(durations('It is half a day of work.')).toEqual([{ text: 'half a day', value: 0.5, unit: 'day' }]);
  });
  it('reads hyphenated and business-day lengths', () => {
    expect(durations('A 3-day turnaround or 10 working days.')).toEqual([
      { text: '3-day', value: 3, unit: 'day' },
      { text: '10 working days', value: 10, unit: 'day' },
    ]);
  });
});

describe('clientName', () => {
  const name = (opts: { from?: string; signature?: string }, text = 'Can you do it cheaper?') => run(text, opts).clientName;
  it.each([
    [{ from: 'Tom Baker <tom@acme.com>' }, 'Tom'],
    [{ from: '"Baker, Tom" <tom@acme.com>' }, 'Tom'],
    [{ from: 'tom.baker@acme.com' }, 'Tom'],
    [{ from: 'maria@bolag.se' }, 'Maria'],
    [{ from: 'TOM BAKER <t@acme.com>' }, 'Tom'],
    [{ from: 'Dr. Jane Smith <js@acme.com>' }, 'Jane'],
    [{ from: 'info@acme.com' }, null],
    // A team's display name makes its address a team's too: no "Hello Ap".
    [{ from: 'Accounts Payable EMEA – Veltra Solutions <ap-emea@veltra.example>' }, null],
    [{ from: 'procurement@veltra.example' }, null],
    [{ from: 'hello@acme.com' }, null],
    [{ from: 'no-reply@acme.com' }, null],
    [{ from: 'Acme Support <support@acme.com>' }, null],
    [{ from: 'tbaker@acme.com' }, null],
    [{ from: 'info@acme.com', signature: 'Thanks,\nMaria' }, 'Maria'],
    [{ signature: 'Kind regards\nAnna-Karin Lind\nVD, Bolaget AB' }, 'Anna-Karin'],
    [{ signature: '-- \nTom Baker\nCEO, Acme' }, 'Tom'],
    [{ signature: 'Sent from my iPhone' }, null],
  ])('%j → %s', (opts, expected) => {
    expect(name(opts)).toBe(expected);
  });
  it('falls back to the sign-off at the end of the text', () => {
    expect(name({}, 'Can you do it cheaper?\n\nBest,\nTom')).toBe('Tom');
    expect(name({}, 'Can you do it cheaper?\nCheers, Jo')).toBe('Jo');
    expect(name({}, 'Can you do it cheaper?')).toBeNull();
  });
});

describe('a realistic client message', () => {
  it('extracts everything at once', () => {
    const text =
      'Hi Ana,\n\nThanks for the quote. $2,500 is more than we planned; our budget is 1800. We could pay 30% upfront and the rest within 14 days of delivery.\nThe site has to be live by Friday, Dec 4 at the latest, and the whole thing should take two weeks at most.';
    const e = run(text, { from: 'Tom Baker <tom@acme.com>' });
    expect(e.amounts.map((a) => [a.text, a.value, a.currency])).toEqual([
      ['$2,500', 2500, 'USD'],
      ['1800', 1800, null],
    ]);
    expect(e.percentages.map((p) => p.value)).toEqual([30]);
    expect(e.dates.map((d) => [d.text, d.iso, d.deadline])).toEqual([
      ['within 14 days', '2026-12-07', true],
      ['Friday', '2026-11-27', true],
      ['Dec 4', '2026-12-04', true],
    ]);
    expect(e.durations.map((d) => [d.value, d.unit])).toEqual([
      [14, 'day'],
      [2, 'week'],
    ]);
    expect(e.clientName).toBe('Tom');
  });
});

describe('phone spellings of dates and budgets (tenth session)', () => {
  it('reads lower-case months with a day ("launch party march 20", "appointment on 14 oct") but not the verb "may"', () => {
    const e = (t: string) => extractEntities(parse(t), { today: '2026-03-04' });
    expect(e('opening the new spot march 20 big launch party').dates.map((d) => d.iso)).toEqual(['2026-03-20']);
    expect(e('visa appointment on 14 oct').dates.map((d) => d.iso)).toEqual(['2026-10-14']);
    expect(e('we may 20 times change our mind').dates).toEqual([]);
  });
  it('"budget is like 1k maybe bit more" is a sum of money, and the client\'s', () => {
    const a = analyzeMessage('how much for a logo. budget is like 1k maybe bit more if we have to', { today: '2026-03-04' });
    expect(a.entities.amounts.map((x) => [x.value, x.role])).toEqual([[1000, 'client_offer']]);
    expect(analyzeMessage('we need 2k words translated', { today: '2026-03-04' }).entities.amounts).toEqual([]);
  });
});
