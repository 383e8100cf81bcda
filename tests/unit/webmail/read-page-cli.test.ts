// Unit tests (Node): the read-page CLI prints the adapter's JSON and fails with one line and exit code 2 on bad input.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../lib/cli/read-page';
import { FIXTURES, URLS } from './helpers';

const run = promisify(execFile);

async function capture(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  try {
    return { code: await main(argv), out: out.join(''), err: err.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('read-page CLI', () => {
  it('prints the thread and the draft as JSON', async () => {
    const r = await capture([`${FIXTURES}outlook-thread.html`, '--url', URLS.outlookThread]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.webmail).toBe('outlook');
    expect(json.thread.ok).toBe(true);
    expect(json.thread.thread.messages).toHaveLength(3);
    expect(json.draft.kind).toBe('inline-reply');
  });

  it.each([
    [[], /give the saved page/],
    [[`${FIXTURES}gmail-thread.html`], /--url/],
    [[`${FIXTURES}gmail-thread.html`, '--url', 'https://example.com/'], /no adapter for example\.com/],
    [['/no/such/file.html', '--url', URLS.gmailThread], /ENOENT/],
    [[`${FIXTURES}gmail-thread.html`, '--bogus'], /unknown option --bogus/],
  ])('rejects %j with one line and exit 2', async (argv, msg) => {
    const r = await capture(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(msg);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('runs as an npm script with exit code 2 on bad arguments', { timeout: 90_000 }, async () => {
    const err = await run('npm', ['run', '--silent', 'read-page', '--', 'x.html'], { cwd: new URL('../../../', import.meta.url).pathname }).catch((e) => e);
    expect(err.code).toBe(2);
    expect(err.stderr).toMatch(/^read-page: /m);
  });
});
