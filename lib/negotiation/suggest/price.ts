// Runs everywhere (Node, side panel): reply paragraphs for price moves — questions, objections, discount requests, budget anchors.
import type { Ctx } from './context';
import { coreItems, describe, lighterOption, stagesInWords, withinBudget } from './offers';
import type { Part, Take, TakeTable } from './types';

function portfolioLine(ctx: Ctx): string {
  return ctx.portfolioOnce((link) =>
    ctx.t(
      `You can see similar projects I've done here: ${link}.`,
      `Similar projects I have done are here: ${link}.`,
      `Examples of comparable projects are available at ${link}.`,
    ),
  );
}

/** The breakdown once per reply; later paragraphs point back to it. */
function breakdownBlock(ctx: Ctx, lead: string): { text: string; given: boolean } {
  if (ctx.once('breakdown')) return { text: `${lead}\n${ctx.breakdown()}`, given: true };
  // The lead still carries this move's point (their budget, their objection); only the list is not repeated.
  const reference = lead.replace(/:\s*$/, '');
  return { text: `${reference} ${ctx.t('(see the breakdown above).', '(see the breakdown above).', '(as set out above).')}`, given: false };
}

function stepsCount(ctx: Ctx): string {
  return ctx.items.length ? `the ${ctx.items.length} steps` : 'the steps';
}

function analogy(ctx: Ctx): string {
  return ctx.t(
    "It's a bit like getting a kitchen fitted: two quotes for the same room can look miles apart, and the gap is usually the materials and the skill of whoever does the work.",
    'It is similar to a kitchen renovation: two quotes for the same room can differ a lot, depending on the materials and the skill of the people doing it.',
    'It is comparable to commissioning a kitchen renovation: quotes for the same room can vary considerably, depending on the materials used and the skill of those carrying out the work.',
  );
}

// ---- price_question

const questionFirm: Take = {
  id: 'quote-with-breakdown',
  title: 'Name the price with a breakdown',
  short: 'price with breakdown',
  stances: ['firm', 'clarify', 'admit', 'turn', 'disclaim', 'part'],
  write(ctx) {
    const work = ctx.items.length ? ctx.itemNames() : 'everything from the first draft to the final files';
    const value = ctx.t(
      `Before the number, here's what you'd get: I'd take care of ${work}, so you end up with something ready to use.`,
      `Here is what the work involves: ${work}, delivered ready to use.`,
      `Before turning to the price, allow me to set out what the work comprises: ${work}, delivered in a form ready for use.`,
    );
    const block = breakdownBlock(ctx, ctx.t(`For ${ctx.serviceName()}, my price is ${ctx.priceText()}, with ${ctx.rounds()} included:`, `My price for ${ctx.serviceName()} is ${ctx.priceText()}, including ${ctx.rounds()}:`, `My fee for ${ctx.serviceName()} is ${ctx.priceText()}, which includes ${ctx.rounds()}, as follows:`));
    const principles: Part['principles'] = [
      ['value_before_price', `They asked for a price; the reply first says what ${ctx.serviceName()} includes and links past work, so the number reads as the cost of concrete work.`],
      ['name_your_price', `States ${ctx.priceText()} outright instead of asking what they want to spend.`],
    ];
    if (block.given) principles.push(['line_item_breakdown', `Lists ${stepsCount(ctx)} the price pays for, so the total is easy to accept.`]);
    return { text: `${value} ${portfolioLine(ctx)}\n\n${block.text}`, principles };
  },
  close: (ctx) => ctx.t('Would you like me to put this into a short proposal you can look over?', 'Shall I send this as a short written proposal?', 'Would you like me to prepare a formal proposal on this basis?'),
};

