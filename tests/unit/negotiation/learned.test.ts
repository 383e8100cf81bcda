// Runs in Node (vitest): checks the learned client-move complement: its weights file, output contract, and that it adds what the rules miss without false alarms.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { detectRuleMoves as detectMoves } from '../../../lib/negotiation/moves';
import { LearnedWeightsSchema, learnedMoves } from '../../../lib/negotiation/moves/learned';
import { parse } from '../../../lib/negotiation/nlp';
import { DetectedMoveSchema } from '../../../lib/negotiation/schemas';
import { loadJsonl } from '../../corpus/score';

const combined = (text: string) => {
  const parsed = parse(text);
  const rules = detectMoves(parsed);
  return { parsed, rules, extra: learnedMoves(parsed, rules) };
};

// Our own wordings, which the rule lexicons do not cover.
const PARAPHRASES: Array<[string, string]> = [
  ['Please just copy the Stripe homepage layout screen by screen.', 'wrong_direction'],
  ['We would love to have the first draft by Monday.', 'rush_deadline'],
];

const NEUTRAL = [
  'Hi Jonas,\n\nThanks for the call yesterday, it was great to meet you. I hope you have a lovely weekend.\n\nBest,\nEva',
  'Just letting you know I will be out of the office next week; my colleague Sam will be reading my mail.',
  'Congratulations on the award, well deserved! Our whole team saw the announcement this morning.',
];

describe('learned move weights', () => {
  it('loads and validates, with a threshold per move and a compact vocabulary', () => {
    const raw: unknown = JSON.parse(readFileSync(resolve(__dirname, '../../../lib/negotiation/moves/learned-weights.json'), 'utf8'));
    const weights = LearnedWeightsSchema.parse(raw);
    const models = Object.values(weights.moves);
    expect(models.length).toBeGreaterThan(0);
    for (const m of models) expect(Object.keys(m.weights).length).toBeLessThanOrEqual(3000);
  });

  it('rejects a corrupt weights file', () => {
    expect(() => LearnedWeightsSchema.parse({ version: 1, moves: { discount_request: { bias: 0, threshold: 2, weights: {} } } })).toThrow();
    expect(() => LearnedWeightsSchema.parse({ version: 1, moves: { no_such_move: { bias: 0, threshold: 0.5, weights: {} } } })).toThrow();
  });
});

describe('learnedMoves', () => {
  it('catches paraphrases the rules miss, pointing at the sentence that carries the move', () => {
    for (const [text, id] of PARAPHRASES) {
      const { rules, extra } = combined(text);
      expect(rules.map((m) => m.id), text).not.toContain(id);
      const found = extra.find((m) => m.id === id);
      expect(found, `${id}: ${text}`).toBeDefined();
      expect(text.slice(found?.index, (found?.index ?? 0) + (found?.evidence.length ?? 0))).toBe(found?.evidence);
    }
  });

  it('keeps neutral messages clean', () => {
    for (const text of NEUTRAL) {
      const { rules, extra } = combined(text);
      expect([...rules, ...extra], text).toEqual([]);
    }
  });

  it('never duplicates a rule move, keeps the evidence invariant and the move contract on the corpus', () => {
    const corpus = loadJsonl('holdout-messages.jsonl', z.object({ text: z.string() }));
    for (const line of [...PARAPHRASES.map(([t]) => t), ...corpus.map((c) => c.text)]) {
      const { parsed, rules, extra } = combined(line);
      const ruleIds = new Set(rules.map((m) => m.id));
      for (const move of extra) {
        DetectedMoveSchema.parse(move);
        expect(ruleIds.has(move.id)).toBe(false);
        expect(parsed.text.slice(move.index, move.index + move.evidence.length)).toBe(move.evidence);
      }
    }
  });

  it('is deterministic: the same message gives the same moves', () => {
    const text = PARAPHRASES.map(([t]) => t).join('\n');
    expect(combined(text).extra).toEqual(combined(text).extra);
    expect(combined(text).extra.length).toBeGreaterThan(0);
  });

  it('adds nothing when the rules already found every move it would raise', () => {
    const parsed = parse(PARAPHRASES[0]?.[0] ?? '');
    const once = learnedMoves(parsed, []);
    expect(once.length).toBeGreaterThan(0);
    expect(learnedMoves(parsed, once)).toEqual([]);
  });
});
