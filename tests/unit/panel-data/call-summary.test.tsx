// @vitest-environment happy-dom
// Component tests (happy-dom): the call summary: preview, insert or copy, save as note / to agreement, unsaved notes kept across panel openings.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CallSummaryView, SUMMARY_DRAFT_KEY } from '../../../components/summary/call-summary-view';
import { createClient, findClientByEmail, getAgreement, getAgreementHistory, listNotes } from '../../../lib/db';
import { fakeServices, renderWith } from './services';

afterEach(() => cleanup());

const NOTES = 'landing page copy, 1800 eur fixed\n30% deposit upfront\n2 revision rounds\nshe sends brand book by friday';
const THREAD = { tabId: 7, webmail: 'gmail' as const, threadId: 'th-9', subject: 'Re: landing page' };
const TOM = { name: 'Tom Reed', email: 'tom@acme.example' };
const SLOW = { timeout: 10_000 };

/** Pasting, as users do with call notes; typing char by char re-runs the generator per key. */
function paste(text: string) {
  fireEvent.change(screen.getByTestId('summary-notes'), { target: { value: text } });
}

async function previewText(): Promise<HTMLTextAreaElement> {
  return (await screen.findByTestId('summary-text', {}, SLOW)) as HTMLTextAreaElement;
}

describe('CallSummaryView', () => {
  it('previews an editable email addressed to the thread sender, built from the notes', async () => {
    const { services } = fakeServices();
    renderWith(services, <CallSummaryView defaultClient={TOM} thread={THREAD} />);
    expect((screen.getByTestId('summary-client-email') as HTMLInputElement).value).toBe(TOM.email);
    expect((screen.getByTestId('summary-date') as HTMLInputElement).value).toBe('2025-03-03');
    expect(screen.queryByTestId('summary-text')).toBeNull();
    paste(NOTES);
    const text = await previewText();
    expect(text.value).toMatch(/^Hello Tom/);
    expect(text.value).toContain('1800 EUR');
    expect(text.value).toMatch(/confirm/i);
    expect((screen.getByTestId('summary-subject') as HTMLInputElement).value).toContain('Summary of our call');

    await userEvent.type(text, ' Thanks again!');
    expect((screen.getByTestId('summary-text') as HTMLTextAreaElement).value).toMatch(/Thanks again!$/);
  });

  it('inserts the (edited) email into the open thread', async () => {
    const { services, inserted } = fakeServices();
    renderWith(services, <CallSummaryView defaultClient={TOM} thread={THREAD} />);
    paste(NOTES);
    const text = await previewText();
    await userEvent.type(text, ' PS');
    await userEvent.click(screen.getByTestId('summary-insert'));
    await waitFor(() => expect(inserted).toHaveLength(1));
    expect(inserted[0]!.tabId).toBe(7);
    expect(inserted[0]!.text).toMatch(/PS$/);
    expect((await screen.findByTestId('summary-status')).textContent).toMatch(/Inserted/);
  });

  it('when inserting fails, says why and offers Copy, which copies the email', async () => {
    const { services, copied } = fakeServices({ insert: { ok: false, reason: 'compose-not-found', detail: 'No reply box is open.' } });
    renderWith(services, <CallSummaryView defaultClient={TOM} thread={THREAD} />);
    paste(NOTES);
    const text = await previewText();
    await userEvent.click(screen.getByTestId('summary-insert'));
    const status = await screen.findByTestId('summary-status');
    expect(status.textContent).toContain('No reply box is open.');
    await userEvent.click(screen.getByTestId('summary-copy-fallback'));
    await waitFor(() => expect(copied).toEqual([text.value]));
  });

  it('without an open thread, explains it and still copies', async () => {
    const { services, copied, inserted } = fakeServices();
    renderWith(services, <CallSummaryView defaultClient={null} thread={null} />);
    paste(NOTES);
    await previewText();
    expect(screen.getByTestId('summary-no-thread').textContent).toMatch(/No email thread is open/);
    expect((screen.getByTestId('summary-insert') as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByTestId('summary-copy'));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(inserted).toHaveLength(0);
  });

  it('reports a refused clipboard instead of claiming success', async () => {
    const { services } = fakeServices({ clipboardFails: true });
    renderWith(services, <CallSummaryView defaultClient={TOM} thread={null} />);
    paste(NOTES);
    await previewText();
    await userEvent.click(screen.getByTestId('summary-copy'));
    expect((await screen.findByTestId('summary-status')).textContent).toMatch(/did not allow copying/);
  });

  it('saves the notes as a note on the client, linked to the thread, and clears the stored draft', async () => {
    const { services, db, store } = fakeServices();
    const client = await createClient(db, { name: 'Tom Reed', emails: [TOM.email] });
    renderWith(services, <CallSummaryView defaultClient={TOM} thread={THREAD} />);
    paste(NOTES);
    await previewText();
    await waitFor(() => expect((store.get(SUMMARY_DRAFT_KEY) as { notes: string } | undefined)?.notes).toBe(NOTES));
    await userEvent.click(screen.getByTestId('summary-save-note'));
    await waitFor(async () => expect(await listNotes(db, client.id)).toHaveLength(1));
    const [note] = await listNotes(db, client.id);
    expect(note).toMatchObject({ source: 'call-summary', thread: { webmail: 'gmail', threadId: 'th-9', subject: 'Re: landing page' } });
    expect(note!.text).toContain('1800 eur fixed');
    expect(store.get(SUMMARY_DRAFT_KEY)).toBeNull();
  });

  it('saves the notes on a new client when the address is unknown', async () => {
    const { services, db } = fakeServices();
    renderWith(services, <CallSummaryView defaultClient={{ name: 'Lena Park', email: 'lena@brightleaf.example' }} thread={null} />);
    paste(NOTES);
    await previewText();
    await userEvent.click(screen.getByTestId('summary-save-note'));
    await waitFor(async () => expect(await findClientByEmail(db, 'lena@brightleaf.example')).toBeTruthy());
    const c = (await findClientByEmail(db, 'lena@brightleaf.example'))!;
    expect(c.name).toBe('Lena Park');
    expect(await listNotes(db, c.id)).toHaveLength(1);
  });

  it('shows the terms first and saves them to the agreement only on confirm', async () => {
    const { services, db } = fakeServices();
    const client = await createClient(db, { name: 'Tom Reed', emails: [TOM.email] });
    renderWith(services, <CallSummaryView defaultClient={TOM} thread={THREAD} />);
    paste(NOTES);
    await previewText();
    await userEvent.click(screen.getByTestId('summary-save-agreement'));
    const terms = await screen.findByTestId('summary-terms');
    expect(terms.textContent).toContain('Deposit');
    expect(terms.textContent).toContain('30 %');
    expect(await getAgreement(db, client.id)).toBeUndefined();
    await userEvent.click(screen.getByTestId('confirm-save'));
    await waitFor(async () => expect((await getAgreement(db, client.id))?.terms.depositPercent).toBe(30));
    expect((await getAgreement(db, client.id))!.terms.price).toMatchObject({ amount: 1800, currency: 'EUR' });
    const history = await getAgreementHistory(db, client.id);
    expect(history.length).toBeGreaterThan(0);
    expect(history.every((h) => h.source === 'call-summary' && h.ref?.threadId === 'th-9')).toBe(true);
  });

  it('restores unsaved notes after the panel is closed and reopened', async () => {
    const store = new Map<string, unknown>();
    const first = fakeServices({ store });
    const view = renderWith(first.services, <CallSummaryView defaultClient={TOM} thread={THREAD} />);
    paste('call w/ tom: logo + 3 banners, 900 eur');
    // Closing the panel right away: the pending save is flushed on unmount.
    view.unmount();
    await waitFor(() => expect((store.get(SUMMARY_DRAFT_KEY) as { notes: string } | undefined)?.notes).toBe('call w/ tom: logo + 3 banners, 900 eur'));

    const again = fakeServices({ store });
    renderWith(again.services, <CallSummaryView defaultClient={TOM} thread={THREAD} />);
    await waitFor(() => expect((screen.getByTestId('summary-notes') as HTMLTextAreaElement).value).toBe('call w/ tom: logo + 3 banners, 900 eur'));
    expect((await previewText()).value).toContain('900 EUR');
  });

  it('ignores a corrupt stored draft', async () => {
    const store = new Map<string, unknown>([[SUMMARY_DRAFT_KEY, { notes: 42 }]]);
    const { services } = fakeServices({ store });
    renderWith(services, <CallSummaryView defaultClient={TOM} thread={THREAD} />);
    await waitFor(() => expect(store.get(SUMMARY_DRAFT_KEY)).toBeNull());
    expect((screen.getByTestId('summary-notes') as HTMLTextAreaElement).value).toBe('');
  });
});
