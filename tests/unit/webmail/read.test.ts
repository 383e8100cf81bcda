// Unit tests (Node + happy-dom): reading threads and drafts from the Gmail and Outlook fixtures.
import { afterEach, describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../lib/webmail/gmail';
import { outlookAdapter } from '../../../lib/webmail/outlook';
import { adapterFor } from '../../../lib/webmail/registry';
import { isOutlookPage } from '../../../lib/webmail/outlook/detect';
import { ReadResultSchema, DraftSchema } from '../../../lib/webmail/types';
import type { LoadedPage } from '../../../lib/webmail/load-page';
import { fixture, local, realCompose, URLS } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('Outlook on a custom domain', () => {
  it('is recognised by OWA\'s page markers, any other page on such a host is not', () => {
    page = fixture('outlook-thread.html', 'https://mail.contoso.example/mail/id/AAkALgAAAAA%3D');
    expect(isOutlookPage(page.document)).toBe(true);
    for (const m of page.document.querySelectorAll('head meta[name=cdnUrl], head link')) m.remove();
    expect(isOutlookPage(page.document)).toBe(false);
    void page.close();
    // Microsoft's own hosts need no marker.
    page = fixture('outlook-inbox.html', URLS.outlookCloud);
    for (const m of page.document.querySelectorAll('head link, head meta[content*=cdn]')) m.remove();
    expect(isOutlookPage(page.document)).toBe(true);
  });
});

describe('registry', () => {
  it('picks the adapter by host and refuses look-alikes', () => {
    expect(adapterFor(URLS.gmailThread)?.id).toBe('gmail');
    for (const h of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']) expect(adapterFor(`https://${h}/mail/`)?.id).toBe('outlook');
    expect(adapterFor('https://evil.cloud.microsoft/mail/')).toBeNull();
    expect(adapterFor('https://mail.google.com.evil.example/')).toBeNull();
    expect(adapterFor('http://mail.google.com/')).toBeNull();
    expect(adapterFor('not a url')).toBeNull();
  });
});

const USER_EMAIL = 'jane.freelancer@gmail.com';

describe('Gmail thread (today: one list item per message)', () => {
  it('reads every message oldest first, collapsed and hidden ones from their headers, opened ones in full', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const r = gmailAdapter.readThread(page.document);
    expect(ReadResultSchema.safeParse(r).success).toBe(true);
    if (!r.ok) throw new Error(r.detail);
    const t = r.thread;
    // The visible view's h2.hP, not the hidden earlier thread or the inbox rows behind it.
    expect(t).toMatchObject({ webmail: 'gmail', threadId: 'thread-f:1792201234567890123', subject: 'Re: Website redesign quote 🚀', url: URLS.gmailThread });
    expect(t.messages.map((m) => [m.from.email, m.collapsed, !!m.hidden])).toEqual([
      ['bob@acme-client.com', true, false],
      [USER_EMAIL, true, true],
      ['bob@acme-client.com', true, true],
      [USER_EMAIL, false, false],
      ['bob@acme-client.com', false, false],
    ]);
    const [first, ownHidden, clientHidden, mine, latest] = t.messages;
    expect(first).toMatchObject({ fromUser: false, from: { name: 'Bob Martin' }, date: local(2024, 3, 4, 9, 15), body: 'Hi Jane, we are redoing our website and would love a quote for the redesign.' });
    // The user's own earlier reply is read, not dropped: it was hidden behind "2 older messages".
    expect(ownHidden).toMatchObject({ fromUser: true, date: local(2024, 3, 4, 11, 2), body: 'Happy to help! What budget do you have in mind?' });
    expect(clientHidden).toMatchObject({ fromUser: false, body: 'Around $4k, and we would like it live this spring.' });
    expect(new Set(t.messages.map((m) => m.id)).size).toBe(5);

    expect(mine).toMatchObject({ id: '#msg-a:r-4417000000000000004', fromUser: true, date: local(2024, 3, 5, 14, 40) });
    expect(mine!.to).toEqual([{ name: 'Bob Martin', email: 'bob@acme-client.com' }, { name: 'Anna Lind', email: 'anna@acme-client.com' }]);
    expect(mine!.body).toBe('Hi Bob,\n\nThanks for the details. The full redesign is $4,800: discovery, design and build.\nI can start on March 18.');

    expect(latest).toMatchObject({ id: '#msg-f:1792201234567890005', fromUser: false, date: local(2024, 3, 6, 8, 5) });
    // Written in Outlook: the quote starts at Gmail-prefixed #divRplyFwdMsg.
    expect(latest!.body).toBe('Hi Jane,\n\nThat is more than we planned. Can you do it for 20% less? We also need it live by Friday.\n\nWe usually pay on delivery, not upfront.');
    for (const m of t.messages) expect(m.body).not.toMatch(/wrote:|Acme Client AB|\+46 70|Web design|From:|redesign is \$4,800\.$/);
    expect(t.messages.some((m) => m.clipped)).toBe(false);
  });

  it('reads the unsaved inline draft ("undefined" draft id is no id) without signature and quote', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const d = gmailAdapter.readDraft(page.document);
    expect(DraftSchema.safeParse(d).success).toBe(true);
    expect(d).toEqual({ composeId: '7', kind: 'inline-reply', text: 'Hi Bob,\n\nThanks for getting back to me.' });
    page.document.querySelector<HTMLInputElement>('input[name=draft]')!.value = '#msg-a:r-4417000000000000099';
    expect(gmailAdapter.readDraft(page.document)?.composeId).toBe('#msg-a:r-4417000000000000099');
  });

  it('flags a clipped message ("View entire message") and leaves its body unread instead of analysing half', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    const bodies = doc.querySelectorAll('.a98.iY:not([style]) .a3s');
    const clip = doc.createElement('div');
    clip.className = 'iX';
    const link = doc.createElement('a');
    link.textContent = 'View entire message';
    clip.append(link);
    bodies[bodies.length - 1]!.parentElement!.append(clip);
    const r = gmailAdapter.readThread(doc);
    if (!r.ok) throw new Error(r.detail);
    expect(r.thread.messages.at(-1)).toMatchObject({ clipped: true, body: '', collapsed: false });
    expect(r.thread.messages.at(-2)).not.toHaveProperty('clipped');
  });

  it('counts hidden messages from the bar when Gmail has not put their list items in the page', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    doc.querySelector('.kQ:not(.adv)')!.remove();
    for (const h of doc.querySelectorAll('.adv .adf')) h.remove();
    doc.querySelector('.adx .bx0')!.textContent = '3';
    doc.querySelector('.adx')!.setAttribute('aria-label', '3 older messages');
    const r = gmailAdapter.readThread(doc);
    if (!r.ok) throw new Error(r.detail);
    expect(r.thread.messages.map((m) => (m.hidden ? 'hidden' : m.collapsed ? 'collapsed' : 'open'))).toEqual(['collapsed', 'hidden', 'hidden', 'hidden', 'open', 'open']);
  });

  it('knows the user from the page title when the account button is missing', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    page.document.querySelector('a[aria-label^="Google Account"]')!.remove();
    let r = gmailAdapter.readThread(page.document);
    const own = (x: typeof r) => (x.ok ? x.thread.messages.filter((m) => m.fromUser).map((m) => m.id) : x.detail);
    expect(own(r)).toEqual(['item-2', '#msg-a:r-4417000000000000004']);
    // A subject that contains an address must not be taken for the account.
    page.document.title = 'Re: ask bob@acme-client.com - jane.freelancer@gmail.com - Gmail';
    r = gmailAdapter.readThread(page.document);
    expect(own(r)).toEqual(['item-2', '#msg-a:r-4417000000000000004']);
  });

  it('falls back to the URL hash for the thread id', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    for (const h2 of page.document.querySelectorAll('h2.hP')) {
      h2.removeAttribute('data-thread-perm-id');
      h2.removeAttribute('data-legacy-thread-id');
    }
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
  });

  it('reads a popped-out reply as pop-out and the real captured dialog as a new message', () => {
    page = fixture('gmail-popout.html', URLS.gmailInbox);
    expect(gmailAdapter.readDraft(page.document)).toEqual({ composeId: '#msg-a:r-7673660351152959857', kind: 'pop-out', text: 'Hi Bob,\nI could split the work into two phases.' });
    void page.close();
    page = realCompose();
    expect(gmailAdapter.readDraft(page.document)).toEqual({ composeId: '#msg-a:r-7673660351152959857', kind: 'new-message', text: '' });
  });
});

