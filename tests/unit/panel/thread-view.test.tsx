// @vitest-environment happy-dom
// Component tests (happy-dom): the thread view in every state, driven by a fake PanelServices.
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ServicesProvider } from '../../../components/services-context';
import { ThreadView } from '../../../components/thread/thread-view';
import { saveProfile, createClient, updateAgreement } from '../../../lib/db';
import type { PageState } from '../../../lib/panel/services';
import { createFakeServices, deferred, draft, GMAIL_URL, message, okState, thread } from './fake-services';

/** The engine's first parse loads its lexicon; that is load time, not something the user waits for per thread. */
const SLOW = { timeout: 10_000 };

const DISCOUNT_AND_UPFRONT =
  'Hi Dana,\n\nThanks for the quote. Could you do it for less? Also, we can\'t pay upfront.\n\nBest,\nTom';

function renderView(fake: ReturnType<typeof createFakeServices>, onOpenProfile?: () => void) {
  return render(
    <ServicesProvider services={fake.services}>
      <ThreadView onOpenProfile={onOpenProfile} />
    </ServicesProvider>,
  );
}

afterEach(() => cleanup());

describe('ThreadView', () => {
  it('shows a skeleton frame while the page is being read, then the analysis', async () => {
    const pending = deferred<PageState>();
    const fake = createFakeServices({ state: pending.promise });
    renderView(fake);
    expect(await screen.findByTestId('thread-loading')).toBeTruthy();
    expect(screen.queryByTestId('move')).toBeNull();
    await act(async () => pending.resolve(okState(thread([message(DISCOUNT_AND_UPFRONT)]))));
    expect((await screen.findAllByTestId('move', {}, SLOW)).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('thread-loading')).toBeNull();
  });

  it('lists each client move with its label, principles and the evidence marked in its sentence', async () => {
    const fake = createFakeServices({ state: okState(thread([message(DISCOUNT_AND_UPFRONT)])) });
    renderView(fake);
    const moves = await screen.findAllByTestId('move', {}, SLOW);
    const ids = moves.map((m) => m.getAttribute('data-move-id'));
    expect(ids).toContain('discount_request');
    expect(ids).toContain('payment_terms');

    const discount = moves.find((m) => m.getAttribute('data-move-id') === 'discount_request')!;
    expect(discount.textContent).toContain('asks for a discount');
    const mark = discount.querySelector('mark')!;
    expect(DISCOUNT_AND_UPFRONT).toContain(mark.textContent!);
    expect(mark.textContent!.length).toBeGreaterThan(3);
    // The principle that answers the move is a chip with a screen-reader name.
    expect(within(discount).getByRole('button', { name: 'Principle: Hold firm' })).toBeTruthy();
    expect(screen.getByTestId('client-card')).toBeTruthy();
  });

  it('shows the principle explanation on hover and on keyboard focus', async () => {
    const fake = createFakeServices({ state: okState(thread([message(DISCOUNT_AND_UPFRONT)])) });
    renderView(fake);
    const suggestion = (await screen.findAllByTestId('suggestion', {}, SLOW))[0]!;
    const chip = within(suggestion).getAllByRole('button', { name: /^Principle: / })[0]!;
    const user = userEvent.setup();
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.hover(chip);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent!.length).toBeGreaterThan(10);
    expect(chip.getAttribute('aria-describedby')).toBe(tip.id);
    await user.unhover(chip);
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => chip.focus());
    expect(screen.getByRole('tooltip').textContent).toBe(tip.textContent);
  });

  it('offers one card per strategy with principles, Insert and Copy', async () => {
    const fake = createFakeServices({ state: okState(thread([message(DISCOUNT_AND_UPFRONT)])) });
    renderView(fake);
    const cards = await screen.findAllByTestId('suggestion', {}, SLOW);
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) {
      expect(card.getAttribute('data-suggestion-id')).toBeTruthy();
      expect(card.getAttribute('data-principles')!.split(' ').length).toBeGreaterThan(0);
      expect(within(card).getByTestId('insert-button')).toBeTruthy();
      expect(within(card).getByTestId('copy-button')).toBeTruthy();
      expect((within(card).getByRole('textbox') as HTMLTextAreaElement).value).toContain('Tom');
    }
  });

  it('lists unfilled placeholders and links to the profile', async () => {
    let opened = 0;
    const fake = createFakeServices({ state: okState(thread([message(DISCOUNT_AND_UPFRONT)])) });
    renderView(fake, () => opened++);
    const card = (await screen.findAllByTestId('suggestion', {}, SLOW))[0]!;
    const notice = within(card).getByTestId('missing-notice');
    const text = (within(card).getByRole('textbox') as HTMLTextAreaElement).value;
    const marked = [...notice.querySelectorAll('mark')].map((m) => m.textContent!);
    expect(marked.length).toBeGreaterThan(0);
    for (const p of marked) expect(text).toContain(p);
    await userEvent.setup().click(within(notice).getByRole('button', { name: /profile/i }));
    expect(opened).toBe(1);
  });

  it('fills placeholders from the profile and the client agreement', async () => {
    const fake = createFakeServices({ state: okState(thread([message(DISCOUNT_AND_UPFRONT)])) });
    await saveProfile(fake.db, { name: 'Dana Levi', depositPercent: 30 });
    renderView(fake);
    // The profile comes from IndexedDB: cards first drawn before it arrives are redrawn with it, so wait for that.
    const read = () => screen.getAllByTestId('suggestion').map((c) => (within(c).getByRole('textbox') as HTMLTextAreaElement).value).join('\n');
    await screen.findAllByTestId('suggestion', {}, SLOW);
    await waitFor(() => expect(read()).toContain('Dana Levi'), SLOW);
    const all = read();
    expect(all).toContain('Dana Levi');
    expect(all).not.toContain('[your name]');
    expect(all).toContain('30');
  });

  it('uses the agreed terms of a known client', async () => {
    const sender = { name: 'Tom Reed', email: 'tom@known.example' };
    const fake = createFakeServices({ state: okState(thread([message(DISCOUNT_AND_UPFRONT, { from: sender })])) });
    const client = await createClient(fake.db, { name: 'Tom Reed', emails: [sender.email] });
    await updateAgreement(fake.db, client.id, { price: { amount: 4200, currency: 'USD', model: 'fixed' } }, 'typed');
    renderView(fake);
    const cards = await screen.findAllByTestId('suggestion', {}, SLOW);
    const all = cards.map((c) => (within(c).getByRole('textbox') as HTMLTextAreaElement).value).join('\n');
    expect(all).toMatch(/4[,\s]?200/);
  });

  it('says when there is nothing to negotiate and still offers paste mode', async () => {
    const fake = createFakeServices({ state: okState(thread([message('Thanks, got the files. Talk soon.')])) });
    renderView(fake);
    expect((await screen.findByTestId('no-moves', {}, SLOW)).textContent).toContain('Nothing to negotiate in the latest message');
    expect(screen.queryAllByTestId('suggestion')).toHaveLength(0);
    await userEvent.setup().click(screen.getByRole('button', { name: /paste/i }));
    expect(screen.getByTestId('paste-box')).toBeTruthy();
  });

  it('says so when the newest messages are all from the user', async () => {
    const fake = createFakeServices({ state: okState(thread([message('Here is my quote: $2000.', { fromUser: true })])) });
    renderView(fake);
    expect(await screen.findByTestId('no-client-message')).toBeTruthy();
  });

  const reasons: [string, PageState | null][] = [
    ['no-tab', null],
    ['not-mail-page', { ok: false, reason: 'not-mail-page', detail: 'x' }],
    ['no-content-script', { ok: false, reason: 'no-content-script', detail: 'Could not establish connection.' }],
    ['no-thread-open', { ok: true, thread: { ok: false, reason: 'no-thread-open', detail: 'inbox' }, draft: null }],
    ['unrecognised-markup', { ok: true, thread: { ok: false, reason: 'unrecognised-markup', detail: 'no main' }, draft: null }],
  ];
  for (const [reason, state] of reasons) {
    it(`explains "${reason}" in one sentence and offers paste mode`, async () => {
      const fake = createFakeServices(state ? { state } : { tab: null });
      renderView(fake);
      const notice = await screen.findByTestId('no-thread-reason');
      expect(notice.getAttribute('data-reason')).toBe(reason);
      expect(notice.textContent!.match(/[.!?](\s|$)/g)).toHaveLength(1);
      expect(screen.getByTestId('paste-box')).toBeTruthy();
    });
  }

  it('treats a failing page bridge as an unreachable content script', async () => {
    const fake = createFakeServices({ state: Promise.reject(new Error('Receiving end does not exist.')) });
    renderView(fake);
    expect((await screen.findByTestId('no-thread-reason')).getAttribute('data-reason')).toBe('no-content-script');
  });

  it('inserts the (edited) reply into the tab and confirms it', async () => {
    const fake = createFakeServices({ state: okState(thread([message(DISCOUNT_AND_UPFRONT)])) });
    renderView(fake);
    const card = (await screen.findAllByTestId('suggestion', {}, SLOW))[0]!;
    const user = userEvent.setup();
    const box = within(card).getByRole('textbox');
    await user.type(box, ' PS: thanks!');
    await user.click(within(card).getByTestId('insert-button'));
    await waitFor(() => expect(within(card).getByTestId('insert-status').textContent).toMatch(/Inserted/));
    expect(fake.page.inserted).toHaveLength(1);
    expect(fake.page.inserted[0]!.tabId).toBe(1);
    expect(fake.page.inserted[0]!.text.endsWith(' PS: thanks!')).toBe(true);
    expect(fake.clipboard.texts).toHaveLength(0);
    expect(within(card).getByTestId('insert-status').getAttribute('role')).toBe('status');
  });

  it('on insert failure says why and copies the text instead', async () => {
    const fake = createFakeServices({ state: okState(thread([message(DISCOUNT_AND_UPFRONT)])) });
    fake.page.insertResult = { ok: false, reason: 'compose-not-found', detail: 'no compose' };
    renderView(fake);
    const card = (await screen.findAllByTestId('suggestion', {}, SLOW))[0]!;
    const text = (within(card).getByRole('textbox') as HTMLTextAreaElement).value;
    await userEvent.setup().click(within(card).getByTestId('insert-button'));
    const status = within(card).getByTestId('insert-status');
    await waitFor(() => expect(status.textContent).toMatch(/reply box.*copied/i));
    expect(fake.clipboard.texts).toEqual([text]);
  });

  it('says so when both insert and the clipboard fail', async () => {
    const fake = createFakeServices({ state: okState(thread([message(DISCOUNT_AND_UPFRONT)])) });
    fake.page.insertResult = { ok: false, reason: 'not-editable', detail: 'x' };
    fake.clipboard.fail = true;
    renderView(fake);
    const card = (await screen.findAllByTestId('suggestion', {}, SLOW))[0]!;
    await userEvent.setup().click(within(card).getByTestId('insert-button'));
    await waitFor(() => expect(within(card).getByTestId('insert-status').textContent).toMatch(/copying failed/i));
  });

  it('copies a reply', async () => {
    const fake = createFakeServices({ state: okState(thread([message(DISCOUNT_AND_UPFRONT)])) });
    renderView(fake);
    const card = (await screen.findAllByTestId('suggestion', {}, SLOW))[1]!;
    await userEvent.setup().click(within(card).getByTestId('copy-button'));
    await waitFor(() => expect(within(card).getByTestId('insert-status').textContent).toMatch(/Copied/));
    expect(fake.clipboard.texts).toEqual([(within(card).getByRole('textbox') as HTMLTextAreaElement).value]);
  });

  it('switching tone rewrites the reply, and edits are kept per tone', async () => {
    const fake = createFakeServices({ state: okState(thread([message(DISCOUNT_AND_UPFRONT)])) });
    renderView(fake);
    const card = (await screen.findAllByTestId('suggestion', {}, SLOW))[0]!;
    const box = () => within(card).getByRole('textbox') as HTMLTextAreaElement;
    const user = userEvent.setup();
    const neutral = box().value;
    const toneSwitch = within(card).getByTestId('tone-switch');
    expect(within(toneSwitch).getByRole('radio', { name: 'Neutral' }).getAttribute('aria-checked')).toBe('true');

    await user.type(box(), ' EDITED');
    await user.click(within(toneSwitch).getByRole('radio', { name: 'Formal' }));
    expect(box().value).not.toBe(neutral);
    expect(box().value).not.toContain('EDITED');
    const formal = box().value;

    await user.click(within(toneSwitch).getByRole('radio', { name: 'Neutral' }));
    expect(box().value).toBe(`${neutral} EDITED`);
    // Arrow keys move through the tones too.
    await user.keyboard('{ArrowRight}');
    expect(box().value).toBe(formal);
  });

  it('keeps edits when the same thread is re-read (e.g. the draft changed)', async () => {
    const t = thread([message(DISCOUNT_AND_UPFRONT, { id: 'm1' })]);
    const fake = createFakeServices({ state: okState(t) });
    renderView(fake);
    const card = (await screen.findAllByTestId('suggestion', {}, SLOW))[0]!;
    const id = card.getAttribute('data-suggestion-id');
    await userEvent.setup().type(within(card).getByRole('textbox'), ' KEEP');
    act(() => fake.page.push(1, okState(t, draft('Hello Tom,'))));
    const again = screen.getAllByTestId('suggestion').find((c) => c.getAttribute('data-suggestion-id') === id)!;
    expect((within(again).getByRole('textbox') as HTMLTextAreaElement).value.endsWith(' KEEP')).toBe(true);
  });

  it('follows the active tab, and a revisited thread renders at once from the cache', async () => {
    const first = thread([message(DISCOUNT_AND_UPFRONT, { id: 'a1' })], { threadId: 'A', subject: 'Discount thread' });
    const second = thread([message('Thanks, got the files. Talk soon.', { id: 'b1' })], { threadId: 'B', subject: 'Files thread' });
    const fake = createFakeServices({ state: okState(first) });
    fake.page.states.set(2, okState(second));
    renderView(fake);
    await screen.findAllByTestId('move', {}, SLOW);

    await act(async () => fake.tabs.switchTo({ tabId: 2, url: GMAIL_URL }));
    expect(await screen.findByText('Files thread')).toBeTruthy();
    expect(await screen.findByTestId('no-moves', {}, SLOW)).toBeTruthy();

    await act(async () => fake.tabs.switchTo({ tabId: 1, url: GMAIL_URL }));
    await screen.findByText('Discount thread');
    // No deferred re-analysis: the moves are there in the same render as the thread.
    expect(screen.getAllByTestId('move').length).toBeGreaterThan(0);

    await act(async () => fake.tabs.switchTo({ tabId: 3, url: 'https://example.com/' }));
    expect((await screen.findByTestId('no-thread-reason')).getAttribute('data-reason')).toBe('not-mail-page');
  });

  it('follows the thread when the content script pushes a new one', async () => {
    const fake = createFakeServices({ state: okState(thread([message('Thanks, got the files.', { id: 'x' })], { subject: 'Old' })) });
    renderView(fake);
    await screen.findByTestId('no-moves', {}, SLOW);
    act(() => fake.page.push(1, okState(thread([message(DISCOUNT_AND_UPFRONT, { id: 'y' })], { threadId: 't-2', subject: 'New' }))));
    expect(await screen.findByText('New')).toBeTruthy();
    expect((await screen.findAllByTestId('move', {}, SLOW)).length).toBeGreaterThan(0);
    // Pushes for other tabs are ignored.
    act(() => fake.page.push(9, okState(thread([message('Other tab')], { threadId: 't-9', subject: 'Elsewhere' }))));
    expect(screen.queryByText('Elsewhere')).toBeNull();
  });

  it('draft coach checks the pushed draft, updates when it changes, and locates evidence', async () => {
    const t = thread([message(DISCOUNT_AND_UPFRONT)]);
    const fake = createFakeServices({ state: okState(t, draft('My price is $2000. Sorry, I know it is a lot.')) });
    renderView(fake);
    await waitFor(() => expect(screen.getAllByTestId('draft-check').map((c) => c.getAttribute('data-check-id'))).toContain('apologetic_price'));
    expect(screen.getAllByTestId('draft-check').map((c) => c.getAttribute('data-check-id'))).not.toContain('pushy');

    act(() => fake.page.push(1, okState(t, draft('My price is $2000. Decide today or the slot is gone.'))));
    await waitFor(() => expect(screen.getAllByTestId('draft-check').map((c) => c.getAttribute('data-check-id'))).toContain('pushy'));
    expect(screen.getAllByTestId('draft-check').map((c) => c.getAttribute('data-check-id'))).not.toContain('apologetic_price');

    const pushy = screen.getAllByTestId('draft-check').find((c) => c.getAttribute('data-check-id') === 'pushy')!;
    expect(pushy.querySelector('mark')!.textContent).toContain('Decide today');
    await userEvent.setup().click(within(pushy).getAllByRole('button')[0]!);
    expect(fake.page.focused).toEqual([{ tabId: 1, text: pushy.querySelector('mark')!.textContent }]);
  });

  it('renders mail text as text, never as HTML', async () => {
    const evil = 'Could you do it for less? <img src=x onerror="alert(1)"><b>bold</b>';
    const fake = createFakeServices({ state: okState(thread([message(evil)])) });
    const { container } = renderView(fake);
    await screen.findAllByTestId('move', {}, SLOW);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});
