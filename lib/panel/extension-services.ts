// Side panel (extension page): the real PanelServices over the WebExtension APIs and the content-script messaging bridge.
import { browser } from 'wxt/browser';
import { getDefaultDB } from '../db';
import { createPanelBridge, type PanelBridge, type PanelBrowserLike } from '../messaging/panel-bridge';
import { PANEL_CHANNEL } from '../messaging/protocol-constants';
import { PageReportSchema } from '../webmail/page-report-schema';
import { adapterFor, isMailUrl } from '../webmail/registry';
import type { WebmailId } from '../webmail/types';
import { errorText } from '../error-text';
import { createCustomSites, looksLikeOutlook, siteOf, type CustomSites, type SitesApi } from './custom-sites';
import { loadCompose, notLoaded, withCompose, type InjectApiLike } from './load-compose';
import type { KeyValueStore, PageBridge, PageState, PanelServices, TabInfo, TabTracker } from './services';

/** The tab fields the panel reads. */
export interface TabLike {
  id?: number;
  url?: string;
  title?: string;
  active?: boolean;
  lastAccessed?: number;
}

interface EventLike<F extends (...args: never[]) => unknown> {
  addListener(cb: F): void;
  removeListener(cb: F): void;
}

/** The slice of the WebExtension API used here, so tests can pass a fake. */
export interface ExtensionApiLike extends PanelBrowserLike {
  runtime: PanelBrowserLike['runtime'] & { getURL(path: string): string };
  tabs: PanelBrowserLike['tabs'] & {
    query(q: { active?: boolean; lastFocusedWindow?: boolean; windowId?: number }): Promise<TabLike[]>;
    /** MV2 only: where `scripting` is missing, the compose code is injected with this (lib/panel/load-compose.ts). */
    executeScript?: InjectApiLike['tabs']['executeScript'];
    get(tabId: number): Promise<TabLike>;
    /** The tab this page runs in; undefined in the real side panel, which is not a tab. */
    getCurrent?(): Promise<TabLike | undefined>;
    onActivated: EventLike<(info: { tabId: number; windowId?: number }) => void>;
    onUpdated: EventLike<(tabId: number, change: { url?: string; status?: string }) => void>;
    onRemoved: EventLike<(tabId: number) => void>;
  };
  windows?: { onFocusChanged: EventLike<(windowId: number) => void>; getCurrent?(): Promise<{ id?: number } | undefined> };
  /** Present in Firefox only, where the panel is a sidebar: one per window, each about its own window's tab. */
  sidebarAction?: unknown;
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  permissions?: SitesApi['permissions'];
  scripting?: SitesApi['scripting'];
}

/** Edge keeps extensions off *.cloud.microsoft (closed "by design" in its tracker); the panel says so instead of waiting. */
export const isEdge = (userAgent: string) => /\bEdg(?:e|A|iOS)?\//.test(userAgent);
const CLOUD_MICROSOFT = /(^|\.)cloud\.microsoft$/;

function toInfo(tab: TabLike): TabInfo | null {
  if (typeof tab.id !== 'number' || tab.id < 0) return null;
  return { tabId: tab.id, url: tab.url ?? '', title: tab.title };
}

