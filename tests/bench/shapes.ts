// Node benchmark helper: inputs for the bounded-time checks: ordinary prose at any length and the pathological shapes from issue 14.
import { loadCorpusTexts } from './engine';

/** Ordinary client prose of exactly `chars` characters, built from the corpus (no quoted history). */
export function prose(chars: number): string {
  const texts = loadCorpusTexts();
  let out = '';
  for (let i = 0; out.length < chars; i++) out += texts[i % texts.length]! + '\n\n';
  return out.slice(0, chars);
}

const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** The hostile shapes that made analysis super-linear, each at about `chars` characters. */
export function pathological(chars: number): Record<string, string> {
  return {
    'a. tokens': fill('a. ', chars),
    'a tokens': fill('a ', chars),
    '-- lines': fill('--\n', chars),
    '1.1.1. chain': fill('1.', chars),
    '$1, groups': fill('$1,', chars),
    'On … wrote: lines': fill('On Mon, 3 Nov 2026 at 10:00, Tom Baker <tom@acme.io> wrote:\n', chars),
    'question marks': fill('?', chars),
    'question sentences': fill('Can you do it? ', chars),
    'weekday names': fill('Monday Tuesday Friday ', chars),
    'numbers and k': fill('1k 2k 3 days 4% ', chars),
    'one long line of words': fill('we need this by friday and the budget is $500 ', chars),
  };
}
