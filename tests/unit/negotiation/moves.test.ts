// Runs in Node (vitest): measures the client-move detector against the labelled corpus and checks its output contract.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cleanMessage } from '../../../lib/negotiation/clean';
import { detectMoves } from '../../../lib/negotiation/moves';
import { parse } from '../../../lib/negotiation/nlp';
import { MOVE_IDS, MoveIdSchema, type MoveId } from '../../../lib/negotiation/playbook';
import { DetectedMoveSchema } from '../../../lib/negotiation/schemas';
import { MessageEntrySchema, MOVE_SETS } from '../../corpus/move-sets';
import { loadJsonl, precision, recall, score, scoreTable } from '../../corpus/score';

const EntrySchema = z.strictObject({ id: z.string(), text: z.string().min(1), moves: z.array(MoveIdSchema) });
const corpus = loadJsonl('client-messages.jsonl', EntrySchema);

const runs = corpus.map((entry) => ({ entry, moves: detectMoves(parse(entry.text)) }));
const ids = (text: string) => detectMoves(parse(text)).map((m) => m.id);

describe('client-move corpus', () => {
  it('has enough labelled examples per move and neutral messages', () => {
    for (const id of MOVE_IDS) expect(corpus.filter((e) => e.moves.includes(id)).length, id).toBeGreaterThanOrEqual(12);
    expect(corpus.filter((e) => e.moves.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it('reaches precision and recall of at least 0.9 for every move', () => {
    const s = score(
      runs.map(({ entry, moves }) => ({ case: { entry, moves }, expected: entry.moves, got: new Set(moves.map((m) => m.id)) })),
      MOVE_IDS,
    );
    const misses = s.misses.map(({ kind, label, case: { entry, moves } }) =>
      kind === 'FP' ? `FP ${label} ${entry.id}: ${moves.find((m) => m.id === label)?.evidence}` : `FN ${label} ${entry.id}: ${entry.text.replace(/\n/g, ' / ')}`,
    );
    console.log([scoreTable('move', s), ...misses].join('\n'));
    for (const r of s.per) {
      expect(precision(r), `${r.label} precision`).toBeGreaterThanOrEqual(0.9);
      expect(recall(r), `${r.label} recall`).toBeGreaterThanOrEqual(0.9);
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

// Messages by independent writers: development sets the rules were never copied from. Mail bodies there carry
// signatures, so they go through cleanMessage first, as in the product. They are all development data now (their
// misses were studied and the learned model trains on them): a report and a regression gate, not an independent
// measure. holdout3 (regression) and the unseen set (holdout10) are not read by any test.
for (const set of MOVE_SETS.filter((s) => s.use === 'train' && s.name !== 'training')) {
  describe(`independent ${set.name}`, () => {
    const rows = loadJsonl(set.file, MessageEntrySchema);
    const s = score(
      rows.map((entry) => ({ case: entry, expected: entry.moves, got: new Set(detectMoves(parse(cleanMessage(entry.text).body)).map((m) => m.id)) })),
      MOVE_IDS,
    );

    it('reports precision and recall per move (a report, not a gate)', () => {
      console.log(`${scoreTable(`${set.name} (${rows.length} messages)`, s)}\nneutral messages raising a move: ${s.cleanRaised.length}`);
      expect(rows.length).toBeGreaterThan(0);
    });

    it('keeps micro precision and recall at 0.8 or more', () => {
      expect(precision(s.micro)).toBeGreaterThanOrEqual(0.8);
      expect(recall(s.micro)).toBeGreaterThanOrEqual(0.8);
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
  it('reads small talk about private life as no move, unless it turns to us or the work', () => {
    // Messages of our own wording, in the shape of the neutral mail the writers sent: life news around the work.
    expect(ids("My daughter's nursery wants everything ASAP for the Christmas fair, honestly I don't know how the staff cope. The flyer reads beautifully.")).toEqual([]);
    expect(ids("My cousin is getting engaged and is not sure yet what she wants, 'classic or boho, you pick', so I'm helping with flowers. Anyway, the site works fine.")).toEqual([]);
    expect(ids("My sister is getting married and hasn't decided what she wants, so I'm knee-deep in napkins. The site works fine.")).toEqual([]);
    // The same shapes about the work still make their move.
    expect(ids('My wife needs the logo by Friday, ASAP please.')).toContain('rush_deadline');
    expect(ids("My husband thinks it's far too expensive, can you do it cheaper?")).toContain('discount_request');
    expect(ids('Honestly I am gutted, the photos are blurry and half my family have their eyes shut.')).toContain('complaint');
  });
  it("reads another supplier's bill, an NDA already in place and a refund not wanted as news, not as moves", () => {
    // Our own wording, in the shapes a new writer's neutral mail took (holdout22's false alarms, read after it was spent).
    expect(ids('LOL the florist charged us 650 for the table flowers, daylight robbery. Your menu cards looked gorgeous next to them.')).toEqual([]);
    expect(ids('The hotel ballroom has been confirmed at $9,800, comfortably inside the gala budget. Slides go on the big screen as planned.')).toEqual([]);
    expect(ids('We just bought a new printer for the studio, the price was 900 pounds, quite expensive, but the shop gave us 5% off.')).toEqual([]);
    // …with praise for our work after a "but" in the same sentence.
    expect(ids('OMG the florist charged us 600 for the centrepieces LOL so expensive but ur menus look AMAZING next to them')).toEqual([]);
    expect(ids('the nda we signed in march still covers this job, nothing new to sign. talk thursday')).toEqual([]);
    expect(ids('The confidentiality agreement on file remains valid for the new brochure.')).toEqual([]);
    expect(ids("Please stop apologising for the two-minute wait, I don't need a refund for it. See you Monday.")).toEqual([]);
    // The same shapes said of us still make their move.
    expect(ids('The florist charged us 650 and your quote is even more expensive than that.')).toContain('price_objection');
    expect(ids('Please sign our NDA before we share the files.')).toContain('nda_request');
    expect(ids('The logo is unusable. I want a refund.')).toContain('complaint');
  });
  it("reads a grievance about a relative's work, set beside ours, as no complaint", () => {
    expect(ids('Our current logo is the one my brother drew years ago and it looks terrible next to the menu you designed.')).toEqual([]);
    expect(ids('My friend made our flyer and it looks awful, honestly.')).toEqual([]);
    // …while our own work called awful is still one.
    expect(ids('The menu you designed looks terrible.')).toContain('complaint');
  });
});
