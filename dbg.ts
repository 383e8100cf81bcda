import { loadJsonl } from './tests/corpus/score';
import { z } from 'zod';
import { analyzeMessage, analyzeDraft } from './lib/negotiation/analyze';
import { tradeProfile } from './tests/bench/replies-quality';
const rows = [...loadJsonl('client-messages.jsonl', z.object({ id: z.string(), text: z.string() })), ...loadJsonl('holdout4-messages.jsonl', z.object({ id: z.string(), text: z.string() }))];
const p = tradeProfile('designer'); const seen: Record<string, number> = {};
for (const r of rows) { const a = analyzeMessage(r.text, { today: '2026-11-23', profile: p });
  for (const s of a.suggestions) for (const c of analyzeDraft(s.text).checks) { seen[c.id] = (seen[c.id] ?? 0) + 1; if (seen[c.id]! <= 4) console.log(`== ${c.id} ${r.id}/${s.id}: «${c.evidence}»\n${s.text.split('\n').slice(2,-3).join('\n')}\n`); } }
