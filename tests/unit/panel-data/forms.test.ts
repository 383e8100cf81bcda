// Node (vitest): the plain helpers behind the panel's forms: capture from a message, agreement and profile forms, typed numbers.
import { describe, expect, it } from 'vitest';
import { captureChoices, captureFromAnalysis, capturePatch, hasCapturable } from '../../../lib/panel/capture';
import { formatTermValue, formToTerms, termsPatch, termsToForm } from '../../../lib/panel/agreement-form';
import { parseNumberInput } from '../../../lib/panel/form-values';
import { emptyService, formToProfile, isProfileEmpty, profileToForm } from '../../../lib/panel/profile-form';
import { EMPTY_PROFILE, type AgreementTerms, type Analysis } from '../../../lib/negotiation/schemas';

const base = (over: Partial<Analysis['entities']>, moves: Analysis['moves'] = []): Analysis => ({
  asks: [],
  text: 'x',
  moves,
  entities: { amounts: [], percentages: [], dates: [], durations: [], clientName: null, ...over },
  suggestions: [],
});

describe('capture', () => {
  it('lists alternatives only where the message holds more than one distinct value', () => {
    const a = base({
      amounts: [
        { text: '$2,000', value: 2000, currency: 'USD', index: 0 },
        { text: '2000 dollars', value: 2000, currency: 'USD', index: 9 },
        { text: '500', value: 500, currency: null, index: 20 },
      ],
      percentages: [
        { text: '30%', value: 30, index: 3 },
        { text: '150%', value: 150, index: 4 },
      ],
      dates: [
        { text: 'Friday', iso: '2025-03-07', deadline: true, index: 30 },
        { text: 'the 7th', iso: '2025-03-07', deadline: false, index: 40 },
      ],
    });
    const c = captureChoices(a, { currency: 'EUR' });
    expect(c.price.map((x) => x.fill)).toEqual([
      { priceAmount: '2000', priceCurrency: 'USD' },
      { priceAmount: '500', priceCurrency: 'EUR' },
    ]);
    expect(c.deposit).toEqual([]); // 150% cannot be a deposit, so only one candidate
    expect(c.deadline).toEqual([]); // two words, one date
    expect(captureChoices(null, { currency: 'EUR' })).toEqual({ price: [], deposit: [], deadline: [] });
  });

  it('prefers an amount with a currency, a deposit-sized percentage and a deadline date', () => {
    const a = base({
      amounts: [
        { text: '3', value: 3, currency: null, index: 0 },
        { text: '$2,000', value: 2000, currency: 'USD', index: 5 },
      ],
      percentages: [
        { text: '150%', value: 150, index: 1 },
        { text: '25%', value: 25, index: 9 },
      ],
      dates: [
        { text: 'Monday', iso: '2025-03-10', deadline: false, index: 2 },
        { text: 'by Friday', iso: '2025-03-07', deadline: true, index: 3 },
      ],
    });
    expect(captureFromAnalysis(a, { today: '2025-03-03', currency: 'EUR' })).toEqual({
      priceAmount: '2000',
      priceCurrency: 'USD',
      depositPercent: '25',
      deadlineDate: '2025-03-07',
      deadlineWhat: 'Delivery',
      confirmedAt: '',
    });
  });

  it('offers acceptance alone, and nothing for a message without terms', () => {
    const accepted = base({}, [{ id: 'acceptance', confidence: 1, evidence: 'deal', index: 0 }]);
    expect(captureFromAnalysis(accepted, { today: '2025-03-03', currency: 'EUR' })?.confirmedAt).toBe('2025-03-03');
    expect(hasCapturable(base({}))).toBe(false);
    expect(captureFromAnalysis(base({}), { today: '2025-03-03', currency: 'EUR' })).toBeNull();
  });

  it('keeps the price model, replaces a same-named deadline and refuses bad values', () => {
    const current: AgreementTerms = { price: { amount: 50, currency: 'EUR', model: 'hourly', unit: 'hour' }, deadlines: [{ what: 'Delivery', date: '2025-04-01' }, { what: 'Draft', date: '2025-03-15' }] };
    const r = capturePatch({ priceAmount: '60', priceCurrency: 'eur', depositPercent: '', deadlineDate: '2025-03-30', deadlineWhat: 'delivery', confirmedAt: '' }, current);
    expect(r).toEqual({ ok: true, value: { price: { amount: 60, currency: 'EUR', model: 'hourly', unit: 'hour' }, deadlines: [{ what: 'Draft', date: '2025-03-15' }, { what: 'delivery', date: '2025-03-30' }] } });
    const bad = capturePatch({ priceAmount: 'abc', priceCurrency: 'EUR', depositPercent: '120', deadlineDate: '', deadlineWhat: '', confirmedAt: '' }, undefined);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(['depositPercent', 'price.amount']);
    expect(capturePatch({ priceAmount: '', priceCurrency: 'EUR', depositPercent: '', deadlineDate: '', deadlineWhat: '', confirmedAt: '' }, undefined).ok).toBe(false);
  });
});

