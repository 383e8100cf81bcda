// Runs everywhere (Node, side panel): reply paragraphs for complaints and for a client insisting on a risky direction.
import type { Ctx } from './context';
import { quoteEvidence } from './offers';
import type { Take, TakeTable } from './types';

// ---- complaint

const clarifyAndFix: Take = {
  id: 'clarify-and-fix',
  title: 'Clarify the complaint and fix it',
  short: 'clarify and fix',
  stances: ['clarify', 'firm', 'trade', 'staged', 'turn'],
  write(ctx, move) {
    ctx.once('asked-specifics');
    const text = ctx.t(
      `I'm sorry the result isn't what you hoped for. Let me check I've understood you correctly: you're unhappy with how it turned out, in particular ${quoteEvidence(ctx, move.evidence)}. Could you tell me exactly which parts don't work for you, and why? As soon as I know, I'll fix what's off. And if a change would make the result weaker, I'll say so honestly and suggest another way.`,
      `I am sorry the result is not what you expected. Let me check I have understood you correctly: you are unhappy with the result, in particular ${quoteEvidence(ctx, move.evidence)}. Could you tell me exactly which parts do not work for you, and why? As soon as I know, I will fix what is wrong. If a change would weaken the result, I will explain why and suggest another way.`,
      `I regret that the result has not met your expectations. Allow me to confirm my understanding: you are dissatisfied with the result, in particular ${quoteEvidence(ctx, move.evidence)}. Could you specify which parts do not meet your requirements, and why? As soon as I have that information, I will correct whatever is at fault. Should a requested change risk weakening the result, I will explain my reasoning and propose an alternative.`,
    );
    return {
      text,
      principles: [
        ['stay_calm', 'No excuses and no counter-blame: the reply goes straight to solving it.'],
        ['restate_understanding', 'Repeats their complaint in their words so they can correct the reading.'],
        ['clarify_the_complaint', 'Asks what exactly is wrong and why, and commits to fixing it.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Could you point me to the parts that bother you most, so I can start on them?', 'Could you point me to the parts that bother you most, so I can start on them?', 'Could you indicate the parts of greatest concern, so that I may begin with them?'),
};

const admitAndFix: Take = {
  id: 'admit-and-fix',
  title: 'Own the mistake and fix it',
  short: 'admit and fix',
  stances: ['admit', 'firm'],
  write(ctx, move) {
    const text = ctx.t(
      `You're right, and I'm sorry. What you describe (${quoteEvidence(ctx, move.evidence)}) shouldn't have happened, and that's on me. I'll correct it at no cost, and later today I'll let you know exactly when the fixed version will be with you. To make sure the fix covers everything: is that the only issue, or is there anything else you'd like me to look at?`,
      `You are right, and I apologise. What you describe (${quoteEvidence(ctx, move.evidence)}) should not have happened, and that is my responsibility. I will correct it at no cost, and today I will tell you exactly when the fixed version will be ready. To make sure the fix covers everything: is that the only issue, or is there anything else I should look at?`,
      `You are quite right, and I apologise. The issue you describe (${quoteEvidence(ctx, move.evidence)}) should not have occurred, and the responsibility is mine. I will correct it at no charge and will confirm today exactly when the corrected version will be delivered. To ensure the correction is complete, is this the only issue, or are there other points I should address?`,
    );
    return {
      text,
      principles: [
        ['stay_calm', 'No defence and no excuses, only the fix.'],
        ['admit_mistakes', 'Owns the error plainly: the relationship matters more than being right.'],
        ['restate_understanding', 'Checks the fix covers everything they raised.'],
      ],
    };
  },
  close: (ctx) => ctx.t("I'll be in touch later today with the timing. Does that sound OK?", 'I will write again today with the timing. Does that work for you?', 'I will write to you again today with the timing. Would that be acceptable?'),
};

const refundAndPart: Take = {
  id: 'refund-and-part',
  title: 'Refund and part politely',
  short: 'refund and part',
  stances: ['part'],
  fits: (ctx) => ctx.severe,
  write(ctx) {
    const text = ctx.t(
      "I understand you're not happy, and I've explained my approach as best I can. Since we see this differently, I think the fairest thing is to end our work here: I'll refund the payment for the work that isn't finished and send you everything done so far. Thank you for the opportunity, and I wish you every success with the project.",
      'I understand you are not satisfied, and I have explained my approach as well as I can. Since we see this differently, I think the fairest solution is to end our work here: I will refund the payment for the unfinished work and send you everything completed so far. Thank you for the opportunity, and I wish you every success with the project.',
      'I understand that you are not satisfied, and I have set out my approach as fully as I can. As our views differ, I believe the fairest course is to conclude our work at this point: I will refund the payment for the unfinished work and provide everything completed to date. Thank you for the opportunity, and I wish you every success with the project.',
    );
    return {
      text,
      principles: [
        ['stay_calm', 'No blame and no argument, even though the message is heated.'],
        ['refund_and_part', 'The complaint is severe and argument is not landing, so the reply refunds the open part and parts.'],
        ['mutual_respect', 'Ends courteously, thanking them and wishing them well.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Could you let me know where you would like the refund sent?', 'Could you confirm where you would like the refund sent?', 'Could you kindly confirm the account to which the refund should be sent?'),
};

// ---- wrong_direction

function direction(ctx: Ctx, evidence: string): string {
  return `the approach you describe (${quoteEvidence(ctx, evidence)})`;
}

const askWhy: Take = {
  id: 'ask-why-then-options',
  title: 'Ask why, then offer options',
  short: 'ask why',
  stances: ['clarify', 'firm', 'trade', 'staged'],
  write(ctx, move) {
    const text = ctx.t(
      `Before I start on ${direction(ctx, move.evidence)}, can I ask what's behind it? Knowing what you're hoping to achieve helps me get it right, and I may be missing something about your situation. Depending on your answer, I see three ways to go: do it exactly as you describe, keep the idea but adapt it to your brand, or try both and compare.`,
      `Before I start on ${direction(ctx, move.evidence)}, may I ask what is behind it? Knowing what you want to achieve helps me get it right, and I may be missing something about your situation. Depending on your answer, I see three ways to go: do it exactly as described, keep the idea but adapt it to your brand, or test both and compare.`,
      `Before proceeding with ${direction(ctx, move.evidence)}, may I ask what has prompted it? Understanding your objective will help me deliver the right result, and there may be circumstances I am not aware of. Depending on your answer, I see three possible routes: proceed exactly as described, retain the idea but adapt it to your brand, or prepare both for comparison.`,
    );
    return {
      text,
      principles: [
        ['ask_why', 'Asks for the reason first: it shows respect and may surface information.'],
        ['offer_options', 'Puts three routes on the table; the last word stays theirs.'],
      ],
    };
  },
  close: (ctx) => ctx.t('What made you want to go in this direction?', 'What made you want to go in this direction?', 'What has led you to favour this direction?'),
};

const agreeThenTurn: Take = {
  id: 'agree-then-turn',
  title: 'Agree with the true part, then turn',
  short: 'agree, then turn',
  stances: ['turn', 'trade'],
  write(ctx, move) {
    const text = ctx.t(
      `You've got a point: ${direction(ctx, move.evidence)} clearly works for them, and there's a lot to learn from it. But your strengths are different, and a close copy would make you look like the second version of someone else. I'd rather take what works there and build it around what makes you stand out. I can put both versions side by side so you can choose.`,
      `You have a point: ${direction(ctx, move.evidence)} clearly works for them, and it is worth learning from. But your strengths are different, and a close copy would make you look like a second version of someone else. I would rather take what works there and build it around what makes you stand out. I can show you both versions side by side so you can choose.`,
      `You are right that ${direction(ctx, move.evidence)} has clearly been effective for them, and there is much to learn from it. Your strengths, however, are different, and a close copy risks presenting you as a second version of another business. I would recommend adopting what works there and building it around what distinguishes you. I can present both versions side by side for your decision.`,
    );
    return {
      text,
      principles: [
        ['imagined_agreement', 'Agrees with the true part (it works for them) before turning to their own strengths.'],
        ['offer_options', 'Offers both versions side by side so the decision stays theirs.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Would you like to see both versions side by side?', 'Would you like to see both versions side by side?', 'Would you like me to prepare both versions for comparison?'),
};

const disclaim: Take = {
  id: 'do-it-with-disclaimer',
  title: 'Do it their way, with a written note',
  short: 'with a written disclaimer',
  stances: ['disclaim'],
  write(ctx, move) {
    const text = ctx.t(
      `It's your project, so the final call is yours, and I'll go with ${direction(ctx, move.evidence)}. Just so it's on record: I have real doubts it will get you the result you want, so I'd ask you to confirm by email that you'd like to go ahead this way, knowing I can't be responsible for how it performs.`,
      `It is your project, so the final decision is yours, and I will go with ${direction(ctx, move.evidence)}. For the record, I have doubts it will get you the result you want, so I would ask you to confirm by email that you want to go ahead this way, on the understanding that I cannot be responsible for how it performs.`,
      `As it is your project, the final decision rests with you, and I will proceed with ${direction(ctx, move.evidence)}. For the record, I have reservations as to whether it will achieve the intended result; I would therefore ask you to confirm in writing that you wish to proceed on this basis, on the understanding that I cannot accept responsibility for its performance.`,
    );
    return {
      text,
      principles: [
        ['disclaim_responsibility', 'Does it their way but puts the responsibility for the outcome in writing.'],
        ['mutual_respect', 'Leaves the decision with the client and states the concern without lecturing.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Could you confirm by email that you want to go ahead this way?', 'Could you confirm by email that you would like to go ahead this way?', 'Could you kindly confirm in writing that you wish to proceed on this basis?'),
};

export const CONFLICT_TAKES: TakeTable = {
  complaint: [clarifyAndFix, admitAndFix, refundAndPart],
  wrong_direction: [askWhy, agreeThenTurn, disclaim],
};
