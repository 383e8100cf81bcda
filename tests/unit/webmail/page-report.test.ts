// Unit tests (Node + happy-dom): "Copy a page report" keeps the structure and drops every text, name and address; read-page loads a report and reproduces the reading.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../lib/cli/read-page';
import { gmailAdapter } from '../../../lib/webmail/gmail';
import type { LoadedPage } from '../../../lib/webmail/load-page';
import { outlookAdapter } from '../../../lib/webmail/outlook';
import { buildPageReport, Redactor, reportUrl, type PageReport } from '../../../lib/webmail/page-report';
import { PageReportSchema } from '../../../lib/webmail/page-report-schema';
import type { WebmailAdapter } from '../../../lib/webmail/types';
import { fixture, URLS } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const dir = mkdtempSync(join(tmpdir(), 'dealcraft-report-'));

const CASES: [string, string, WebmailAdapter][] = [
  ['gmail-thread.html', URLS.gmailThread, gmailAdapter],
  ['gmail-thread-legacy.html', URLS.gmailThread, gmailAdapter],
  ['outlook-thread.html', URLS.outlookThread, outlookAdapter],
  ['outlook-thread-cloud.html', URLS.outlookCloud, outlookAdapter],
];

function report(name: string, url: string, adapter: WebmailAdapter, mutate?: (doc: Document) => void) {
  page = fixture(name, url);
  mutate?.(page.document);
  const thread = adapter.readThread(page.document);
  const draft = adapter.readDraft(page.document);
  return { thread, draft, report: buildPageReport(page.document, adapter.id, thread, draft), doc: page.document };
}

