// @vitest-environment happy-dom
// Component tests (happy-dom): the thread view's status line (waiting on the client, snippets, "Read the whole thread", clipped),
// "Copy a page report", and the no-thread states added for Edge and custom-domain Outlook.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServicesProvider } from '../../../components/services-context';
import { ThreadView } from '../../../components/thread/thread-view';
import type { PageBridge, PageState } from '../../../lib/panel/services';
import type { PageReport } from '../../../lib/webmail/page-report';
import { createFakeServices, message, okState, thread } from './fake-services';

const SLOW = { timeout: 10_000 };
const CLIENT = 'Hi Dana,\n\nCould you do it for less? We need it by Friday.\n\nTom';
const MINE = { fromUser: true, from: { name: 'Dana', email: 'dana@studio.example' } };

afterEach(() => cleanup());

function renderWith(state: PageState, extra: Partial<PageBridge> = {}) {
  const fake = createFakeServices({ state });
  Object.assign(fake.page, extra);
  render(
    <ServicesProvider services={fake.services}>
      <ThreadView />
    </ServicesProvider>,
  );
  return fake;
}

describe('thread status', () => {
  it('reads a thread whose last message is the user\'s own collapsed reply as waiting on the client', async () => {
    renderWith(okState(thread([message(CLIENT, { id: 'c1' }), message('Thanks Tom, I will send options tomorrow.', { id: 'me', collapsed: true, ...MINE })])));
    const status = await screen.findByTestId('thread-status');
    expect(status.getAttribute('data-status')).toBe('waiting-on-client');
    expect(screen.getByTestId('waiting-on-client').textContent).toMatch(/^Waiting on the client: the latest message in this thread is your own reply\./);
  });

  it('is not waiting on the client when the client wrote last, even if the user\'s reply before it was collapsed', async () => {
    renderWith(okState(thread([message('Earlier mine', { id: 'me', collapsed: true, ...MINE }), message(CLIENT, { id: 'c1' })])));
    expect((await screen.findByTestId('thread-status')).getAttribute('data-status')).toBe('client-spoke-last');
    expect(screen.queryByTestId('waiting-on-client')).toBeNull();
  });

  it('says how many messages it read only as a snippet before "Read the whole thread" is clicked, and asks the page to expand', async () => {
    const expandThread = vi.fn(async () => true);
    renderWith(
      okState(
        thread([
          message('snippet one', { id: 'a', collapsed: true }),
          message('', { id: 'b', collapsed: true, hidden: true }),
          message('', { id: 'c', collapsed: true, hidden: true }),
          message(CLIENT, { id: 'd' }),
        ]),
      ),
      { expandThread },
    );
    const count = await screen.findByTestId('snippet-count');
    expect(count.getAttribute('data-count')).toBe('3');
    expect(count.textContent).toBe('3 of 4 messages are collapsed in Gmail, so Dealcraft read them only as a snippet (2 hidden behind “older messages”, not even that).');
    expect(expandThread).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByTestId('read-whole-thread'));
    expect(expandThread).toHaveBeenCalledWith(1);
    expect(screen.queryByTestId('read-whole-thread-failed')).toBeNull();
  });

  it('says so when the page had nothing to open', async () => {
    renderWith(okState(thread([message('x', { id: 'a', collapsed: true }), message(CLIENT, { id: 'd' })])), { expandThread: async () => false });
    await userEvent.setup().click(await screen.findByTestId('read-whole-thread'));
    expect((await screen.findByTestId('read-whole-thread-failed')).textContent).toMatch(/open the collapsed messages in Gmail/);
  });

  it('shows no status and no button for a thread read in full', async () => {
    renderWith(okState(thread([message(CLIENT, { id: 'd' })])), { expandThread: async () => true });
    await screen.findAllByTestId('move', {}, SLOW);
    expect(screen.queryByTestId('thread-status')).toBeNull();
    expect(screen.queryByTestId('read-whole-thread')).toBeNull();
  });

  it('flags a clipped latest message and does not analyse half of it', async () => {
    renderWith(okState(thread([message('', { id: 'd', clipped: true })])));
    expect((await screen.findByTestId('clipped-notice')).textContent).toMatch(/Gmail shows only part of the client's latest message/);
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByTestId('move')).toBeNull();
    expect(screen.queryByTestId('suggestion')).toBeNull();
  });
});

describe('Copy a page report', () => {
  const report = { kind: 'dealcraft-page-report', version: 1, webmail: 'gmail', url: 'https://mail.google.com/mail/u/0/', reading: { ok: true, draft: null }, page: ['html', {}], elements: 1, truncated: false } as PageReport;

  it('copies the report as JSON and says what it holds', async () => {
    const pageReport = vi.fn(async () => ({ ok: true as const, report }));
    const fake = renderWith(okState(thread([message(CLIENT, { id: 'd' })])), { pageReport });
    await userEvent.setup().click(await screen.findByTestId('copy-page-report'));
    await waitFor(() => expect(fake.clipboard.texts).toHaveLength(1));
    expect(JSON.parse(fake.clipboard.texts[0]!)).toEqual(report);
    expect(screen.getByTestId('page-report-status').textContent).toMatch(/^Page report copied \(1 kB\): the page's structure, with no message text, names or addresses\./);
  });

  it('is offered where the layout was not recognised, under the adapter\'s detail; failures are one line', async () => {
    const fake = renderWith(
      { ok: true, thread: { ok: false, reason: 'unrecognised-markup', detail: 'No message shows a sender (.gD[email]).' }, draft: null },
      { pageReport: async () => ({ ok: false as const, detail: 'Cannot access contents of the page.' }) },
    );
    expect((await screen.findByTestId('no-thread-detail')).textContent).toBe('No message shows a sender (.gD[email]).');
    await userEvent.setup().click(screen.getByTestId('copy-page-report'));
    expect((await screen.findByTestId('page-report-status')).textContent).toBe("Couldn't make a page report: Cannot access contents of the page.");
    expect(fake.clipboard.texts).toEqual([]);
  });
});

describe('no thread: Edge and custom domains', () => {
  it('tells an Edge user on cloud.microsoft plainly what to do', async () => {
    renderWith({ ok: false, reason: 'blocked-by-browser', detail: 'Microsoft Edge does not run extensions on outlook.cloud.microsoft.' });
    const notice = await screen.findByTestId('no-thread-reason');
    expect(notice.getAttribute('data-reason')).toBe('blocked-by-browser');
    expect(notice.textContent).toMatch(/Microsoft Edge does not let extensions run on outlook\.cloud\.microsoft.*another browser.*outlook\.office\.com/);
  });

  it('offers to allow a custom-domain site, asking only when clicked', async () => {
    const allowSite = vi.fn(async () => ({ ok: true, detail: '' }));
    renderWith({ ok: false, reason: 'not-mail-page', detail: 'x', site: 'https://mail.contoso.example' }, { allowSite });
    const button = await screen.findByTestId('allow-site-button');
    expect(button.textContent).toBe('Allow Dealcraft on mail.contoso.example');
    expect(allowSite).not.toHaveBeenCalled();
    await act(async () => button.click());
    expect(allowSite).toHaveBeenCalledWith(1, 'https://mail.contoso.example');
    expect((await screen.findByTestId('allow-site-status')).textContent).toMatch(/Dealcraft may now read mail\.contoso\.example/);
  });
});
