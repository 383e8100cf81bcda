// Unit tests (Node): custom-domain Outlook (one origin asked for at the click), Edge on cloud.microsoft, page reports, and the toolbar click that shows a tab's address.
import { describe, expect, it } from 'vitest';
import { createPageBridge, createTabTracker, type ExtensionApiLike, type TabLike } from '../../../lib/panel/extension-services';
import { createCustomSites, forgetSites, type SitesApi } from '../../../lib/panel/custom-sites';
import { PANEL_CHANNEL } from '../../../lib/messaging/protocol-constants';

const OWA = 'https://mail.contoso.example/mail/id/AAkALgAAAAA%3D';
const CLOUD = 'https://outlook.cloud.microsoft/mail/id/AAkALgAAAAA%3D';
const EDGE_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 Edg/150.0.0.0';
const CHROME_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';

function listeners<F extends (...a: never[]) => unknown>() {
  const set = new Set<F>();
  return { addListener: (f: F) => set.add(f), removeListener: (f: F) => set.delete(f), fire: (...a: Parameters<F>) => set.forEach((f) => f(...a)), set };
}

function fakeApi(tabs: TabLike[], opts: { grant?: boolean; granted?: string[]; reply?: unknown; owa?: boolean } = {}) {
  const calls: string[] = [];
  const granted = new Set(opts.granted ?? []);
  const registered = new Map<string, { matches: string[]; js: string[] }>();
  const onMessage = listeners<(m: unknown, s: { id?: string; tab?: unknown }) => void>();
  let reply = opts.reply;
  const scripting: NonNullable<SitesApi['scripting']> = {
    async registerContentScripts(scripts) {
      for (const s of scripts) registered.set(s.id, s), calls.push(`register ${s.id} ${s.matches} ${s.js}`);
    },
    async getRegisteredContentScripts(f) {
      return [...registered.keys()].filter((id) => !f?.ids || f.ids.includes(id)).map((id) => ({ id }));
    },
    async unregisterContentScripts(f) {
      for (const id of f.ids) registered.delete(id), calls.push(`unregister ${id}`);
    },
    async executeScript(i) {
      if ('func' in i) {
        calls.push(`probe ${i.target.tabId} ${i.args[0].includes('owamail')}`);
        return [{ result: !!opts.owa }];
      }
      calls.push(`inject ${i.target.tabId} ${i.files}`);
      if (i.files[0] === 'page-report.js') return [{ result: reply }];
      return [{ result: undefined }];
    },
  };
  const api: ExtensionApiLike = {
    runtime: { id: 'abc', getURL: (p) => `chrome-extension://abc/${p}`, onMessage },
    tabs: {
      async query(q) {
        return q.active ? tabs.slice(0, 1) : tabs;
      },
      async get(id) {
        return tabs.find((t) => t.id === id)!;
      },
      async sendMessage(tabId, message) {
        calls.push(`message ${tabId} ${(message as { type: string }).type}`);
        return reply;
      },
      onActivated: listeners(),
      onUpdated: listeners(),
      onRemoved: listeners(),
    },
    storage: { local: { get: async () => ({}), set: async () => undefined } },
    permissions: {
      async request(p) {
        calls.push(`request ${p.origins}`);
        if (opts.grant) for (const o of p.origins) granted.add(o);
        return !!opts.grant;
      },
      async getAll() {
        return { origins: ['https://mail.google.com/*', ...granted] };
      },
    },
    scripting,
  };
  return { api, calls, registered, onMessage, setReply: (r: unknown) => (reply = r) };
}

const STATE = { ok: true, state: { thread: { ok: false, reason: 'no-thread-open', detail: 'none' }, draft: null }, raw: true };