describe('Gmail thread (older shape, kept as gmail-thread-legacy.html)', () => {
  it('reads opened messages and keeps the place of the messages behind the bar', () => {
    page = fixture('gmail-thread-legacy.html', URLS.gmailThread);
    const r = gmailAdapter.readThread(page.document);
    if (!r.ok) throw new Error(r.detail);
    const t = r.thread;
    expect(t.threadId).toBe('thread-f:1792201234567890123');
    expect(t.messages.map((m) => m.id)).toEqual(['#msg-f:1792201234567890001', 'older-1', 'older-2', '#msg-a:r-4417000000000000004', '#msg-f:1792201234567890005']);
    const [first, older, , mine, latest] = t.messages;
    expect(first).toMatchObject({ collapsed: true, fromUser: false, from: { name: 'Bob Martin', email: 'bob@acme-client.com' }, date: local(2024, 3, 4, 9, 15) });
    expect(first!.body).toContain('would love a quote');
    expect(older).toMatchObject({ collapsed: true, hidden: true, body: '', date: null });
    expect(mine).toMatchObject({ collapsed: false, fromUser: true });
    expect(latest!.body).toBe('Hi Jane,\n\nThat is more than we planned. Can you do it for 20% less? We also need it live by Friday.\n\nWe usually pay on delivery, not upfront.');
    expect(gmailAdapter.readDraft(page.document)).toEqual({ composeId: '#msg-a:r-4417000000000000099', kind: 'inline-reply', text: 'Hi Bob,\n\nThanks for getting back to me.' });
  });
});

