// Unit test (Node): the summarize CLI end to end: notes on stdin or from a file, one JSON object out, usage errors exit 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/summarize.ts', ...args], { cwd: ROOT, input: input ?? '', encoding: 'utf8' });

const NOTES = '- 3 rounds revisions, 1500 eur\n- i send contract tmrw\n- Anna to send brief by fri\n';

describe('summarize CLI', () => {
  it('prints one JSON object with subject, text and facts', () => {
    const r = run(['--client', 'Anna Berg <anna@berg.studio>', '--date', '2026-11-23'], NOTES);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout) as { subject: string; text: string; facts: { actions: { owner: string; due?: string }[] } };
    expect(Object.keys(out)).toEqual(['subject', 'text', 'facts']);
    expect(out.subject).toBe('Summary of our call on Mon 23 Nov');
    expect(out.text).toContain('Hello Anna,');
    expect(out.text).toContain('1500 EUR');
    expect(out.text).toContain('3 rounds');
    expect(out.facts.actions).toContainEqual(expect.objectContaining({ owner: 'client', due: '2026-11-27' }));
    expect(out.facts.actions).toContainEqual(expect.objectContaining({ owner: 'me', due: '2026-11-24' }));
  }, 60_000);

  it('reads a notes file and applies the profile tone and signature', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summarize-'));
    writeFileSync(join(dir, 'notes.txt'), NOTES);
    writeFileSync(join(dir, 'profile.json'), JSON.stringify({ name: 'Dana Rossi', tone: 'formal' }));
    const r = run(['--client', 'Anna Berg <anna@berg.studio>', '--date', '2026-11-23', '--profile', join(dir, 'profile.json'), join(dir, 'notes.txt')]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { text: string };
    expect(out.text.startsWith('Dear Anna,')).toBe(true);
    expect(out.text.endsWith('Dana Rossi')).toBe(true);
  }, 60_000);

  it('rejects empty notes with one line on stderr and exit 2', () => {
    const r = run(['--client', 'Anna <anna@berg.studio>', '--date', '2026-11-23'], '  \n\n');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/notes are empty/);
  }, 60_000);

  const dir = mkdtempSync(join(tmpdir(), 'summarize-'));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ tone: 'rude' }));
  it.each([
    ['no --client', ['--date', '2026-11-23']],
    ['a date that is not YYYY-MM-DD', ['--client', 'Anna <a@b.c>', '--date', '23/11/2026']],
    ['an unknown option', ['--client', 'Anna <a@b.c>', '--bogus']],
    ['a profile zod rejects', ['--client', 'Anna <a@b.c>', '--profile', join(dir, 'bad.json')]],
    ['a missing notes file', ['--client', 'Anna <a@b.c>', join(dir, 'missing.txt')]],
  ])('rejects %s with one line and exit 2', (_label, args) => {
    const r = run(args, NOTES);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: /);
  }, 60_000);
});
