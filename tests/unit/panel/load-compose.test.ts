// Unit tests (Node + happy-dom): the panel loads a tab's insertion code on demand (lib/panel/load-compose.ts): the real page
// bridge over a fake WebExtension API whose messages reach the real content-script handler and adapter on a Gmail page.
import { afterEach, describe, expect, it } from 'vitest';
import { handlePanelRequest } from '../../../lib/messaging/content-bridge';
import { runContentScript } from '../../../lib/messaging/content-start';
import { createPageBridge, type ExtensionApiLike } from '../../../lib/panel/extension-services';
import { injectedCompose, provideCompose } from '../../../lib/webmail/compose-module';
import { makeGmailAdapter } from '../../../lib/webmail/gmail/adapter';
import { gmailCompose } from '../../../lib/webmail/gmail/compose';
import type { LoadedPage } from '../../../lib/webmail/load-page';
import { makeOutlookAdapter } from '../../../lib/webmail/outlook/adapter';
import { outlookCompose } from '../../../lib/webmail/outlook/compose';
import { RAW_POST } from '../../../lib/webmail/post';
import { fixture, URLS } from '../webmail/helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const TAB = 7;
const MODULES = { 'gmail-compose.js': ['gmail', gmailCompose], 'outlook-compose.js': ['outlook', outlookCompose] } as const;
type Injector = 'scripting' | 'tabs' | 'none';

/**
 * A mail tab whose content script is the real one (handler + content adapter reading the injected module from `world`), and
 * injection APIs that run a compose file the way the browser would: in that same isolated world.
 */
function setup(name: 'gmail-thread.html' | 'outlook-thread.html', injector: Injector, opts: { failInject?: boolean } = {}) {
  const url = name === 'gmail-thread.html' ? URLS.gmailThread : URLS.outlookThread;
  page = fixture(name, url);
  const doc = page.document;
  const world = {} as typeof globalThis;
  const adapter = name === 'gmail-thread.html' ? makeGmailAdapter(RAW_POST, injectedCompose('gmail', world)) : makeOutlookAdapter(RAW_POST, injectedCompose('outlook', world));
  const injected: string[] = [];
  const run = (file: string) => {
    injected.push(file);
    if (opts.failInject) throw new Error('Cannot access contents of the page.');
    const [id, module] = MODULES[file.replace(/^\//, '') as keyof typeof MODULES];
    return provideCompose(id, module, world);
  };
  const api = {
    runtime: { id: 'abc', getURL: (p: string) => `chrome-extension://abc/${p}`, onMessage: { addListener() {}, removeListener() {} } },
    tabs: {
      get: async () => ({ id: TAB, url }),
      sendMessage: async (_tabId: number, message: unknown) => handlePanelRequest(message, { id: 'abc' }, 'abc', adapter, doc, true),
      ...(injector === 'tabs' ? { executeScript: async (_tabId: number, d: { file: string }) => [run(d.file)] } : {}),
    },
    ...(injector === 'scripting'
      ? { scripting: { executeScript: async (i: { files?: string[] }) => [{ result: run(i.files![0]!) }] } }
      : {}),
  } as unknown as ExtensionApiLike;
  return { doc, adapter, injected, world, bridge: createPageBridge(api, { sites: { ready: Promise.resolve(), has: () => false, allow: async () => ({ ok: false, detail: '' }) } }) };
}

describe('compose code loaded on demand', () => {
  it.each(['scripting', 'tabs'] as const)('the first insert loads gmail-compose.js (%s API), then the reply is in the draft above what the user wrote; later inserts reuse it', async (injector) => {
    const { doc, adapter, injected, bridge } = setup('gmail-thread.html', injector);
    expect(await bridge.insertReply(TAB, 'Thanks Bob.')).toEqual({ ok: true });
    expect(injected).toEqual([injector === 'tabs' ? '/gmail-compose.js' : 'gmail-compose.js']);
    expect(adapter.readDraft(doc)?.text).toBe('Thanks Bob.\n\nHi Bob,\n\nThanks for getting back to me.');
    expect(await bridge.insertReply(TAB, 'P.S.')).toEqual({ ok: true });
    expect(injected).toHaveLength(1);
  });

  it('the draft coach\'s locate loads the code too, and selects the phrase', async () => {
    const { doc, injected, bridge } = setup('gmail-thread.html', 'scripting');
    expect(await bridge.focusInDraft(TAB, 'getting back')).toBe(true);
    expect(doc.defaultView!.getSelection()!.toString()).toBe('getting back');
    expect(injected).toEqual(['gmail-compose.js']);
  });

  it('an Outlook tab gets outlook-compose.js', async () => {
    const { injected, bridge } = setup('outlook-thread.html', 'scripting');
    expect(await bridge.focusInDraft(TAB, 'quick answer')).toBe(true);
    expect(injected).toEqual(['outlook-compose.js']);
  });

  it('when the page refuses the script, the insert fails with not-loaded and the reason, and the draft is untouched', async () => {
    const { doc, adapter, bridge } = setup('gmail-thread.html', 'scripting', { failInject: true });
    const before = adapter.readDraft(doc)?.text;
    const r = await bridge.insertReply(TAB, 'Thanks Bob.');
    expect(r).toMatchObject({ ok: false, reason: 'not-loaded' });
    expect(!r.ok && r.detail).toMatch(/Cannot access contents of the page/);
    expect(adapter.readDraft(doc)?.text).toBe(before);
    expect(await bridge.focusInDraft(TAB, 'getting back')).toBe(false);
  });

  it('a browser with neither injection API says so in one line', async () => {
    const { bridge } = setup('gmail-thread.html', 'none');
    expect(await bridge.insertReply(TAB, 'Thanks Bob.')).toEqual({ ok: false, reason: 'not-loaded', detail: 'This browser cannot load Dealcraft’s insert code into the mail page.' });
  });

  it('a content script started again (extension updated, site allowed) drops the module an earlier copy used; the next insert loads the current one', async () => {
    const { doc, injected, bridge, world, adapter } = setup('gmail-thread.html', 'scripting');
    expect(await bridge.insertReply(TAB, 'One.')).toEqual({ ok: true });
    const scope = Object.assign(world, { document: doc, setTimeout: doc.defaultView!.setTimeout.bind(doc.defaultView) });
    const runtime = { id: 'abc', sendMessage: async () => undefined, onMessage: { addListener() {}, removeListener() {} } };
    runContentScript(runtime, adapter, scope);
    expect(await adapter.insert(doc, 'Two.')).toMatchObject({ ok: false, reason: 'not-loaded' });
    expect(await bridge.insertReply(TAB, 'Two.')).toEqual({ ok: true });
    expect(injected).toEqual(['gmail-compose.js', 'gmail-compose.js']);
    expect(adapter.readDraft(doc)?.text).toMatch(/^One\.[^]*Two\./);
    (scope as { dealcraftStop?: () => void }).dealcraftStop?.();
  });
});
