// Runs everywhere (Node, side panel): when the user spoke last and the client went quiet — which stage the thread is at, when a follow-up is due in working days, and the follow-up itself.
import { extractEntities } from '../entities';
import { parse } from '../nlp';
import type { Profile } from '../schemas';
import { formatDay } from '../suggest/format';

export type FollowUpStage = 'proposal' | 'approval' | 'invoice' | 'question';

/** Working days to wait per stage; an invoice waits for its due date plus `invoiceGraceDays`. */
export interface FollowUpSettings {
  proposalDays: number;
  approvalDays: number;
  invoiceGraceDays: number;
  questionDays: number;
}
export const DEFAULT_FOLLOW_UP: FollowUpSettings = { proposalDays: 3, approvalDays: 5, invoiceGraceDays: 2, questionDays: 3 };
/** An invoice that names no due date is taken as due this many calendar days after it was sent. */
export const DEFAULT_INVOICE_TERM_DAYS = 14;

export const STAGE_LABEL: Record<FollowUpStage, string> = {
  proposal: 'your proposal or quote',
  approval: 'the work you sent for approval',
  invoice: 'your invoice',
  question: 'your question',
};

const MAX_TEXT = 20_000;

// ---- working days (Monday to Friday; dates are calendar days, YYYY-MM-DD, read in UTC so no timezone shifts them)

const dow = (iso: string): number => new Date(`${iso}T12:00:00Z`).getUTCDay();
const isWorkingDay = (iso: string): boolean => dow(iso) !== 0 && dow(iso) !== 6;

