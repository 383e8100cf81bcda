// Runs everywhere (Node, side panel): reply paragraphs for payment terms and for acceptance (terms in writing, deposit).
import type { DetectedMove } from '../schemas';
import type { Ctx } from './context';
import { stagesInWords } from './offers';
import type { Take, TakeTable } from './types';

function paymentWish(ctx: Ctx, move: DetectedMove): string {
  const duration = ctx.clientDuration(move.index);
  if (duration) return ctx.t(`you'd prefer to pay within ${ctx.v(duration.text.trim())}`, `you would prefer to pay within ${ctx.v(duration.text.trim())}`, `you would prefer payment terms of ${ctx.v(duration.text.trim())}`);
  const pct = ctx.clientPercent(move.index);
  if (pct) return ctx.t(`you'd rather keep the upfront part to ${pct}`, `you would rather keep the upfront part to ${pct}`, `you would prefer to limit the advance payment to ${pct}`);
  return ctx.t("you'd rather not pay before you've seen results", 'you would rather not pay before seeing results', 'you would prefer not to pay before seeing results');
}

/** The deposit rule, citing the agreement when there is one. */
function depositRule(ctx: Ctx): string {
  return ctx.depositIsAgreed
    ? ctx.t(`When we set the terms, we agreed on a ${ctx.deposit()} deposit before I start, and I'd like to keep to that.`, `When we agreed the terms, we settled on a ${ctx.deposit()} deposit before the start, and I would like to keep to that.`, `Our agreed terms provide for a deposit of ${ctx.deposit()} before work begins, and I would like to keep to them.`)
    : ctx.t(`I start work once a ${ctx.deposit()} deposit is in.`, `I start work once a ${ctx.deposit()} deposit has been paid.`, `My practice is to begin work upon receipt of a ${ctx.deposit()} deposit.`);
}

