// Node: the built manifests ask for no more than the product needs and load no remote code.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIL_HOSTS, OPTIONAL_HOSTS } from '../../wxt.config';

const OUT = resolve(import.meta.dirname, '../../.output');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('chrome-mv3 manifest', () => {
  const dir = join(OUT, 'chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('has exactly the mail hosts as host permissions, Outlook at outlook.cloud.microsoft included, and no <all_urls>', () => {
    expect([...manifest.host_permissions].sort()).toEqual([...MAIL_HOSTS].sort());
    expect(manifest.host_permissions).toContain('https://outlook.cloud.microsoft/*');
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    const contentMatches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    for (const m of contentMatches) expect(MAIL_HOSTS).toContain(m);
    expect(contentMatches).toContain('https://outlook.cloud.microsoft/*');
  });

  it('asks for other sites only as optional host permissions, granted one origin at a time from the panel', () => {
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(manifest.host_permissions).not.toContain('https://*/*');
  });

  it('asks for no API permission that shows an install warning beyond the mail sites (no "tabs": no browsing history)', () => {
    // activeTab and scripting add no install warning: the first shows one tab's address after a toolbar click, the second
    // runs the page report and a custom-domain Outlook the user allowed.
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'clipboardWrite', 'scripting', 'sidePanel', 'storage']);
  });

  it('keeps each content script under 20 kB (they run in every mail tab), and the on-demand page report out of them', () => {
    const scripts = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js) as string[];
    expect(scripts.sort()).toEqual(['gmail-content.js', 'outlook-content.js']);
    for (const js of scripts) expect(statSync(join(dir, js)).size, js).toBeLessThan(20_000);
    expect(statSync(join(dir, 'page-report.js')).isFile()).toBe(true);
  });

  it('keeps the insertion code out of the content scripts: it ships as on-demand compose scripts the panel injects', () => {
    for (const webmail of ['gmail', 'outlook']) {
      // execCommand is how an insert types into the compose box (lib/webmail/insert-text.ts).
      expect(readFileSync(join(dir, `${webmail}-content.js`), 'utf8'), `${webmail}-content.js`).not.toContain('execCommand');
      expect(readFileSync(join(dir, `${webmail}-compose.js`), 'utf8'), `${webmail}-compose.js`).toContain('execCommand');
    }
  });

  it('allows no unsafe-eval and loads no remote code', () => {
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
    for (const f of files(dir).filter((p) => /\.(js|html)$/.test(p))) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(src, f).not.toMatch(/\bimport\(\s*["']https?:/);
      expect(src, f).not.toMatch(/importScripts\(\s*["']https?:/);
    }
  });

  it('ships no eval-like code: no Function constructor, no eval, no code strings for timers (zod runs jitless)', () => {
    const EVAL_LIKE = [
      /\bnew\s+Function\b/,
      /\beval\s*\(/,
      // The constructor taken into a variable (`const F = Function`) or called directly.
      /[=,(:?]\s*Function\s*[;,)}]/,
      /(?<![.\w$])Function\s*\(/,
      /\bset(?:Timeout|Interval)\s*\(\s*["'`]/,
    ];
    const scripts = files(dir).filter((p) => p.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const f of scripts) {
      const src = readFileSync(f, 'utf8');
      for (const re of EVAL_LIKE) expect(re.exec(src)?.[0], `${f} ${re}`).toBeUndefined();
    }
    // The panel sets zod jitless before any schema is built.
    const panel = scripts.filter((p) => /sidepanel-[\w-]+\.js$/.test(p)).map((p) => readFileSync(p, 'utf8')).join('');
    expect(panel).toMatch(/jitless:!0/);
  });

  it('names the product and carries the store icon sizes', () => {
    expect(manifest.name).toBe('Dealcraft');
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const size of ['16', '32', '48', '128']) expect(manifest.icons?.[size], `icon ${size}`).toBeTruthy();
  });
});
