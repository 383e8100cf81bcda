// Unit tests (Node): every error the CLIs, the import and the panel show is one clear line, never a stack or a zod dump.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorText, MAX_ERROR_TEXT } from '../../../lib/error-text';

describe('errorText', () => {
  it('turns a ZodError into its first problem, by field, in words', () => {
    const r = z.object({ facts: z.object({ dates: z.array(z.string()).max(100) }) }).safeParse({ facts: { dates: Array(101).fill('x') } });
    expect(r.success).toBe(false);
    // zod's own message is the JSON of every issue: what "error: [" came from.
    expect(r.error!.message.startsWith('[')).toBe(true);
    expect(errorText(r.error)).toBe('facts.dates: at most 100 entries');
  });

  it('keeps one line of a multi-line message and cuts a huge one', () => {
    expect(errorText(new Error('first line\n    at stack (file.ts:1:1)'))).toBe('first line');
    const huge = errorText(new SyntaxError(`Invalid regular expression: /${'a'.repeat(100_000)}/: Regular expression too large`));
    expect(huge.length).toBeLessThanOrEqual(MAX_ERROR_TEXT);
    expect(huge).toMatch(/^Invalid regular expression: \/aaa.*…$/);
    expect(errorText('plain string')).toBe('plain string');
    expect(errorText(new Error(''))).toBe('Error');
  });
});

describe('CLI errors are one line', () => {
  const ROOT = join(import.meta.dirname, '../../..');
  const run = (script: string, args: string[], input = '') => spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, input, encoding: 'utf8' });

  it('summarize with a 100,000-character --client: a usage line, exit 2, no regular expression built', () => {
    const r = run('lib/cli/summarize.ts', ['--client', 'a'.repeat(100_000)], '- 1500 eur\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('error: --client is 100000 characters; give "Name <email>" in at most 500\n');
  }, 60_000);

  it('analyze with a profile that is not valid: one line naming the field', () => {
    const r = run('lib/cli/analyze.ts', ['--profile', join(ROOT, 'package.json')], 'hello');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: invalid profile .*package\.json: /);
  }, 60_000);
});

describe('summarizeCall with a client name far over the limit', () => {
  it('builds no regular expression from it: the summary is written', async () => {
    const { summarizeCall } = await import('../../../lib/summary');
    const { EMPTY_PROFILE } = await import('../../../lib/negotiation/schemas');
    const s = summarizeCall({ notes: '- 1500 eur\n- she sends the brief by fri', client: { name: `Ana ${'a'.repeat(100_000)}`, email: null }, callDate: '2026-11-23', profile: EMPTY_PROFILE });
    expect(s.text).toContain('1500 EUR');
  }, 30_000);
});
