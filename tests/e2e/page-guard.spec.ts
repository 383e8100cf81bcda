/// <reference types="chrome" />
// Node (Playwright + vitest): script in a mail page learns WXT's event name from its postMessage and fires it; our content script must keep working.
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

    const started = (await mail.evaluate(() => (window as unknown as { __wxtStarted?: { type: string; contentScriptName: string } }).__wxtStarted)) ?? null;
    // What WXT 0.21 leaks: if this fails, WXT stopped posting it; the guard stays useful for a known (store) id.
    expect(started?.type).toBe(`${h.extensionId}:gmail:wxt:content-script-started`);

    await mail.evaluate((s) => {
      document.dispatchEvent(new CustomEvent(s.type, { detail: { contentScriptName: s.contentScriptName, messageId: 'page' } }));
      document.body.dispatchEvent(new CustomEvent(s.type, { bubbles: true, detail: { contentScriptName: s.contentScriptName, messageId: 'page2' } }));
    }, started!);
    await mail.waitForTimeout(300);
    expect(await ask()).toMatchObject({ ok: true });
    const r = await panel.evaluate((id) => chrome.tabs.sendMessage(id, { channel: 'dealcraft/webmail', type: 'insertReply', text: 'Still here.' }), tabId);
    expect(r).toEqual({ ok: true });
    expect(await mail.locator('[contenteditable]').innerText()).toContain('Still here.');
  });
});
