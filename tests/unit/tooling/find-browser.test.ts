// Unit tests (Node): which browser `npm start`, the e2e harness and the bench pick, on a faked file system, PATH and platform.
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, isBrandedChrome, missingBrowserMessage, requireBrowser, type DiscoverySystem } from '../../e2e/find-browser';

/** A machine with exactly these executables; directories are whatever those paths imply. */
function machine(platform: NodeJS.Platform, executables: string[], env: Record<string, string> = {}, home = platform === 'win32' ? 'C:\\Users\\dana' : platform === 'darwin' ? '/Users/dana' : '/home/dana'): DiscoverySystem {
  const path = platform === 'win32' ? win32 : posix;
  const files = new Set(executables.map((p) => path.normalize(p)));
  return {
    platform,
    env,
    home,
    isExecutable: (p) => files.has(path.normalize(p)),
    listDir(dir) {
      const prefix = path.normalize(dir).replace(/[\\/]$/, '') + path.sep;
      const names = new Set<string>();
      for (const f of files) if (f.startsWith(prefix)) names.add(f.slice(prefix.length).split(path.sep)[0]!);
      return [...names];
    },
  };
}

const pathOf = (sys: DiscoverySystem) => {
  const r = findBrowser(sys);
  return r.ok ? r.browser : r.message;
};

