// Unit tests (Node + happy-dom): the adapters and read-page are total and bounded on pages built to hurt them.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../lib/cli/read-page';
import { elementToText } from '../../../lib/webmail/dom-text';
import { emailsIn } from '../../../lib/webmail/identity';
import { loadPage } from '../../../lib/webmail/load-page';
import { gmailAdapter } from '../../../lib/webmail/gmail';
import { FIXTURES, URLS } from './helpers';

const THREAD = readFileSync(`${FIXTURES}gmail-thread.html`, 'utf8');

async function readPage(html: string) {
  const page = loadPage(html, URLS.gmailThread);
  try {
    return gmailAdapter.readThread(page.document);
  } finally {
    await page.close();
  }
}

describe('emailsIn: the page-title address scan', () => {
  const REGEX = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

  it('finds exactly what the address pattern matches, on any string', () => {
    const unit = fc.constantFrom('a', 'B', '1', '.', '-', '@', ' ', "'", '%', 'é', 'c', 'o', 'm', '<', '>');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        expect(emailsIn(s)).toEqual((s.match(REGEX) ?? []).map((e) => e.toLowerCase()));
      }),
      { numRuns: 5_000 },
    );
    expect(emailsIn('Re: quote for ANA@Acme.com - jane.doe@gmail.com - Gmail')).toEqual(['ana@acme.com', 'jane.doe@gmail.com']);
  });

  it('is linear: a 50,000-character title (2.4 s before) and 50,000 "@" take milliseconds', () => {
    const t0 = performance.now();
    expect(emailsIn(`${'a'.repeat(50_000)} - jane@gmail.com - Gmail`)).toEqual(['jane@gmail.com']);
    emailsIn('a@'.repeat(50_000));
    emailsIn(`a@${'b.'.repeat(50_000)}1`);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('pages that would exhaust the reader', () => {
  it('"10000000 older messages" gives a bounded number of placeholders, not one per claimed message', async () => {
    const r = await readPage(THREAD.replace('aria-label="2 older messages"><span class="bx0">2<', 'aria-label="10000000 older messages"><span class="bx0">10000000<'));
    expect(r.ok).toBe(true);
    // The claimed messages keep their place up to what a thread can hold (500 in all), never one per claim.
    if (r.ok) {
      expect(r.thread.messages.length).toBeLessThanOrEqual(500);
      expect(r.thread.messages.length).toBeGreaterThan(490);
    }
  });

  it('a message body nested 2,000 deep is read (no stack overflow in loading or walking)', async () => {
    const deep = `${'<span>'.repeat(2_000)}deep text${'</span>'.repeat(2_000)}`;
    const r = await readPage(THREAD.replace('We also need it live by Friday.', `We also need it live by Friday. ${deep}`));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.thread.messages.map((m) => m.body).join('\n')).toContain('Friday. deep text');
  });

  it('elementToText walks 100,000 levels without recursion', () => {
    // happy-dom itself recurses on trees this deep, so a minimal stand-in of the DOM interface the walk reads.
    type Fake = { nodeType: number; nodeValue?: string; tagName?: string; firstChild: Fake | null; lastChild: Fake | null; nextSibling: null; previousSibling: null };
    const leaf: Fake = { nodeType: 3, nodeValue: 'bottom', firstChild: null, lastChild: null, nextSibling: null, previousSibling: null };
    let el: Fake = leaf;
    for (let i = 0; i < 100_000; i++) el = { nodeType: 1, tagName: i % 2 ? 'DIV' : 'SPAN', firstChild: el, lastChild: el, nextSibling: null, previousSibling: null };
    const attrs = { getAttribute: () => null, hasAttribute: () => false, matches: () => false };
    const withAttrs = (n: Fake): Fake => {
      for (let f: Fake | null = n; f; f = f.firstChild) if (f.nodeType === 1) Object.assign(f, attrs);
      return n;
    };
    expect(elementToText(withAttrs(el) as unknown as Element)).toBe('bottom');
  });

  it('read-page answers a page nested too deep for happy-dom with one line, not a stack trace', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(`${(await import('node:os')).tmpdir()}/read-page-`);
    writeFileSync(`${dir}/deep.html`, `<!doctype html><body>${'<div>'.repeat(60_000)}x</body>`);
    const err: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await main([`${dir}/deep.html`, '--url', URLS.gmailThread])).toBe(1);
    } finally {
      spy.mockRestore();
      out.mockRestore();
    }
    expect(err.join('')).toBe('read-page: the page is nested too deeply to read\n');
  });
});
