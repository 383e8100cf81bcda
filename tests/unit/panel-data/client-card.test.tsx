// @vitest-environment happy-dom
// Component tests (happy-dom): the client card in the thread view: save as client, capture terms with confirmation, notes linked to the thread.
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientCard } from '../../../components/clients/client-card';
import { createClient, findClientByEmail, getAgreement, getAgreementHistory, listNotes, updateAgreement } from '../../../lib/db';
import type { Analysis } from '../../../lib/negotiation/schemas';
import { fakeServices, renderWith, TODAY } from './services';

afterEach(() => cleanup());

const THREAD = { webmail: 'gmail' as const, threadId: 'th-42', subject: 'Landing page quote' };
const TEXT = 'Sounds good, let us go ahead: 2400 EUR with 30% upfront, delivered by 20 March.';

function analysis(over: Partial<Analysis['entities']> = {}, accept = true): Analysis {
  return {
    text: TEXT,
    moves: accept ? [{ id: 'acceptance', confidence: 0.9, evidence: 'let us go ahead', index: 13 }] : [],
    asks: [],
    entities: {
      amounts: [{ text: '2400 EUR', value: 2400, currency: 'EUR', index: 31 }],
      percentages: [{ text: '30%', value: 30, index: 45 }],
      dates: [{ text: 'by 20 March', iso: '2025-03-20', deadline: true, index: 68 }],
      durations: [],
      clientName: null,
      ...over,
    },
    suggestions: [],
  };
}

const TOM = { name: 'Tom Reed', email: 'Tom@Acme-Studio.co.uk' };

