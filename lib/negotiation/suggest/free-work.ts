// Runs everywhere (Node, side panel): reply paragraphs for free-work asks and discounts against future promises.
import type { Ctx } from './context';
import type { Take, TakeTable } from './types';

function fitClause(ctx: Ctx): string {
  return ctx.bank.acknowledge(ctx.t("you want to be sure I'm the right fit before committing", 'you want to be sure I am the right fit before committing', 'you wish to be confident that I am the right fit before committing'));
}

const portfolio: Take = {
  id: 'portfolio-instead-of-sample',
  title: 'Point to the portfolio instead of a free sample',
  short: 'portfolio instead',
  stances: ['firm', 'clarify', 'admit', 'turn', 'disclaim', 'part'],
  write(ctx) {
    const ack = fitClause(ctx);
    const text = ctx.t(
      `${ack} I don't do unpaid tests or samples, though: that time would come out of paid work for other clients. Instead, have a look at comparable work here: ${ctx.portfolio()}. I'm also happy to walk you through how I tackled one of those projects.`,
      `${ack} I do not take on unpaid tests or samples, because that time comes out of paid work for other clients. Instead, you can see comparable work here: ${ctx.portfolio()}. I am also glad to explain how I approached one of those projects.`,
      `${ack} I do not, however, undertake unpaid tests or samples, as that time would be taken from paid work for other clients. Comparable work can instead be reviewed at ${ctx.portfolio()}, and I would be glad to explain how I approached any of those projects.`,
    );
    return {
      text,
      principles: [
        ['no_free_work', 'Declines the unpaid sample and says why, without drama.'],
        ['offer_alternative', 'Offers the portfolio and a walkthrough as proof instead.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Which of those projects is closest to what you have in mind?', 'Which of those projects is closest to what you have in mind?', 'Which of those projects is closest to your requirements?'),
};

const paidTrial: Take = {
  id: 'small-paid-trial',
  title: 'Offer a small paid trial',
  short: 'paid trial',
  stances: ['trade', 'staged'],
  write(ctx) {
    const first = ctx.pricedItems[0];
    const trial = first
      ? `the first step, ${ctx.itemNames([first])}, for ${ctx.money(first.price)}`
      : ctx.priceIsFixed
        ? 'a short, self-contained piece with its price agreed upfront'
        : `a short piece billed at my usual ${ctx.priceText()}`;
    const ack = fitClause(ctx);
    const text = ctx.t(
      `${ack} I don't work on unpaid tests, but I'd be glad to start with a small paid trial: ${trial}. If you like the result, we carry on with the rest; if not, you still keep something useful.`,
      `${ack} I do not work on unpaid tests, but I am glad to start with a small paid trial: ${trial}. If you like the result, we continue with the rest; if not, you still keep something useful.`,
      `${ack} I do not undertake unpaid tests; I would, however, be glad to begin with a small paid trial: ${trial}. Should the result meet your expectations, we would continue with the remainder; otherwise, you retain a usable piece of work.`,
    );
    return {
      text,
      principles: [
        ['no_free_work', 'Turns down the free test.'],
        ['offer_alternative', first ? `Offers a small paid trial (${ctx.itemNames([first])}) that lowers their risk without unpaid work.` : 'Offers a small paid trial that lowers their risk without unpaid work.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Would a small paid trial like that work for you?', 'Would a small paid trial work for you?', 'Would a small paid trial of this kind be acceptable to you?'),
};

const noPromiseDiscount: Take = {
  id: 'no-discount-for-promises',
  title: "Keep today's price, reward real volume",
  short: 'no discount for promises',
  stances: ['firm', 'clarify', 'admit', 'turn', 'disclaim', 'part'],
  write(ctx) {
    const text = ctx.t(
      `It's great to hear there could be more work down the line! I price each project on its own, though, so this one stays at ${ctx.priceText()}. When the next orders actually come in, I'm very happy to talk about a volume rate based on what's booked.`,
      `It is good to hear there could be more work later. I price each project on its own, so this one stays at ${ctx.priceText()}. When further orders come in, I am glad to discuss a volume rate based on the work actually booked.`,
      `I am pleased to hear that further work may follow. Each project is priced on its own merits, so the fee for this one remains ${ctx.priceText()}. Once further orders are placed, I would be glad to discuss a volume rate based on the work actually commissioned.`,
    );
    return {
      text,
      principles: [
        ['no_discount_for_promises', 'Future volume is not part of this job, so it does not lower this price.'],
        ['concession_for_concession', 'A volume rate is offered, but only against orders that exist.'],
      ],
    };
  },
  close: (ctx) => ctx.t("Shall we get this first project going?", 'Shall we start with this first project?', 'Shall we proceed with this first project?'),
};

const bookedVolume: Take = {
  id: 'discount-for-booked-volume',
  title: 'Tie a discount to volume booked now',
  short: 'discount for booked volume',
  stances: ['trade', 'staged'],
  write(ctx, move) {
    const pct = ctx.clientPercent(move.index);
    const rate = pct ? `the ${pct} you mention` : 'a volume rate';
    const text = ctx.t(
      `That's lovely to hear, and I'd like to make it worth your while. If you book the next projects now, I can offer ${rate}, applied from the second project onwards once it's confirmed. This first one stays at ${ctx.priceText()}.`,
      `That is good to hear, and I would like to reward it. If you book the next projects now, I can offer ${rate}, applied from the second project onward once it is confirmed. This first one stays at ${ctx.priceText()}.`,
      `I appreciate the prospect of further work and would like to recognise it. Should you book the subsequent projects now, I can offer ${rate}, applicable from the second project onward once confirmed. The fee for this first project remains ${ctx.priceText()}.`,
    );
    return {
      text,
      principles: [
        ['concession_for_concession', 'The discount is traded for volume that is actually booked.'],
        ['no_discount_for_promises', `Keeps ${ctx.priceText()} for the current job; the promise alone buys nothing.`],
      ],
    };
  },
  close: (ctx) => ctx.t('How many projects would you like to book together?', 'How many projects would you like to book together?', 'How many projects would you wish to book together?'),
};

export const FREE_WORK_TAKES: TakeTable = {
  free_work: [portfolio, paidTrial],
  future_promise: [noPromiseDiscount, bookedVolume],
};
