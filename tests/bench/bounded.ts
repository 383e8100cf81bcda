// Node benchmark: analysis time as a curve over input length and on hostile shapes, with the targets checked in the same run.
import { performance } from 'node:perf_hooks';
import { analyzeDraft, analyzeMessage, ThreadAnalyzer } from '../../lib/negotiation/analyze';
import { summarizeCall } from '../../lib/summary';
import { BENCH_PROFILE } from './engine';
import { pathological, prose } from './shapes';

const TODAY = '2026-11-23';
const SIZES = [1_000, 10_000, 100_000, 1_000_000] as const;

function time(fn: () => unknown, runs = 3): number {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    all.push(performance.now() - t0);
  }
  return all.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const engine = {
  analyzeMessage: (t: string) => analyzeMessage(t, { today: TODAY, profile: BENCH_PROFILE }),
  ThreadAnalyzer: (t: string) => new ThreadAnalyzer().analyzeThread([{ id: 'm', text: t }], { today: TODAY, profile: BENCH_PROFILE }),
  analyzeDraft: (t: string) => analyzeDraft(t),
  summarize: (t: string) => summarizeCall({ notes: t, client: { name: 'Tom Baker', email: 'tom@acme.io' }, callDate: TODAY, profile: BENCH_PROFILE }),
};

export interface BoundedResult {
  figures: Record<string, number>;
  /** Each target with whether this run met it. */
  checks: { name: string; ok: boolean }[];
}

export function benchBounded(): BoundedResult {
  for (let i = 0; i < 5; i++) for (const fn of Object.values(engine)) fn(prose(1_500));
  const figures: Record<string, number> = {};
  const curve: Record<string, number[]> = {};
  for (const [name, fn] of Object.entries(engine)) {
    curve[name] = SIZES.map((n) => {
      const text = prose(n);
      const ms = time(() => fn(text));
      figures[`${name} ${n / 1000}k chars (ms)`] = ms;
      return ms;
    });
  }
  const cut = analyzeMessage(prose(1_000_000), { today: TODAY, profile: BENCH_PROFILE }).truncated;
  figures['1M chars: characters read (notice given)'] = cut ? cut.read : -1;

  let worst = { ms: 0, name: '' };
  for (const [shape, text] of Object.entries(pathological(100_000))) {
    for (const [name, fn] of Object.entries(engine)) {
      if (name === 'ThreadAnalyzer') continue;
      const ms = time(() => fn(text), 1);
      if (ms > worst.ms) worst = { ms, name: `${name} on ${shape}` };
    }
  }
  figures[`slowest hostile shape at 100 kB (ms): ${worst.name}`] = worst.ms;

  const checks: BoundedResult['checks'] = [];
  for (const [name, [at1k, at10k, at100k, at1m]] of Object.entries(curve) as [string, number[]][]) {
    // Near-linear or capped: each tenfold step in length may cost at most tenfold, plus slack for timer noise.
    checks.push({ name: `${name}: each 10x in length costs ≤ 10x (${(at10k! / at1k!).toFixed(1)}, ${(at100k! / at10k!).toFixed(1)}, ${(at1m! / at100k!).toFixed(1)})`, ok: at10k! <= 10 * at1k! + 5 && at100k! <= 10 * at10k! + 5 && at1m! <= 10 * at100k! + 5 });
    checks.push({ name: `${name}: 100k chars < 300 ms (${at100k!.toFixed(0)})`, ok: at100k! < 300 });
    checks.push({ name: `${name}: 1M chars < 3 s (${at1m!.toFixed(0)})`, ok: at1m! < 3000 });
  }
  checks.push({ name: '1M chars: analysis says what it skipped', ok: !!cut && cut.read < cut.total && cut.total > 990_000 });
  checks.push({ name: `every hostile shape at 100 kB < 1 s (slowest ${worst.ms.toFixed(0)} ms)`, ok: worst.ms < 1000 });
  return { figures, checks };
}
