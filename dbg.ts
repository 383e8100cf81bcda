import { loadJsonl } from './tests/corpus/score';
import { z } from 'zod';
import { analyzeMessage, analyzeDraft } from './lib/negotiation/analyze';
import { tradeProfile } from './tests/bench/replies-quality';
const S = z.object({ id: z.string(), text: z.string() });
const rows = ['client-messages','holdout4-messages','holdout6-messages','holdout7-messages'].flatMap(f => loadJsonl(`${f}.jsonl`, S));
const seen: Record<string, number> = {};
for (const p of [tradeProfile('designer'), undefined]) for (const r of rows) { const a = analyzeMessage(r.text, { today: '2026-11-23', profile: p });
  for (const s of a.suggestions) for (const c of analyzeDraft(s.text).checks) { seen[c.id] = (seen[c.id] ?? 0) + 1; if (seen[c.id]! <= 5) console.log(`== ${c.id} ${r.id}/${s.id} ${p ? 'P' : '-'}: «${c.evidence}»\n${s.text.split('\n').slice(2,-3).join('\n')}\n`); } }
console.log(seen);
