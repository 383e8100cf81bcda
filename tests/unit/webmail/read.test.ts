// Unit tests (Node + happy-dom): reading threads and drafts from the Gmail and Outlook fixtures.
import { afterEach, describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../lib/webmail/gmail';
import { outlookAdapter } from '../../../lib/webmail/outlook';
import { adapterFor } from '../../../lib/webmail/registry';
import { ReadResultSchema, DraftSchema } from '../../../lib/webmail/types';
import type { LoadedPage } from '../../../lib/webmail/load-page';
import { fixture, local, realCompose, URLS } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('registry', () => {
  it('picks the adapter by host and refuses look-alikes', () => {
    expect(adapterFor(URLS.gmailThread)?.id).toBe('gmail');
    for (const h of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']) expect(adapterFor(`https://${h}/mail/`)?.id).toBe('outlook');
    expect(adapterFor('https://mail.google.com.evil.example/')).toBeNull();
    expect(adapterFor('http://mail.google.com/')).toBeNull();
    expect(adapterFor('not a url')).toBeNull();
  });
});

describe('Gmail thread', () => {
  it('reads every message oldest first with senders, recipients, ISO dates and cleaned bodies', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const r = gmailAdapter.readThread(page.document);
    expect(ReadResultSchema.safeParse(r).success).toBe(true);
    if (!r.ok) throw new Error(r.detail);
    const t = r.thread;
    expect(t.webmail).toBe('gmail');
    expect(t.threadId).toBe('thread-f:1792201234567890123');
    expect(t.subject).toBe('Re: Website redesign quote 🚀');
    expect(t.url).toBe(URLS.gmailThread);
    expect(t.messages.map((m) => m.id)).toEqual(['#msg-f:1792201234567890001', 'older-1', 'older-2', '#msg-a:r-4417000000000000004', '#msg-f:1792201234567890005']);

    const [first, older, , mine, latest] = t.messages;
    expect(first).toMatchObject({ collapsed: true, fromUser: false, from: { name: 'Bob Martin', email: 'bob@acme-client.com' }, date: local(2024, 3, 4, 9, 15) });
    expect(first!.body).toContain('would love a quote');
    expect(older).toMatchObject({ collapsed: true, body: '', date: null });

    expect(mine).toMatchObject({ collapsed: false, fromUser: true, date: local(2024, 3, 5, 14, 40) });
    expect(mine!.to).toEqual([{ name: 'Bob Martin', email: 'bob@acme-client.com' }, { name: 'Anna Lind', email: 'anna@acme-client.com' }]);
    expect(mine!.body).toBe('Hi Bob,\n\nThanks for the details. The full redesign is $4,800: discovery, design and build.\nI can start on March 18.');

    expect(latest).toMatchObject({ collapsed: false, fromUser: false, date: local(2024, 3, 6, 8, 5) });
    expect(latest!.body).toBe('Hi Jane,\n\nThat is more than we planned. Can you do it for 20% less? We also need it live by Friday.\n\nWe usually pay on delivery, not upfront.');
    // Quoted history and signatures never leak into bodies.
    for (const m of t.messages) expect(m.body).not.toMatch(/wrote:|Acme Client AB|\+46 70|Web design/);
  });

  it('reads the inline reply draft without signature and quote', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const d = gmailAdapter.readDraft(page.document);
    expect(DraftSchema.safeParse(d).success).toBe(true);
    expect(d).toEqual({ composeId: '#msg-a:r-4417000000000000099', kind: 'inline-reply', text: 'Hi Bob,\n\nThanks for getting back to me.' });
  });

  it('knows the user from the page title when the account button is missing, and marks no one when neither exists', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    page.document.querySelector('a[aria-label^="Google Account"]')!.remove();
    let r = gmailAdapter.readThread(page.document);
    expect(r.ok && r.thread.messages.filter((m) => m.fromUser).map((m) => m.id)).toEqual(['#msg-a:r-4417000000000000004']);
    // A subject that contains an address must not be taken for the account.
    page.document.title = 'Re: ask bob@acme-client.com - jane.freelancer@gmail.com - Gmail';
    r = gmailAdapter.readThread(page.document);
    expect(r.ok && r.thread.messages.filter((m) => m.fromUser).map((m) => m.id)).toEqual(['#msg-a:r-4417000000000000004']);
    page.document.title = 'Gmail';
    r = gmailAdapter.readThread(page.document);
    expect(r.ok && r.thread.messages.some((m) => m.fromUser)).toBe(false);
  });

  it('falls back to the URL hash for the thread id', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const h2 = page.document.querySelector('h2.hP')!;
    h2.removeAttribute('data-thread-perm-id');
    h2.removeAttribute('data-legacy-thread-id');
    const r = gmailAdapter.readThread(page.document);
    expect(r.ok && r.thread.threadId).toBe('FMfcgzQVxRKkqwJbXmTnLpDgHsQcWvBz');
  });

  it('says no-thread-open on the inbox and unrecognised-markup when a thread URL shows no messages', () => {
    page = fixture('gmail-inbox.html', URLS.gmailInbox);
    expect(gmailAdapter.readThread(page.document)).toMatchObject({ ok: false, reason: 'no-thread-open' });
    expect(gmailAdapter.readDraft(page.document)).toBeNull();
    void page.close();
    page = fixture('gmail-inbox.html', URLS.gmailThread);
    expect(gmailAdapter.readThread(page.document)).toMatchObject({ ok: false, reason: 'unrecognised-markup' });
    void page.close();
    page = fixture('gmail-thread.html', URLS.gmailThread);
    for (const m of page.document.querySelectorAll('div.adn')) m.removeAttribute('data-message-id');
    expect(gmailAdapter.readThread(page.document)).toMatchObject({ ok: false, reason: 'unrecognised-markup' });
  });

  it('reads a popped-out reply as pop-out and the real captured dialog as a new message', () => {
    page = fixture('gmail-popout.html', URLS.gmailInbox);
    expect(gmailAdapter.readDraft(page.document)).toEqual({ composeId: '#msg-a:r-7673660351152959857', kind: 'pop-out', text: 'Hi Bob,\nI could split the work into two phases.' });
    void page.close();
    page = realCompose();
    expect(gmailAdapter.readDraft(page.document)).toEqual({ composeId: '#msg-a:r-7673660351152959857', kind: 'new-message', text: '' });
  });
});

