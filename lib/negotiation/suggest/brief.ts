// Runs everywhere (Node, side panel): reply paragraphs for a vague brief — focused questions, or the task restated for correction.
import type { Ctx } from './context';
import type { Take, TakeTable } from './types';

function questions(ctx: Ctx, hasDate: boolean): string[] {
  const list = [
    ctx.t(`What should ${ctx.serviceName()} achieve for you: more sign-ups, more sales, something else?`, `What should ${ctx.serviceName()} achieve: more sign-ups, more sales, something else?`, `What result should ${ctx.serviceName()} achieve: more registrations, more sales, or another objective?`),
    ctx.t("Who's it for? A line or two about your customers is plenty.", 'Who is it for? A line or two about your customers is enough.', 'Who is the intended audience? A brief description of your customers would suffice.'),
    ctx.t('Are there examples you love (or really dislike)?', 'Are there examples you like, or dislike?', 'Are there any examples you particularly like or dislike?'),
  ];
  if (!hasDate) list.push(ctx.t('When do you need it?', 'When do you need it by?', 'By what date do you require it?'));
  return list;
}

const askQuestions: Take = {
  id: 'clarify-brief-questions',
  title: 'Ask focused questions',
  short: 'clarifying questions',
  stances: ['clarify', 'firm', 'admit', 'part', 'disclaim'],
  write(ctx, move) {
    const hasDate = Boolean(ctx.deadline(move.index));
    const list = questions(ctx, hasDate).map((q, i) => `${i + 1}. ${q}`).join('\n');
    const intro = ctx.t("To make sure I build exactly the right thing, a few quick questions:", 'To make sure I deliver the right thing, a few questions:', 'To ensure that I deliver precisely what you need, I would be grateful for answers to a few questions:');
    const outro = ctx.t("Even details that seem minor are useful, so don't hold back.", 'Even details that seem minor help me get it right the first time.', 'Even details that may seem minor will help me get it right the first time.');
    return {
      text: `${intro}\n${list}\n${outro}`,
      principles: [
        ['clarify_brief', 'The brief is open, so the reply asks what result they expect instead of guessing.'],
        ['attend_to_client', `The questions are about their ${ctx.service ? 'project' : 'task'} and customers, not a generic form.`],
      ],
    };
  },
  close: (ctx) => ctx.t('Could you answer these when you get a moment?', 'Could you answer these when you have a moment?', 'Could you kindly answer these at your convenience?'),
};

const restate: Take = {
  id: 'restate-and-confirm',
  title: 'Restate the task and let them correct it',
  short: 'restate the task',
  stances: ['turn', 'trade', 'staged'],
  write(ctx, move) {
    const deadline = ctx.deadline(move.index);
    const due = deadline ? ` by ${deadline}` : '';
    const approach = ctx.items.length ? ctx.t(`I'd start with ${ctx.itemNames(ctx.items.slice(0, 2))}`, `I would start with ${ctx.itemNames(ctx.items.slice(0, 2))}`, `I would begin with ${ctx.itemNames(ctx.items.slice(0, 2))}`) : ctx.t("I'd start with a short brief we fill in together", 'I would start with a short brief that we fill in together', 'I would begin with a short brief, to be completed together');
    const text = ctx.t(
      `Let me check I've understood you correctly: you need ${ctx.serviceName()}${due}, and the exact goal is still open. Here's how I'd approach it: ${approach}, and then we fix the details. Please correct anything I've got wrong. If it's easier, we can talk it through on a quick call, and I'll send you a written summary afterwards to confirm.`,
      `Let me check I have understood you correctly: you need ${ctx.serviceName()}${due}, and the exact goal is still open. Here is how I would approach it: ${approach}, and then we settle the details. Please correct anything I have got wrong. If it is easier, we can talk it through on a quick call, and I will send you a written summary afterwards to confirm.`,
      `Allow me to confirm my understanding: you require ${ctx.serviceName()}${due}, and the precise objective is still to be defined. My proposed approach: ${approach}, after which we would settle the details. Please correct anything I have misunderstood. Alternatively, we could discuss it on a short call, after which I will send you a written summary for confirmation.`,
    );
    return {
      text,
      principles: [
        ['restate_understanding', 'Says the task back in plain words so the client can correct it.'],
        ['clarify_brief', 'Flags the open goal and proposes how to pin it down.'],
        ['confirm_in_writing', 'Promises a written summary after any call, for them to confirm.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Would a quick call this week help us pin it down?', 'Would a quick call this week help us pin it down?', 'Would a short call this week be helpful?'),
};

export const BRIEF_TAKES: TakeTable = {
  vague_brief: [askQuestions, restate],
};
