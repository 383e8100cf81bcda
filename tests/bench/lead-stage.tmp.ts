import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../lib/negotiation/analyze';
import { ProfileSchema } from '../../lib/negotiation/schemas';
const dir = new URL('../corpus/replies/', import.meta.url).pathname;
const profiles = JSON.parse(readFileSync(dir + 'profiles.json', 'utf8'));
for (const f of (process.argv[2] ?? "").split(',')) for (const line of readFileSync(dir + f + '.jsonl', 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const m = JSON.parse(line);
  const a = analyzeMessage(m.text, { today: m.today, from: m.from, profile: ProfileSchema.parse(profiles[m.trade]) });
  console.log(`${m.id}\t${a.situation?.stage}\t${a.situation?.depositPaid ? 'PAID' : ''}\t${(a.situation?.evidence ?? '').slice(0, 40)}\t|| ${m.brief.slice(0, 150)}`);
}
