// Node (`npm start`, the e2e harness, the bench): finds a browser that can load the unpacked extension, on Linux, macOS and Windows.
// Branded Google Chrome (137+) ignores --load-extension, so it is found last and loaded through the DevTools protocol instead.
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';

/** How the harness gets the extension into the browser: the command-line switch, or CDP's Extensions.loadUnpacked. */
export type LoadMethod = 'flag' | 'cdp';

export interface FoundBrowser {
  path: string;
  /** Where it was found, for the one line `npm start` prints. */
  source: 'CHROME_PATH' | 'PATH' | 'install location' | 'Playwright cache' | 'Chrome for Testing cache' | 'Google Chrome';
  load: LoadMethod;
}

/** Everything discovery reads from the machine, so tests can fake the file system, PATH and platform. */
export interface DiscoverySystem {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  /** A regular file this process may execute. */
  isExecutable(path: string): boolean;
  /** Entry names of a directory; [] when it does not exist. */
  listDir(path: string): string[];
}

export function nodeSystem(): DiscoverySystem {
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    isExecutable(path) {
      try {
        if (!statSync(path).isFile()) return false;
        // Windows has no execute bit; existence is what counts there.
        if (process.platform !== 'win32') accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    listDir(path) {
      try {
        return readdirSync(path);
      } catch {
        return [];
      }
    },
  };
}

/** Branded Chrome by its install path or binary name (Chrome for Testing says so in its name). */
export function isBrandedChrome(path: string): boolean {
  if (/for testing/i.test(path) || /chromium/i.test(path)) return false;
  return /google[ -]chrome|[\\/]google[\\/]chrome[\\/]/i.test(path);
}

/** Highest revision first: "chromium-1255" before "chromium-1208", "linux64-150.0.7871.100" before "linux64-149.0.1.2". */
function newestFirst(names: string[]): string[] {
  const key = (n: string) => (n.match(/\d+/g) ?? []).map(Number);
  return [...names].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const d = (kb[i] ?? -1) - (ka[i] ?? -1);
      if (d) return d;
    }
    return 0;
  });
}

function candidatesOnPath(sys: DiscoverySystem, names: string[]): string[] {
  const path = sys.platform === 'win32' ? win32 : posix;
  const dirs = (sys.env.PATH ?? sys.env.Path ?? '').split(path.delimiter).filter(Boolean);
  const exts = sys.platform === 'win32' ? (sys.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean) : [''];
  return dirs.flatMap((d) => names.flatMap((n) => exts.map((e) => path.join(d, n + e.toLowerCase()))));
}

/** Install locations of Chromium (no execute-bit check here: that is isExecutable's job). */
function chromiumLocations(sys: DiscoverySystem): string[] {
  const { env, home } = sys;
  if (sys.platform === 'darwin') {
    return ['/Applications/Chromium.app/Contents/MacOS/Chromium', posix.join(home, 'Applications/Chromium.app/Contents/MacOS/Chromium')];
  }
  if (sys.platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.ProgramFiles, env['ProgramFiles(x86)']].filter((r): r is string => !!r);
    return [...new Set(roots)].map((r) => win32.join(r, 'Chromium', 'Application', 'chrome.exe'));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium', '/usr/local/bin/chromium'];
}

/** Playwright's browser cache (PLAYWRIGHT_BROWSERS_PATH or the per-user default), newest build first; its old and new layouts. */
function playwrightCache(sys: DiscoverySystem): string[] {
  const { env, home } = sys;
  const path = sys.platform === 'win32' ? win32 : posix;
  let root = env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0' ? env.PLAYWRIGHT_BROWSERS_PATH : undefined;
  if (!root) {
    if (sys.platform === 'darwin') root = path.join(home, 'Library', 'Caches', 'ms-playwright');
    else if (sys.platform === 'win32') root = path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'ms-playwright');
    else root = path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'ms-playwright');
  }
  // chromium-NNNN only: the headless shell cannot show the demo's window.
  const builds = newestFirst(sys.listDir(root).filter((n) => /^chromium-\d+$/.test(n)));
  const inside =
    sys.platform === 'darwin'
      ? [
          ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
          ['chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
          ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
        ]
      : sys.platform === 'win32'
        ? [['chrome-win64', 'chrome.exe'], ['chrome-win', 'chrome.exe']]
        : [['chrome-linux64', 'chrome'], ['chrome-linux-arm64', 'chrome'], ['chrome-linux', 'chrome']];
  return builds.flatMap((b) => inside.map((parts) => path.join(root!, b, ...parts)));
}