describe('health check on every read', () => {
  const read = (mutate: (doc: Document) => void) => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    mutate(page.document);
    return gmailAdapter.readThread(page.document);
  };
  const visible = '.a98.iY:not([style]) ';

  it('fails loudly, naming what is missing, when no message shows a sender', () => {
    const r = read((doc) => {
      for (const s of doc.querySelectorAll(`${visible}.gD`)) s.removeAttribute('email');
    });
    expect(r).toEqual({ ok: false, reason: 'unrecognised-markup', detail: 'No message shows a sender (.gD[email]).' });
  });

  it('fails when no message shows any text', () => {
    const r = read((doc) => {
      for (const b of doc.querySelectorAll(`${visible}.a3s, ${visible}.iA.g6`)) b.replaceChildren();
    });
    expect(r).toMatchObject({ ok: false, reason: 'unrecognised-markup', detail: expect.stringMatching(/^No message shows any text \(\.a3s/) });
  });

  it('fails when the latest message cannot be attributed: no sender on it, or no known account', () => {
    let r = read((doc) => [...doc.querySelectorAll(`${visible}.gD`)].at(-1)!.remove());
    expect(r).toMatchObject({ ok: false, reason: 'unrecognised-markup', detail: expect.stringContaining('The latest message shows no sender') });
    void page!.close();
    r = read((doc) => {
      doc.querySelector('a[aria-label^="Google Account"]')!.remove();
      doc.title = 'Gmail';
    });
    expect(r).toMatchObject({ ok: false, reason: 'unrecognised-markup', detail: expect.stringContaining('The signed-in account was not found') });
  });

  it('passes when only the snippets of collapsed messages are missing', () => {
    const r = read((doc) => {
      for (const b of doc.querySelectorAll(`${visible}.iA.g6`)) b.replaceChildren();
    });
    expect(r.ok).toBe(true);
  });
});

