// Node (Playwright + vitest): inserting a reply through the built extension's content script into Gmail- and Outlook-shaped
/// <reference types="chrome" />
// compose bodies in real Chromium (execCommand, undo, selection), where happy-dom cannot go.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

const SIGNATURE = { gmail: '-- \nDana Levi', outlook: 'Dana Levi' };
const QUOTE_LINE = 'Can you do it by Friday?';

/** Compose bodies by case: what the user already has in the box when they press Insert. */
const BODIES = {
  gmail: {
    'starts-with-signature': `<div class="gmail_signature" data-smartmail="gmail_signature">-- <br>Dana Levi</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Kevin wrote:<br></div><blockquote class="gmail_quote"><div>${QUOTE_LINE}</div></blockquote></div>`,
    'starts-with-quote': `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Kevin wrote:<br></div><blockquote class="gmail_quote"><div>${QUOTE_LINE}</div></blockquote></div>`,
    draft: `<div>Hi Kevin,</div><div><br></div><div>I can do it for 500 next week.</div><div><br></div><div class="gmail_signature" data-smartmail="gmail_signature">-- <br>Dana Levi</div><div class="gmail_quote"><blockquote class="gmail_quote"><div>${QUOTE_LINE}</div></blockquote></div>`,
  },
  outlook: {
    'starts-with-signature': `<div id="Signature"><div>Dana Levi</div></div><div id="appendonsend"></div><hr tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Kevin<br></div><div>${QUOTE_LINE}</div>`,
    'starts-with-quote': `<div id="appendonsend"></div><hr tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Kevin<br></div><div>${QUOTE_LINE}</div>`,
    draft: `<div class="elementToProof">Hi Kevin,</div><div class="elementToProof"><br></div><div class="elementToProof">I can do it for 500 next week.</div><div class="elementToProof"><br></div><div id="Signature"><div>Dana Levi</div></div><hr tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Kevin<br></div><div>${QUOTE_LINE}</div>`,
  },
} as const;
type Case = keyof (typeof BODIES)['gmail'];

/** An editor that stops taking input after its second change (as a compose box does while it is being sent). */
const REFUSE_AFTER_TWO = `<script>
const ed = document.querySelector('[contenteditable]');
let n = 0;
if (location.search.includes('refuse')) ed.addEventListener('input', () => { if (++n === 2) ed.setAttribute('contenteditable', 'false'); });
</script>`;

function gmailPage(url: URL): string {
  const body = BODIES.gmail[(url.searchParams.get('case') ?? 'draft') as Case];
  return `<!doctype html><html><head><meta charset="utf-8"><title>Inbox - dana@levi.studio - Gmail</title></head><body>
<div role="main"><div class="M9"><div class="Am aiL Al editable" aria-label="Message Body" g_editable="true" role="textbox" aria-multiline="true" tabindex="1" contenteditable="true">${body}</div></div></div>${REFUSE_AFTER_TWO}</body></html>`;
}

function outlookPage(url: URL): string {
  const body = BODIES.outlook[(url.searchParams.get('case') ?? 'draft') as Case];
  return `<!doctype html><html><head><meta charset="utf-8"><title>Mail - Dana Levi - Outlook</title></head><body>
<main aria-label="Reading Pane" role="main"><div data-app-section="Form_Content" data-compose-id="c1"><div role="textbox" contenteditable="true" aria-multiline="true" aria-label="Message body, press Alt+F10 to exit" tabindex="0">${body}</div></div></main>${REFUSE_AFTER_TWO}</body></html>`;
}

const MAILS = [
  { name: 'Gmail', id: 'gmail', host: 'mail.google.com', base: 'https://mail.google.com/mail/u/0/', signature: '.gmail_signature', quote: '.gmail_quote', sigText: SIGNATURE.gmail },
  { name: 'Outlook', id: 'outlook', host: 'outlook.office.com', base: 'https://outlook.office.com/mail/inbox/', signature: '#Signature', quote: '#divRplyFwdMsg', sigText: SIGNATURE.outlook },
] as const;

