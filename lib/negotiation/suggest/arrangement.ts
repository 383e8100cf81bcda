// Runs everywhere (Node, side panel): a running per-piece arrangement changed by the client: more or fewer pieces a month from a given month, or a pause over some months, answered with the new monthly total or what still comes before the pause.
import { countValue } from '../understand/roles';
import type { Strategy } from './card';
import { capitalise, numberWord } from './format';
import { roundMoney } from './kit';
import { piecePrice } from './stop-per-piece';

const COUNT = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)`;
const PIECES = String.raw`(articles?|posts?|blogs?|blog posts?|pieces?|newsletters?|videos?|episodes?|designs?|translations?)`;
const MONTHS = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;
/** "could we go from 4 to 6 articles a month starting in April?", "move up to 8 posts per month". */
const VOLUME = new RegExp(String.raw`\bfrom ${COUNT} to ${COUNT} (?:\w+ )?${PIECES} (?:a|per|each|every) month\b`, 'i');
/** "If 6 is too many for you, 5 is fine too." */
const FALLBACK = new RegExp(String.raw`\b${COUNT} (?:is|would be) (?:fine|ok|okay|good|great)(?: too| as well)?\b`, 'i');
const FROM_MONTH = new RegExp(String.raw`\b(?:starting|start|from|beginning|as of)(?: in| with)? ${MONTHS}\b`, 'i');
/** "can we pause the articles for July and August? … pick back up in September". */
// (Only pieces paused: a plan or a project paused has its own card, with the deposit and what breaks meanwhile.)
const PAUSE = new RegExp(String.raw`\bpause (?:the |our |my )?(?:\w+ )?${PIECES}\b[^.?!\n,]{0,20}\b(?:for|over|during|in) ${MONTHS}(?: and ${MONTHS})?\b(?!,)`, 'i');
const RESTART = new RegExp(String.raw`\b(?:pick (?:it |things |back )?up|start again|restart|resume|back|continue)\b[^.?!\n]{0,20}\b(?:in|from) ${MONTHS}\b`, 'i');
/** "The two June ones are still coming, right?" */
const STILL_COMING = new RegExp(String.raw`\b(?:the )?${COUNT} ${MONTHS} (?:ones|${PIECES})\b[^.?!\n]{0,30}\b(?:still|coming|going ahead|on)\b`, 'i');

const volumeChange: Strategy = (u, k) => {
  const text = u.text.slice(0, 6000);
  const m = VOLUME.exec(text);
  const each = piecePrice(u, k);
  if (!m || each === undefined || u.has('discount_request') || u.has('complaint')) return null;
  const from = countValue(m[1]!);
  const to = countValue(m[2]!);
  if (!(to > 0 && to <= 40 && from !== to)) return null;
  const noun = m[3]!.toLowerCase().replace(/s$/, '');
  const month = FROM_MONTH.exec(text)?.[1];
  const alt = FALLBACK.exec(text);
  const other = alt ? countValue(alt[1]!) : NaN;
  const second = other > 0 && other !== to && other <= 40 ? ` (${numberWord(other)} would be ${k.money(roundMoney(each * other))})` : '';
  return {
    id: 'arrangement-volume',
    title: 'Yes to the new volume, with the new monthly total',
    total: roundMoney(each * to),
    ack: to > from ? 'That is great news about the blog, and I would be glad to do more.' : 'Thank you for letting me know.',
    position: [
      `${month ? `From ${capitalise(month.toLowerCase())}, ` : ''}${numberWord(to)} ${noun}s a month at ${k.money(each)} each come${month ? '' : 's'} to ${k.money(roundMoney(each * to))} a month${second}, with everything else as now.`.replace(/^./, (c) => c.toUpperCase()),
      `That is the new monthly total for your PO.`,
    ],
    covers: ['price_question', 'scope_creep'],
    stance: { payment: 'deposit' },
    why: [['name_your_price', 'Gives the new monthly total at the agreed per-piece price, ready for their PO.']],
    close: month ? `Could you send the ${capitalise(month.toLowerCase())} topics when you have them?` : 'Shall I plan the next month on that basis?',
  };
};

const pauseMonths: Strategy = (u, k) => {
  const text = u.text.slice(0, 6000);
  const p = PAUSE.exec(text);
  if (!p || u.has('complaint') || piecePrice(u, k) === undefined) return null;
  const months = [p[2], p[3]].filter(Boolean).map((x) => capitalise(x!.toLowerCase()));
  const back = RESTART.exec(text)?.[1];
  const still = STILL_COMING.exec(text);
  const each = piecePrice(u, k);
  const n = still ? countValue(still[1]!) : NaN;
  const stillLine = still && n > 0
    ? `The ${numberWord(n)} ${capitalise(still[2]!.toLowerCase())} ${n === 1 ? 'one is' : 'ones are'} still coming as planned${each !== undefined ? `, invoiced as usual (${n} × ${k.money(each)} = ${k.money(roundMoney(each * n))})` : ''}.`
    : '';
  return {
    id: 'arrangement-pause',
    title: 'Pause the months asked, restart as planned',
    ack: 'Of course, that makes sense.',
    position: [`We'll pause ${months.join(' and ')}${back ? ` and pick up again in ${capitalise(back.toLowerCase())}` : ''}.`, stillLine].filter(Boolean),
    covers: ['payment_terms'],
    stance: { payment: 'deposit' },
    why: [['keep_dialogue', 'Agrees the pause plainly and says what still comes before it.']],
    close: back ? `Shall I pencil in the ${capitalise(back.toLowerCase())} topics nearer the time?` : 'Just tell me when you would like to pick up again.',
  };
};

export const ARRANGEMENT: Strategy[] = [volumeChange, pauseMonths];
