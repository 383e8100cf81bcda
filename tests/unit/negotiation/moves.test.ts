// Runs in Node (vitest): measures the client-move detector against the labelled corpus and checks its output contract.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cleanMessage } from '../../../lib/negotiation/clean';
import { detectMoves } from '../../../lib/negotiation/moves';
import { parse } from '../../../lib/negotiation/nlp';
import { MOVE_IDS, MoveIdSchema, type MoveId } from '../../../lib/negotiation/playbook';
import { DetectedMoveSchema } from '../../../lib/negotiation/schemas';

const EntrySchema = z.strictObject({ id: z.string(), text: z.string().min(1), moves: z.array(MoveIdSchema) });
const corpus = readFileSync(resolve(__dirname, '../../corpus/client-messages.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => EntrySchema.parse(JSON.parse(line)));

const runs = corpus.map((entry) => ({ entry, moves: detectMoves(parse(entry.text)) }));
const ids = (text: string) => detectMoves(parse(text)).map((m) => m.id);

describe('client-move corpus', () => {
  it('has enough labelled examples per move and neutral messages', () => {
    for (const id of MOVE_IDS) expect(corpus.filter((e) => e.moves.includes(id)).length, id).toBeGreaterThanOrEqual(12);
    expect(corpus.filter((e) => e.moves.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it('reaches precision and recall of at least 0.9 for every move', () => {
    const rows: Array<{ move: MoveId; tp: number; fp: number; fn: number; precision: number; recall: number }> = [];
    const misses: string[] = [];
    for (const move of MOVE_IDS) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const { entry, moves } of runs) {
        const expected = entry.moves.includes(move);
        const got = moves.some((m) => m.id === move);
        if (expected && got) tp++;
        else if (got) {
          fp++;
          misses.push(`FP ${move} ${entry.id}: ${moves.find((m) => m.id === move)?.evidence}`);
        } else if (expected) {
          fn++;
          misses.push(`FN ${move} ${entry.id}: ${entry.text.replace(/\n/g, ' / ')}`);
        }
      }
      rows.push({ move, tp, fp, fn, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1) });
    }
    const sum = (k: 'tp' | 'fp' | 'fn') => rows.reduce((a, r) => a + r[k], 0);
    const micro = { precision: sum('tp') / (sum('tp') + sum('fp')), recall: sum('tp') / (sum('tp') + sum('fn')) };
    console.log(
      [
        'move                 TP  FP  FN  P     R',
        ...rows.map((r) => `${r.move.padEnd(20)} ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}  ${r.precision.toFixed(2)}  ${r.recall.toFixed(2)}`),
        `micro                ${String(sum('tp')).padStart(3)} ${String(sum('fp')).padStart(3)} ${String(sum('fn')).padStart(3)}  ${micro.precision.toFixed(2)}  ${micro.recall.toFixed(2)}`,
        ...misses,
      ].join('\n'),
    );
    for (const r of rows) {
      expect(r.precision, `${r.move} precision`).toBeGreaterThanOrEqual(0.9);
      expect(r.recall, `${r.move} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('quotes evidence exactly at its index, once per move, in the client\'s order', () => {
    for (const { entry, moves } of runs) {
      const seen = new Set<MoveId>();
      let last = -1;
      for (const move of moves) {
        DetectedMoveSchema.parse(move);
        expect(move.evidence.length, entry.id).toBeGreaterThan(0);
        expect(entry.text.slice(move.index, move.index + move.evidence.length), entry.id).toBe(move.evidence);
        expect(seen.has(move.id), `${entry.id} repeats ${move.id}`).toBe(false);
        expect(move.index, entry.id).toBeGreaterThanOrEqual(last);
        seen.add(move.id);
        last = move.index;
      }
    }
  });

  it('finds no move in neutral mail', () => {
    const noisy = runs.filter(({ entry, moves }) => entry.moves.length === 0 && moves.length > 0);
    expect(noisy.map(({ entry, moves }) => `${entry.id}: ${moves.map((m) => m.id).join(',')}`)).toEqual([]);
  });
});

// Messages by an independent writer: a development set the rules were never copied from. Mail bodies there
// carry signatures, so they go through cleanMessage first, as in the product.
// holdout2, holdout4 and holdout5 have since become development data (their misses were studied): a report and a regression
// gate, no longer independent measures. holdout3 stays unseen and is not read by any test.
for (const [name, HOLDOUT] of [
  ['holdout', resolve(__dirname, '../../corpus/holdout-messages.jsonl')],
  ['holdout2', resolve(__dirname, '../../corpus/holdout2-messages.jsonl')],
  ['holdout4', resolve(__dirname, '../../corpus/holdout4-messages.jsonl')],
  ['holdout5', resolve(__dirname, '../../corpus/holdout5-messages.jsonl')],
] as const) {
  describe.runIf(existsSync(HOLDOUT))(`independent ${name}`, () => {
    const rows = existsSync(HOLDOUT)
      ? readFileSync(HOLDOUT, 'utf8')
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => EntrySchema.parse(JSON.parse(line)))
      : [];
    const scored = rows.map((entry) => ({ entry, got: new Set(detectMoves(parse(cleanMessage(entry.text).body)).map((m) => m.id)) }));
    const per = MOVE_IDS.map((move) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const { entry, got } of scored) {
        const expected = entry.moves.includes(move);
        if (expected && got.has(move)) tp++;
        else if (got.has(move)) fp++;
        else if (expected) fn++;
      }
      return { move, tp, fp, fn };
    });
    const total = per.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
    const micro = { precision: total.tp / (total.tp + total.fp || 1), recall: total.tp / (total.tp + total.fn || 1) };

    it('reports precision and recall per move (a report, not a gate)', () => {
      const fmt = (n: number, d: number) => (d ? (n / d).toFixed(2) : ' -  ');
      console.log(
        [
          `${name} (${rows.length} messages)   TP  FP  FN  P     R`,
          ...per.map((r) => `${r.move.padEnd(20)} ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}  ${fmt(r.tp, r.tp + r.fp)}  ${fmt(r.tp, r.tp + r.fn)}`),
          `micro                ${String(total.tp).padStart(3)} ${String(total.fp).padStart(3)} ${String(total.fn).padStart(3)}  ${micro.precision.toFixed(2)}  ${micro.recall.toFixed(2)}`,
          `neutral messages raising a move: ${scored.filter(({ entry, got }) => entry.moves.length === 0 && got.size > 0).length}`,
        ].join('\n'),
      );
      expect(rows.length).toBeGreaterThan(0);
    });

    it('keeps micro precision and recall at 0.8 or more on mail it was not written from', () => {
      expect(micro.precision).toBeGreaterThanOrEqual(0.8);
      expect(micro.recall).toBeGreaterThanOrEqual(0.8);
    });
  });
}

describe('focused cases', () => {
  it('respects negation', () => {
    expect(ids("We don't need an NDA for this one.")).not.toContain('nda_request');
    expect(ids('No rush, whenever suits you.')).not.toContain('rush_deadline');
    expect(ids('This is not urgent at all.')).not.toContain('rush_deadline');
    expect(ids('We will need you to sign an NDA.')).toContain('nda_request');
  });

  it('does not mistake courtesy for a move', () => {
    expect(ids('Thanks for the quick turnaround!')).toEqual([]);
    expect(ids('Just checking the price we agreed is on the PO.')).toEqual([]);
    expect(ids('Can you send the invoice?')).toEqual([]);
    expect(ids('I love it!')).toEqual([]);
  });

  it('keeps the evidence to the clause carrying the move, past greeting and signature', () => {
    const text = 'Hi Anna,\n\nThe files look great. Could you give us a discount on the second batch?\n\nBest,\nTom\nAcme Ltd';
    const moves = detectMoves(parse(text));
    expect(moves.map((m) => m.id)).toEqual(['discount_request']);
    expect(moves[0]?.evidence).toBe('Could you give us a discount on the second batch?');
    expect(moves[0]?.index).toBe(text.indexOf('Could you'));
  });

  it('returns several moves in the order the client made them', () => {
    const moves = ids('We need it by tomorrow. Our budget is $400. Also please sign our NDA.');
    expect(moves).toEqual(['rush_deadline', 'budget_anchor', 'nda_request']);
  });
});
