// Unit tests (Node): the real PanelServices over a fake WebExtension API: which tab the panel follows, and no messaging to non-mail tabs.
import { describe, expect, it } from 'vitest';
import { createPageBridge, createStore, createTabTracker, type ExtensionApiLike, type TabLike } from '../../../lib/panel/extension-services';

const OWN = 'chrome-extension://abc/';

function event<F extends (...a: never[]) => unknown>() {
  const listeners = new Set<F>();
  return { addListener: (f: F) => listeners.add(f), removeListener: (f: F) => listeners.delete(f), fire: (...a: Parameters<F>) => listeners.forEach((f) => f(...a)), listeners };
}

function fakeApi(tabs: TabLike[], activeId: number) {
  const sent: { tabId: number; message: unknown }[] = [];
  const onActivated = event<(i: { tabId: number }) => void>();
  const onUpdated = event<(id: number, c: { url?: string; status?: string }) => void>();
  const onRemoved = event<(id: number) => void>();
  const storage = new Map<string, unknown>();
  let active = activeId;
  let reply: unknown = undefined;
  const api: ExtensionApiLike = {
    runtime: { id: 'abc', getURL: (p: string) => `${OWN}${p.replace(/^\//, '')}`, onMessage: { addListener() {}, removeListener() {} } },
    tabs: {
      async query(q) {
        return q.active ? tabs.filter((t) => t.id === active) : tabs;
      },
      async get(id) {
        const t = tabs.find((x) => x.id === id);
        if (!t) throw new Error('No tab with id');
        return t;
      },
      async sendMessage(tabId, message) {
        sent.push({ tabId, message });
        return reply;
      },
      onActivated,
      onUpdated,
      onRemoved,
    },
    storage: {
      local: {
        async get(k) {
          return storage.has(k) ? { [k]: storage.get(k) } : {};
        },
        async set(items) {
          for (const [k, v] of Object.entries(items)) storage.set(k, v);
        },
      },
    },
  };
  return { api, sent, onActivated, onUpdated, setActive: (id: number) => (active = id), setReply: (r: unknown) => (reply = r) };
}

const GMAIL = { id: 1, url: 'https://mail.google.com/mail/u/0/#inbox/abc', lastAccessed: 100 };
const NEWS = { id: 2, url: 'https://news.example/', lastAccessed: 50 };
const PANEL = { id: 3, url: `${OWN}sidepanel.html`, lastAccessed: 200 };

describe('tab tracker', () => {
  it('follows the active tab', async () => {
    const { api } = fakeApi([GMAIL, NEWS], 2);
    expect(await createTabTracker(api).current()).toMatchObject({ tabId: 2, url: NEWS.url });
  });

  it('when the panel itself is the active tab, follows the most recently used other tab', async () => {
    const { api } = fakeApi([NEWS, GMAIL, PANEL], 3);
    expect(await createTabTracker(api).current()).toMatchObject({ tabId: 1 });
  });

  it('without the "tabs" permission (URLs hidden off the mail hosts), still recognises its own tab and follows the mail tab', async () => {
    const hidden = (t: TabLike): TabLike => ({ ...t, url: undefined });
    const panel = hidden(PANEL);
    const { api } = fakeApi([hidden(NEWS), GMAIL, panel], 3);
    api.tabs.getCurrent = async () => panel;
    expect(await createTabTracker(api).current()).toMatchObject({ tabId: 1, url: GMAIL.url });
  });

  it('reports a tab switch once and ignores events that change nothing', async () => {
    const f = fakeApi([GMAIL, NEWS], 1);
    const seen: (number | null)[] = [];
    const off = createTabTracker(f.api).onChange((t) => seen.push(t?.tabId ?? null));
    await new Promise((r) => setTimeout(r, 0));
    f.onUpdated.fire(1, { status: 'complete' });
    await new Promise((r) => setTimeout(r, 0));
    f.setActive(2);
    f.onActivated.fire({ tabId: 2 });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([2]);
    off();
    expect(f.onActivated.listeners.size).toBe(0);
  });
});

describe('page bridge', () => {
  it('does not message a tab that is not a mail page', async () => {
    const f = fakeApi([GMAIL, NEWS], 2);
    const state = await createPageBridge(f.api).getPageState(2);
    expect(state).toMatchObject({ ok: false, reason: 'not-mail-page' });
    expect(f.sent).toHaveLength(0);
  });

  it('reports a mail tab whose content script does not answer', async () => {
    const f = fakeApi([GMAIL], 1);
    const state = await createPageBridge(f.api).getPageState(1);
    expect(state).toMatchObject({ ok: false, reason: 'no-content-script' });
    expect(f.sent).toHaveLength(1);
  });

  it('passes on a valid page state from a mail tab', async () => {
    const f = fakeApi([GMAIL], 1);
    f.setReply({ ok: true, state: { thread: { ok: false, reason: 'no-thread-open', detail: 'inbox' }, draft: null } });
    expect(await createPageBridge(f.api).getPageState(1)).toEqual({ ok: true, thread: { ok: false, reason: 'no-thread-open', detail: 'inbox' }, draft: null });
  });
});

describe('store', () => {
  it('round-trips values through storage.local', async () => {
    const store = createStore(fakeApi([], 0).api);
    expect(await store.get('k')).toBeUndefined();
    await store.set('k', { a: 1 });
    expect(await store.get('k')).toEqual({ a: 1 });
  });
});
