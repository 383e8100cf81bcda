import { loadJsonl } from './tests/corpus/score';
import { z } from 'zod';
import { analyzeMessage, analyzeDraft } from './lib/negotiation/analyze';
import { tradeProfile } from './tests/bench/replies-quality';
const S = z.object({ id: z.string(), text: z.string(), trade: z.string().optional(), today: z.string().optional(), from: z.string().optional() });
const sets: Array<[string, (r: any) => any]> = [
  ...['holdout-messages','holdout3-messages','holdout4-messages','holdout5-messages','holdout6-messages','holdout7-messages','holdout8-messages'].map(f => [f, () => tradeProfile('designer')] as [string, any]),
  ['replies/dev-r1', (r: any) => tradeProfile(r.trade)], ['replies/dev-r2', (r: any) => tradeProfile(r.trade)], ['replies/dev-r3', (r: any) => tradeProfile(r.trade)],
  ['replies/dev-r1', () => undefined], ['replies/dev-r2', () => undefined], ['replies/dev-r3', () => undefined],
];
for (const [f, prof] of sets) for (const r of loadJsonl(`${f}.jsonl`, S)) { const a = analyzeMessage(r.text, { today: r.today ?? '2026-11-23', from: r.from, profile: prof(r) });
  for (const s of a.suggestions) for (const c of analyzeDraft(s.text).checks) console.log(`== ${c.id} ${r.id}/${s.id}: «${c.evidence}»\n${s.text.split('\n').slice(2,-3).join('\n')}\n`); }
