// Unit test (Node): the engine reads a bounded part of long input, says what it skipped, and stays fast on hostile shapes.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { analyzeDraft, analyzeMessage } from '../../../lib/negotiation/analyze';
import { MAX_MESSAGE_CHARS, truncationNotice } from '../../../lib/negotiation/limits';
import { AnalysisSchema, EMPTY_PROFILE } from '../../../lib/negotiation/schemas';
import { CallSummarySchema, summarizeCall } from '../../../lib/summary';
import { pathological } from '../../bench/shapes';

const TODAY = '2026-11-23';
const ASK = 'Hi Dana, our budget is $1,500 and we need it by Friday. Can you do it for less?';
const FILLER = 'We have been thinking about the brand and the launch plan for some weeks now. ';

describe('bounded reading', () => {
  it('reads the top of a long message, keeps the moves there and says how much was skipped', () => {
    const text = `${ASK}\n\n${FILLER.repeat(2000)}`;
    const a = AnalysisSchema.parse(analyzeMessage(text, { today: TODAY }));
    const t = a.truncated!;
    expect(t.part).toBe('message');
    expect(t.read + (t.tail ?? 0) + 2).toBe(a.text.length);
    expect(t.total).toBe(text.trimEnd().length);
    expect(a.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 2);
    // Cut at sentence ends, not mid-word, at both ends of the skipped middle.
    expect(a.text.slice(0, t.read).endsWith('.')).toBe(true);
    expect(a.text.slice(-(t.tail ?? 0))).toMatch(/^We have been/);
    expect(a.entities.amounts.map((x) => x.text)).toContain('$1,500');
    expect(a.moves.length).toBeGreaterThan(0);
    expect(truncationNotice(a.truncated!)).toMatch(/^Long message: read the first [\d,]+ and the last [\d,]+ of [\d,]+ characters; the middle \([\d,]+\) was skipped\.$/);
  });

  it('reads the closing question of a long message too, and answers it', () => {
    const text = `Hi Dana,\n\n${FILLER.repeat(200)}\n\nSo, the real question: could you do the logo by Friday 27 November, and is a budget of $1,500 doable?\n\nThanks, Sam`;
    const a = analyzeMessage(text, { today: TODAY });
    expect(a.truncated?.tail).toBeGreaterThan(0);
    expect(a.entities.amounts.map((x) => x.text)).toContain('$1,500');
    expect(a.asks.some((x) => /by Friday 27 November/.test(x.text))).toBe(true);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('drops the tail when it is a hostile shape, so the time stays bounded', () => {
    const text = `${ASK}\n\n${FILLER.repeat(100)}\n\n${'a. '.repeat(5000)}`;
    const a = analyzeMessage(text, { today: TODAY });
    expect(a.truncated?.tail).toBeUndefined();
    expect(a.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  });

  it('gives no notice when the client\'s own words are short, however long the quoted history', () => {
    const text = `${ASK}\n\nOn Mon, 16 Nov 2026 at 10:00, Dana Levi <dana@levi.studio> wrote:\n${'> earlier words about the project.\n'.repeat(5000)}`;
    const a = analyzeMessage(text, { today: TODAY });
    expect(a.truncated).toBeUndefined();
    expect(a.text).toBe(ASK);
  });

  it('caps drafts and call notes the same way', () => {
    const d = analyzeDraft(FILLER.repeat(1000));
    expect(d.truncated?.part).toBe('draft');
    const s = CallSummarySchema.parse(
      summarizeCall({ notes: `- price 2000 EUR agreed\n${'- call again next week about the launch\n'.repeat(3000)}`, client: { name: 'Tom', email: null }, callDate: TODAY, profile: EMPTY_PROFILE }),
    );
    expect(s.truncated?.part).toBe('notes');
    expect(s.facts.amounts.map((x) => x.text)).toContain('2000 EUR');
  });

  it('finishes all three readers within 6 s per hostile shape at 100 kB (bench target: 1 s each, unloaded)', () => {
    analyzeMessage(ASK, { today: TODAY });
    for (const [shape, text] of Object.entries(pathological(100_000))) {
      const t0 = performance.now();
      analyzeMessage(text, { today: TODAY });
      analyzeDraft(text);
      summarizeCall({ notes: text, client: { name: 'Tom', email: null }, callDate: TODAY, profile: EMPTY_PROFILE });
      expect({ shape, ms: performance.now() - t0 < 6000 }).toEqual({ shape, ms: true });
    }
  }, 60_000);

  it('the CLI prints the notice as one line on stderr and the documented JSON on stdout', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/analyze.ts', '--today', TODAY], {
      cwd: join(import.meta.dirname, '../../..'),
      input: `${ASK}\n\n${FILLER.repeat(2000)}`,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^notice: Long message: read the first/)]);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['moves', 'asks', 'entities', 'suggestions']);
  }, 30_000);
});