describe('findBrowser', () => {
  it('takes CHROME_PATH first, over a Chromium on PATH', () => {
    const sys = machine('linux', ['/opt/my/chrome', '/usr/bin/chromium'], { CHROME_PATH: '/opt/my/chrome', PATH: '/usr/bin' });
    expect(pathOf(sys)).toEqual({ path: '/opt/my/chrome', source: 'CHROME_PATH', load: 'flag' });
  });

  it('says so when CHROME_PATH points at nothing, instead of quietly using another browser', () => {
    const sys = machine('linux', ['/usr/bin/chromium'], { CHROME_PATH: '/opt/gone/chrome', PATH: '/usr/bin' });
    const r = findBrowser(sys);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('/opt/gone/chrome');
  });

  it('loads branded Chrome named in CHROME_PATH over the DevTools protocol', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(pathOf(machine('darwin', [mac], { CHROME_PATH: mac }))).toMatchObject({ path: mac, load: 'cdp' });
  });

  it('finds chromium-browser on PATH, in PATH order', () => {
    const sys = machine('linux', ['/home/dana/bin/chromium-browser', '/usr/bin/chromium'], { PATH: '/home/dana/bin:/usr/bin' });
    expect(pathOf(sys)).toEqual({ path: '/home/dana/bin/chromium-browser', source: 'PATH', load: 'flag' });
  });

  it('finds Debian/Ubuntu Chromium at its install location when PATH is bare', () => {
    expect(pathOf(machine('linux', ['/usr/bin/chromium'], { PATH: '' }))).toMatchObject({ path: '/usr/bin/chromium', source: 'install location' });
    expect(pathOf(machine('linux', ['/snap/bin/chromium'], {}))).toMatchObject({ path: '/snap/bin/chromium' });
  });

  it('finds Homebrew Chromium on macOS, in /Applications or ~/Applications', () => {
    expect(pathOf(machine('darwin', ['/Applications/Chromium.app/Contents/MacOS/Chromium'], { PATH: '/usr/bin' }))).toMatchObject({
      path: '/Applications/Chromium.app/Contents/MacOS/Chromium',
      source: 'install location',
    });
    expect(pathOf(machine('darwin', ['/Users/dana/Applications/Chromium.app/Contents/MacOS/Chromium'], {}))).toMatchObject({
      path: '/Users/dana/Applications/Chromium.app/Contents/MacOS/Chromium',
    });
  });

  it('finds Chromium on Windows: chromium.exe on Path (PATHEXT), or under LOCALAPPDATA', () => {
    const onPath = machine('win32', ['C:\\Tools\\chromium.exe'], { Path: 'C:\\Windows;C:\\Tools', PATHEXT: '.COM;.EXE' });
    expect(pathOf(onPath)).toMatchObject({ path: 'C:\\Tools\\chromium.exe', source: 'PATH' });
    const installed = machine('win32', ['C:\\Users\\dana\\AppData\\Local\\Chromium\\Application\\chrome.exe'], { LOCALAPPDATA: 'C:\\Users\\dana\\AppData\\Local' });
    expect(pathOf(installed)).toMatchObject({ path: 'C:\\Users\\dana\\AppData\\Local\\Chromium\\Application\\chrome.exe', source: 'install location' });
  });

  it('finds the newest Playwright-installed Chromium, not its headless shell, in the old and new layouts', () => {
    const cache = '/home/dana/.cache/ms-playwright';
    const sys = machine('linux', [
      `${cache}/chromium-1208/chrome-linux/chrome`,
      `${cache}/chromium-1255/chrome-linux64/chrome`,
      `${cache}/chromium_headless_shell-1299/chrome-headless-shell-linux64/chrome-headless-shell`,
    ]);
    expect(pathOf(sys)).toEqual({ path: `${cache}/chromium-1255/chrome-linux64/chrome`, source: 'Playwright cache', load: 'flag' });
    const old = machine('linux', [`${cache}/chromium-1208/chrome-linux/chrome`]);
    expect(pathOf(old)).toMatchObject({ path: `${cache}/chromium-1208/chrome-linux/chrome` });
  });

  it('honours PLAYWRIGHT_BROWSERS_PATH and the macOS and Windows cache roots', () => {
    expect(pathOf(machine('linux', ['/srv/pw/chromium-1255/chrome-linux64/chrome'], { PLAYWRIGHT_BROWSERS_PATH: '/srv/pw' }))).toMatchObject({ path: '/srv/pw/chromium-1255/chrome-linux64/chrome' });
    const mac = '/Users/dana/Library/Caches/ms-playwright/chromium-1255/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    expect(pathOf(machine('darwin', [mac]))).toMatchObject({ path: mac, source: 'Playwright cache', load: 'flag' });
    const win = 'C:\\Users\\dana\\AppData\\Local\\ms-playwright\\chromium-1255\\chrome-win64\\chrome.exe';
    expect(pathOf(machine('win32', [win], { LOCALAPPDATA: 'C:\\Users\\dana\\AppData\\Local' }))).toMatchObject({ path: win, source: 'Playwright cache' });
  });

  it('finds Chrome for Testing in the Puppeteer cache, newest version first, and loads it with the switch', () => {
    const root = '/home/dana/.cache/puppeteer/chrome';
    const sys = machine('linux', [`${root}/linux64-149.0.7827.2/chrome-linux64/chrome`, `${root}/linux64-150.0.7871.100/chrome-linux64/chrome`]);
    expect(pathOf(sys)).toEqual({ path: `${root}/linux64-150.0.7871.100/chrome-linux64/chrome`, source: 'Chrome for Testing cache', load: 'flag' });
  });

  it('prefers any Chromium to branded Chrome, and uses branded Chrome over CDP when it is all there is', () => {
    const both = machine('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium'], { PATH: '/usr/bin' });
    expect(pathOf(both)).toMatchObject({ path: '/usr/bin/chromium', load: 'flag' });
    const chromeOnly = machine('linux', ['/usr/bin/google-chrome-stable'], { PATH: '/usr/bin' });
    expect(pathOf(chromeOnly)).toEqual({ path: '/usr/bin/google-chrome-stable', source: 'Google Chrome', load: 'cdp' });
    const win = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(pathOf(machine('win32', [win], { PROGRAMFILES: 'C:\\Program Files' }))).toMatchObject({ path: win, load: 'cdp' });
  });

  it('with nothing installed, names the install command for each system and says the tests need it too', () => {
    const r = findBrowser(machine('linux', ['/usr/bin/firefox'], { PATH: '/usr/bin' }));
    expect(r.ok).toBe(false);
    const msg = r.ok ? '' : r.message;
    expect(msg).toBe(missingBrowserMessage());
    for (const cmd of ['apt install chromium', 'brew install --cask chromium', 'npx playwright install chromium', 'npm test']) expect(msg).toContain(cmd);
    expect(msg.split('\n').length).toBeLessThanOrEqual(6);
    expect(() => requireBrowser(machine('darwin', []))).toThrow(/brew install --cask chromium/);
  });

  it('tells branded Chrome from Chromium and Chrome for Testing by path', () => {
    expect(isBrandedChrome('/opt/google/chrome/chrome')).toBe(true);
    expect(isBrandedChrome('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')).toBe(true);
    expect(isBrandedChrome('/home/dana/.cache/ms-playwright/chromium-1255/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing')).toBe(false);
    expect(isBrandedChrome('C:\\Users\\dana\\AppData\\Local\\Chromium\\Application\\chrome.exe')).toBe(false);
    expect(isBrandedChrome('/usr/bin/chromium')).toBe(false);
  });
});