describe('agreement form', () => {
  const full: AgreementTerms = {
    scope: 'Landing page',
    deliverables: ['Copy', 'Headlines'],
    deadlines: [{ what: 'Draft', date: '2025-03-10' }],
    price: { amount: 1800, currency: 'EUR', model: 'fixed' },
    depositPercent: 30,
    paymentSchedule: 'rest on delivery',
    stages: [{ name: 'Draft', amount: 900, due: '2025-03-10' }, { name: 'Final' }],
    revisionRounds: 2,
    workingHours: 'Mon–Fri',
    responseTime: 'one day',
    channels: ['email', 'Slack'],
    reachableOutOfHours: false,
    nda: { required: true, surchargePercent: 20 },
    confirmedAt: '2025-03-03',
  };

  it('round-trips every field through the form', () => {
    expect(formToTerms(termsToForm(full))).toEqual({ ok: true, value: full });
  });

  it('names the field of each error and clears removed fields in the patch', () => {
    const form = { ...termsToForm(full), revisionRounds: '1.5', deadlines: [{ what: 'Draft', date: '10/03/2025' }] };
    const r = formToTerms(form);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['deadlines.0.date', 'revisionRounds']);
    // Messages a freelancer can act on, not zod's developer wording.
    if (!r.ok) expect(r.errors).toEqual({ revisionRounds: 'a whole number', 'deadlines.0.date': 'a date as YYYY-MM-DD' });
    const high = formToTerms({ ...termsToForm(full), depositPercent: '150', scope: 'x'.repeat(5001) });
    expect(high.ok).toBe(false);
    if (!high.ok) expect(high.errors).toMatchObject({ depositPercent: '100 or less', scope: expect.stringMatching(/^at most \d+ characters$/) });
    expect(termsPatch(full, { scope: 'x' })).toMatchObject({ scope: 'x', price: undefined, confirmedAt: undefined });
    expect(Object.keys(termsPatch(full, { scope: 'x' }))).toHaveLength(Object.keys(full).length);
  });

  it('formats values for people', () => {
    expect(formatTermValue('price', { amount: 1800, currency: 'EUR', model: 'fixed' })).toBe('€1,800');
    expect(formatTermValue('price', { amount: 50, currency: 'USD', model: 'hourly' })).toBe('$50 per hour');
    expect(formatTermValue('nda', { required: true, surchargePercent: 20 })).toBe('required (+20 %)');
    expect(formatTermValue('depositPercent', undefined)).toBe('—');
  });
});

describe('profile form', () => {
  it('parses numbers as people type them', () => {
    expect(parseNumberInput('1,500')).toBe(1500);
    expect(parseNumberInput('1 500.5')).toBe(1500.5);
    expect(parseNumberInput('12,5')).toBe(12.5);
    expect(parseNumberInput('')).toBeUndefined();
    expect(parseNumberInput('12abc')).toBeNaN();
  });

  it('validates with ProfileSchema and keys errors by path', () => {
    const form = { ...profileToForm(EMPTY_PROFILE), currency: 'euro', services: [{ ...emptyService(), name: 'Logo', price: '-5' }, emptyService()] };
    const r = formToProfile(form);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['currency', 'services.0.price']);
    const ok = formToProfile({ ...form, currency: 'eur', services: [{ ...emptyService(), name: 'Logo', price: '500', keywords: 'logo, brand', lineItems: [{ name: 'Sketches', price: '' }] }] });
    expect(ok).toEqual({ ok: true, value: expect.objectContaining({ currency: 'EUR', services: [{ name: 'Logo', price: 500, unit: 'project', keywords: ['logo', 'brand'], lineItems: [{ name: 'Sketches' }], smallerVersions: [] }] }) });
    expect(isProfileEmpty(EMPTY_PROFILE)).toBe(true);
  });

  it('keeps smaller versions and the turnaround, and asks for a price on a version without one', () => {
    const service = { ...emptyService(), name: 'Website', price: '5600', turnaroundDays: '30', smallerVersions: [{ name: 'a one-page site', price: '2,200' }] };
    const r = formToProfile({ ...profileToForm(EMPTY_PROFILE), services: [service] });
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ services: [expect.objectContaining({ turnaroundDays: 30, smallerVersions: [{ name: 'a one-page site', price: 2200 }] })] }) });
    if (r.ok) expect(profileToForm(r.value).services[0]).toMatchObject({ turnaroundDays: '30', smallerVersions: [{ name: 'a one-page site', price: '2200' }] });
    const missing = formToProfile({ ...profileToForm(EMPTY_PROFILE), services: [{ ...service, smallerVersions: [{ name: 'a one-page site', price: '' }] }] });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors['services.0.smallerVersions.0.price']).toBe('a price for this version');
  });
});
