// Node (development aid): prints the reply cards for the development reply set, with a profile or without — never for the unseen set.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeMessage } from '../../lib/negotiation/analyze';
import { ProfileSchema } from '../../lib/negotiation/schemas';
import { REPLY_SETS } from '../corpus/reply-sets';

const dir = resolve(import.meta.dirname, '../corpus/replies');
const profiles = JSON.parse(readFileSync(resolve(dir, 'profiles.json'), 'utf8'));
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const noProfile = process.argv.includes('--no-profile');
for (const f of REPLY_SETS.dev) {
  for (const line of readFileSync(resolve(dir, `${f}.jsonl`), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const m = JSON.parse(line);
    if (only.length && !only.includes(m.id)) continue;
    const a = analyzeMessage(m.text, { today: m.today, from: m.from, profile: noProfile ? undefined : ProfileSchema.parse(profiles[m.trade]) });
    console.log(`\n######## ${m.id} (${m.trade}) moves: ${a.moves.map((x) => x.id).join(', ')}`);
    console.log(`situation: ${JSON.stringify((a as any).situation)}`);
    console.log(`asks: ${a.asks.map((x) => `[${x.topic}] ${x.text}`).join(' | ')}`);
    console.log(`amounts: ${a.entities.amounts.map((x) => `${x.text}:${x.role}`).join(', ')}  pct: ${a.entities.percentages.map((x) => `${x.text}:${x.role}`).join(', ')}  dates: ${a.entities.dates.map((x) => `${x.text}=${x.iso}:${x.role}`).join(', ')}`);
    for (const s of a.suggestions) console.log(`\n--- ${s.title} [${s.id}] (${s.text.split(/\s+/).length} words)\n${s.text}`);
  }
}
