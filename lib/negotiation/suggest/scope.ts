// Runs everywhere (Node, side panel): reply paragraphs for scope creep and revision requests (fix vs. extra).
import type { Ctx } from './context';
import { quoteEvidence } from './offers';
import type { Take, TakeTable } from './types';

/** What the current deal covers, citing the agreement when we have it. */
function currentDeal(ctx: Ctx): string {
  return ctx.agreement
    ? ctx.t(`Our agreement covers ${ctx.deliverables()} for ${ctx.priceText()}, with ${ctx.rounds()} included.`, `Our agreement covers ${ctx.deliverables()} for ${ctx.priceText()}, with ${ctx.rounds()} included.`, `Our agreement covers ${ctx.deliverables()} for ${ctx.priceText()}, including ${ctx.rounds()}.`)
    : ctx.t(`The current quote covers ${ctx.deliverables()} for ${ctx.priceText()}, with ${ctx.rounds()} included.`, `The current quote covers ${ctx.deliverables()} for ${ctx.priceText()}, with ${ctx.rounds()} included.`, `The current quotation covers ${ctx.deliverables()} for ${ctx.priceText()}, including ${ctx.rounds()}.`);
}

const quoteExtra: Take = {
  id: 'quote-extra-as-paid',
  title: 'Quote the extra as paid work',
  short: 'extra as paid work',
  stances: ['firm', 'clarify', 'admit', 'disclaim', 'part'],
  write(ctx) {
    const text = ctx.t(
      `I'd be glad to take this on too! ${currentDeal(ctx)} This goes beyond that, so I'll treat it as an addition with its own price. (Anything that's a slip on my side, I always fix for free.) I can price the addition today, so you can decide whether to add it now or once the current work is done.`,
      `I am glad to take this on as well. ${currentDeal(ctx)} This request goes beyond that, so I will treat it as an addition with its own price; anything that is a defect on my side I fix for free. I can price the addition today, and you can decide whether to add it now or after the current work.`,
      `I would be pleased to take this on. ${currentDeal(ctx)} This request goes beyond that scope and would therefore be treated as additional work with its own fee; any defect on my part is, of course, corrected free of charge. I can provide a quotation for the addition today, so that you may decide whether to add it now or upon completion of the current work.`,
    );
    return {
      text,
      principles: [
        ['separate_fix_from_extra', ctx.agreement ? 'Cites the agreed scope, rounds and price to show this is new work, not a fix.' : 'Separates new work (paid) from fixes of defects (free).'],
        ['offer_options', 'Lets them choose: add it now, or after the current job.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Shall I send you a quick quote for the addition?', 'Shall I send you a quote for the addition?', 'Shall I send you a quotation for the additional work?'),
};

const swap: Take = {
  id: 'swap-within-scope',
  title: 'Swap it for something in the current scope',
  short: 'swap within scope',
  stances: ['trade', 'turn'],
  write(ctx) {
    const last = ctx.items[ctx.items.length - 1];
    const example = last ? ctx.t(`, say ${ctx.itemNames([last])}`, `, for example ${ctx.itemNames([last])}`, `, for instance ${ctx.itemNames([last])}`) : '';
    const text = ctx.t(
      `${currentDeal(ctx)} To fit this in without changing the price, we could swap it for a part of the current scope we haven't started yet${example}. If you'd rather keep everything, I'll price the addition separately.`,
      `${currentDeal(ctx)} To add this without changing the price, we could swap it for a part of the current scope that we have not started yet${example}. If you would rather keep everything, I will quote the addition separately.`,
      `${currentDeal(ctx)} To include this without altering the fee, it could replace an element of the current scope that has not yet been started${example}. Should you prefer to retain everything, I will quote the addition separately.`,
    );
    return {
      text,
      principles: [
        ['separate_fix_from_extra', 'Names the request as new work, outside what the price covers.'],
        ['offer_options', 'Swap within the price, or pay for the addition: their choice.'],
        ['concession_for_concession', 'Something new comes in only if something else goes out.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Which part, if any, would you be happy to swap out?', 'Which part, if any, would you be happy to swap out?', 'Which element, if any, would you be prepared to exchange?'),
};

const nextPhase: Take = {
  id: 'extra-as-next-phase',
  title: 'Add it as a next phase',
  short: 'next phase',
  stances: ['staged'],
  write(ctx) {
    const text = ctx.t(
      `Great idea! ${currentDeal(ctx)} Let's finish that first, so the current deadline stays safe, and then take this on as a second phase with its own price and date.`,
      `${currentDeal(ctx)} Let us finish that first, so the current deadline is safe, and then take this on as a second phase with its own price and date.`,
      `${currentDeal(ctx)} I would suggest completing that first, so that the current deadline is not put at risk, and then undertaking this as a second phase with its own fee and date.`,
    );
    return {
      text,
      principles: [
        ['separate_fix_from_extra', 'Keeps the addition apart from the agreed work and its price.'],
        ['offer_options', 'Gives a clear path for the addition without blocking it.'],
        ['set_priorities', 'The agreed deadline is protected first.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Shall I put together a quote for phase two?', 'Shall I prepare a quote for phase two?', 'Shall I prepare a quotation for the second phase?'),
};

const clarifyRevision: Take = {
  id: 'clarify-then-fix',
  title: 'Ask exactly what to change, then fix it',
  short: 'clarify the changes',
  stances: ['clarify', 'trade', 'staged', 'turn'],
  write(ctx) {
    const ask = ctx.once('asked-specifics')
      ? ctx.t(
          "So I get the changes exactly right: which parts don't work for you, and what would you like to see instead? An example you like would help too.",
          'So that I get the changes exactly right: which parts do not work for you, and what would you like instead? An example you like would also help.',
          'To ensure the changes are exactly right, could you indicate which parts do not work for you and what you would like instead? An example you like would also be helpful.',
        )
      : ctx.t('The same goes for the changes you list: a word on what you would like instead helps me get them right.', 'The same applies to the changes you list: a note on what you would like instead helps me get them right.', 'The same applies to the changes you list: a note on the desired result would help me implement them correctly.');
    const rule = ctx.t(
      `Anything that doesn't match what we agreed, I fix at no cost; the ${ctx.rounds()} included cover the rest.`,
      `Anything that does not match what we agreed, I fix at no cost; the ${ctx.rounds()} included cover the rest.`,
      `Anything that does not correspond to what was agreed will be corrected at no cost; the ${ctx.rounds()} included cover the rest.`,
    );
    return {
      text: `${ask} ${rule}`,
      principles: [
        ['clarify_the_complaint', 'Asks what exactly does not fit and why before changing anything.'],
        ['separate_fix_from_extra', ctx.roundsAreAgreed ? `Cites the agreed ${ctx.rounds()} and says defects are fixed free.` : 'Says defects are fixed free and other changes use the included rounds.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Could you point me to the specific parts you want changed?', 'Could you point me to the specific parts you would like changed?', 'Could you indicate the specific parts you would like changed?'),
};

const fixInRounds: Take = {
  id: 'fix-within-rounds',
  title: 'Make the changes within the included rounds',
  short: 'fix within rounds',
  stances: ['firm', 'admit', 'part', 'disclaim'],
  write(ctx, move) {
    const text = ctx.t(
      `I'll make these changes as part of the ${ctx.rounds()} included. Just to check I've got it right, this is the change you mean: ${quoteEvidence(ctx, move.evidence)}. If any of the changes alter the original brief rather than correct the result, I'll flag them and price them before doing them.`,
      `I will make these changes as part of the ${ctx.rounds()} included. To check I have understood, this is the change you mean: ${quoteEvidence(ctx, move.evidence)}. If any change alters the original brief rather than corrects the result, I will flag it and quote it before doing it.`,
      `I will make these changes within the ${ctx.rounds()} included. To confirm my understanding, the requested change is as follows: ${quoteEvidence(ctx, move.evidence)}. Should any change alter the original brief rather than correct the result, I will identify it and provide a quotation before proceeding.`,
    );
    return {
      text,
      principles: [
        ['separate_fix_from_extra', 'Uses the included rounds for the changes and flags anything that is new work.'],
        ['clarify_the_complaint', 'Restates the requested change so they can correct the reading.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Anything else you want in this round before I start?', 'Is there anything else you would like in this round before I start?', 'Is there anything further you would like included in this round before I begin?'),
};

export const SCOPE_TAKES: TakeTable = {
  scope_creep: [quoteExtra, swap, nextPhase],
  revision_request: [clarifyRevision, fixInRounds],
};
