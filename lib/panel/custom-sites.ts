// Side panel and background: Outlook on an organisation's own domain. The user allows one origin at a time from the panel
// (an optional host permission asked for at that moment); the Outlook content script is then registered for that origin,
// and starts only where OWA's page markers are found (lib/webmail/outlook/detect.ts).
import { OUTLOOK } from '../webmail/outlook/selectors';
import { isMailUrl } from '../webmail/registry';

/** The content script file, as the manifest and the injection APIs name it. */
export const OUTLOOK_SCRIPT = 'outlook-content.js';
const SCRIPT_ID = 'outlook-site:';

/** The slice of the permissions and scripting APIs used here (the real ones, or fakes in tests). */
export interface SitesApi {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    getAll(): Promise<{ origins?: string[] }>;
  };
  scripting?: {
    registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle' }[]): Promise<void>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    executeScript(
      injection: { target: { tabId: number }; files: string[] } | { target: { tabId: number }; func: (selector: string) => boolean; args: [string] },
    ): Promise<{ result?: unknown }[]>;
  };
}

function originOf(url: string | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The https origin of a page that is not one of the known mail hosts: one the user could allow. */
export function siteOf(url: string | undefined): string | null {
  const origin = originOf(url);
  return origin && !isMailUrl(url) ? origin : null;
}

const scriptId = (origin: string) => `${SCRIPT_ID}${new URL(origin).host}`;

/**
 * Whether the tab shows Outlook on the web, by OWA's page markers. Runs only where the browser already lets the extension
 * in: after a click on its toolbar button (activeTab), which is also when the tab's address is visible at all.
 */
export async function looksLikeOutlook(api: SitesApi, tabId: number): Promise<boolean> {
  try {
    const [first] = (await api.scripting?.executeScript({ target: { tabId }, func: (selector) => document.querySelector(selector) !== null, args: [OUTLOOK.owaMarker] })) ?? [];
    return first?.result === true;
  } catch {
    return false;
  }
}

export interface CustomSites {
  /** Resolves once the granted origins are known. */
  ready: Promise<void>;
  /** True for a page on an origin the user allowed. */
  has(url: string | undefined): boolean;
  /** Asks for `site` (call inside the click: the browser asks only during a user gesture), registers and injects the script. */
  allow(tabId: number, site: string): Promise<{ ok: boolean; detail: string }>;
}

export function createCustomSites(api: SitesApi): CustomSites {
  const granted = new Set<string>();
  const ready = api.permissions
    .getAll()
    .then((all) => {
      for (const pattern of all.origins ?? []) {
        const origin = /^(https:\/\/[^/*]+)\/\*$/.exec(pattern)?.[1];
        if (origin && siteOf(`${origin}/`)) granted.add(origin);
      }
    })
    .catch(() => undefined);
  return {
    ready,
    has: (url) => {
      const origin = originOf(url);
      return !!origin && granted.has(origin);
    },
    async allow(tabId, site) {
      const origin = siteOf(`${site}/`);
      if (!origin) return { ok: false, detail: 'Only an https site other than Gmail and Outlook can be allowed.' };
      const host = new URL(origin).host;
      let ok: boolean;
      try {
        // First, before any other await: the permission prompt needs the click's user gesture.
        ok = await api.permissions.request({ origins: [`${origin}/*`] });
      } catch (e) {
        return { ok: false, detail: `The browser did not ask: ${e instanceof Error ? e.message : String(e)}` };
      }
      if (!ok) return { ok: false, detail: `Dealcraft was not allowed on ${host}.` };
      granted.add(origin);
      if (!api.scripting) return { ok: false, detail: 'This browser cannot run Dealcraft on other sites.' };
      try {
        const id = scriptId(origin);
        if ((await api.scripting.getRegisteredContentScripts({ ids: [id] })).length === 0) {
          await api.scripting.registerContentScripts([{ id, matches: [`${origin}/*`], js: [OUTLOOK_SCRIPT], runAt: 'document_idle' }]);
        }
        // The page is already open: start reading it now rather than after a reload.
        await api.scripting.executeScript({ target: { tabId }, files: [OUTLOOK_SCRIPT] });
      } catch (e) {
        return { ok: false, detail: `Allowed, but Dealcraft could not start on ${host}: ${e instanceof Error ? e.message : String(e)}` };
      }
      return { ok: true, detail: '' };
    },
  };
}

/** Background: when the user takes an origin back (site access, chrome://extensions), its registration goes too. */
export async function forgetSites(api: SitesApi, origins: string[]): Promise<void> {
  if (!api.scripting) return;
  const ids = origins.map((p) => /^(https:\/\/[^/*]+)\/\*$/.exec(p)?.[1]).filter((o): o is string => !!o).map(scriptId);
  const registered = new Set((await api.scripting.getRegisteredContentScripts({ ids })).map((s) => s.id));
  const gone = ids.filter((id) => registered.has(id));
  if (gone.length) await api.scripting.unregisterContentScripts({ ids: gone });
}
