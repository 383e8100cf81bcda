// Node (`npm run eval`): the reply cards on every corpus — coverage, the product's own draft coach on its cards, length, repeated paragraphs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { analyzeDraft, analyzeMessage } from '../../lib/negotiation/analyze';
import { ProfileSchema, type Profile } from '../../lib/negotiation/schemas';
import { CORPUS_DIR, loadJsonl } from '../corpus/score';
import { MOVE_SETS } from '../corpus/move-sets';
import { REPLY_SETS } from '../corpus/reply-sets';

const Row = z.object({ id: z.string(), text: z.string(), from: z.string().optional(), today: z.string().optional(), trade: z.string().optional() });
type Row = z.infer<typeof Row>;

export interface ReplyStats {
  messages: number;
  covered: number;
  cards: number;
  flagged: number;
  checks: Record<string, number>;
  medianWords: number;
  maxWords: number;
  repeatedParagraphs: number;
}

const body = (text: string) => {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => /^(?:Best regards|Kind regards|All the best),$/.test(l));
  return lines.slice(1, end < 0 ? undefined : end).join('\n').trim();
};

export function replyStats(rows: Row[], profileFor: (r: Row) => Profile | undefined, today = '2026-11-23'): ReplyStats {
  const words: number[] = [];
  const checks: Record<string, number> = {};
  let covered = 0;
  let cards = 0;
  let flagged = 0;
  let repeated = 0;
  for (const r of rows) {
    const a = analyzeMessage(r.text, { today: r.today ?? today, from: r.from, profile: profileFor(r) });
    if (a.suggestions.length) covered++;
    const seen = new Set<string>();
    for (const s of a.suggestions) {
      cards++;
      const b = body(s.text);
      words.push(b.split(/\s+/).filter(Boolean).length);
      for (const p of b.split(/\n{2,}/)) {
        if (seen.has(p)) repeated++;
        seen.add(p);
      }
      const found = analyzeDraft(s.text).checks;
      if (found.length) flagged++;
      for (const c of found) checks[c.id] = (checks[c.id] ?? 0) + 1;
    }
  }
  words.sort((x, y) => x - y);
  return { messages: rows.length, covered, cards, flagged, checks, medianWords: words[Math.floor(words.length / 2)] ?? 0, maxWords: words[words.length - 1] ?? 0, repeatedParagraphs: repeated };
}

export function replyLine(label: string, s: ReplyStats): string {
  const checks = Object.entries(s.checks).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  return `  ${label.padEnd(40)} ${String(s.messages).padStart(4)} msgs  cards for ${s.covered}/${s.messages}  ${s.cards} cards  self-coach flags on ${s.flagged} (${checks})  words median ${s.medianWords} max ${s.maxWords}  repeated paragraphs ${s.repeatedParagraphs}`;
}

const PROFILES = JSON.parse(readFileSync(resolve(CORPUS_DIR, 'replies/profiles.json'), 'utf8')) as Record<string, unknown>;
export const tradeProfile = (trade: string | undefined): Profile | undefined => (trade && PROFILES[trade] ? ProfileSchema.parse(PROFILES[trade]) : undefined);

/** Every corpus; the unseen sets only when asked for at the very end. */
export function reportReplies(unseen: boolean): void {
  console.log('\nReply cards (client corpora with the designer profile; reply sets with their trade profile and without one)');
  const designer = tradeProfile('designer');
  // Only the first unseen set (the one `--unseen` measures): the next one stays unread until it is that set's turn.
  const next = MOVE_SETS.find((s) => s.use === 'unseen');
  const corpora = MOVE_SETS.filter((s) => s.use !== 'unseen' || (unseen && s === next)).map((s) => s.file);
  for (const c of corpora) console.log(replyLine(c.replace(/\.jsonl$/, ''), replyStats(loadJsonl(c, Row), () => designer)));
  for (const set of unseen ? (['dev', 'unseen'] as const) : (['dev'] as const)) {
    const rows = REPLY_SETS[set].flatMap((f) => loadJsonl(`replies/${f}.jsonl`, Row));
    console.log(replyLine(`replies ${set}, with profile`, replyStats(rows, (r) => tradeProfile(r.trade))));
    console.log(replyLine(`replies ${set}, no profile`, replyStats(rows, () => undefined)));
  }
}
