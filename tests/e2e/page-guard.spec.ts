/// <reference types="chrome" />
// Node (Playwright + vitest): WXT 0.21's content-script context could be switched off by one page event (docs/upstream/wxt-content-script-kill.md); our content scripts no longer use that context: the page learns nothing, and firing the event changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

/** The page records what WXT posts when a content script starts (the extension id is in it). */
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Inbox - dana@levi.studio - Gmail</title>
<script>
window.addEventListener('message', (e) => {
  const t = e.data && e.data.type;
  if (typeof t === 'string' && t.endsWith(':wxt:content-script-started')) window.__wxtStarted = e.data;
});
</script></head><body><div role="main"><div class="M9"><div aria-label="Message Body" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true"><div><br></div></div></div></div></body></html>`;

describe('a mail page cannot switch the content script off', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ sites: { 'mail.google.com': PAGE } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('WXT tells the page the event name (with our id); firing it changes nothing: the script still answers and inserts', async () => {
    const mail = await h.context.newPage();
    await mail.goto('https://mail.google.com/mail/u/0/');
    const panel = await h.openPanel();
    const tabId = await panel.evaluate(async () => (await chrome.tabs.query({ url: 'https://mail.google.com/*' }))[0]!.id!);
    const ask = () => panel.evaluate((id) => chrome.tabs.sendMessage(id, { channel: 'dealcraft/webmail', type: 'getPageState' }).catch((e: Error) => `error: ${e.message}`), tabId);
    await expect.poll(ask, { timeout: 15_000 }).toMatchObject({ ok: true });

    // WXT's context posted "<extension id>:<script>:wxt:content-script-started" to the page; ours posts nothing.
    const started = (await mail.evaluate(() => (window as unknown as { __wxtStarted?: unknown }).__wxtStarted)) ?? null;
    expect(started).toBeNull();

    // A page that knows the id (a store extension's id is public) fires every name WXT's context would listen for.
    await mail.evaluate((id) => {
      for (const name of ['gmail', 'gmail-content']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'page' } }));
        window.postMessage({ type, contentScriptName: name, messageId: 'page2' }, '*');
      }
    }, h.extensionId);
    await mail.waitForTimeout(300);
    expect(await ask()).toMatchObject({ ok: true });
    // The panel loads the insertion code on demand (lib/panel/load-compose.ts) before it inserts.
    expect(await panel.evaluate(async (id) => (await chrome.scripting.executeScript({ target: { tabId: id }, files: ['gmail-compose.js'] }))[0]?.result, tabId)).toBe('gmail');
    const r = await panel.evaluate((id) => chrome.tabs.sendMessage(id, { channel: 'dealcraft/webmail', type: 'insertReply', text: 'Still here.' }), tabId);
    expect(r).toEqual({ ok: true });
    expect(await mail.locator('[contenteditable]').innerText()).toContain('Still here.');
  });
});
