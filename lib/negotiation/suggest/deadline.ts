// Runs everywhere (Node, side panel): reply paragraphs for a rushed deadline — rush fee, smaller scope by their date, staged delivery.
import type { DetectedMove } from '../schemas';
import type { Ctx } from './context';
import { shortDate } from './format';
import { coreItems } from './offers';
import type { Take, TakeTable } from './types';

/**
 * Their date: the first mention in a reply carries the calendar date ("by Friday (27 November)"),
 * later ones their own words ("by Friday").
 */
export function theirDate(ctx: Ctx, move: DetectedMove): { first: string; again: string } {
  const date = ctx.clientDate(move.index);
  if (date) {
    const again = `by ${ctx.v(shortDate(date.text))}`;
    return { first: ctx.once(`date:${date.iso}`) ? `by ${ctx.quoteDate(date)}` : again, again };
  }
  const duration = ctx.clientDuration(move.index);
  if (duration) return same(`within ${ctx.v(duration.text.trim())}`);
  if (/\b(today|tonight|this evening)\b/i.test(move.evidence)) return same('today');
  if (/\btomorrow\b/i.test(move.evidence)) return same('tomorrow');
  return { first: 'on such a short timeline', again: 'by then' };
}

function same(text: string): { first: string; again: string } {
  return { first: text, again: text };
}

function goal(ctx: Ctx, first: string): string {
  return ctx.bank.acknowledge(ctx.t(`you need this ${first}`, `you need this ${first}`, `you require this ${first}`));
}

const rushFee: Take = {
  id: 'rush-fee',
  title: 'Meet their date for a rush fee',
  short: 'rush fee',
  stances: ['firm', 'clarify', 'admit', 'turn', 'disclaim', 'part'],
  write(ctx, move) {
    const date = theirDate(ctx, move);
    const ack = goal(ctx, date.first);
    const when = date.again;
    const total = ctx.surcharged(ctx.rushPercent);
    const fee = total ? `, which brings the total to ${total} instead of ${ctx.priceText()}` : '';
    const text = ctx.t(
      `${ack} I can make that happen, but only by moving other work and putting in extra hours, so rush jobs carry a ${ctx.rush()} surcharge${fee}. If the date has a little give, the standard timeline keeps the price at ${ctx.priceText()}.`,
      `${ack} I can deliver ${when}, but it means moving other work and adding extra hours, so rush jobs carry a ${ctx.rush()} surcharge${fee}. If the date is flexible, the standard timeline keeps the price at ${ctx.priceText()}.`,
      `${ack} Delivery ${when} is possible, but it requires rescheduling other commitments and additional hours; rush assignments therefore carry a surcharge of ${ctx.rush()}${fee}. Should the date be flexible, the standard timeline keeps the fee at ${ctx.priceText()}.`,
    );
    return {
      text,
      principles: [
        ['agree_before_refusing', `Starts from their goal (delivery ${date.first}) before naming the cost of it.`],
        ['negotiate_deadline', 'Treats the date as negotiable: possible, but not for free.'],
        ['offer_options', 'Gives two paths, rush fee or standard timeline, and leaves the choice to them.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Shall I go ahead with the rush option, or would the standard timeline work?', 'Would you like the rush option, or does the standard timeline work for you?', 'Would you prefer the rush option, or would the standard timeline be acceptable?'),
};

const smallerScope: Take = {
  id: 'smaller-scope-by-their-date',
  title: 'Deliver a smaller scope by their date',
  short: 'smaller scope by their date',
  stances: ['trade'],
  write(ctx, move) {
    const date = theirDate(ctx, move);
    const ack = goal(ctx, date.first);
    const when = date.again;
    const but = ctx.bank.but();
    const text = ctx.t(
      `${ack} ${but} doing the whole job ${when} would mean rushing steps that need time, and I don't want to hand you something half-baked. What I can deliver ${when} is the core: ${coreItems(ctx)}. The rest can follow later or be dropped if you don't need it.`,
      `${ack} ${but} the full job ${when} would mean rushing steps that need time, and I do not want to deliver something unfinished. What I can deliver ${when} is the core: ${coreItems(ctx)}. The rest can follow later, or be left out if you do not need it.`,
      `${ack} ${but} completing the full assignment ${when} would require rushing steps that need time, and I would not wish to deliver unfinished work. What I can deliver ${when} is the essential part: ${coreItems(ctx)}. The remainder may follow later, or be omitted if it is not required.`,
    );
    return {
      text,
      principles: [
        ['agree_before_refusing', `Accepts that the date ${date.again.replace(/^by /, '')} matters before saying the full job will not fit.`],
        ['negotiate_deadline', 'Says plainly what cannot be done well by that date instead of lowering quality.'],
        ['offer_options', 'Offers the core by their date, with the rest later or dropped.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Would the core version be enough for your date?', 'Would the core version be enough for your date?', 'Would the essential version be sufficient for your date?'),
};

const stagedDelivery: Take = {
  id: 'staged-delivery',
  title: 'Stage the delivery',
  short: 'staged delivery',
  stances: ['staged'],
  write(ctx, move) {
    const date = theirDate(ctx, move);
    const ack = goal(ctx, date.first);
    const when = date.again;
    const text = ctx.t(
      `${ack} Let's split the delivery: you get ${coreItems(ctx)} ${when}, so you've got what you need for that date, and the rest a few working days later, on a date we fix together. Nothing gets rushed and the quality stays where it should be.`,
      `${ack} Let us split the delivery: ${coreItems(ctx)} ${when}, so you have what you need for that date, and the rest a few working days later, on a date we agree. Nothing is rushed and the quality stays the same.`,
      `${ack} I would propose a staged delivery: ${coreItems(ctx)} ${when}, so that you have what is required for that date, and the remainder a few working days later, on a date to be agreed. Nothing would be rushed and the quality would be maintained.`,
    );
    return {
      text,
      principles: [
        ['agree_before_refusing', `Takes the date ${date.again.replace(/^by /, '')} seriously before proposing a split.`],
        ['negotiate_deadline', 'Moves part of the work to a later date rather than cutting quality.'],
        ['offer_options', 'Lets the client decide which part comes first.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Which part do you need first?', 'Which part do you need first?', 'Which part would you require first?'),
};

export const DEADLINE_TAKES: TakeTable = {
  rush_deadline: [rushFee, smallerScope, stagedDelivery],
};
