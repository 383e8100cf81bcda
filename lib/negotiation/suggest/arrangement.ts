// Runs everywhere (Node, side panel): a running per-piece arrangement changed by the client: more or fewer pieces a month from a given month, or a pause over some months, answered with the new monthly total or what still comes before the pause.
import { countValue } from '../understand/roles';
import type { Strategy } from './card';
import { capitalise, numberWord } from './format';
import { formatCount, roundMoney } from './kit';
import { piecePrice } from './stop-per-piece';

const COUNT = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)`;
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
    answers: (a) => /\b(?:articles?|posts?|pieces?|a month|per month|monthly|total|po|what works|too many)\b/i.test(a.text),
    stance: { payment: 'deposit' },
    why: [['name_your_price', 'Gives the new monthly total at the agreed per-piece price, ready for their PO.']],
    close: month ? `Could you send the ${capitalise(month.toLowerCase())} topics when you have them?` : 'Shall I plan the next month on that basis?',
  };
};

const pauseMonths: Strategy = (u, k) => {
  const text = u.text.slice(0, 6000);
  const p = PAUSE.exec(text);
  const each = piecePrice(u, k);
  if (!p || u.has('complaint') || each === undefined) return null;
  const months = [p[2], p[3]].filter(Boolean).map((x) => capitalise(x!.toLowerCase()));
  const back = RESTART.exec(text)?.[1];
  const still = STILL_COMING.exec(text);
  const n = still ? countValue(still[1]!) : NaN;
  const stillLine = still && n > 0
    ? `The ${numberWord(n)} ${capitalise(still[2]!.toLowerCase())} ${n === 1 ? 'one is' : 'ones are'} still coming as planned, invoiced as usual (${n} × ${k.money(each)} = ${k.money(roundMoney(each * n))}).`
    : '';
  return {
    id: 'arrangement-pause',
    title: 'Pause the months asked, restart as planned',
    ack: 'Of course, that makes sense.',
    position: [`We'll pause ${months.join(' and ')}${back ? ` and pick up again in ${capitalise(back.toLowerCase())}` : ''}.`, stillLine].filter(Boolean),
    covers: ['payment_terms'],
    answers: (a) => /\b(?:pause|still coming|coming|pick (?:it |things |back )?up|restart|resume|september|october|january)\b/i.test(a.text),
    stance: { payment: 'deposit' },
    why: [['keep_dialogue', 'Agrees the pause plainly and says what still comes before it.']],
    close: back ? `Shall I pencil in the ${capitalise(back.toLowerCase())} topics nearer the time?` : 'Just tell me when you would like to pick up again.',
  };
};

const NUM = String.raw`(\d{1,3}(?:[,.]\d{3})+|\d{1,6})`;
/** Our own words set the package: "the prepaid package: 20,000 words of Russian–English translation at €0.12 per word". */
const PACKAGE = new RegExp(String.raw`\b(?:prepaid |pre-paid )?(?:package|bundle|block)\b[^.\n]{0,20}?${NUM}\s*(words|hours|pages)\b|${NUM}\s*(words|hours|pages)\b[^.\n]{0,30}\b(?:package|bundle|block)\b`, 'i');
/** "we used about 6,500 in January and 5,800 in February". */
const USED = new RegExp(String.raw`\b(?:used|spent|had|took)\s+(?:about |around |roughly |some |approx\.? )?${NUM}(?:\s*(?:words|hours|pages))?\s+in\s+${MONTHS}\b((?:,?\s*(?:and\s+)?(?:about |around )?${NUM}(?:\s*(?:words|hours|pages))?\s+in\s+${MONTHS}\b){0,4})`, 'i');
const MORE_USED = new RegExp(String.raw`${NUM}(?:\s*(?:words|hours|pages))?\s+in\s+${MONTHS}\b`, 'gi');
/** "the March batch … 9,000 words this time". */
const BATCH = new RegExp(String.raw`\b${NUM}\s*(words|hours|pages) this time\b|\bbatch\b[^.\n]{0,40}?${NUM}\s*(words|hours|pages)\b`, 'i');
const num = (x: string) => Number(x.replace(/[,.](?=\d{3}\b)/g, ''));

/** "Could you check how many words we have left on the package we paid for in December?": counted from their own figures. */
const packageLeft: Strategy = (u, k) => {
  const text = u.text.slice(0, 6000);
  if (!/\b(?:left|remaining|remain|still have|balance)\b/i.test(text) || !/\b(?:package|bundle|block)\b/i.test(text)) return null;
  const ours = u.deal.ourWords.join('\n').slice(0, 8000);
  const pk = PACKAGE.exec(ours) ?? PACKAGE.exec(text);
  const used = USED.exec(text);
  if (!pk || !used) return null;
  const unit = (pk[2] ?? pk[4]!).toLowerCase().replace(/s$/, '');
  const size = num(pk[1] ?? pk[3]!);
  const parts = [...used[0].matchAll(MORE_USED)].slice(0, 6).map((m) => ({ n: num(m[1]!), month: capitalise(m[2]!.toLowerCase()) }));
  const spent = parts.reduce((a, p) => a + p.n, 0);
  if (!(size > 0 && spent > 0 && spent <= size * 2 && parts.length)) return null;
  const left = size - spent;
  const b = BATCH.exec(text);
  const batch = b ? num(b[1] ?? b[3]!) : undefined;
  const rate = k.rate && k.rate.unit === unit ? k.rate.amount : undefined;
  const over = batch !== undefined && batch > left ? batch - Math.max(left, 0) : 0;
  const position = [
    `Going by your counts: the package had ${formatCount(size)} ${unit}s, and you used ${parts.map((p) => `${formatCount(p.n)} in ${p.month}`).join(' and ')}, which leaves ${formatCount(Math.max(left, 0))} ${unit}s.`,
    ...(batch !== undefined
      ? [over > 0
        ? `This batch of ${formatCount(batch)} ${unit}s uses those up and goes ${formatCount(over)} ${unit}s over${rate !== undefined ? `, which I will invoice at ${k.money(rate)} per ${unit}: ${k.money(roundMoney(over * rate))}` : ''}.`
        : `This batch of ${formatCount(batch)} ${unit}s fits in it, leaving ${formatCount(left - batch)} ${unit}s.`]
      : []),
  ];
  return {
    id: 'package-left',
    title: 'What is left on the package, and what goes over',
    total: over > 0 && rate !== undefined ? roundMoney(over * rate) : undefined,
    ack: /\battached\b/i.test(text) ? 'Thank you, the files are here.' : 'Thank you for checking.',
    position,
    covers: ['payment_terms', 'price_question'],
    answers: (a) => /\b(?:left|remaining|package|count|invoice us|difference|over)\b/i.test(a.text),
    stance: { payment: 'deposit' },
    why: [['line_item_breakdown', 'Counts the prepaid package down from their own figures, so the difference invoiced is plain.']],
    close: 'I will confirm the delivery date for the batch by tomorrow.',
  };
};

export const ARRANGEMENT: Strategy[] = [volumeChange, pauseMonths, packageLeft];