const REPLY = 'Hi Kevin,\n\nFriday works if we agree the scope today.\nBest, Dana';
const REPLY_LINES = ['Hi Kevin,', 'Friday works if we agree the scope today.', 'Best, Dana'];

/** The rendered lines of the compose body, blank lines dropped: what the user reads. */
const linesOf = (text: string) => text.split('\n').map((l) => l.replace(/\u00a0/g, ' ').trim()).filter(Boolean);

describe.each(MAILS)('insert into $name compose bodies', ({ id, host, base, signature, quote, sigText }) => {
  let h: Harness;
  let panel: Page;

  beforeAll(async () => {
    h = await launch({ sites: { 'mail.google.com': gmailPage, 'outlook.office.com': outlookPage } });
    panel = await h.openPanel();
  });
  afterAll(async () => {
    const violations = h.violations;
    await h.close();
    expect(violations).toEqual([]);
  });

  /** What the panel does before a tab's first insert (lib/panel/load-compose.ts): inject the on-demand compose script. */
  const loadCompose = (tabId: number) =>
    panel.evaluate(async ([t, file]) => (await chrome.scripting.executeScript({ target: { tabId: t as number }, files: [file as string] }))[0]?.result, [tabId, `${id}-compose.js`] as const);

  /** Opens a fresh mail tab with the given compose body, waits until our content script answers in it, and loads the compose code. */
  async function openCase(c: Case, refuse = false, load = true): Promise<{ mail: Page; tabId: number }> {
    const mail = await h.context.newPage();
    await mail.goto(`${base}?case=${c}${refuse ? '&refuse=1' : ''}`);
    const tabId = await panel.evaluate(async (u) => (await chrome.tabs.query({ url: u })).at(-1)!.id!, `https://${host}/*`);
    await expect
      .poll(() => panel.evaluate((id) => chrome.tabs.sendMessage(id, { channel: 'dealcraft/webmail', type: 'getPageState' }).catch(() => undefined), tabId), { timeout: 15_000 })
      .toBeTruthy();
    if (load) expect(await loadCompose(tabId)).toBe(id);
    return { mail, tabId };
  }

  const send = (tabId: number, type: 'insertReply' | 'focusInDraft', text: string) =>
    panel.evaluate(([id, t, x]) => chrome.tabs.sendMessage(id as number, { channel: 'dealcraft/webmail', type: t, text: x }), [tabId, type, text] as const);

  const editor = (mail: Page) => mail.locator('[contenteditable]').first();
  const snapshot = (mail: Page) => editor(mail).evaluate((el) => ({ html: el.innerHTML, text: (el as HTMLElement).innerText }));
  const textOf = (mail: Page, selector: string) => mail.locator(selector).first().evaluate((el) => (el as HTMLElement).innerText);

  async function undo(mail: Page): Promise<void> {
    await mail.bringToFront();
    await editor(mail).focus();
    await mail.keyboard.press('Control+z');
  }

  it('before the compose code is loaded, insert and locate say not-loaded and change nothing; once loaded, the insert lands', async () => {
    const { mail, tabId } = await openCase('draft', false, false);
    const before = await snapshot(mail);
    expect(await send(tabId, 'insertReply', REPLY)).toMatchObject({ ok: false, reason: 'not-loaded' });
    expect(await send(tabId, 'focusInDraft', 'do it for 500')).toMatchObject({ ok: false, reason: 'not-loaded' });
    expect(await snapshot(mail)).toEqual(before);
    expect(await loadCompose(tabId)).toBe(id);
    expect(await send(tabId, 'insertReply', REPLY)).toEqual({ ok: true });
    expect(linesOf((await snapshot(mail)).text)).toEqual(expect.arrayContaining(REPLY_LINES));
    await mail.close();
  });

  it.each(['starts-with-signature', 'starts-with-quote'] as const)('a body that %s: the reply goes above it on its own lines; Ctrl+Z takes it out', async (c) => {
    const { mail, tabId } = await openCase(c);
    const before = await snapshot(mail);
    const sigBefore = c === 'starts-with-signature' ? await textOf(mail, signature) : null;
    const quoteBefore = await textOf(mail, quote);

    expect(await send(tabId, 'insertReply', REPLY)).toEqual({ ok: true });
    const after = await snapshot(mail);
    // Each reply line is a line of its own, in order, and everything that was there follows unchanged.
    expect(linesOf(after.text)).toEqual([...REPLY_LINES, ...linesOf(before.text)]);
    if (sigBefore !== null) expect(await textOf(mail, signature)).toBe(sigBefore);
    expect(await textOf(mail, quote)).toBe(quoteBefore);
    expect(await mail.locator(`${signature}, ${quote}`).evaluateAll((els) => els.map((e) => e.textContent).join('\n'))).not.toContain('Friday works');

    await undo(mail);
    await expect.poll(async () => linesOf((await snapshot(mail)).text)).toEqual(linesOf(before.text));
    if (sigBefore !== null) expect(await textOf(mail, signature)).toBe(sigBefore);
    expect(sigText.length).toBeGreaterThan(0);
    await mail.close();
  });

  it('a phrase the draft coach selected is kept: the reply follows its line, and Ctrl+Z restores the draft', async () => {
    const { mail, tabId } = await openCase('draft');
    const before = await snapshot(mail);
    expect(await send(tabId, 'focusInDraft', 'do it for 500')).toEqual({ ok: true });
    expect(await mail.evaluate(() => getSelection()!.toString())).toBe('do it for 500');

    expect(await send(tabId, 'insertReply', REPLY)).toEqual({ ok: true });
    const lines = linesOf((await snapshot(mail)).text);
    expect(lines).toEqual(['Hi Kevin,', 'I can do it for 500 next week.', ...REPLY_LINES, ...linesOf(before.text).slice(2)]);

    await undo(mail);
    await expect.poll(async () => linesOf((await snapshot(mail)).text)).toEqual(linesOf(before.text));
    await mail.close();
  });

  it('a caret in the middle of a word: a one-line insert lands at the end of the word, a reply after the line', async () => {
    const { mail, tabId } = await openCase('draft');
    const before = await snapshot(mail);
    const placeCaret = () =>
      editor(mail).evaluate((el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let t = walker.nextNode() as Text | null;
        while (t && !t.data.includes('next week')) t = walker.nextNode() as Text | null;
        const r = document.createRange();
        r.setStart(t!, t!.data.indexOf('next week') + 2); // "ne|xt"
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
      });

    await placeCaret();
    expect(await send(tabId, 'insertReply', 'or the one after')).toEqual({ ok: true });
    expect(linesOf((await snapshot(mail)).text)).toContain('I can do it for 500 next or the one after week.');
    await undo(mail);
    await expect.poll(async () => linesOf((await snapshot(mail)).text)).toEqual(linesOf(before.text));

    await placeCaret();
    expect(await send(tabId, 'insertReply', REPLY)).toEqual({ ok: true });
    expect(linesOf((await snapshot(mail)).text)).toEqual(['Hi Kevin,', 'I can do it for 500 next week.', ...REPLY_LINES, ...linesOf(before.text).slice(2)]);
    await undo(mail);
    await expect.poll(async () => linesOf((await snapshot(mail)).text)).toEqual(linesOf(before.text));
    await mail.close();
  });

  it.each(['draft', 'starts-with-signature'] as const)('an editor that refuses input part-way (%s): the insert fails and leaves the body exactly as it was', async (c) => {
    const { mail, tabId } = await openCase(c, true);
    const before = await snapshot(mail);
    const r = await send(tabId, 'insertReply', REPLY);
    expect(r).toMatchObject({ ok: false, reason: 'insert-failed' });
    expect(await snapshot(mail)).toEqual(before);
    await mail.close();
  });
});
