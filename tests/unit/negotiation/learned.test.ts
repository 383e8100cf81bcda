// Runs in Node (vitest): the learned move model: its weights file, calibration, "maybe" band, and that it adds what the rules miss without false alarms.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanMessage } from '../../../lib/negotiation/clean';
import { detectRuleMoves, readMoves } from '../../../lib/negotiation/moves';
import { calibrated, LearnedWeightsSchema, pack, unpack } from '../../../lib/negotiation/moves/learned';
import { parse } from '../../../lib/negotiation/nlp';
import { DetectedMoveSchema } from '../../../lib/negotiation/schemas';
import { MessageEntrySchema } from '../../corpus/move-sets';
import { loadJsonl } from '../../corpus/score';

const WEIGHTS = resolve(__dirname, '../../../lib/negotiation/moves/learned-weights.json');
const raw: unknown = JSON.parse(readFileSync(WEIGHTS, 'utf8'));
const model = unpack(raw);

// Our own wordings, in no corpus, which the rule lexicons do not cover.
const PARAPHRASES: Array<[string, string]> = [
  ['Please just copy the Stripe homepage layout screen by screen.', 'wrong_direction'],
  ["Whats the damage for a three minute promo?", 'price_question'],
];
// A weaker signal the rules miss: shown as "maybe" rather than dropped.
const WEAK: Array<[string, string]> = [['Ideally we would see the first draft by Monday.', 'rush_deadline']];

const NEUTRAL = [
  'Hi Jonas,\n\nThanks for the call yesterday, it was great to meet you. I hope you have a lovely weekend.\n\nBest,\nEva',
  'Just letting you know I will be out of the office next week; my colleague Sam will be reading my mail.',
  'Congratulations on the award, well deserved! Our whole team saw the announcement this morning.',
];

const read = (text: string) => readMoves(parse(text));

describe('learned move weights', () => {
  it('load and validate: one bias and calibration per move, thresholds in order, and small on disk', () => {
    const weights = LearnedWeightsSchema.parse(raw);
    expect(weights.moves.length).toBe(16);
    expect(model.weights.size).toBeGreaterThan(100);
    expect(weights.thresholds.maybe).toBeGreaterThan(0);
    expect(weights.thresholds.maybe).toBeLessThanOrEqual(weights.thresholds.show);
    expect(weights.thresholds.show).toBeLessThan(1);
    // Shipped inside the panel's engine chunk: the size is a budget, not a curiosity.
    expect(statSync(WEIGHTS).size).toBeLessThan(160 * 1024);
  });

  it('round-trips through pack and unpack', () => {
    const again = unpack(pack(model));
    expect(again.moves).toEqual(model.moves);
    expect(again.weights.size).toBe(model.weights.size);
    expect(again.thresholds).toEqual(model.thresholds);
  });

  it('rejects a corrupt weights file', () => {
    const good = LearnedWeightsSchema.parse(raw);
    expect(() => unpack({ ...good, version: 1 })).toThrow();
    expect(() => unpack({ ...good, moves: ['no_such_move', ...good.moves.slice(1)] })).toThrow();
    expect(() => unpack({ ...good, thresholds: { show: 2, maybe: 0.5 } })).toThrow();
    expect(() => unpack({ ...good, weights: { oops: '99:1.5' } })).toThrow(/names move 99/);
    expect(() => unpack({ ...good, bias: good.bias.slice(1) })).toThrow(/biases/);
  });

  it('calibrates monotonically: a higher text score or a rule hit never lowers the probability', () => {
    model.moves.forEach((id, i) => {
      for (let z = -12; z <= 12; z += 0.5) {
        for (const rule of [false, true]) {
          const here = calibrated(model, i, { z, rule, other: false });
          expect(calibrated(model, i, { z: z + 0.5, rule, other: false }), `${id} z ${z}`).toBeGreaterThanOrEqual(here);
        }
        expect(calibrated(model, i, { z, rule: true, other: false }), `${id} rule at z ${z}`).toBeGreaterThanOrEqual(calibrated(model, i, { z, rule: false, other: false }));
      }
    });
  });
});

describe('readMoves with the learned model', () => {
  it('catches paraphrases the rules miss, pointing at the sentence that carries the move', () => {
    for (const [text, id] of PARAPHRASES) {
      expect(detectRuleMoves(parse(text)).map((m) => m.id), text).not.toContain(id);
      const found = read(text).moves.find((m) => m.id === id);
      expect(found, `${id}: ${text}`).toBeDefined();
      expect(text.slice(found!.index, found!.index + found!.evidence.length)).toBe(found!.evidence);
    }
  });

  it('shows a weaker signal the rules miss as "maybe", with its evidence', () => {
    for (const [text, id] of WEAK) {
      expect(detectRuleMoves(parse(text)).map((m) => m.id), text).not.toContain(id);
      const r = read(text);
      expect(r.moves.map((m) => m.id), text).not.toContain(id);
      const maybe = r.maybe.find((m) => m.id === id);
      expect(maybe, `${id}: ${text}`).toBeDefined();
      expect(text.slice(maybe!.index, maybe!.index + maybe!.evidence.length)).toBe(maybe!.evidence);
    }
  });

  it('keeps neutral messages clean, maybe band included', () => {
    for (const text of NEUTRAL) expect(read(text), text).toEqual({ moves: [], maybe: [] });
  });

  it('gives every move and maybe a confidence on its side of the display threshold, and exact evidence', () => {
    const corpus = loadJsonl('holdout-messages.jsonl', MessageEntrySchema);
    for (const entry of corpus) {
      const body = cleanMessage(entry.text).body;
      const r = readMoves(parse(body));
      for (const m of r.moves) {
        DetectedMoveSchema.parse(m);
        expect(m.confidence).toBeGreaterThanOrEqual(model.thresholds.show - 0.005);
        expect(body.slice(m.index, m.index + m.evidence.length)).toBe(m.evidence);
      }
      for (const m of r.maybe) {
        DetectedMoveSchema.parse(m);
        expect(m.confidence).toBeLessThan(model.thresholds.show + 0.005);
        expect(m.confidence).toBeGreaterThanOrEqual(model.thresholds.maybe - 0.005);
        expect(body.slice(m.index, m.index + m.evidence.length)).toBe(m.evidence);
        expect(r.moves.some((x) => x.id === m.id), `${entry.id}: ${m.id} both shown and maybe`).toBe(false);
      }
    }
  });

  it('is deterministic: the same message gives the same reading', () => {
    const text = PARAPHRASES.map(([t]) => t).join('\n');
    expect(read(text)).toEqual(read(text));
  });
});
