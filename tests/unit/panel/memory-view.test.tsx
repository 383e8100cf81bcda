// @vitest-environment happy-dom
// Component tests (happy-dom): negotiation memory in the thread view — follow-up card and the waiting list, the floor and ledger in the coach, the contradiction flag.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ServicesProvider } from '../../../components/services-context';
import { ThreadView } from '../../../components/thread/thread-view';
import { createClient, saveProfile, updateAgreement } from '../../../lib/db';
import { listWaiting } from '../../../lib/db/waiting';
import { createFakeServices, draft, message, okState, thread } from './fake-services';

const SLOW = { timeout: 10_000 };
const DANA = { name: 'Dana', email: 'dana@studio.example' };
const TOM = { name: 'Tom Reed', email: 'tom@acme.example' };

function renderView(fake: ReturnType<typeof createFakeServices>) {
  return render(
    <ServicesProvider services={fake.services}>
      <ThreadView />
    </ServicesProvider>,
  );
}

afterEach(() => cleanup());

// The fake's today is Monday 3 March 2025.
const ask = message('Hi Dana, could you send a quote for the landing page?', { date: '2025-02-20T09:00:00Z' });
const proposal = (date: string) =>
  message('Hi Tom,\n\nHere is my proposal: the landing page is $1,800, with a 40% deposit to book the work.\n\nDana', { date, fromUser: true, from: DANA, to: [TOM] });

describe('follow-ups in the thread view', () => {
  it('offers the follow-up card 5 working days after the proposal, inserts it, and lists the thread as waiting', async () => {
    const fake = createFakeServices({ state: okState(thread([ask, proposal('2025-02-24T12:00:00Z')])) });
    renderView(fake);
    const section = await screen.findByTestId('follow-up', {}, SLOW);
    expect(section.getAttribute('data-due')).toBe('yes');
    const card = within(section).getByTestId('suggestion');
    expect((within(card).getByRole('textbox') as HTMLTextAreaElement).value).toContain('Is it still relevant, or should the start date move?');
    await userEvent.setup().click(within(card).getByTestId('insert-button'));
    await waitFor(() => expect(fake.page.inserted).toHaveLength(1));
    expect(fake.page.inserted[0]!.text).toMatch(/^Hi Tom,/);
    await waitFor(async () => expect((await listWaiting(fake.db)).map((w) => w.subject)).toEqual(['Landing page quote']));
  });

  it('before it is due, says when a follow-up would be due and offers no card', async () => {
    const fake = createFakeServices({ state: okState(thread([ask, proposal('2025-02-28T12:00:00Z')])) });
    renderView(fake);
    const section = await screen.findByTestId('follow-up', {}, SLOW);
    expect(section.getAttribute('data-due')).toBe('no');
    expect(within(section).getByTestId('follow-up-summary').textContent).toBe('A follow-up on your proposal or quote would be due on 5 March.');
    expect(within(section).queryByTestId('suggestion')).toBeNull();
  });
});

describe('memory in the draft coach and above the moves', () => {
  it('warns when the draft goes under the private floor, with the gap', async () => {
    const fake = createFakeServices({
      state: okState(thread([message('Hi Dana, what would a landing page cost?')]), draft('Hi Tom, I can do the landing page for $1,500.')),
    });
    await saveProfile(fake.db, { name: 'Dana', currency: 'USD', services: [{ name: 'Landing page', price: 1800, keywords: ['landing page'], floor: 1800 }] });
    renderView(fake);
    const coach = await screen.findByTestId('draft-coach', {}, SLOW);
    await waitFor(() => expect(coach.querySelector('[data-check-id=below_floor]')?.textContent).toContain('$300 below your floor for Landing page'), SLOW);
  });

  it('shows the contradiction flag with the agreed value and the date it was agreed', async () => {
    const fake = createFakeServices({ state: okState(thread([message('Hi Dana,\n\nAs agreed, the total is $1,900. Could you send the invoice?\n\nTom')])) });
    const client = await createClient(fake.db, { name: 'Tom Reed', emails: [TOM.email] });
    await updateAgreement(fake.db, client.id, { price: { amount: 2400, currency: 'USD', model: 'fixed' } }, 'typed');
    renderView(fake);
    const flag = await screen.findByTestId('contradiction-flag', {}, SLOW);
    expect(flag.textContent).toContain('agreed $2,400');
    expect(flag.textContent).toContain('typed by you');
    expect(flag.textContent).toContain('As agreed, the total is $1,900.');
  });
});