describe('ClientCard', () => {
  it('shows an unknown sender with the company from the domain and saves them as a new client in one click', async () => {
    const { services, db } = fakeServices();
    renderWith(services, <ClientCard sender={TOM} thread={THREAD} analysis={null} />);
    const card = await screen.findByTestId('client-card');
    await within(card).findByTestId('save-client');
    expect(within(card).getByTestId('client-name').textContent).toBe('Tom Reed');
    expect(within(card).getByTestId('client-company').textContent).toBe('Acme-studio');
    expect(await findClientByEmail(db, TOM.email)).toBeUndefined();

    await userEvent.click(within(card).getByTestId('save-client'));
    await waitFor(() => expect(screen.queryByTestId('save-client')).toBeNull());
    const saved = await findClientByEmail(db, 'tom@acme-studio.co.uk');
    expect(saved?.name).toBe('Tom Reed');
    expect(saved?.company).toBe('Acme-studio');
    // The agreement block appears for the new client.
    expect(await screen.findByTestId('glance-unconfirmed')).toBeTruthy();
  });

  it('names no company for a free-mail address and matches a client by any of their addresses', async () => {
    const { services, db } = fakeServices();
    await createClient(db, { name: 'Ana Silva', emails: ['ana@bianchi.example', 'ana.silva@gmail.com'] });
    await updateAgreement(db, (await findClientByEmail(db, 'ana@bianchi.example'))!.id, { price: { amount: 900, currency: 'EUR', model: 'fixed' }, revisionRounds: 2, confirmedAt: '2025-02-01' }, 'typed');
    renderWith(services, <ClientCard sender={{ name: 'Ana', email: 'ana.silva@gmail.com' }} thread={THREAD} analysis={null} />);
    expect(await screen.findByTestId('glance-price')).toBeTruthy();
    expect(screen.getByTestId('client-name').textContent).toBe('Ana Silva');
    expect(screen.getByTestId('glance-price').textContent).toContain('900');
    expect(screen.getByTestId('glance-rounds').textContent).toBe('2 rounds');
    expect(screen.getByTestId('glance-confirmed').textContent).toContain('2025-02-01');
    expect(screen.queryByTestId('save-client')).toBeNull();

    cleanup();
    renderWith(services, <ClientCard sender={{ name: 'Joe', email: 'joe@gmail.com' }} thread={THREAD} analysis={null} />);
    await screen.findByTestId('save-client');
    expect(screen.queryByTestId('client-company')).toBeNull();
  });

  it('pre-fills captured values and writes nothing until the user confirms; history records the thread', async () => {
    const { services, db } = fakeServices();
    const client = await createClient(db, { name: 'Tom Reed', emails: [TOM.email] });
    renderWith(services, <ClientCard sender={TOM} thread={THREAD} analysis={analysis()} />);
    await userEvent.click(await screen.findByTestId('save-to-agreement'));

    const price = screen.getByTestId('agreement-field-price') as HTMLInputElement;
    expect(price.value).toBe('2400');
    expect((screen.getByTestId('agreement-field-price-currency') as HTMLInputElement).value).toBe('EUR');
    expect((screen.getByTestId('agreement-field-depositPercent') as HTMLInputElement).value).toBe('30');
    expect((screen.getByTestId('agreement-field-deadlines') as HTMLInputElement).value).toBe('2025-03-20');
    expect((screen.getByTestId('agreement-field-confirmedAt') as HTMLInputElement).value).toBe(TODAY);
    expect(await getAgreement(db, client.id)).toBeUndefined();

    // The user corrects the price before confirming.
    await userEvent.clear(price);
    await userEvent.type(price, '2500');
    expect(await getAgreement(db, client.id)).toBeUndefined();
    await userEvent.click(screen.getByTestId('confirm-save'));

    await waitFor(async () => expect((await getAgreement(db, client.id))?.terms.price?.amount).toBe(2500));
    const terms = (await getAgreement(db, client.id))!.terms;
    expect(terms).toMatchObject({ price: { amount: 2500, currency: 'EUR' }, depositPercent: 30, deadlines: [{ what: 'Delivery', date: '2025-03-20' }], confirmedAt: TODAY });
    const history = await getAgreementHistory(db, client.id);
    expect(history.map((h) => h.field).sort()).toEqual(['confirmedAt', 'deadlines', 'depositPercent', 'price']);
    for (const h of history) {
      expect(h.source).toBe('thread');
      expect(h.ref).toEqual(THREAD);
    }
    expect(await screen.findByTestId('glance-confirmed')).toBeTruthy();
  });

  it('offers the other amounts and dates of the message in one click, and saves the one picked', async () => {
    const { services, db } = fakeServices();
    const client = await createClient(db, { name: 'Tom Reed', emails: [TOM.email] });
    const both = analysis({
      amounts: [
        { text: '2400 EUR', value: 2400, currency: 'EUR', index: 31 },
        { text: '€600', value: 600, currency: 'EUR', index: 90 },
      ],
      dates: [
        { text: 'by 20 March', iso: '2025-03-20', deadline: true, index: 68 },
        { text: 'by 3 April', iso: '2025-04-03', deadline: true, index: 110 },
      ],
    });
    renderWith(services, <ClientCard sender={TOM} thread={THREAD} analysis={both} />);
    await userEvent.click(await screen.findByTestId('save-to-agreement'));

    const prices = within(screen.getByTestId('capture-choices-price'));
    expect(prices.getByRole('button', { name: '2400 EUR' }).getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(prices.getByRole('button', { name: '€600' }));
    expect((screen.getByTestId('agreement-field-price') as HTMLInputElement).value).toBe('600');
    expect(prices.getByRole('button', { name: '€600' }).getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(within(screen.getByTestId('capture-choices-deadline')).getByRole('button', { name: 'by 3 April' }));
    expect(screen.queryByTestId('capture-choices-deposit')).toBeNull(); // one percentage: nothing to choose

    await userEvent.click(screen.getByTestId('confirm-save'));
    await waitFor(async () => expect((await getAgreement(db, client.id))?.terms.price?.amount).toBe(600));
    expect((await getAgreement(db, client.id))!.terms.deadlines).toEqual([{ what: 'Delivery', date: '2025-04-03' }]);
  });

  it('cancel leaves the agreement untouched, and a bad value is refused with a message', async () => {
    const { services, db } = fakeServices();
    const client = await createClient(db, { name: 'Tom Reed', emails: [TOM.email] });
    renderWith(services, <ClientCard sender={TOM} thread={THREAD} analysis={analysis({}, false)} />);
    await userEvent.click(await screen.findByTestId('save-to-agreement'));
    expect((screen.getByTestId('agreement-field-confirmedAt') as HTMLInputElement).value).toBe('');
    const deposit = screen.getByTestId('agreement-field-depositPercent');
    await userEvent.clear(deposit);
    await userEvent.type(deposit, '150');
    await userEvent.click(screen.getByTestId('confirm-save'));
    expect((await screen.findAllByRole('alert')).map((a) => a.textContent)).toContain('100 or less');
    expect(await getAgreement(db, client.id)).toBeUndefined();
    await userEvent.click(screen.getByTestId('cancel-save'));
    expect(screen.queryByTestId('capture-form')).toBeNull();
    expect(await getAgreement(db, client.id)).toBeUndefined();
    expect(await getAgreementHistory(db, client.id)).toEqual([]);
  });

  it('offers no capture when the message names no terms', async () => {
    const { services, db } = fakeServices();
    await createClient(db, { name: 'Tom Reed', emails: [TOM.email] });
    renderWith(services, <ClientCard sender={TOM} thread={THREAD} analysis={analysis({ amounts: [], percentages: [], dates: [] }, false)} />);
    await screen.findByTestId('glance-price');
    expect(screen.queryByTestId('save-to-agreement')).toBeNull();
  });

  it('adds a note linked to the thread and lists it', async () => {
    const { services, db } = fakeServices();
    const client = await createClient(db, { name: 'Tom Reed', emails: [TOM.email] });
    renderWith(services, <ClientCard sender={TOM} thread={THREAD} analysis={null} />);
    await userEvent.type(await screen.findByTestId('note-input'), 'Prefers calls on Tuesdays');
    await userEvent.click(screen.getByTestId('add-note'));
    expect((await screen.findByTestId('note')).textContent).toContain('Prefers calls on Tuesdays');
    const notes = await listNotes(db, client.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ text: 'Prefers calls on Tuesdays', source: 'thread', thread: THREAD });
    expect((screen.getByTestId('note-input') as HTMLTextAreaElement).value).toBe('');
  });
});