export function createTabTracker(api: ExtensionApiLike): TabTracker {
  const ownOrigin = api.runtime.getURL('/');
  // Without the "tabs" permission a tab's URL is only visible on the mail hosts, so the panel's own tab (when it is
  // opened as a page) is recognised by id; the URL test stays for browsers that do show it.
  const getTab = api.tabs.getCurrent;
  const ownTab = getTab
    ? Promise.resolve()
        .then(() => getTab.call(api.tabs))
        .then((t) => t?.id)
        .catch(() => undefined)
    : Promise.resolve(undefined);
  const isOwn = (t: TabLike, ownId: number | undefined) => (ownId !== undefined && t.id === ownId) || (!!t.url && t.url.startsWith(ownOrigin));
  // Firefox gives every window its own sidebar: the one in window A keeps showing A's tab while the user works in
  // window B. (Not when the panel page is open as a tab: then it is about the tab used before it, as below.)
  const getWindow = api.windows?.getCurrent;
  const sidebarWindow: Promise<number | undefined> =
    api.sidebarAction && getWindow
      ? ownTab.then(async (own) => (own === undefined ? (await getWindow.call(api.windows))?.id : undefined)).catch(() => undefined)
      : Promise.resolve(undefined);

  const current = async (): Promise<TabInfo | null> => {
    const ownId = await ownTab;
    const windowId = await sidebarWindow;
    if (windowId !== undefined) {
      const [active] = await api.tabs.query({ active: true, windowId });
      return active ? toInfo(active) : null;
    }
    const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (active && !isOwn(active, ownId)) return toInfo(active);
    // The panel is open as a tab itself (tests, or the user opened sidepanel.html): it is about the tab used before it.
    const all = await api.tabs.query({});
    const candidates = all.filter((t) => typeof t.id === 'number' && !isOwn(t, ownId));
    candidates.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
    return candidates[0] ? toInfo(candidates[0]) : null;
  };

  const onChange = (cb: (tab: TabInfo | null) => void) => {
    let last: string | undefined;
    let disposed = false;
    let seq = 0;
    const refresh = () => {
      const mine = ++seq;
      current()
        .catch(() => null)
        .then((tab) => {
          // Events come in bursts (activate + update); only the newest answer counts, and only a real change is reported.
          if (disposed || mine !== seq) return;
          const sig = tab ? `${tab.tabId}|${tab.url}` : '';
          if (sig === last) return;
          last = sig;
          cb(tab);
        });
    };
    // Seed `last` so the first event that changes nothing is not reported.
    current()
      .then((tab) => {
        if (last === undefined) last = tab ? `${tab.tabId}|${tab.url}` : '';
      })
      .catch(() => undefined);
    const onActivated = (info: { windowId?: number }) => {
      // Another window's tab switch cannot change what a per-window sidebar shows.
      void sidebarWindow.then((own) => {
        if (own === undefined || info.windowId === undefined || info.windowId === own) refresh();
      });
    };
    const onUpdated = (_tabId: number, change: { url?: string; status?: string }) => {
      if (change.url !== undefined || change.status === 'complete') refresh();
    };
    const onRemoved = () => refresh();
    const onFocus = () => refresh();
    // The toolbar button was clicked (background): the browser now shows that tab's address (activeTab), so look again.
    const onAction = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      const m = message as { channel?: unknown; type?: unknown } | null;
      if (sender?.id === api.runtime.id && !sender.tab && m?.channel === PANEL_CHANNEL && m.type === 'actionClicked') refresh();
    };
    api.tabs.onActivated.addListener(onActivated);
    api.tabs.onUpdated.addListener(onUpdated);
    api.tabs.onRemoved.addListener(onRemoved);
    api.windows?.onFocusChanged.addListener(onFocus);
    api.runtime.onMessage.addListener(onAction);
    return () => {
      disposed = true;
      api.tabs.onActivated.removeListener(onActivated);
      api.tabs.onUpdated.removeListener(onUpdated);
      api.tabs.onRemoved.removeListener(onRemoved);
      api.windows?.onFocusChanged.removeListener(onFocus);
      api.runtime.onMessage.removeListener(onAction);
    };
  };

  return { current, onChange };
}

export interface PageBridgeOptions {
  bridge?: PanelBridge;
  sites?: CustomSites;
  userAgent?: string;
}