describe('Outlook thread', () => {
  it('reads the conversation with collapsed, own and client messages', () => {
    page = fixture('outlook-thread.html', URLS.outlookThread);
    const r = outlookAdapter.readThread(page.document);
    expect(ReadResultSchema.safeParse(r).success).toBe(true);
    if (!r.ok) throw new Error(r.detail);
    const t = r.thread;
    expect(t).toMatchObject({ webmail: 'outlook', threadId: 'AQQkADAwATNiZmYAZC1kOTg4LTE2ZjYtMDACLTAwCgAQAG5vcmRseXMtbG9nby0x', subject: 'Re: Logo design for Nordlys Café' });
    const [first, mine, latest] = t.messages;
    expect(t.messages).toHaveLength(3);
    expect(first).toMatchObject({ collapsed: true, fromUser: false, from: { name: 'Maria Berg', email: 'maria@nordlys-cafe.se' }, date: local(2024, 3, 4, 9, 2) });
    expect(first!.body).toBe('Hi Jane! We are opening a second café and need a new logo.');
    expect(mine).toMatchObject({ collapsed: false, fromUser: true, date: local(2024, 3, 5, 11, 20), body: 'Hi Maria,\n\nA logo with three concepts and two revision rounds is €1,900.' });
    expect(latest!.to.map((a) => a.email)).toEqual(['jane.freelancer@outlook.com', 'erik@nordlys-cafe.se']);
    expect(latest).toMatchObject({ collapsed: false, fromUser: false, date: local(2024, 3, 6, 8, 14) });
    expect(latest!.body).toBe('Tack för offerten! 😊\n\nCould you drop the price to €1,500? A competitor offered that. We need the files by Monday.');
  });

  it('marks own messages by display name when the account shows no address', () => {
    page = fixture('outlook-thread.html', URLS.outlookThread);
    page.document.querySelector('#mectrl_currentAccount_secondary')!.remove();
    for (const b of page.document.querySelectorAll('[role=heading] button[title="jane.freelancer@outlook.com"]')) b.removeAttribute('title');
    const r = outlookAdapter.readThread(page.document);
    expect(r.ok && r.thread.messages.map((m) => m.fromUser)).toEqual([false, true, false]);
  });

  it('falls back to the ItemID in the URL for the thread id', () => {
    page = fixture('outlook-thread.html', URLS.outlookThread);
    page.document.querySelector('[role=option][aria-selected=true]')!.setAttribute('aria-selected', 'false');
    const r = outlookAdapter.readThread(page.document);
    expect(r.ok && r.thread.threadId).toBe('AQMkADAwATNiZmYAZC1kOTg4LTE2ZjYtMDACLTAwCgBGAAAD/Abc');
  });

  it('reads drafts: inline reply in the reading pane, pop-out window', () => {
    page = fixture('outlook-thread.html', URLS.outlookThread);
    expect(outlookAdapter.readDraft(page.document)).toEqual({ composeId: 'compose-inline-1', kind: 'inline-reply', text: 'Hej Maria,\n\nThanks for the quick answer.' });
    void page.close();
    page = fixture('outlook-popout.html', URLS.outlookPopout);
    expect(outlookAdapter.readDraft(page.document)).toEqual({ composeId: 'compose-popout-1', kind: 'pop-out', text: 'Hej Maria,\nI can offer a smaller package.' });
    expect(outlookAdapter.readThread(page.document)).toMatchObject({ ok: false, reason: 'no-thread-open' });
  });

  it('finds a compose body whose label is in Swedish', () => {
    page = fixture('outlook-popout.html', URLS.outlookPopout);
    page.document.querySelector('[role=textbox][contenteditable]')!.setAttribute('aria-label', 'Meddelandetext, tryck på Alt+F10 för att avsluta');
    expect(outlookAdapter.readDraft(page.document)?.text).toBe('Hej Maria,\nI can offer a smaller package.');
  });

  it('says no-thread-open on an empty reading pane and unrecognised-markup when an opened item has no body', () => {
    page = fixture('outlook-inbox.html', URLS.outlookInbox);
    expect(outlookAdapter.readThread(page.document)).toMatchObject({ ok: false, reason: 'no-thread-open' });
    expect(outlookAdapter.readDraft(page.document)).toBeNull();
    void page.close();
    page = fixture('outlook-thread.html', URLS.outlookThread);
    for (const b of page.document.querySelectorAll('[role=document]')) b.setAttribute('aria-label', 'Something else');
    for (const c of page.document.querySelectorAll('[aria-expanded=false]')) c.removeAttribute('aria-expanded');
    expect(outlookAdapter.readThread(page.document)).toMatchObject({ ok: false, reason: 'unrecognised-markup' });
  });
});
