// Node (Playwright): launches a Chromium-family browser with the built extension, serves webmail fixtures at their real URLs, records every request.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { errorText } from '../../lib/error-text';
import { requireBrowser, type FoundBrowser } from './find-browser';

export const EXTENSION_DIR = process.env.DEALCRAFT_EXTENSION_DIR || resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Gmail's own header: any HTML-string sink in the extension throws under it. */
export const TRUSTED_TYPES_CSP = "require-trusted-types-for 'script'";

export type Fixture = string | ((url: URL) => string | undefined);

export interface LaunchOptions {
  /** Host (e.g. "mail.google.com") → page body (HTML) for any path, or a function of the URL. */
  sites: Record<string, Fixture>;
  headless?: boolean;
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
  /** Defaults to the one `findBrowser` picks (CHROME_PATH first). */
  browser?: FoundBrowser;
  /** Lets the test click the extension's toolbar button (CDP Extensions.triggerAction); off unless a test needs it. */
  toolbar?: boolean;
}

export interface Harness {
  context: BrowserContext;
  browser: FoundBrowser;
  /** The switches the browser was started with (besides Playwright's own). */
  args: string[];
  extensionId: string;
  userDataDir: string;
  /** Every request made while the harness ran, as URLs. */
  requests: string[];
  /** Requests that were neither a routed fixture nor the extension's own files. */
  violations: string[];
  openPanel(): Promise<Page>;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

const ALLOWED_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'];

export async function launch(opts: LaunchOptions): Promise<Harness> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'dealcraft-e2e-'));
  const browser = opts.browser ?? requireBrowser();
  const viaCdp = browser.load === 'cdp';
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...(viaCdp
      ? // Branded Chrome 137+ ignores --load-extension; it loads an unpacked extension only over a pipe CDP connection
        // (Playwright's own) with this switch.
        ['--enable-unsafe-extension-debugging']
      : [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]),
    ...(opts.toolbar && !viaCdp ? ['--enable-unsafe-extension-debugging'] : []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browser.path,
    headless: opts.headless ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    // Playwright passes --disable-extensions unless told otherwise; over CDP nothing else would re-enable ours.
    ignoreDefaultArgs: viaCdp ? ['--disable-extensions'] : undefined,
    args,
  });
  if (viaCdp) {
    const session = await context.browser()!.newBrowserCDPSession();
    try {
      await session.send('Extensions.loadUnpacked', { path: EXTENSION_DIR });
    } catch (e) {
      await context.close();
      throw new Error(`${browser.path} refused to load the extension over the DevTools protocol (${errorText(e)}); use Chromium (see README).`);
    }
    await session.detach();
  }

  const requests: string[] = [];
  const violations: string[] = [];
  const routedHosts = new Set(Object.keys(opts.sites));
  const record = (req: Request) => {
    const url = req.url();
    requests.push(url);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      violations.push(url);
      return;
    }
    if (ALLOWED_SCHEMES.includes(parsed.protocol)) return;
    if (parsed.protocol === 'https:' && routedHosts.has(parsed.hostname)) return;
    violations.push(url);
  };
  context.on('request', record);

  // Anything not routed below is refused: the run must not depend on (or reach) the network.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension:') || url.startsWith('data:')) return route.continue();
    return route.abort('blockedbyclient');
  });
  for (const [host, fixture] of Object.entries(opts.sites)) {
    await context.route(`https://${host}/**`, (route) => {
      const url = new URL(route.request().url());
      const body = typeof fixture === 'string' ? fixture : fixture(url);
      if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': TRUSTED_TYPES_CSP },
        body,
      });
    });
  }

  // The worker may register before or after we look, so poll rather than wait for one event.
  let worker = context.serviceWorkers()[0];
  const deadline = Date.now() + 30_000;
  while (!worker && Date.now() < deadline) {
    worker = (await context.waitForEvent('serviceworker', { timeout: 1_000 }).catch(() => undefined)) ?? context.serviceWorkers()[0];
  }
  if (!worker) throw new Error(`the extension's service worker did not start; is ${EXTENSION_DIR} built?`);
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    browser,
    args,
    extensionId,
    userDataDir,
    requests,
    violations,
    async openPanel() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      return page;
    },
    async close(closeOpts = {}) {
      await context.close();
      if (!closeOpts.keepProfile && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** What a user's click on the extension's toolbar button does, on `page`'s tab (needs launch({ toolbar: true })). */
export async function clickToolbarButton(h: Harness, page: Page): Promise<void> {
  const browser = h.context.browser();
  if (!browser) throw new Error('no browser connection for CDP');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: h.extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}

/**
 * What a user's "Allow" in the browser's permission prompt does: headless Chromium cannot show that prompt, so the site
 * access is granted the way chrome://extensions grants it; the extension's own permissions.request then resolves at once.
 */
export async function grantSiteAccess(h: Harness, pattern: string): Promise<void> {
  const page = await h.context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${h.extensionId}`);
    await page.evaluate(
      ([id, p]) =>
        new Promise<void>((resolve, reject) => {
          const c = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(i: string, h: string, cb: () => void): void }; runtime: { lastError?: { message: string } } } }).chrome;
          c.developerPrivate.addHostPermission(id!, p!, () => (c.runtime.lastError ? reject(new Error(c.runtime.lastError.message)) : resolve()));
        }),
      [h.extensionId, pattern],
    );
  } finally {
    await page.close();
  }
}