describe('Outlook thread (2026 structure)', () => {
  it('reads the sender from the "From:" aria-label, collapsed items by their time stamp, the body by role and label', () => {
    page = fixture('outlook-thread.html', URLS.outlookThread);
    const r = outlookAdapter.readThread(page.document);
    expect(ReadResultSchema.safeParse(r).success).toBe(true);
    if (!r.ok) throw new Error(r.detail);
    const t = r.thread;
    expect(t).toMatchObject({ webmail: 'outlook', threadId: 'AQQkADAwATNiZmYAZC1kOTg4LTE2ZjYtMDACLTAwCgAQAG5vcmRseXMtbG9nby0x', subject: 'Re: Logo design for Nordlys Café' });
    // "Reactions" also carries aria-expanded=false but no time stamp: it is not a message.
    expect(t.messages.map((m) => [m.id, m.from.name, m.fromUser, m.collapsed])).toEqual([
      ['AAMkAGI2TG93AAA1', 'Maria Berg', false, true],
      ['AAMkAGI2TG93AAA2', 'Jane Freelancer', true, true],
      ['AAMkAGI2TG93AAA3', 'Maria Berg', false, false],
    ]);
    const [first, , latest] = t.messages;
    expect(first).toMatchObject({ date: local(2024, 3, 4, 9, 2), body: 'Hi Jane! We are opening a second café and need a new logo.' });
    expect(latest!.to.map((a) => a.name)).toEqual(['Jane Freelancer', 'Erik Berg']);
    expect(latest).toMatchObject({ date: local(2024, 3, 6, 8, 14) });
    expect(latest!.body).toBe('Tack för offerten! 😊\n\nCould you drop the price to €1,500? A competitor offered that. We need the files by Monday.');
  });

  it('reads the cloud.microsoft build: sender outside the heading with "Name <address>" next to it, id-only body, x_ quotes, Swedish UI', () => {
    page = fixture('outlook-thread-cloud.html', URLS.outlookCloud);
    const r = outlookAdapter.readThread(page.document);
    if (!r.ok) throw new Error(r.detail);
    const t = r.thread;
    expect(t).toMatchObject({ threadId: 'AAkALgAAAAAAHYQDEapmEc2byACqAC/EWg0AyMj4zStSpkeg9EIx4kB9IAAGkQFb7AAA', subject: 'Sv: Logotyp för Nordlys Café' });
    expect(t.messages.map((m) => [m.from, m.fromUser, m.collapsed])).toEqual([
      [{ name: 'Maria Berg', email: 'maria@nordlys-cafe.se' }, false, true],
      [{ name: 'Jane Freelancer', email: 'jane@studio-freelance.se' }, true, false],
      [{ name: 'Maria Berg', email: 'maria@nordlys-cafe.se' }, false, false],
    ]);
    expect(t.messages[1]).toMatchObject({ date: local(2024, 3, 5, 11, 20), body: 'Hej Maria,\n\nEn logotyp med tre koncept och två revideringsrundor kostar 19 000 kr.' });
    expect(t.messages[2]!.body).toBe('Tack för offerten! Kan du gå ner till 15 000 kr? Vi behöver filerna till måndag.');
  });

  it.each([
    ['English', 'From: Maria Berg'],
    ['Swedish', 'Från: Maria Berg'],
    ['German', 'Von: Maria Berg'],
    ['French (space before the colon)', 'De\u202f: Maria Berg'],
    ['Spanish', 'De: Maria Berg'],
    ['Hebrew', 'מאת: Maria Berg'],
  ])('finds the sender by the %s "From:" label', (_lang, label) => {
    page = fixture('outlook-thread-cloud.html', URLS.outlookCloud);
    for (const el of page.document.querySelectorAll('[aria-label^="Från:"]')) el.setAttribute('aria-label', el.getAttribute('aria-label')!.replace('Från:', label.replace('Maria Berg', '')));
    const r = outlookAdapter.readThread(page.document);
    if (!r.ok) throw new Error(r.detail);
    expect(r.thread.messages.map((m) => m.from.email)).toEqual(['maria@nordlys-cafe.se', 'jane@studio-freelance.se', 'maria@nordlys-cafe.se']);
  });

  it('takes the sender from the heading text only when no "From:" label exists (the earlier guess, legacy fixture)', () => {
    page = fixture('outlook-thread-legacy.html', URLS.outlookThread);
    const r = outlookAdapter.readThread(page.document);
    if (!r.ok) throw new Error(r.detail);
    // Its collapsed item has no time stamp, so it is no longer taken for a message.
    expect(r.thread.messages.map((m) => [m.from.email, m.fromUser, m.collapsed])).toEqual([
      ['jane.freelancer@outlook.com', true, false],
      ['maria@nordlys-cafe.se', false, false],
    ]);
  });

  it('marks own messages by display name when the page shows no address of the account', () => {
    page = fixture('outlook-thread.html', URLS.outlookThread);
    page.document.querySelector('[id^=primaryMailboxRoot_]')!.remove();
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

  it('finds a compose body whose label is in Swedish, and never the signature editor in Settings', () => {
    page = fixture('outlook-popout.html', URLS.outlookPopout);
    page.document.querySelector('[role=textbox][contenteditable]')!.setAttribute('aria-label', 'Meddelandetext, tryck på Alt+F10 för att avsluta');
    expect(outlookAdapter.readDraft(page.document)?.text).toBe('Hej Maria,\nI can offer a smaller package.');
    void page.close();
    page = fixture('outlook-thread.html', URLS.outlookThread);
    const doc = page.document;
    const settings = doc.querySelector('[role=dialog]')!;
    settings.removeAttribute('style');
    // A label in a language we do not list: the label-less fallback runs, and must skip the open Settings dialog.
    doc.querySelector('#editorParent_1')!.setAttribute('aria-label', 'Corpo del messaggio');
    expect(outlookAdapter.readDraft(doc)?.text).toBe('Hej Maria,\n\nThanks for the quick answer.');
    doc.querySelector('[data-app-section=Form_Content]')!.remove();
    expect(outlookAdapter.readDraft(doc)).toBeNull();
    settings.querySelector('[role=textbox]')!.setAttribute('aria-label', 'Signatur');
    settings.removeAttribute('role');
    expect(outlookAdapter.readDraft(doc)).toBeNull();
  });

  it('says no-thread-open on an empty reading pane and unrecognised-markup when an opened item has no body', () => {
    page = fixture('outlook-inbox.html', URLS.outlookInbox);
    expect(outlookAdapter.readThread(page.document)).toMatchObject({ ok: false, reason: 'no-thread-open' });
    expect(outlookAdapter.readDraft(page.document)).toBeNull();
    void page.close();
    page = fixture('outlook-thread.html', URLS.outlookThread);
    for (const b of page.document.querySelectorAll('[role=document]')) b.setAttribute('aria-label', 'Something else'), b.removeAttribute('id');
    for (const c of page.document.querySelectorAll('[data-testid=SentReceivedSavedTime]')) c.removeAttribute('data-testid');
    expect(outlookAdapter.readThread(page.document)).toMatchObject({ ok: false, reason: 'unrecognised-markup' });
  });

  it('fails loudly when the sender markup is gone rather than taking the user\'s messages for the client\'s', () => {
    page = fixture('outlook-thread.html', URLS.outlookThread);
    for (const el of page.document.querySelectorAll('[aria-label^="From:"]')) el.removeAttribute('aria-label');
    expect(outlookAdapter.readThread(page.document)).toEqual({ ok: false, reason: 'unrecognised-markup', detail: 'No message shows a sender (an aria-label starting "From:").' });
  });
});