export function createPageBridge(api: ExtensionApiLike, opts: PageBridgeOptions = {}): PageBridge {
  const sites = opts.sites ?? (api.permissions ? createCustomSites(api as SitesApi) : null);
  const isMail = (url: string | undefined) => isMailUrl(url) || !!sites?.has(url);
  const bridge = opts.bridge ?? createPanelBridge(api, isMail);
  const edge = isEdge(opts.userAgent ?? (typeof navigator === 'undefined' ? '' : navigator.userAgent));
  const tabUrl = async (tabId: number): Promise<string | undefined> => {
    try {
      return (await api.tabs.get(tabId)).url;
    } catch {
      return undefined;
    }
  };
  // A site the user allowed runs the Outlook content script (custom-sites.ts), so it takes Outlook's compose code.
  const webmailOf = (url: string | undefined): WebmailId => (url && adapterFor(url)?.id) || 'outlook';
  const load = (tabId: number, url: string | undefined) => () => loadCompose(api, tabId, webmailOf(url));
  return {
    async getPageState(tabId): Promise<PageState> {
      const url = await tabUrl(tabId);
      await sites?.ready;
      if (!isMail(url)) {
        // Not a mail page we know: an https page whose address the browser shows (a toolbar click) and that looks like
        // Outlook may be allowed by the user (custom-domain Outlook).
        const candidate = api.permissions && siteOf(url);
        const site = candidate && (await looksLikeOutlook(api as SitesApi, tabId)) ? candidate : null;
        return {
          ok: false,
          reason: 'not-mail-page',
          detail: `Not a supported mail page: ${url || 'address not shown to extensions'}`,
          ...(site ? { site } : {}),
          ...(edge && !url ? { edge: true } : {}),
        };
      }
      const r = await bridge.getPageState(tabId);
      if (r.ok) return { ok: true, thread: r.thread, draft: r.draft };
      const host = new URL(url!).hostname;
      if (!isMailUrl(url)) return { ok: false, reason: 'not-mail-page', detail: `Dealcraft may read ${host}, but found no Outlook on this page.` };
      if (edge && CLOUD_MICROSOFT.test(host)) return { ok: false, reason: 'blocked-by-browser', detail: `Microsoft Edge does not run extensions on ${host}.` };
      return { ok: false, reason: 'no-content-script', detail: r.detail };
    },
    async insertReply(tabId, text) {
      const url = await tabUrl(tabId);
      if (!isMail(url)) return { ok: false, reason: 'compose-not-found', detail: 'This tab is not a supported mail page.' };
      return withCompose(() => bridge.insertReply(tabId, text), load(tabId, url), notLoaded);
    },
    async focusInDraft(tabId, text) {
      const url = await tabUrl(tabId);
      if (!isMail(url)) return false;
      return (await withCompose(() => bridge.focusInDraft(tabId, text), load(tabId, url), () => false)) === true;
    },
    expandThread: (tabId) => bridge.expandThread(tabId),
    onPageChanged: (cb) => bridge.onPageChanged((tabId, state) => cb(tabId, { ok: true, thread: state.thread, draft: state.draft })),
    async pageReport(tabId) {
      if (!api.scripting) return { ok: false, detail: 'This browser cannot make page reports.' };
      if (!isMail(await tabUrl(tabId))) return { ok: false, detail: 'This tab is not a mail page Dealcraft may read.' };
      try {
        const [first] = await api.scripting.executeScript({ target: { tabId }, files: ['page-report.js'] });
        const parsed = PageReportSchema.safeParse(first?.result);
        return parsed.success ? { ok: true, report: parsed.data } : { ok: false, detail: 'The page answered with something that is not a page report.' };
      } catch (e) {
        return { ok: false, detail: errorText(e) };
      }
    },
    ...(sites && { allowSite: (tabId: number, site: string) => sites.allow(tabId, site) }),
  };
}

export function createStore(api: ExtensionApiLike): KeyValueStore {
  return {
    async get(key) {
      const items = await api.storage.local.get(key);
      return items[key];
    },
    async set(key, value) {
      await api.storage.local.set({ [key]: value });
    },
  };
}

/** YYYY-MM-DD in local time; kept here so the shell does not pull in the engine for one helper. */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function createExtensionServices(api: ExtensionApiLike = browser as unknown as ExtensionApiLike): PanelServices {
  return {
    tabs: createTabTracker(api),
    page: createPageBridge(api),
    clipboard: { writeText: (text) => navigator.clipboard.writeText(text) },
    db: getDefaultDB(),
    store: createStore(api),
    today: () => localToday(new Date()),
  };
}