/** Runs the read-page CLI on a report written to a file, as a user attaching it to a bug would. */
async function readPage(r: PageReport | string) {
  const file = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof r === 'string' ? r : JSON.stringify(r));
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  try {
    const code = await main([file]);
    return { code, json: code === 0 ? JSON.parse(out.join('')) : null, err: err.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

/** Every piece of text a user would call theirs or their client's: message text, names, addresses, subject, draft. */
function privateStrings(doc: Document, result: ReturnType<WebmailAdapter['readThread']>, draftText: string): string[] {
  const out = new Set<string>();
  const add = (s: string | undefined) => {
    for (const part of (s ?? '').split(/\n+/)) if (part.trim().length >= 4) out.add(part.trim());
  };
  if (result.ok) {
    add(result.thread.subject);
    for (const m of result.thread.messages) {
      add(m.body);
      add(m.from.name);
      add(m.from.email);
      for (const t of m.to) add(t.name), add(t.email);
    }
  }
  add(draftText);
  // And every visible text of the page's messages and compose box, quoted history and signatures included.
  for (const el of doc.querySelectorAll('.a3s, .adf, [role=document], [id^=UniqueMessageBody], [role=textbox], [data-snippet], h2.hP, [role=heading]')) {
    const walker = doc.createTreeWalker(el, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) add(n.nodeValue?.replace(/\s+/g, ' '));
  }
  for (const el of doc.querySelectorAll('[email], [title*="@"], [data-folder-name]')) add(el.getAttribute('email') ?? el.getAttribute('title') ?? el.getAttribute('data-folder-name')!);
  // The mail client's own words ("Reply", a quote header's "Från:") are kept on purpose.
  return [...out].filter((s) => !/^(Reply|Reply all|Forward|Send)$|^\p{L}+:$/u.test(s));
}

describe('page report', () => {
  it.each(CASES)('%s: no message text, name or address survives; the structure does', (name, url, adapter) => {
    const { thread, draft, report: r, doc } = report(name, url, adapter);
    const json = JSON.stringify(r);
    const secrets = privateStrings(doc, thread, draft?.text ?? '');
    expect(secrets.length).toBeGreaterThan(10);
    for (const s of secrets) expect(json, s).not.toContain(s);
    for (const word of ['Maria', 'Berg', 'Jane', 'Freelancer', 'Bob', 'Martin', 'nordlys', 'acme', 'discount', 'redesign', 'logotyp', 'Tack']) expect(json.toLowerCase()).not.toContain(word.toLowerCase());
    expect(json.match(/[\w.+-]+@[\w.-]+/g)?.every((a) => a.endsWith('@example.invalid'))).toBe(true);
    // What a developer needs to see what changed: roles, labels the adapter keys on, ids, data-* names, class names.
    expect(PageReportSchema.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({ kind: 'dealcraft-page-report', version: 1, webmail: adapter.id, truncated: false });
    expect(r.elements).toBeGreaterThan(30);
    expect(r.reading).toMatchObject({ ok: true, draft: draft ? { kind: draft.kind, text: draft.text.length } : null });
    if (adapter.id === 'outlook') expect(json).toMatch(/"aria-label":"(From|Från): ‹\d+\.\d+›"/);
    else expect(json).toContain('"email":"person');
  });

  it.each(CASES)('%s: read-page loads the report and reads the same thread shape', async (name, url, adapter) => {
    const { thread, report: r } = report(name, url, adapter);
    const { code, json } = await readPage(r);
    expect(code).toBe(0);
    expect(json.report.reproduced).toBe(true);
    if (!thread.ok || !json.thread.ok) throw new Error('expected both readings to succeed');
    const shape = (ms: typeof thread.thread.messages) => ms.map((m) => [m.collapsed, !!m.hidden, m.fromUser, !!m.from.email]);
    expect(shape(json.thread.thread.messages)).toEqual(shape(thread.thread.messages));
  });

  it.each([
    ['Outlook without its "From:" labels', 'outlook-thread.html', URLS.outlookThread, outlookAdapter, (doc: Document) => doc.querySelectorAll('[aria-label^="From:"]').forEach((e) => e.removeAttribute('aria-label'))],
    ['Gmail without sender addresses', 'gmail-thread.html', URLS.gmailThread, gmailAdapter, (doc: Document) => doc.querySelectorAll('.gD').forEach((e) => e.removeAttribute('email'))],
    ['Gmail with a renamed body class', 'gmail-thread.html', URLS.gmailThread, gmailAdapter, (doc: Document) => doc.querySelectorAll('.a3s, .iA').forEach((e) => e.classList.remove('a3s', 'iA'))],
  ] as const)('reproduces the failure of %s', async (_n, name, url, adapter, mutate) => {
    const { thread, report: r } = report(name, url, adapter, mutate);
    expect(thread.ok).toBe(false);
    const { json } = await readPage(r);
    expect(json.thread).toEqual(thread);
    expect(json.report).toMatchObject({ reproduced: true, reading: { ok: false, reason: 'unrecognised-markup', detail: (thread as { detail: string }).detail } });
  });

  it('rejects a file that is not a page report with one line and exit 2', async () => {
    for (const bad of ['{"kind":"something-else"}', '{ not json', JSON.stringify({ kind: 'dealcraft-page-report', version: 1, webmail: 'gmail', url: '', reading: { ok: true, draft: null }, page: ['html', {}, ['script', { src: 1 }]], elements: 1, truncated: false })]) {
      const r = await readPage(bad);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^read-page: /);
    }
  });

  it('redacts hostile text in bounded time, and never lets an address through', () => {
    const r = new Redactor();
    const hostile = ['a'.repeat(3_999) + '@', 'x@' + 'a.'.repeat(1_999), ' '.repeat(3_990) + 'b', 'maria@nordlys-cafe.se'.repeat(500), 'z'.repeat(500_000)];
    const started = performance.now();
    const out = hostile.map((s) => r.text(s) + r.label(s));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(out.join('')).not.toContain('nordlys');
  });

  it('keeps only structural words and opaque ids of the address (a search or label name is the user\'s text)', () => {
    expect(reportUrl('https://mail.google.com/mail/u/0/#search/maria+berg/FMfcgzQVxRKkqwJbXmTnLpDgHsQcWvBz')).toBe('https://mail.google.com/mail/u/0/#search/_/FMfcgzQVxRKkqwJbXmTnLpDgHsQcWvBz');
    expect(reportUrl('https://mail.google.com/mail/u/0/#label/Clients%2FAcme/FMfcgzQVxRKkqwJbXmTnLpDgHsQcWvBz')).toBe('https://mail.google.com/mail/u/0/#label/_/FMfcgzQVxRKkqwJbXmTnLpDgHsQcWvBz');
    expect(reportUrl(`${URLS.outlookCloud}?login_hint=maria@nordlys-cafe.se`)).toBe(URLS.outlookCloud);
  });
});
