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
    expect(a.truncated).toEqual({ part: 'message', read: a.text.length, total: text.trimEnd().length });
    expect(a.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    // Cut at a sentence end, not mid-word.
    expect(a.text.endsWith('.')).toBe(true);
    expect(a.entities.amounts.map((x) => x.text)).toContain('$1,500');
    expect(a.moves.length).toBeGreaterThan(0);
    expect(truncationNotice(a.truncated!)).toMatch(/^Long message: read the first [\d,]+ of [\d,]+ characters; the rest \([\d,]+\) was skipped\.$/);
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
