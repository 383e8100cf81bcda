// Runs everywhere (Node, side panel): reply paragraphs for boundary pushes (availability) and NDA or exclusivity requests.
import type { Ctx } from './context';
import type { Take, TakeTable } from './types';

function channels(ctx: Ctx): string {
  const list = ctx.agreement?.channels;
  return list?.length ? ctx.t(` The easiest ways to reach me are ${ctx.v(list.join(', '))}.`, ` The best channels are ${ctx.v(list.join(', '))}.`, ` The agreed channels are ${ctx.v(list.join(', '))}.`) : '';
}

const workingHours: Take = {
  id: 'restate-working-hours',
  title: 'Restate working hours and response time',
  short: 'working hours',
  stances: ['firm', 'clarify', 'admit', 'turn', 'disclaim', 'part'],
  write(ctx) {
    const agreed = ctx.agreement?.workingHours ? ctx.t(', as we agreed at the start', ', as agreed at the start', ', as agreed at the outset') : '';
    const text = ctx.t(
      `I want you to be able to count on me, so here's how I work: I'm available ${ctx.hours()}${agreed}, and I answer email ${ctx.responseTime()}. Outside those hours I'm offline, which is what keeps my work on your project focused.${channels(ctx)} If something truly urgent comes up, put "urgent" in the subject and I'll look at it first thing.`,
      `I want you to be able to rely on me, so here is how I work: I am available ${ctx.hours()}${agreed}, and I answer email ${ctx.responseTime()}. Outside those hours I am offline, which keeps my work on your project focused.${channels(ctx)} If something is truly urgent, mark the subject "urgent" and I will deal with it first.`,
      `So that you can plan with confidence, allow me to set out how I work: I am available ${ctx.hours()}${agreed}, and I respond to email ${ctx.responseTime()}. Outside those hours I am not available, which allows me to give your project my full attention.${channels(ctx)} Should a matter be genuinely urgent, please mark the subject "urgent" and I will address it first.`,
    );
    return {
      text,
      principles: [
        ['set_boundaries', 'States working hours and response time instead of silently bending to out-of-hours demands.'],
        ['offer_alternative', 'An "urgent" flag gives them a route for real emergencies.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Would that rhythm work for you?', 'Does that rhythm work for you?', 'Would that arrangement suit you?'),
};

const updateRoutine: Take = {
  id: 'offer-update-routine',
  title: 'Offer a fixed update routine',
  short: 'update routine',
  stances: ['trade', 'staged'],
  write(ctx) {
    const text = ctx.t(
      `Rather than being on call, how about a fixed routine: a short progress update at the end of each working day, so you always know where things stand without having to ask. My hours are ${ctx.hours()} and I reply ${ctx.responseTime()}. If you ever need me outside those hours on a specific day, we can arrange it with a ${ctx.rush()} surcharge for that time.`,
      `Instead of being on call, I can offer a fixed routine: a short progress update at the end of each working day, so you always know where things stand. My hours are ${ctx.hours()} and I reply ${ctx.responseTime()}. If you need me outside those hours on a particular day, we can arrange it with a ${ctx.rush()} surcharge for that time.`,
      `In place of continuous availability, I would propose a fixed routine: a brief progress report at the end of each working day, so that you are always informed of the status. My working hours are ${ctx.hours()} and I respond ${ctx.responseTime()}. Should you require me outside those hours on a particular day, this can be arranged at a ${ctx.rush()} surcharge for that time.`,
    );
    return {
      text,
      principles: [
        ['set_boundaries', 'Restates hours and response time as the frame.'],
        ['offer_alternative', 'A daily update replaces constant availability: it costs little and answers the need for visibility.'],
        ['concession_for_concession', 'Out-of-hours time is possible, but it is paid for.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Would a daily update at the end of the day work for you?', 'Would a daily end-of-day update work for you?', 'Would a daily update at the close of each working day be suitable?'),
};

const ndaSurcharge: Take = {
  id: 'nda-with-surcharge',
  title: 'Sign the NDA for a surcharge',
  short: 'NDA surcharge',
  stances: ['firm', 'clarify', 'admit', 'turn', 'disclaim', 'part'],
  write(ctx) {
    const total = ctx.surcharged(ctx.ndaPercent);
    const sum = total ? ctx.t(`, so the total would be ${total}`, `, which makes the total ${total}`, `, bringing the total to ${total}`) : '';
    const text = ctx.t(
      `Happy to sign an NDA! Since it means I can't show this work in my portfolio (which is how new clients find me), NDA projects carry a ${ctx.nda()} surcharge${sum}.`,
      `I am glad to sign an NDA. Because it means I cannot show this work in my portfolio, which is how new clients find me, NDA projects carry a ${ctx.nda()} surcharge${sum}.`,
      `I am prepared to sign a non-disclosure agreement. As this prevents me from presenting the work in my portfolio, on which new business depends, confidential projects carry a surcharge of ${ctx.nda()}${sum}.`,
    );
    return {
      text,
      principles: [['concession_for_concession', 'Accepts the NDA but trades it for a surcharge that offsets the lost portfolio piece.']],
    };
  },
  close: (ctx) => ctx.t('Shall I send over an updated quote with the NDA included?', 'Shall I send an updated quote that includes the NDA?', 'Shall I send a revised quotation reflecting the NDA?'),
};

const ndaAnonymised: Take = {
  id: 'nda-with-anonymised-samples',
  title: 'Sign at the usual price if anonymised samples are allowed',
  short: 'anonymised portfolio',
  stances: ['trade', 'staged'],
  write(ctx) {
    const text = ctx.t(
      `Happy to sign! If I can show an anonymised version of the work, with your name and anything identifying taken out, the price stays as it is. If it needs to stay fully confidential, the NDA surcharge of ${ctx.nda()} applies.`,
      `I am glad to sign. If I may show an anonymised version of the work, with your name and all identifying details removed, the price stays as it is. If it must stay fully confidential, the NDA surcharge of ${ctx.nda()} applies.`,
      `I am prepared to sign. Should you permit me to show an anonymised version of the work, with your name and all identifying details removed, the fee would remain unchanged. Should full confidentiality be required, the NDA surcharge of ${ctx.nda()} would apply.`,
    );
    return {
      text,
      principles: [
        ['concession_for_concession', 'Keeps the price only in exchange for anonymised portfolio use.'],
        ['offer_alternative', 'Gives a second route to confidentiality that costs them nothing.'],
      ],
    };
  },
  close: (ctx) => ctx.t('Would an anonymised portfolio mention be OK for you?', 'Would an anonymised portfolio mention work for you?', 'Would an anonymised portfolio reference be acceptable to you?'),
};

export const TERMS_TAKES: TakeTable = {
  boundary_push: [workingHours, updateRoutine],
  nda_request: [ndaSurcharge, ndaAnonymised],
};
