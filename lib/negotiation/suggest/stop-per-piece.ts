// Runs everywhere (Node, side panel): a running per-piece arrangement stopped mid-month ("we have to stop the monthly blog arrangement … what do we owe you for March?") settled as the pieces delivered, with the one nearly done offered, and nothing for what was not started.
import type { Understanding } from '../understand';
import { countValue } from '../understand/roles';
import type { Strategy } from './card';
import { numberWord } from './format';
import { roundMoney, type Kit } from './kit';

/** "stop the monthly blog arrangement", "end our retainer", "cancel the article series". */
const STOP_RUNNING = /\b(?:stop|end|cancel|pause|wind down|terminate)\b[^.?!\n]{0,20}\b(?:the|our|this) (?:monthly |weekly |ongoing |regular |current )?(?:[\w-]+ )?(?:arrangement|retainer|contract|collaboration|series|subscription)\b/i;
/** "delivered two of March's four articles", "you've written three of the five posts". */
const DONE_OF = /\b(?:delivered|written|finished|completed|sent(?: us| me)?|done)\s+(one|two|three|four|five|six|\d{1,2})\s+of\s+(?:[\p{L}']+\s+)?(two|three|four|five|six|eight|ten|\d{1,2})\s+(?:\w+\s+)?(articles?|posts?|pieces?|blogs?|newsletters?|pages?|videos?|episodes?|designs?|translations?)\b/iu;
/** "the third, on running costs, was nearly done": one piece nearly finished. */
const NEARLY = /\b(?:nearly|almost|mostly|practically) (?:done|finished|ready|complete|written)\b/i;

export function piecePrice(u: Understanding, k: Kit): number | undefined {
  if (k.rate && k.rate.unit !== 'project' && k.rate.unit !== 'hour') return k.rate.amount;
  const items = u.profile.services.filter((s) => s.unit === 'item');
  return items.length === 1 ? items[0]!.price : undefined;
}

const stopPerPiece: Strategy = (u, k) => {
  const text = u.text.slice(0, 6000);
  if (!STOP_RUNNING.test(text) || u.defect) return null;
  const done = DONE_OF.exec(text);
  const each = piecePrice(u, k);
  if (!done || each === undefined) return null;
  const n = countValue(done[1]!);
  const of = countValue(done[2]!);
  if (!(n > 0 && of > n && of <= 20)) return null;
  const noun = done[3]!.toLowerCase().replace(/s$/, '');
  const plural = (m: number) => (m === 1 ? noun : `${noun}s`);
  const delivered = roundMoney(each * n);
  const nearly = NEARLY.test(text);
  const withNext = roundMoney(each * (n + 1));
  const left = of - n - (nearly ? 1 : 0);
  const position = [
    'I have stopped work as of today.',
    `The ${numberWord(n)} ${plural(n)} already delivered come to ${k.money(delivered)} (${n} × ${k.money(each)}).`,
    ...(nearly ? [`The next one is nearly finished: I can complete and deliver it for ${k.money(each)}, making ${k.money(withNext)} in all, or we stop at ${numberWord(n)}, whichever you prefer.`] : []),
    ...(left > 0 ? [`The ${left === 1 ? `${plural(1)} not yet started is` : `${numberWord(left)} ${plural(left)} not yet started are`} not charged.`] : []),
    `I will send the invoice for the amount you choose today, so you can have it approved.`,
  ];
  return {
    id: 'stop-per-piece',
    title: 'Stop today; invoice only the pieces delivered',
    total: nearly ? withNext : delivered,
    ack: 'Thank you for telling me straight away, and for wanting this to be fair; I am sorry it has to stop.',
    position,
    covers: ['payment_terms', 'complaint', 'scope_creep', 'rush_deadline'],
    stance: { nda: 'surcharge', rush: 'standard' },
    why: [
      ['contract_and_guarantees', 'Settles a stop by what was agreed per piece: what is delivered is paid, what is not started is not.'],
      ['keep_dialogue', 'Leaves the door open for when the budget returns.'],
    ],
    close: nearly ? `Shall I finish the next ${noun}, or stop at ${numberWord(n)}?` : 'I would be glad to pick this up again when things settle.',
  };
};

export const STOP_PER_PIECE: Strategy[] = [stopPerPiece];