const questionTrade: Take = {
  id: 'quote-with-lighter-option',
  title: 'Name the price and offer a lighter option',
  short: 'lighter option',
  stances: ['trade'],
  write(ctx) {
    const lighter = lighterOption(ctx);
    const work = ctx.items.length ? ctx.itemNames() : 'the full job from first draft to final files';
    const main = `My price for ${ctx.serviceName()} is ${ctx.priceText()}. That covers ${work}, with ${ctx.rounds()} included.`;
    const option = lighter
      ? ctx.t(
          `If you'd like to start smaller, there's also a lighter version without ${lighter.without}, which comes to ${lighter.total}.`,
          `If you would rather start smaller, a lighter version without ${lighter.without} comes to ${lighter.total}.`,
          `Should you prefer a more limited scope, a version without ${lighter.without} would amount to ${lighter.total}.`,
        )
      : ctx.t(
          "If you'd like to start smaller, I can also price a lighter version: just tell me which parts matter most to you.",
          'If you would rather start smaller, I can also price a lighter version once I know which parts matter most to you.',
          'Should you prefer a more limited scope, I would be glad to price a reduced version once I know which elements matter most to you.',
        );
    return {
      text: `${main} ${option}`,
      principles: [
        ['name_your_price', `Gives ${ctx.priceText()} directly, so the client does not set the anchor.`],
        ['value_before_price', `Ties the price to what ${ctx.serviceName()} covers rather than quoting a bare figure.`],
        ['offer_options', lighter ? `Adds a visible, cheaper option (without ${lighter.without}) so the choice stays theirs.` : 'Offers a lighter version so the client can choose the scope that fits.'],
      ],
    };
  },
  close: (ctx) => (lighterOption(ctx) ? ctx.t('Which of the two suits you better?', 'Which of the two versions would suit you better?', 'Which of the two options would you prefer?') : ctx.t('Which parts matter most to you?', 'Which parts matter most to you?', 'Which elements are most important to you?')),
};

