// Node (tests and `npm run eval`): reading the labelled corpora and scoring a detector against them, one way for all.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';

export const CORPUS_DIR = import.meta.dirname;

/** One JSON object per non-empty line, each validated; a bad line names its file and line number. */
export function loadJsonl<S extends z.ZodType>(file: string, schema: S): z.infer<S>[] {
  return readFileSync(resolve(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, i }) => {
      const r = schema.safeParse(JSON.parse(line));
      if (!r.success) throw new Error(`${file} line ${i + 1}: ${r.error.message}`);
      return r.data;
    });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Zero found and zero expected scores 0, so an empty result never passes a floor. */
export const precision = (c: Counts): number => c.tp / (c.tp + c.fp || 1);
export const recall = (c: Counts): number => c.tp / (c.tp + c.fn || 1);
export const f1 = (c: Counts): number => {
  const p = precision(c);
  const r = recall(c);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export interface Scored<Case> {
  case: Case;
  expected: readonly string[];
  got: ReadonlySet<string>;
}

export interface Score<Case> {
  /** Counts per label, in the order of the labels given. */
  per: Array<{ label: string } & Counts>;
  micro: Counts;
  misses: Array<{ kind: 'FP' | 'FN'; label: string; case: Case }>;
  /** Cases labelled with nothing for which the detector raised something. */
  cleanRaised: Scored<Case>[];
  clean: number;
}

export function score<Case>(cases: Scored<Case>[], labels: readonly string[]): Score<Case> {
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  const misses: Score<Case>['misses'] = [];
  const per = labels.map((label) => {
    const c: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const s of cases) {
      const want = s.expected.includes(label);
      const has = s.got.has(label);
      if (want && has) c.tp++;
      else if (has) {
        c.fp++;
        misses.push({ kind: 'FP', label, case: s.case });
      } else if (want) {
        c.fn++;
        misses.push({ kind: 'FN', label, case: s.case });
      }
    }
    micro.tp += c.tp;
    micro.fp += c.fp;
    micro.fn += c.fn;
    return { label, ...c };
  });
  const clean = cases.filter((s) => s.expected.length === 0);
  return { per, micro, misses, cleanRaised: clean.filter((s) => s.got.size > 0), clean: clean.length };
}

/** "label  TP  FP  FN  P  R" lines, as the reports print them. */
export function scoreTable(title: string, s: Pick<Score<unknown>, 'per' | 'micro'>): string {
  const row = (label: string, c: Counts) =>
    `${label.padEnd(24)} ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}  ${precision(c).toFixed(2)}  ${recall(c).toFixed(2)}`;
  return [`${title.padEnd(24)}  TP  FP  FN  P     R`, ...s.per.map((r) => row(r.label, r)), row('micro', s.micro)].join('\n');
}
