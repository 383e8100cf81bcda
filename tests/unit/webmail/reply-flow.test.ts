// Unit tests (Node + happy-dom): opening a reply, Outlook's settle-insert-recheck timing, Gmail's autosave nudge, pointer-like clicks, "Read the whole thread".
import { afterEach, describe, expect, it } from 'vitest';
import { replyAndInsert } from '../../../lib/webmail/compose-flow';
import { gmailAdapter } from '../../../lib/webmail/gmail';
import { outlookAdapter } from '../../../lib/webmail/outlook';
import { OUTLOOK_COMPOSE } from '../../../lib/webmail/outlook/insert';
import type { LoadedPage } from '../../../lib/webmail/load-page';
import { press } from '../../../lib/webmail/press';
import { fixture, URLS } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const record = (el: Element, types: string[]) => {
  const seen: string[] = [];
  for (const t of types) el.addEventListener(t, () => seen.push(t));
  return seen;
};

/** OWA's reply: the editor appears, then a moment later the caret moves to the To field; optionally it drops what was typed before that. */
function owaReply(doc: Document, opts: { focusAfterMs: number; wipeEarlyText: boolean }) {
  const win = doc.defaultView!;
  const reply = doc.querySelector('[role=menuitem][aria-label=Reply]')!;
  reply.addEventListener('click', () => {
    win.setTimeout(() => {
      const form = doc.createElement('div');
      form.setAttribute('data-app-section', 'Form_Content');
      const to = doc.createElement('div');
      to.setAttribute('contenteditable', 'true');
      to.setAttribute('aria-label', 'To');
      const editor = doc.createElement('div');
      for (const [k, v] of Object.entries({ role: 'textbox', contenteditable: 'true', 'aria-multiline': 'true', 'aria-label': 'Message body, press Alt+F10 to exit' })) editor.setAttribute(k, v);
      editor.append(doc.createElement('br'));
      form.append(to, editor);
      doc.querySelector('[data-app-section=ConversationContainer]')!.append(form);
      editor.focus();
      win.setTimeout(() => {
        // roosterjs re-initialises the body when the caret moves to To: anything inserted before is gone.
        if (opts.wipeEarlyText) editor.replaceChildren(doc.createElement('br'));
        to.focus();
      }, opts.focusAfterMs);
    }, 20);
  });
  return reply;
}

describe('buttons are pressed like a pointer does', () => {
  it('sends mousedown, mouseup, then click', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const b = page.document.querySelector('[data-tooltip=Reply]')!;
    const seen = record(b, ['click', 'mouseup', 'mousedown']);
    press(b);
    expect(seen).toEqual(['mousedown', 'mouseup', 'click']);
  });
});

describe('Outlook reply timing', () => {
  const openPage = () => {
    page = fixture('outlook-thread.html', URLS.outlookThread);
    page.document.querySelector('[data-app-section=Form_Content]')!.remove();
    return page.document;
  };

  it('waits for the focus to settle after Reply before inserting, and keeps the text', async () => {
    const doc = openPage();
    const reply = owaReply(doc, { focusAfterMs: 150, wipeEarlyText: true });
    const seen = record(reply, ['mousedown', 'mouseup', 'click']);
    const started = Date.now();
    const r = await replyAndInsert(doc, 'Tack Maria!\nJag återkommer.', OUTLOOK_COMPOSE, { press, settleMs: 200, settleMaxMs: 2000, verifyMs: 100 });
    expect(seen).toEqual(['mousedown', 'mouseup', 'click']);
    expect(r).toEqual({ ok: true });
    // Inserted after OWA's own focus move (150 ms after the editor), so nothing was wiped.
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(outlookAdapter.readDraft(doc)?.text).toBe('Tack Maria!\nJag återkommer.');
  });

  it('says so when Outlook drops the text after inserting, so the panel can copy it instead', async () => {
    const doc = openPage();
    owaReply(doc, { focusAfterMs: 400, wipeEarlyText: true });
    // Settling too briefly on purpose: the insert lands before OWA's late reset.
    const r = await replyAndInsert(doc, 'Tack Maria!', OUTLOOK_COMPOSE, { press, settleMs: 60, settleMaxMs: 100, verifyMs: 600 });
    expect(r).toEqual({ ok: false, reason: 'insert-failed', detail: 'The text was inserted, but the mail page removed it from the reply a moment later.' });
  });

  it('the Outlook adapter uses that timing: a reply opened by it still holds the text a second later', async () => {
    const doc = openPage();
    owaReply(doc, { focusAfterMs: 250, wipeEarlyText: true });
    expect(await outlookAdapter.insert(doc, 'Hej Maria!')).toEqual({ ok: true });
    expect(outlookAdapter.readDraft(doc)?.text).toBe('Hej Maria!');
  });
});

describe('Gmail autosave', () => {
  it('sends a key with a real keyCode after inserting, asynchronously', async () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const editor = page.document.querySelector<HTMLElement>('[g_editable=true]')!;
    const keys: { type: string; keyCode: number }[] = [];
    for (const t of ['keydown', 'keyup']) editor.addEventListener(t, (e) => keys.push({ type: t, keyCode: (e as KeyboardEvent).keyCode }));
    expect(await gmailAdapter.insert(page.document, 'Thanks Bob.')).toEqual({ ok: true });
    const sync = keys.filter((k) => k.keyCode === 16).length;
    await new Promise((r) => page!.window.setTimeout(r, 60));
    expect(sync).toBe(0);
    expect(keys.filter((k) => k.keyCode === 16).map((k) => k.type)).toEqual(['keydown', 'keyup']);
  });
});

describe('Read the whole thread', () => {
  it('Gmail: presses "Expand all" when the thread has it', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    const expandAll = doc.querySelector('.a98.iY:not([style]) img.gx')!.closest('[role=button]')!;
    const seen = record(expandAll, ['mousedown', 'mouseup', 'click']);
    const bar = record(doc.querySelector('.adx')!, ['click']);
    expect(gmailAdapter.expandThread(doc)).toBe(true);
    expect(seen).toEqual(['mousedown', 'mouseup', 'click']);
    expect(bar).toEqual([]);
  });

  it('Gmail: without "Expand all", opens the older-messages bar and every collapsed header; false when nothing is collapsed', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    for (const i of doc.querySelectorAll('img.gx')) i.closest('[role=button]')!.remove();
    const bar = record(doc.querySelector('.adx')!, ['click']);
    const header = record(doc.querySelector('.a98.iY:not([style]) .kv .adf')!, ['click']);
    expect(gmailAdapter.expandThread(doc)).toBe(true);
    expect([bar, header]).toEqual([['click'], ['click']]);
    void page.close();
    page = fixture('gmail-thread-legacy.html', URLS.gmailThread);
    page.document.querySelector('.adx')!.remove();
    expect(gmailAdapter.expandThread(page.document)).toBe(false);
  });

  it('Outlook: opens each collapsed message, not the "Reactions" button', () => {
    page = fixture('outlook-thread.html', URLS.outlookThread);
    const doc = page.document;
    const clicked: string[] = [];
    for (const el of doc.querySelectorAll('[aria-expanded=false]')) el.addEventListener('click', () => clicked.push(el.getAttribute('data-item-id') ?? el.getAttribute('aria-label')!));
    expect(outlookAdapter.expandThread(doc)).toBe(true);
    expect(clicked).toEqual(['AAMkAGI2TG93AAA1', 'AAMkAGI2TG93AAA2']);
  });
});