const questionStaged: Take = {
  id: 'quote-in-stages',
  title: 'Quote the price in stages',
  short: 'price in stages',
  stances: ['staged'],
  write(ctx) {
    const plan = stagesInWords(ctx, (a, b) => `first ${a}, then ${b}`);
    const text = ctx.t(
      `The full price for ${ctx.serviceName()} is ${ctx.priceText()}. To keep it manageable, we can split it in two: ${plan}. You pay for each stage before it starts, approve the result, and we move on.`,
      `The full price for ${ctx.serviceName()} is ${ctx.priceText()}. It can be split into two stages: ${plan}. Each stage is paid before it starts and approved before the next one begins.`,
      `The total fee for ${ctx.serviceName()} is ${ctx.priceText()}. It may be divided into two stages: ${plan}. Each stage is paid in advance and approved by you before the next commences.`,
    );
    return {
      text,
      principles: [
        ['name_your_price', `States the total, ${ctx.priceText()}, without asking for their budget.`],
        ['line_item_breakdown', 'Shows which steps each part of the price pays for.'],
        ['phased_payment', 'Splitting the price into two paid stages makes the figure easier to commit to.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Would a two-stage plan like this work for you?', 'Would a two-stage plan work for you?', 'Would a two-stage arrangement of this kind be suitable for you?'),
};

// ---- price_objection

function objectionClause(ctx: Ctx, index: number): string {
  // Only a figure the client attributes to another offer is "elsewhere"; otherwise it is their budget.
  const amount = ctx.mentionsOtherOffer ? ctx.clientAmount(index) : undefined;
  const elsewhere = amount ? `, and ${ctx.quoteAmount(amount)} elsewhere looks like the better deal` : '';
  return ctx.t(`nobody wants to pay more than they need to${elsewhere}`, `you want the best value for your money${elsewhere}`, `you wish to obtain the best value for your budget${elsewhere}`);
}

const objectionFirm: Take = {
  id: 'hold-price-with-breakdown',
  title: 'Hold the price, show the breakdown',
  short: 'hold the price',
  stances: ['firm', 'clarify', 'admit', 'turn', 'disclaim', 'part'],
  write(ctx, move) {
    const ack = ctx.bank.acknowledge(objectionClause(ctx, move.index));
    const block = breakdownBlock(ctx, ctx.t(`Here's what ${ctx.priceText()} actually pays for:`, `Here is what ${ctx.priceText()} pays for:`, `Allow me to set out what the fee of ${ctx.priceText()} covers:`));
    const argue = ctx.portfolioOnce((link) => ctx.t(`And you can see where this approach has taken other clients: ${link}.`, `You can see the results of this approach in my previous work: ${link}.`, `The results of this approach can be seen in my previous work: ${link}.`));
    const principles: Part['principles'] = [['agree_before_refusing', 'Acknowledges that they want value before explaining why the price stays.']];
    if (block.given) principles.push(['line_item_breakdown', `Shows ${stepsCount(ctx)} behind ${ctx.priceText()}, so the total stops looking arbitrary.`]);
    principles.push(['explain_pricing', 'A renovation analogy explains why quotes for the "same" job differ.'], ['argue_position', 'Points to past results as evidence that the price buys a result.']);
    return { text: `${ack} ${ctx.bank.but()} the price reflects the work behind it. ${block.text}\n\n${analogy(ctx)} ${argue}`, principles };
  },
  close: (ctx) => ctx.t('Would it help to go through the breakdown together on a quick call?', 'Would it help to go through the breakdown together on a quick call?', 'Would it be helpful to review the breakdown together on a short call?'),
};

const objectionTrade: Take = {
  id: 'keep-rate-trim-scope',
  title: 'Keep the rate, trim the scope',
  short: 'trim the scope',
  stances: ['trade'],
  write(ctx, move) {
    const ack = ctx.bank.acknowledge(objectionClause(ctx, move.index));
    const lighter = lighterOption(ctx);
    const cut = lighter
      ? ctx.t(`without ${lighter.without}, the total comes down from ${ctx.priceText()} to ${lighter.total}`, `without ${lighter.without}, the total goes from ${ctx.priceText()} to ${lighter.total}`, `without ${lighter.without}, the total would be reduced from ${ctx.priceText()} to ${lighter.total}`)
      : ctx.t(`if we drop the parts that matter least to you, the price comes down from ${ctx.priceText()} with them`, `if we leave out the parts that matter least to you, the price goes down from ${ctx.priceText()} accordingly`, `should we omit the elements of least importance to you, the fee of ${ctx.priceText()} would be reduced accordingly`);
    return {
      text: `${ack} ${ctx.bank.but()} lowering the price for the same work would mean cutting corners, and that would show in the result. What I can do is reduce the scope: ${cut}.`,
      principles: [
        ['agree_before_refusing', 'Recognises their concern about cost before saying the rate stays.'],
        ['offer_alternative', 'Refuses a cheaper rate but proposes a smaller scope instead of a bare no.'],
        ['transparent_discount', lighter ? `The reduction is visible and reasoned: ${lighter.total} because one step is removed.` : 'Any reduction follows a visible cut in scope, not a silent price drop.'],
      ],
    };
  },
  close: (ctx) => ctx.t("Would the smaller version work for you, or would you rather keep the full scope?", 'Would the smaller version work for you, or would you prefer to keep the full scope?', 'Would the reduced version be suitable, or would you prefer to retain the full scope?'),
};

const objectionStaged: Take = {
  id: 'split-into-paid-stages',
  title: 'Keep the price, split it into stages',
  short: 'paid stages',
  stances: ['staged'],
  write(ctx, move) {
    const ack = ctx.bank.acknowledge(objectionClause(ctx, move.index));
    const plan = stagesInWords(ctx, (a, b) => `first ${a}, then ${b}`);
    return {
      text: `${ack} ${ctx.bank.but()} rather than cut the ${ctx.priceText()}, I can spread it out: ${plan}. You only commit to one stage at a time and see the result before paying for the next. ${analogy(ctx)}`,
      principles: [
        ['agree_before_refusing', 'Shows understanding of the cost concern before keeping the total.'],
        ['phased_payment', 'Two paid stages lower the amount they must commit to at once.'],
        ['explain_pricing', 'The analogy explains why the price differs from cheaper offers.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Shall I set out the two stages with dates?', 'Shall I set out the two stages with dates?', 'Shall I set out the two stages with proposed dates?'),
};

// ---- discount_request

function discountWish(ctx: Ctx, index: number): string {
  const pct = ctx.clientPercent(index);
  const what = pct ? `${pct} off` : 'a better price';
  return ctx.t(`you'd like ${what}`, `you would like ${what}`, `you would like ${what}`);
}

const discountFirm: Take = {
  id: 'hold-firm-on-discount',
  title: 'Hold the price, explain why',
  short: 'no discount',
  stances: ['firm', 'clarify', 'admit', 'turn', 'disclaim', 'part'],
  write(ctx, move) {
    const ack = ctx.bank.acknowledge(discountWish(ctx, move.index));
    const step = ctx.items.length ? `steps like ${ctx.itemNames(ctx.items.slice(-2))}` : 'the time each step gets';
    const body = ctx.t(
      `I'll be straight with you, though: I'm keeping the price at ${ctx.priceText()}. It's already worked out for this job, and a discount would have to come out of ${step}, which is exactly where the quality comes from. I wish I could say yes, but I'd rather give you the full result than a cheaper, weaker one.`,
      `To be direct, I am keeping the price at ${ctx.priceText()}. It is calculated for this job, and a discount would have to come out of ${step}, which is where the quality comes from. I would like to say yes, but I would rather deliver the full result than a weaker one.`,
      `I must, however, keep the fee at ${ctx.priceText()}. It has been calculated for this specific assignment, and any reduction would have to come from ${step}, which is precisely where the quality of the result is determined. I regret that I cannot agree, but I would rather deliver the full result than a diminished one.`,
    );
    const block = breakdownBlock(ctx, ctx.t('For reference, here is how it breaks down:', 'For reference, the price breaks down as follows:', 'For your reference, the fee is composed as follows:'));
    const principles: Part['principles'] = [
      ['hold_firm_on_discount', 'Keeps the price, says why a discount would hurt the result, and expresses regret without apologising.'],
      ['agree_before_refusing', 'Acknowledges their wish for a lower price before declining it.'],
    ];
    if (block.given) principles.push(['line_item_breakdown', 'The breakdown shows what a discount would have to cut.']);
    return { text: `${ack} ${body}${block.given ? `\n\n${block.text}` : ''}`, principles };
  },
  close: (ctx) => ctx.t(`Does that make sense? If so, shall I get going at ${ctx.priceText()}?`, `If that works for you, shall I get started at ${ctx.priceText()}?`, `Would you be agreeable to proceeding at ${ctx.priceText()}?`),
};

const discountTrade: Take = {
  id: 'discount-for-scope-or-time',
  title: 'Trade the discount for scope or time',
  short: 'discount for scope',
  stances: ['trade'],
  write(ctx, move) {
    const lighter = lighterOption(ctx);
    const pct = ctx.clientPercent(move.index);
    const scope = lighter
      ? `Leaving out ${lighter.without} brings the total from ${ctx.priceText()} down to ${lighter.total}.`
      : 'If we take one part out of the scope, the price drops by that part\'s share.';
    const time = pct
      ? ctx.t(`Or, if the deadline can move back by two weeks, I can do the ${pct} you asked for, since I can fit the work around other projects.`, `Alternatively, if the deadline can move back by two weeks, I can give the ${pct} you asked for, because I can fit the work around other projects.`, `Alternatively, should the deadline be extended by two weeks, I could offer the ${pct} reduction you requested, as the work could then be scheduled around other commitments.`)
      : ctx.t('Or, if the deadline can move back a couple of weeks, I can fit the work around other projects and pass some of that on to you.', 'Alternatively, if the deadline can move back by two weeks, I can fit the work around other projects and reflect that in the price.', 'Alternatively, should the deadline be extended by two weeks, the work could be scheduled around other commitments and the fee adjusted accordingly.');
    const intro = ctx.t("I can lower the price, as long as something else moves with it.", 'I can lower the price if something else changes with it.', 'A reduction is possible, provided that another term changes with it.');
    return {
      text: `${intro} ${scope} ${time}`,
      principles: [
        ['transparent_discount', lighter ? `The reduction is visible: ${ctx.priceText()} to ${lighter.total}, for a named step left out.` : 'Any reduction is tied to a visible change in scope.'],
        ['concession_for_concession', 'The discount is exchanged for a smaller scope or a later deadline, both tied to this job.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Which would suit you better: the smaller scope or the later deadline?', 'Which would suit you better: the smaller scope or the later deadline?', 'Which of these would you prefer: the reduced scope or the later deadline?'),
};

const discountStaged: Take = {
  id: 'keep-price-spread-cost',
  title: 'Keep the price, spread the cost',
  short: 'spread the cost',
  stances: ['staged'],
  write(ctx) {
    const plan = stagesInWords(ctx, (a, b) => `${a} first, then ${b}`);
    return {
      text: ctx.t(
        `The price stays at ${ctx.priceText()}, but you don't have to pay it all at once. We can split the work into two stages: ${plan}, each paid when it starts.`,
        `The price stays at ${ctx.priceText()}, but it does not have to be paid at once. We can split the work into two stages: ${plan}, each paid when it starts.`,
        `The fee remains ${ctx.priceText()}; however, it need not be paid in a single instalment. The work can be divided into two stages: ${plan}, each payable at its start.`,
      ),
      principles: [
        ['hold_firm_on_discount', `Keeps ${ctx.priceText()} while easing how it is paid.`],
        ['offer_alternative', 'Answers the wish for a lower price with a lower amount per payment instead of a bare no.'],
        ['phased_payment', 'Two stages, each paid as it starts, spread the cost.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Would paying in two stages make this easier for you?', 'Would paying in two stages make this easier for you?', 'Would payment in two stages be more convenient for you?'),
};

// ---- budget_anchor

function budgetWords(ctx: Ctx, index: number): string {
  const amount = ctx.clientAmount(index);
  return amount ? `your ${ctx.quoteAmount(amount)}` : 'your budget';
}

const budgetFirm: Take = {
  id: 'prove-the-value',
  title: 'Show what the full job costs and why',
  short: 'prove the value',
  stances: ['firm', 'clarify', 'admit', 'turn', 'disclaim', 'part'],
  write(ctx, move) {
    const amount = ctx.clientAmount(move.index);
    const budget = budgetWords(ctx, move.index);
    const covers = amount && ctx.comparable(amount) && amount.value >= ctx.price!.amount;
    const lead = covers
      ? `The full job comes to ${ctx.priceText()}, so ${budget} covers it. Here is what it includes:`
      : ctx.t(`The full job comes to ${ctx.priceText()}, and here's why it takes more than ${budget}:`, `The full job comes to ${ctx.priceText()}, and here is why it takes more than ${budget}:`, `The complete assignment amounts to ${ctx.priceText()}, and I would like to explain why it requires more than ${budget}:`);
    const block = breakdownBlock(ctx, lead);
    const steps = ctx.t('Each step does a job, and skipping one usually shows in the result.', 'Each step has a purpose, and skipping one tends to show in the result.', 'Each step serves a purpose, and omitting one is generally visible in the result.');
    const results = ctx.portfolioOnce((link) => ctx.t(`Here's what this approach has done for other clients: ${link}.`, `You can see what this approach achieved for other clients: ${link}.`, `The outcomes of this approach for other clients can be seen at ${link}.`));
    const proof = [steps, results].filter(Boolean).join(' ');
    const principles: Part['principles'] = [['prove_the_value', `Their figure is answered with why the work costs ${ctx.priceText()}, not with a lower number.`]];
    if (block.given) principles.push(['line_item_breakdown', 'The step list shows where the money goes.']);
    principles.push(['argue_position', 'Past results back the price.']);
    return { text: `${block.text}\n\n${proof}`, principles };
  },
  close: (ctx, move) => {
    const budget = budgetWords(ctx, move.index);
    return ctx.t(`Is ${budget} a firm limit, or something we can work from?`, `Is ${budget} a firm limit, or a starting point?`, `Is ${budget} a fixed limit, or a starting point for discussion?`);
  },
};

const budgetTrade: Take = {
  id: 'fit-scope-to-budget',
  title: 'Fit the scope to their budget',
  short: 'scope to fit the budget',
  stances: ['trade'],
  write(ctx, move) {
    const amount = ctx.clientAmount(move.index);
    const budget = budgetWords(ctx, move.index);
    const split = amount && ctx.comparable(amount) ? withinBudget(ctx, amount.value) : undefined;
    const offer = split
      ? ctx.t(`for ${budget} I can do ${describe(split.fit)}, and ${split.rest.items} can follow later`, `for ${budget} I can deliver ${describe(split.fit)}; ${split.rest.items} can follow later`, `within ${budget} I can deliver ${describe(split.fit)}, with ${split.rest.items} to follow at a later date`)
      : ctx.t(`tell me which parts matter most and I'll put together a version that fits ${budget}`, `if you tell me which parts matter most, I will put together a version that fits ${budget}`, `should you let me know which elements matter most, I will prepare a version that fits ${budget}`);
    const text = ctx.t(
      `The full job is ${ctx.priceText()}, and I'd rather not squeeze all of it into ${budget}. But we can shape the scope to fit: ${offer}.`,
      `The full job is ${ctx.priceText()}, and I would rather not squeeze all of it into ${budget}. We can shape the scope to fit instead: ${offer}.`,
      `The complete assignment is ${ctx.priceText()}, and I would prefer not to compress all of it into ${budget}. The scope can, however, be adapted: ${offer}.`,
    );
    return {
      text,
      principles: [
        ['prove_the_value', `Keeps ${ctx.priceText()} for the full job instead of matching their figure.`],
        ['offer_alternative', `Offers a smaller scope that fits ${budget.replace('your ', 'their ')} instead of a lower price for the same work.`],
        ['line_item_breakdown', split ? 'Names exactly which steps the budget buys.' : 'The scope is cut step by step, in the client\'s priorities.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Would a version that fits your budget work for you?', 'Would a version that fits your budget work for you?', 'Would a version within your budget be suitable?'),
};

const budgetStaged: Take = {
  id: 'budget-as-first-stage',
  title: 'Make their budget the first stage',
  short: 'budget as first stage',
  stances: ['staged'],
  write(ctx, move) {
    const amount = ctx.clientAmount(move.index);
    const budget = budgetWords(ctx, move.index);
    const split = amount && ctx.comparable(amount) ? withinBudget(ctx, amount.value) : undefined;
    const first = split ? describe(split.fit) : coreItems(ctx);
    const rest = split ? describe(split.rest) : 'the remaining steps';
    const text = ctx.t(
      `Here's an idea: ${budget} can cover a first stage, ${first}. Once you've seen and approved it, we carry on with ${rest} whenever the budget allows. The full job stays at ${ctx.priceText()}, just spread out.`,
      `${budget.replace(/^your/, 'Your')} can cover a first stage: ${first}. Once you have seen and approved it, we continue with ${rest} when the budget allows. The full job stays at ${ctx.priceText()}, spread over time.`,
      `I would suggest that ${budget} cover a first stage: ${first}. Upon your approval, we would continue with ${rest} as your budget permits. The total fee remains ${ctx.priceText()}, spread over time.`,
    );
    return {
      text,
      principles: [
        ['offer_alternative', `Turns ${budget.replace('your ', 'their ')} into a first stage instead of a cut price.`],
        ['phased_payment', 'Each stage is paid and approved before the next.'],
        ['prove_the_value', `The total stays ${ctx.priceText()}; only the timing changes.`],
      ],
    };
  },
  close: (ctx) => ctx.t('Shall I plan the first stage around your budget?', 'Shall I plan the first stage around your budget?', 'Shall I prepare a plan for the first stage within your budget?'),
};

export const PRICE_TAKES: TakeTable = {
  price_question: [questionFirm, questionTrade, questionStaged],
  price_objection: [objectionFirm, objectionTrade, objectionStaged],
  discount_request: [discountFirm, discountTrade, discountStaged],
  budget_anchor: [budgetFirm, budgetTrade, budgetStaged],
};
