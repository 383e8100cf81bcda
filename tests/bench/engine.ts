// Node benchmark: engine speed over the labelled corpora, as figures measured in one process.
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { analyzeMessage, ThreadAnalyzer } from '../../lib/negotiation/analyze';
import { nlp } from '../../lib/negotiation/nlp';
import { ProfileSchema } from '../../lib/negotiation/schemas';
import { loadJsonl } from '../corpus/score';

const TODAY = '2026-11-23';

export const BENCH_PROFILE = ProfileSchema.parse({
  name: 'Dana Levi',
  signature: 'Dana Levi\nCopywriter · levi.studio',
  currency: 'USD',
  services: [
    {
      name: 'Landing page copy',
      price: 2400,
      unit: 'project',
      keywords: ['landing page', 'copy', 'website'],
      lineItems: [
        { name: 'Audience and competitor analysis', price: 500 },
        { name: 'Offer and unique selling point', price: 400 },
        { name: 'Structure and writing', price: 1200 },
        { name: 'Proofreading and two revision rounds', price: 300 },
      ],
    },
  ],
  depositPercent: 30,
  revisionRounds: 2,
  workingHours: 'Mon–Fri, 9:00–17:00 CET',
  responseTime: 'within one working day',
  rushSurchargePercent: 50,
  ndaSurchargePercent: 25,
  tone: 'neutral',
});

export function loadCorpusTexts(): string[] {
  const TextSchema = z.object({ text: z.string() });
  return ['client-messages.jsonl', 'holdout-messages.jsonl'].flatMap((f) => loadJsonl(f, TextSchema).map((c) => c.text));
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function benchEngine(): Record<string, number> {
  const texts = loadCorpusTexts();
  // Warm-up: JIT and compromise's lazy lexicon setup should not be charged to the first message.
  for (const t of texts.slice(0, 20)) analyzeMessage(t, { today: TODAY, profile: BENCH_PROFILE });

  const perMessage: number[] = [];
  let fullTotal = 0;
  let parseTotal = 0;
  for (let round = 0; round < 3; round++) {
    for (const t of texts) {
      const a0 = performance.now();
      nlp(t);
      const a1 = performance.now();
      analyzeMessage(t, { today: TODAY, profile: BENCH_PROFILE, from: 'Tom Baker <tom@acme.io>' });
      const a2 = performance.now();
      parseTotal += a1 - a0;
      fullTotal += a2 - a1;
      if (round === 0) perMessage.push(a2 - a1);
    }
  }
  perMessage.sort((a, b) => a - b);

  // A 50-message thread, then the same thread with one new message.
  const thread = texts.slice(0, 50).map((text, i) => ({ id: `m${i}`, text, from: 'Tom Baker <tom@acme.io>', fromUser: i % 2 === 1 }));
  const grown = [...thread, { id: 'm50', text: texts[60]!, from: 'Tom Baker <tom@acme.io>', fromUser: false }];
  // One re-analysis takes ~10 ms, so a single sample is at the mercy of one GC pause: take the median of a few fresh runs.
  const firsts: number[] = [];
  const agains: number[] = [];
  for (let run = 0; run < 5; run++) {
    const analyzer = new ThreadAnalyzer();
    const t0 = performance.now();
    analyzer.analyzeThread(thread, { today: TODAY, profile: BENCH_PROFILE });
    const t1 = performance.now();
    analyzer.analyzeThread(grown, { today: TODAY, profile: BENCH_PROFILE });
    const t2 = performance.now();
    firsts.push(t1 - t0);
    agains.push(t2 - t1);
  }
  const first = quantile(firsts.sort((a, b) => a - b), 0.5);
  const again = quantile(agains.sort((a, b) => a - b), 0.5);

  return {
    messages: texts.length,
    'analysis median (ms)': quantile(perMessage, 0.5),
    'analysis p95 (ms)': quantile(perMessage, 0.95),
    'full analysis / bare nlp() parse (target ≤ 2.5)': fullTotal / parseTotal,
    '50-message thread, first analysis (ms)': first,
    'same thread + 1 new message (ms)': again,
    're-analysis / first analysis (target < 0.05)': again / first,
  };
}