const phased: Take = {
  id: 'phased-payment',
  title: 'Pay stage by stage',
  short: 'pay by stage',
  stances: ['staged', 'trade'],
  write(ctx, move) {
    const ack = ctx.bank.acknowledge(paymentWish(ctx, move));
    const plan = stagesInWords(ctx, (a, b) => `first ${a}, then ${b}`);
    const text = ctx.t(
      `${ack} ${depositRule(ctx)} But we can take the risk out of it for you: let's split the project into stages: ${plan}. You pay for a stage, I deliver it, you approve it, and only then do you pay for the next one. I'll still keep time free for the whole project, so nothing slows down.`,
      `${ack} ${depositRule(ctx)} We can reduce the risk for you by splitting the project into stages: ${plan}. You pay for a stage, I deliver it, you approve it, and then you pay for the next. I will still reserve time for the whole project.`,
      `${ack} ${depositRule(ctx)} To reduce the risk on your side, the project can be divided into stages: ${plan}. Each stage is paid, delivered and approved before the next is invoiced. I will nonetheless reserve time for the entire project.`,
    );
    return {
      text,
      principles: [
        ['offer_alternative', 'Declines paying after delivery but offers a safer route instead of a bare no.'],
        ['phased_payment', 'Pay, deliver, approve, repeat: the client never pays far ahead of the work.'],
        ['set_priorities', ctx.depositIsAgreed ? `Defends the agreed ${ctx.deposit()} deposit while bending on how the rest is paid.` : 'Keeps payment before work as the fixed point and bends on the schedule.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Would paying stage by stage work for you?', 'Would paying stage by stage work for you?', 'Would payment by stages be acceptable to you?'),
};

const contract: Take = {
  id: 'deposit-with-contract',
  title: 'Keep the deposit, add a contract and a guarantee',
  short: 'contract and guarantee',
  stances: ['firm', 'clarify', 'admit', 'turn', 'disclaim', 'part'],
  write(ctx, move) {
    const ack = ctx.bank.acknowledge(paymentWish(ctx, move));
    const text = ctx.t(
      `${ack} ${depositRule(ctx)} To make paying upfront feel safe, I'll put everything in a written contract: what I deliver, the dates, the price and how payment works. I'll also add a guarantee: if I miss the agreed deadline, you get half of the deposit back.`,
      `${ack} ${depositRule(ctx)} To make the advance feel safe, I will put everything in a written contract: deliverables, dates, price and payment. I can also add a guarantee: if I miss the agreed deadline, half of the deposit is refunded.`,
      `${ack} ${depositRule(ctx)} To give you full security, I will set out all terms in a written contract: deliverables, dates, fee and payment arrangements. I am also prepared to include a guarantee: should I miss the agreed deadline, half of the deposit will be refunded.`,
    );
    return {
      text,
      principles: [
        ['deposit_first', `States the billing rule: a ${ctx.deposit()} deposit before work starts.`],
        ['contract_and_guarantees', 'A contract and a deadline guarantee answer the fear behind not paying upfront.'],
        ['offer_alternative', 'Replaces their proposal with safety for them, not with a bare refusal.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Shall I send over the contract so you can have a look?', 'Shall I send over the contract for you to review?', 'Shall I send you the contract for your review?'),
};

// ---- acceptance

function termsList(ctx: Ctx, move: DetectedMove): string {
  const deadline = ctx.deadline(move.index);
  return [
    `- ${ctx.t('What you get', 'Deliverables', 'Deliverables')}: ${ctx.deliverables()}`,
    `- Deadline: ${deadline ?? ctx.t('the date you need (please add it in your reply)', 'the date you need (please include it in your reply)', 'your required date (kindly include it in your reply)')}`,
    `- Price: ${ctx.priceText()}`,
    `- ${ctx.t('Deposit', 'Deposit', 'Deposit')}: ${ctx.deposit()}, invoiced before work starts`,
    `- Revisions: ${ctx.rounds()} included`,
  ].join('\n');
}

const confirmTerms: Take = {
  id: 'confirm-terms-and-deposit',
  title: 'Confirm the terms in writing and take the deposit',
  short: 'terms in writing',
  stances: ['firm', 'clarify', 'admit', 'turn', 'disclaim', 'part'],
  write(ctx, move) {
    const intro = ctx.agreement
      ? ctx.t("Before I dive in, here's a quick recap of what we agreed, so we're both on the same page:", 'Before I start, here is a summary of what we agreed:', 'Before commencing, I set out below the terms we have agreed:')
      : ctx.t("Before I dive in, here's a quick recap of the terms, so we're both on the same page:", 'Before I start, here is a summary of the terms:', 'Before commencing, I set out below the proposed terms:');
    const after = ctx.t(
      `If that all looks right, a short reply saying so is all I need. I'll then send the invoice for the ${ctx.deposit()} deposit and get going as soon as it arrives.`,
      `If everything is correct, a short reply confirming it is all I need. I will then send the invoice for the ${ctx.deposit()} deposit and start as soon as it is paid.`,
      `If everything is in order, a brief written confirmation by reply will suffice. I will then issue the invoice for the ${ctx.deposit()} deposit and begin work upon its receipt.`,
    );
    return {
      text: `${intro}\n${termsList(ctx, move)}\n\n${after}`,
      principles: [
        ['confirm_in_writing', ctx.agreement ? 'Restates the agreed terms and asks for a written yes before any work starts.' : 'Lists the terms and asks for a written yes before any work starts.'],
        ['deposit_first', `Says when billing starts: the ${ctx.deposit()} deposit invoice, then work.`],
      ],
    };
  },
  close: (ctx) => ctx.t('Could you reply to confirm these terms?', 'Could you confirm these terms by replying to this email?', 'Could you kindly confirm these terms by reply?'),
};

const contractKickoff: Take = {
  id: 'contract-and-kickoff',
  title: 'Send a contract and book the kickoff',
  short: 'contract and kickoff',
  stances: ['staged', 'trade'],
  write(ctx, move) {
    const deadline = ctx.deadline(move.index);
    const due = deadline ? ` by ${deadline}` : '';
    const text = ctx.t(
      `I'll turn our terms into a short contract: ${ctx.deliverables()}${due}, ${ctx.priceText()} in total, ${ctx.rounds()} included, and a ${ctx.deposit()} deposit before I start. Please reply to confirm these terms, and I'll send the contract together with the deposit invoice. Once both are back, I'll get started. I'd also suggest a quick kickoff call so I can ask my first questions and you can meet the plan.`,
      `I will put our terms into a short contract: ${ctx.deliverables()}${due}, ${ctx.priceText()} in total, ${ctx.rounds()} included, and a ${ctx.deposit()} deposit before the start. Please reply to confirm these terms and I will send the contract with the deposit invoice; work starts once both are back. I also suggest a quick kickoff call to go through the plan.`,
      `I will prepare a short contract on the following terms: ${ctx.deliverables()}${due}, a total fee of ${ctx.priceText()}, ${ctx.rounds()} included, and a deposit of ${ctx.deposit()} before commencement. I would be grateful if you could confirm these terms by reply, after which I will send the contract together with the deposit invoice; work will begin once both have been received. I would also propose a brief kickoff call to review the plan.`,
    );
    return {
      text,
      principles: [
        ['confirm_in_writing', 'Asks for a written confirmation of the terms before the contract goes out.'],
        ['deposit_first', `The ${ctx.deposit()} deposit invoice travels with the contract; work starts when it is paid.`],
        ['contract_and_guarantees', 'A short contract fixes the terms for both sides.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Could you confirm the terms and let me know a good time for the kickoff call?', 'Could you confirm the terms by email and suggest a time for the kickoff call?', 'Could you kindly confirm the terms and propose a convenient time for the kickoff call?'),
};

export const PAYMENT_TAKES: TakeTable = {
  payment_terms: [phased, contract],
  acceptance: [confirmTerms, contractKickoff],
};
