// Unit test (Node): the analyze CLI end to end on hostile input: big .eml files, byte-order marks, and one-line errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/analyze.ts', '--today', '2026-11-23', ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 << 20 });
const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));

/** A mail with a text part and a base64 attachment of `attachmentBytes`, as mail clients write it. */
function mailWithAttachment(attachmentBytes: number): string {
  const b64 = Buffer.alloc(attachmentBytes, 7).toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    'From: Tom Baker <tom.baker@acme.example>',
    'To: Ana <ana@studio.example>',
    'Subject: Quote and brief',
    'Date: Mon, 23 Nov 2026 09:15:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hi Ana, $2,500 is above our budget. Could you do it for 1800?',
    '--b1',
    'Content-Type: application/pdf; name="brief.pdf"',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename="brief.pdf"',
    '',
    b64,
    '--b1--',
    '',
  ].join('\r\n');
}

describe('analyze CLI: .eml files', () => {
  it('a mail over 1 MB (an attachment) still gives its text part and sender: MIME first, then the cap', () => {
    const file = join(dir, 'big.eml');
    writeFileSync(file, mailWithAttachment(3_000_000));
    const r = run([file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { moves: { id: string }[]; entities: { amounts: { value: number }[]; clientName: string | null } };
    expect(out.entities.amounts.map((a) => a.value)).toEqual(expect.arrayContaining([2500, 1800]));
    expect(out.moves.length).toBeGreaterThan(0);
    // The From header was read: the client's name comes from it.
    expect(out.entities.clientName).toBe('Tom');
  }, 60_000);

  it('HTML nested 10,000 deep is read, not a stack overflow', () => {
    const file = join(dir, 'deep.eml');
    const html = `${'<div>'.repeat(10_000)}Could you do it for 1800?${'</div>'.repeat(10_000)}`;
    writeFileSync(file, `From: Tom <tom@acme.example>\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`);
    const r = run([file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { entities: { amounts: { value: number }[] } }).entities.amounts.map((a) => a.value)).toContain(1800);
  }, 60_000);

  it('a file that starts with a byte-order mark reads like one without', () => {
    const file = join(dir, 'bom.eml');
    writeFileSync(file, `\uFEFFFrom: Tom <tom@acme.example>\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\nCould you do it for 1800?\r\n`);
    const r = run([file]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { entities: { amounts: { value: number }[] } }).entities.amounts.map((a) => a.value)).toContain(1800);
  }, 60_000);
});

describe('analyze CLI: --jsonl', () => {
  it('accepts a first line that starts with a byte-order mark', () => {
    const r = run(['--jsonl'], '\uFEFF{"id":1,"text":"Could you do it for 1800?"}\n{"id":2,"text":"Thanks!"}\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; error?: string });
    expect(lines.map((l) => [l.id, l.error])).toEqual([[1, undefined], [2, undefined]]);
  }, 60_000);
});

describe('analyze CLI: asks and figure roles', () => {
  it('prints every ask and the role of every figure, in the documented shape', () => {
    const r = run([], 'Hi Ana, $2,500 is above our budget; another studio quoted $1,900. Could you do 10% off, with 20% upfront? Are you free for a call on Tuesday? We need it by Friday 4 December.');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      asks: Array<{ text: string; evidence: string }>;
      entities: { amounts: Array<{ text: string; role: string }>; percentages: Array<{ text: string; role: string }>; dates: Array<{ iso: string; role: string }> };
    };
    expect(out.asks.map((a) => a.text)).toEqual(['Could you do 10% off, with 20% upfront?', 'Are you free for a call on Tuesday?']);
    expect(out.entities.amounts.map((a) => `${a.text} ${a.role}`)).toEqual(['$2,500 our_price', '$1,900 competitor']);
    expect(out.entities.percentages.map((p) => `${p.text} ${p.role}`)).toEqual(['10% discount', '20% deposit']);
    expect(out.entities.dates.map((d) => `${d.iso} ${d.role}`)).toEqual(['2026-11-24 other', '2026-12-04 requested']);
  });
});