/** Chrome for Testing as installed by `npx @puppeteer/browsers install chrome` (PUPPETEER_CACHE_DIR or ~/.cache/puppeteer). */
function chromeForTestingCache(sys: DiscoverySystem): string[] {
  const path = sys.platform === 'win32' ? win32 : posix;
  const root = path.join(sys.env.PUPPETEER_CACHE_DIR ?? path.join(sys.home, '.cache', 'puppeteer'), 'chrome');
  return newestFirst(sys.listDir(root)).map((build) => {
    const platform = build.split('-').slice(0, -1).join('-'); // "linux64", "mac-arm64", "win64"
    if (platform.startsWith('mac')) return path.join(root, build, `chrome-${platform}`, 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing');
    if (platform.startsWith('win')) return path.join(root, build, `chrome-${platform}`, 'chrome.exe');
    return path.join(root, build, `chrome-${platform}`, 'chrome');
  });
}

function brandedChrome(sys: DiscoverySystem): string[] {
  const { env, home } = sys;
  if (sys.platform === 'darwin') {
    return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', posix.join(home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome')];
  }
  if (sys.platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.ProgramFiles, env['ProgramFiles(x86)']].filter((r): r is string => !!r);
    return [...new Set(roots)].map((r) => win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return [...candidatesOnPath(sys, ['google-chrome', 'google-chrome-stable']), '/opt/google/chrome/chrome'];
}

export type Discovery = { ok: true; browser: FoundBrowser } | { ok: false; message: string };

/**
 * In order: CHROME_PATH; chromium / chromium-browser on PATH; Chromium's usual install locations; a Playwright-installed
 * Chromium; Chrome for Testing; branded Google Chrome (loaded over CDP). A CHROME_PATH that is not executable is an error,
 * not a reason to pick something else.
 */
export function findBrowser(sys: DiscoverySystem = nodeSystem()): Discovery {
  const pinned = sys.env.CHROME_PATH;
  if (pinned) {
    if (!sys.isExecutable(pinned)) return { ok: false, message: `CHROME_PATH is set to ${pinned}, which is not an executable file.` };
    return { ok: true, browser: { path: pinned, source: 'CHROME_PATH', load: isBrandedChrome(pinned) ? 'cdp' : 'flag' } };
  }
  const steps: [FoundBrowser['source'], string[], LoadMethod][] = [
    ['PATH', candidatesOnPath(sys, ['chromium', 'chromium-browser']), 'flag'],
    ['install location', chromiumLocations(sys), 'flag'],
    ['Playwright cache', playwrightCache(sys), 'flag'],
    ['Chrome for Testing cache', chromeForTestingCache(sys), 'flag'],
    ['Google Chrome', brandedChrome(sys), 'cdp'],
  ];
  for (const [source, paths, load] of steps) {
    const hit = paths.find((p) => sys.isExecutable(p));
    if (hit) return { ok: true, browser: { path: hit, source, load } };
  }
  return { ok: false, message: missingBrowserMessage() };
}

export function missingBrowserMessage(): string {
  return [
    'No browser that can load the extension was found (Chromium, Chrome for Testing or Google Chrome).',
    'Install Chromium, then run the command again:',
    '  Debian/Ubuntu:  sudo apt install chromium',
    '  macOS:          brew install --cask chromium',
    '  any system:     npx playwright install chromium',
    'or set CHROME_PATH to a Chromium or Chrome executable. The test suite (npm test) needs the same browser.',
  ].join('\n');
}

/** The browser, or the reason there is none as an Error whose message the user can act on. */
export function requireBrowser(sys?: DiscoverySystem): FoundBrowser {
  const found = findBrowser(sys);
  if (!found.ok) throw new BrowserNotFoundError(found.message);
  return found.browser;
}

/** One line for the user: which browser, found where, loaded how. */
export function describeBrowser(b: FoundBrowser): string {
  return `Browser: ${b.path} (${b.source}${b.load === 'cdp' ? '; extension loaded over the DevTools protocol' : ''})`;
}

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

// `node --import tsx tests/e2e/find-browser.ts [--quiet]` prints the browser the demo and tests will use, or what to install
// (exit 2). `npm start` runs it quietly before the build, so a missing browser costs a second, not a build.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = findBrowser();
  if (!found.ok) {
    console.error(found.message);
    process.exit(2);
  }
  if (!process.argv.includes('--quiet')) console.log(describeBrowser(found.browser));
}