describe('Outlook on an organisation\'s own domain', () => {
  it('offers the https site whose address the browser shows when its page markers say Outlook, and does not message it before it is allowed', async () => {
    const f = fakeApi([{ id: 7, url: OWA }], { owa: true });
    const state = await createPageBridge(f.api, { userAgent: CHROME_UA }).getPageState(7);
    expect(state).toMatchObject({ ok: false, reason: 'not-mail-page', site: 'https://mail.contoso.example' });
    expect(f.calls).toEqual(['probe 7 true']);
  });

  it('offers nothing on a page without OWA\'s markers, when the address is hidden, or not https', async () => {
    const plain = fakeApi([{ id: 7, url: 'https://news.example/' }], { owa: false });
    expect(await createPageBridge(plain.api, { userAgent: CHROME_UA }).getPageState(7)).not.toHaveProperty('site');
    for (const url of [undefined, 'http://mail.contoso.example/owa/']) {
      const f = fakeApi([{ id: 7, url }], { owa: true });
      expect(await createPageBridge(f.api, { userAgent: CHROME_UA }).getPageState(7)).not.toHaveProperty('site');
      expect(f.calls).toEqual([]);
    }
  });

  it('asks for that one origin first, then registers the Outlook script for it and starts it in the open tab', async () => {
    const f = fakeApi([{ id: 7, url: OWA }], { grant: true, reply: STATE });
    const bridge = createPageBridge(f.api, { userAgent: CHROME_UA });
    expect(await bridge.allowSite!(7, 'https://mail.contoso.example')).toEqual({ ok: true, detail: '' });
    expect(f.calls).toEqual([
      'request https://mail.contoso.example/*',
      'register outlook-site:mail.contoso.example https://mail.contoso.example/* outlook-content.js',
      'inject 7 outlook-content.js',
    ]);
    // Now a mail page: the panel reads it through the content script.
    expect(await bridge.getPageState(7)).toEqual({ ok: true, thread: STATE.state.thread, draft: null });
  });

  it('says so when the user declines, and registers nothing', async () => {
    const f = fakeApi([{ id: 7, url: OWA }], { grant: false });
    expect(await createPageBridge(f.api).allowSite!(7, 'https://mail.contoso.example')).toEqual({ ok: false, detail: 'Dealcraft was not allowed on mail.contoso.example.' });
    expect(f.registered.size).toBe(0);
  });

  it('refuses to ask for Gmail, Outlook\'s own hosts or a non-https address', async () => {
    const f = fakeApi([{ id: 7, url: OWA }], { grant: true });
    const sites = createCustomSites(f.api as SitesApi);
    for (const site of ['https://mail.google.com', 'https://outlook.office.com', 'http://mail.contoso.example']) expect((await sites.allow(7, site)).ok).toBe(false);
    expect(f.calls).toEqual([]);
  });

  it('a site allowed earlier is read at once; one that is not Outlook says so', async () => {
    const f = fakeApi([{ id: 7, url: OWA }], { granted: ['https://mail.contoso.example/*'] });
    expect(await createPageBridge(f.api).getPageState(7)).toEqual({ ok: false, reason: 'not-mail-page', detail: 'Dealcraft may read mail.contoso.example, but found no Outlook on this page.' });
    expect(f.calls).toEqual(['message 7 getPageState']);
  });

  it('forgets the registration when the permission is taken back', async () => {
    const f = fakeApi([{ id: 7, url: OWA }], { grant: true });
    await createCustomSites(f.api as SitesApi).allow(7, 'https://mail.contoso.example');
    await forgetSites(f.api as SitesApi, ['https://mail.contoso.example/*', 'https://other.example/*']);
    expect(f.registered.size).toBe(0);
    expect(f.calls.at(-1)).toBe('unregister outlook-site:mail.contoso.example');
  });
});

describe('Edge on outlook.cloud.microsoft', () => {
  it('says the browser blocks it when no content script answers there', async () => {
    const f = fakeApi([{ id: 4, url: CLOUD }]);
    expect(await createPageBridge(f.api, { userAgent: EDGE_UA }).getPageState(4)).toMatchObject({ ok: false, reason: 'blocked-by-browser' });
    // Chrome on the same page: a content script that did not answer yet.
    expect(await createPageBridge(f.api, { userAgent: CHROME_UA }).getPageState(4)).toMatchObject({ ok: false, reason: 'no-content-script' });
  });

  it('flags a hidden address on Edge, where Outlook may be the blocked page', async () => {
    const f = fakeApi([{ id: 4, url: undefined }]);
    expect(await createPageBridge(f.api, { userAgent: EDGE_UA }).getPageState(4)).toMatchObject({ reason: 'not-mail-page', edge: true });
    expect(await createPageBridge(f.api, { userAgent: CHROME_UA }).getPageState(4)).not.toHaveProperty('edge');
  });
});

describe('page report', () => {
  const report = { kind: 'dealcraft-page-report', version: 1, webmail: 'gmail', url: 'https://mail.google.com/mail/u/0/', reading: { ok: false, reason: 'unrecognised-markup', detail: 'x', draft: null }, page: ['html', {}, ['body', {}, '‹3.1›']], elements: 2, truncated: false };

  it('injects the report script into a mail tab and validates what comes back', async () => {
    const f = fakeApi([{ id: 1, url: 'https://mail.google.com/mail/u/0/#inbox' }], { reply: report });
    expect(await createPageBridge(f.api).pageReport!(1)).toEqual({ ok: true, report });
    expect(f.calls).toEqual(['inject 1 page-report.js']);
    f.setReply({ ...report, page: ['html', { onclick: 5 }] });
    expect(await createPageBridge(f.api).pageReport!(1)).toEqual({ ok: false, detail: 'The page answered with something that is not a page report.' });
  });

  it('never injects into a tab that is not a mail page', async () => {
    const f = fakeApi([{ id: 2, url: 'https://news.example/' }], { reply: report });
    expect(await createPageBridge(f.api).pageReport!(2)).toMatchObject({ ok: false });
    expect(f.calls).toEqual([]);
  });
});

describe('toolbar click', () => {
  it('makes the tab tracker look again: the browser now shows the address of the tab it was clicked on', async () => {
    const tab: TabLike = { id: 7, url: undefined };
    const f = fakeApi([tab]);
    const seen: (string | undefined)[] = [];
    createTabTracker(f.api).onChange((t) => seen.push(t?.url));
    await new Promise((r) => setTimeout(r, 0));
    tab.url = OWA;
    f.onMessage.fire({ channel: PANEL_CHANNEL, type: 'actionClicked' }, { id: 'other-extension' });
    f.onMessage.fire({ channel: PANEL_CHANNEL, type: 'actionClicked' }, { id: 'abc', tab: { id: 9 } });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([]);
    f.onMessage.fire({ channel: PANEL_CHANNEL, type: 'actionClicked' }, { id: 'abc' });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([OWA]);
  });
});
