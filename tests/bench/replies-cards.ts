// Node (evaluation aid): writes every reply card for a reply test set, with the trade's profile and without, as JSONL for a blind reviewer.
// `node --import tsx tests/bench/replies-cards.ts dev|unseen OUT.jsonl` — the unseen set is run once, at the end, and its cards are read only by the reviewer.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeMessage } from '../../lib/negotiation/analyze';
import { ProfileSchema } from '../../lib/negotiation/schemas';
import { REPLY_SETS } from '../corpus/reply-sets';

const [set, out] = process.argv.slice(2);
if ((set !== 'dev' && set !== 'unseen') || !out) {
  console.error('usage: replies-cards.ts dev|unseen OUT.jsonl');
  process.exit(2);
}
if (!REPLY_SETS[set].length) {
  console.error(`no ${set} reply set: the last one was measured and is spent; have new independent writers write one (tests/corpus/reply-sets.ts)`);
  process.exit(2);
}
const dir = resolve(import.meta.dirname, '../corpus/replies');
const profiles = JSON.parse(readFileSync(resolve(dir, 'profiles.json'), 'utf8'));
const lines: string[] = [];
for (const file of REPLY_SETS[set]) {
  for (const line of readFileSync(resolve(dir, `${file}.jsonl`), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const m = JSON.parse(line);
    for (const withProfile of [true, false]) {
      const a = analyzeMessage(m.text, { today: m.today, from: m.from, profile: withProfile ? ProfileSchema.parse(profiles[m.trade]) : undefined });
      lines.push(JSON.stringify({ id: m.id, profile: withProfile, cards: a.suggestions.map((s) => ({ title: s.title, text: s.text })) }));
    }
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${out}: ${lines.length} lines`);