function plusDays(iso: string, n: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The date `n` working days after `iso` (a Friday plus 1 is the Monday). */
export function addWorkingDays(iso: string, n: number): string {
  let d = iso;
  let left = Math.max(0, Math.min(Math.floor(n), 2000));
  while (left > 0) {
    d = plusDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to`: sent on Friday, read on Monday = 1. */
export function workingDaysBetween(from: string, to: string): number {
  if (!(to > from)) return 0;
  const days = Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
  const weeks = Math.floor(days / 7);
  let n = weeks * 5;
  let d = plusDays(from, weeks * 7);
  while (d < to) {
    d = plusDays(d, 1);
    if (isWorkingDay(d)) n++;
  }
  return n;
}

/** A message's date as YYYY-MM-DD, or null. */
export function dayOf(date: string | null | undefined): string | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const t = Date.parse(date);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const pad = (x: number) => String(x).padStart(2, '0');
  // The user's own calendar day: a message sent at 23:30 local time was sent that day.
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// ---- the stage of the user's last message

const INVOICE = /\b(?:invoice|amount due|balance due|payment (?:is )?due|payment link|bank details)\b/i;
const APPROVAL =
  /\b(?:for your (?:review|approval|feedback|sign[- ]?off)|(?:please|could you|can you|would you)\s+(?:review|approve|take a look|have a look|check|look over)|let me know (?:what you think|if you(?:'re| are) happy|if (?:it|this|they) works?|if anything)|(?:attached|here is|here are|here's|please find|i'?ve (?:attached|uploaded|shared|sent))\b[^.?!]{0,80}\b(?:draft|design|version|mock-?ups?|concepts?|files?|deliverables?|translation|copy|logo|site|pages?|proofs?|v\d))\b/i;
const PROPOSAL = /\b(?:proposal|quote|quotation|estimate|my (?:price|fee|rate)|the (?:price|fee|total|cost) (?:is|would be|comes to|will be)|would cost|i can do (?:it|this|the \w+) for|to book the work|deposit)\b/i;

export interface Stage {
  stage: FollowUpStage;
  /** Invoice: the amount as written. */
  amount?: string;
  /** Invoice: YYYY-MM-DD it is due. */
  dueOn?: string;
  /** Question: the question, as asked. */
  question?: string;
}

export function detectStage(text: string, sentOn: string): Stage | null {
  const body = text.slice(0, MAX_TEXT);
  if (!body.trim()) return null;
  if (INVOICE.test(body)) {
    const { amounts, dates } = extractEntities(parse(body), { today: sentOn });
    // "Friday 13 November" may come back as two dates; the one with digits is the calendar date.
    const due = [...dates].sort((a, b) => Number(/\d/.test(b.text)) - Number(/\d/.test(a.text))).find((d) => d.iso >= sentOn && /\b(?:due|by|before|until|no later than|on)\b/i.test(body.slice(Math.max(0, d.index - 30), d.index + d.text.length)));
    const within = /\b(?:within|in|net)\s*(\d{1,3})\s*(?:calendar\s+)?days?\b|\bnet\s*(\d{1,3})\b/i.exec(body);
    const dueOn = due?.iso ?? (within ? plusDays(sentOn, Number(within[1] ?? within[2])) : plusDays(sentOn, DEFAULT_INVOICE_TERM_DAYS));
    const amount = amounts.find((a) => a.currency)?.text ?? amounts[0]?.text;
    return { stage: 'invoice', dueOn, ...(amount ? { amount } : {}) };
  }
  // "Here is my proposal" is a proposal, though "here is … page" alone would read as work sent for approval.
  if (/\b(?:proposal|quote|quotation|estimate)\b/i.test(body)) return { stage: 'proposal' };
  if (APPROVAL.test(body)) return { stage: 'approval' };
  if (PROPOSAL.test(body)) return { stage: 'proposal' };
  const q = /[^.?!\n]*\?/.exec(body);
  if (q) return { stage: 'question', question: q[0].trim() };
  return null;
}

// ---- the follow-up

export interface FollowUpMessage {
  text: string;
  date: string | null;
  fromUser: boolean;
}

export interface FollowUp {
  stage: FollowUpStage;
  sentOn: string;
  /** Working days since the user's message. */
  waitingDays: number;
  /** YYYY-MM-DD from which a follow-up is due. */
  dueOn: string;
  due: boolean;
  /** "A follow-up on your proposal would be due on Thursday 12 November." or what is due now. */
  summary: string;
  invoice?: { amount?: string; dueOn: string };
  /** The follow-up email, present once it is due. */
  text?: string;
  title: string;
}

export interface FollowUpInput {
  messages: FollowUpMessage[];
  today: string;
  profile?: Pick<Profile, 'name' | 'signature'> & { followUp?: Partial<FollowUpSettings> };
  /** The client's first name, for the greeting. */
  clientName?: string | null;
  subject?: string;
}

export function settingsOf(profile: FollowUpInput['profile']): FollowUpSettings {
  return { ...DEFAULT_FOLLOW_UP, ...(profile?.followUp ?? {}) };
}

/** Null unless the newest message is the user's own, with a date and a recognisable stage. Total; bounded. */
export function followUpFor(input: FollowUpInput): FollowUp | null {
  const last = input.messages[input.messages.length - 1];
  if (!last || !last.fromUser) return null;
  const sentOn = dayOf(last.date);
  if (!sentOn) return null;
  const stage = detectStage(last.text, sentOn);
  if (!stage) return null;
  const s = settingsOf(input.profile);
  const dueOn =
    stage.stage === 'invoice'
      ? addWorkingDays(stage.dueOn!, s.invoiceGraceDays)
      : addWorkingDays(sentOn, stage.stage === 'proposal' ? s.proposalDays : stage.stage === 'approval' ? s.approvalDays : s.questionDays);
  const today = input.today;
  const due = today >= dueOn;
  const waitingDays = workingDaysBetween(sentOn, today);
  const label = STAGE_LABEL[stage.stage];
  const summary = due
    ? `${waitingDays} working day${waitingDays === 1 ? '' : 's'} since ${label} (${formatDay(sentOn, today)}): a follow-up is due.`
    : `A follow-up on ${label} would be due on ${formatDay(dueOn, today)}.`;
  const title = {
    proposal: 'Ask whether the proposal is still relevant',
    approval: 'Ask for feedback by a named date',
    invoice: 'Remind them of the invoice',
    question: 'Check they saw your question',
  }[stage.stage];
  return {
    stage: stage.stage,
    sentOn,
    waitingDays,
    dueOn,
    due,
    summary,
    title,
    ...(stage.stage === 'invoice' ? { invoice: { dueOn: stage.dueOn!, ...(stage.amount ? { amount: stage.amount } : {}) } } : {}),
    ...(due ? { text: writeFollowUp(stage, sentOn, input) } : {}),
  };
}

function writeFollowUp(stage: Stage, sentOn: string, input: FollowUpInput): string {
  const today = input.today;
  const sent = formatDay(sentOn, today);
  const about = input.subject?.trim() ? ` for “${input.subject.trim().replace(/^(?:re|fw|fwd|aw|sv)\s*:\s*/i, '').slice(0, 120)}”` : '';
  const hello = input.clientName ? `Hi ${input.clientName},` : 'Hi,';
  let body: string;
  switch (stage.stage) {
    case 'proposal':
      body = `I wanted to follow up on the proposal I sent on ${sent}${about}. Is it still relevant, or should the start date move? If anything in it needs adjusting, I am happy to talk it through.`;
      break;
    case 'approval': {
      const by = formatDay(addWorkingDays(today, 2), today);
      body = `I wanted to check whether you have had a chance to look at what I sent on ${sent}${about}. Could you let me have your feedback by ${by}? That keeps the next step on schedule.`;
      break;
    }
    case 'invoice': {
      const amount = stage.amount ? ` for ${stage.amount}` : '';
      body = `A friendly reminder that my invoice${amount}, sent on ${sent}, was due on ${formatDay(stage.dueOn!, today)}. Could you let me know when the payment is planned? If it is already on its way, thank you, and please ignore this note.`;
      break;
    }
    case 'question':
      body = `I am just checking that my question from ${sent} reached you: “${stage.question}” Once I have your answer, I can move ahead.`;
      break;
  }
  const name = input.profile?.signature?.trim() || input.profile?.name?.trim() || '';
  return [hello, body, `Best regards,${name ? `\n${name}` : ''}`].join('\n\n');
}
