// Unit tests (Node, WXT's fakeBrowser): the extension-API paths where Firefox differs from Chrome: the toolbar button
// toggles the sidebar, and each window's sidebar follows that window's active tab.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { wireToolbarButton } from '../../../lib/background/toolbar';
import { adaptManifestForFirefox, CHROME_ONLY_PERMISSIONS, GECKO_ID, type ManifestLike } from '../../../lib/build/firefox-manifest';
import { createTabTracker, type ExtensionApiLike, type TabLike } from '../../../lib/panel/extension-services';
import type { TabInfo } from '../../../lib/panel/services';

const settle = () => new Promise((r) => setTimeout(r, 0));
/** A click on the toolbar button, as the browser reports it. */
const click = () => (fakeBrowser.action.onClicked as unknown as { trigger(tab: object): Promise<unknown> }).trigger({ id: 1 });

describe('toolbar button', () => {
  beforeEach(() => fakeBrowser.reset());

  it('Firefox (MV2): a click toggles the sidebar, within the click (no await before toggle, or Firefox refuses it)', async () => {
    const toggle = vi.fn(async () => undefined);
    const api = { browserAction: { onClicked: fakeBrowser.action.onClicked }, sidebarAction: { toggle } };
    expect(wireToolbarButton(api)).toBe('sidebar');
    void click();
    expect(toggle).toHaveBeenCalledTimes(1);
    await click();
    expect(toggle).toHaveBeenCalledTimes(2);
  });

  it('Firefox: a refused toggle is reported, not thrown into the void', async () => {
    const errors: unknown[] = [];
    const api = { browserAction: { onClicked: fakeBrowser.action.onClicked }, sidebarAction: { toggle: async () => Promise.reject(new Error('not from a user action')) } };
    wireToolbarButton(api, (e) => errors.push(e));
    await click();
    await settle();
    expect(errors).toHaveLength(1);
  });

  it('Chrome: the click opens the side panel in its window and tells the panel, never the Firefox sidebar', async () => {
    const setPanelBehavior = vi.fn(async () => undefined);
    const open = vi.fn(async () => undefined);
    const toggle = vi.fn(async () => undefined);
    const clicked = vi.fn();
    const api = { sidePanel: { setPanelBehavior, open }, action: { onClicked: fakeBrowser.action.onClicked }, sidebarAction: { toggle } };
    expect(wireToolbarButton(api, () => undefined, clicked)).toBe('side-panel');
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
    await (fakeBrowser.action.onClicked as unknown as { trigger(tab: object): Promise<unknown> }).trigger({ id: 1, windowId: 7 });
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(toggle).not.toHaveBeenCalled();
  });

  it('Chrome without sidePanel.open: lets the browser open the panel on click', () => {
    const setPanelBehavior = vi.fn(async () => undefined);
    expect(wireToolbarButton({ sidePanel: { setPanelBehavior }, action: { onClicked: fakeBrowser.action.onClicked } })).toBe('side-panel');
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('neither API: wires nothing rather than throwing in the background page', () => {
    expect(wireToolbarButton({ action: { onClicked: fakeBrowser.action.onClicked } })).toBe('none');
  });
});

describe('Firefox sidebar follows its own window', () => {
  const MAIL = 'https://mail.google.com/mail/u/0/#inbox/abc';
  const OUTLOOK = 'https://outlook.office.com/mail/inbox/id/xyz';
  let active: Map<number, number>;
  let sidebarWindow: number;
  let lastFocused: number;
  afterEach(() => vi.restoreAllMocks());

  /** fakeBrowser's tabs with Firefox's rules: one active tab per window; a sidebar is in no tab; URLs of non-mail tabs hidden. */
  async function firefox(): Promise<{ api: ExtensionApiLike; mail: TabLike; other: TabLike; news: TabLike; outlook: TabLike }> {
    fakeBrowser.reset();
    const w1 = await fakeBrowser.windows.create({ focused: true });
    const w2 = await fakeBrowser.windows.create({});
    const mail = await fakeBrowser.tabs.create({ windowId: w1.id, url: MAIL });
    const other = await fakeBrowser.tabs.create({ windowId: w1.id });
    const news = await fakeBrowser.tabs.create({ windowId: w2.id });
    const outlook = await fakeBrowser.tabs.create({ windowId: w2.id, url: OUTLOOK });
    active = new Map([
      [w1.id!, mail.id!],
      [w2.id!, news.id!],
    ]);
    sidebarWindow = w1.id!;
    lastFocused = w2.id!;
    const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q) => {
      const all = await query({});
      return all
        .map((t) => ({ ...t, active: active.get(t.windowId!) === t.id }))
        .filter((t) => (q.active === undefined || t.active === q.active) && (q.windowId === undefined || t.windowId === q.windowId))
        .filter((t) => !q.lastFocusedWindow || t.windowId === lastFocused);
    });
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockImplementation(async () => undefined as never);
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockImplementation(async () => (await fakeBrowser.windows.get(sidebarWindow))!);
    const api = Object.assign(Object.create(fakeBrowser) as object, { sidebarAction: { toggle: async () => undefined } }) as unknown as ExtensionApiLike;
    return { api, mail, other, news, outlook };
  }

  it("shows its window's active tab, not the last-focused window's", async () => {
    const { api, mail } = await firefox();
    expect(await createTabTracker(api).current()).toMatchObject({ tabId: mail.id, url: MAIL });
  });

  it('reports a tab switch in its window, and ignores tab switches in other windows', async () => {
    const { api, other, news, outlook } = await firefox();
    const seen: (TabInfo | null)[] = [];
    createTabTracker(api).onChange((t) => seen.push(t));
    await settle();

    active.set(lastFocused, outlook.id!);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: outlook.id!, windowId: lastFocused, previousTabId: news.id! });
    await settle();
    expect(seen).toEqual([]);

    active.set(sidebarWindow, other.id!);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id!, windowId: sidebarWindow, previousTabId: undefined as never });
    await settle();
    expect(seen.map((t) => t?.tabId)).toEqual([other.id]);
  });

  it('follows navigation inside the mail tab (a new thread is a new URL)', async () => {
    const { api, mail } = await firefox();
    const seen: (TabInfo | null)[] = [];
    createTabTracker(api).onChange((t) => seen.push(t));
    await settle();
    await fakeBrowser.tabs.update(mail.id!, { url: `${MAIL}2` });
    await settle();
    expect(seen).toEqual([expect.objectContaining({ tabId: mail.id, url: `${MAIL}2` })]);
  });

  it('Chrome, same tabs: the side panel keeps following the last-focused window, as before', async () => {
    const { outlook } = await firefox();
    active.set(lastFocused, outlook.id!);
    // fakeBrowser carries stubs of every namespace; Chrome has no sidebarAction.
    const chromeApi = Object.assign(Object.create(fakeBrowser) as object, { sidebarAction: undefined }) as unknown as ExtensionApiLike;
    expect(await createTabTracker(chromeApi).current()).toMatchObject({ tabId: outlook.id });
  });
});

describe('Firefox manifest', () => {
  it('drops Chrome-only permissions, keeps the rest, and declares a Gecko id, minimum versions and no data collection', () => {
    const m = adaptManifestForFirefox<ManifestLike>({ permissions: ['storage', 'sidePanel', 'clipboardWrite', 'https://mail.google.com/*'], optional_permissions: ['sidePanel', 'https://*/*'] });
    expect(m.permissions).toEqual(['storage', 'clipboardWrite', 'https://mail.google.com/*']);
    expect(m.optional_permissions).toEqual(['https://*/*']);
    for (const p of CHROME_ONLY_PERMISSIONS) expect(JSON.stringify(m)).not.toContain(`"${p}"`);
    expect(m.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });
});
