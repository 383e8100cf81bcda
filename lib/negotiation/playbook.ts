// Runs everywhere (Node, side panel): the playbook's ids and their human wording, from ../shared/playbook.md.
import { z } from 'zod';

export const MOVE_IDS = [
  'price_question',
  'price_objection',
  'discount_request',
  'budget_anchor',
  'rush_deadline',
  'payment_terms',
  'free_work',
  'future_promise',
  'scope_creep',
  'revision_request',
  'complaint',
  'boundary_push',
  'nda_request',
  'vague_brief',
  'wrong_direction',
  'acceptance',
] as const;

export const PRINCIPLE_IDS = [
  'set_priorities',
  'attend_to_client',
  'offer_alternative',
  'concession_for_concession',
  'agree_before_refusing',
  'argue_position',
  'keep_dialogue',
  'mutual_respect',
  'speak_their_language',
  'no_pressure',
  'name_your_price',
  'value_before_price',
  'line_item_breakdown',
  'explain_pricing',
  'prove_the_value',
  'phased_payment',
  'contract_and_guarantees',
  'deposit_first',
  'confirm_in_writing',
  'set_boundaries',
  'clarify_brief',
  'restate_understanding',
  'ask_why',
  'imagined_agreement',
  'offer_options',
  'disclaim_responsibility',
  'separate_fix_from_extra',
  'clarify_the_complaint',
  'stay_calm',
  'admit_mistakes',
  'refund_and_part',
  'no_free_work',
  'no_discount_for_promises',
  'hold_firm_on_discount',
  'transparent_discount',
  'estimate_high',
  'negotiate_deadline',
  'advance_notice_raise',
  'decline_politely',
  'follow_up',
] as const;

export const DRAFT_CHECK_IDS = [
  'blunt_refusal',
  'asks_client_to_price',
  'unexplained_price',
  'apologetic_price',
  'unconditional_discount',
  'missing_terms',
  'no_next_step',
  'pushy',
  'one_sided_concession',
] as const;

/** Checks that need more than the draft (the client's concessions ledger); the rest read the draft's text alone. */
export const CONTEXT_DRAFT_CHECK_IDS = ['one_sided_concession'] as const satisfies readonly (typeof DRAFT_CHECK_IDS)[number][];
export type TextDraftCheckId = Exclude<(typeof DRAFT_CHECK_IDS)[number], (typeof CONTEXT_DRAFT_CHECK_IDS)[number]>;
export const TEXT_DRAFT_CHECK_IDS = DRAFT_CHECK_IDS.filter((id): id is TextDraftCheckId => !(CONTEXT_DRAFT_CHECK_IDS as readonly string[]).includes(id));

export const MoveIdSchema = z.enum(MOVE_IDS);
export const PrincipleIdSchema = z.enum(PRINCIPLE_IDS);
export const DraftCheckIdSchema = z.enum(DRAFT_CHECK_IDS);
export type MoveId = z.infer<typeof MoveIdSchema>;
export type PrincipleId = z.infer<typeof PrincipleIdSchema>;
export type DraftCheckId = z.infer<typeof DraftCheckIdSchema>;

export interface PrincipleInfo {
  label: string;
  /** One line shown on a principle chip. */
  explanation: string;
}

export const PRINCIPLES: Record<PrincipleId, PrincipleInfo> = {
  set_priorities: { label: 'Set priorities', explanation: 'Defend the terms that matter most; meet halfway on the rest.' },
  attend_to_client: { label: 'Attend to the client', explanation: "Answer this client's actual task specifically and keep every promise." },
  offer_alternative: { label: 'Offer an alternative', explanation: 'Never a bare no: refuse one thing and propose another that protects you.' },
  concession_for_concession: { label: 'Trade concessions', explanation: 'Give something only in exchange for something tied to this job.' },
  agree_before_refusing: { label: 'Agree before refusing', explanation: "Show you understand their goal first, then explain why your answer differs." },
  argue_position: { label: 'Argue your position', explanation: 'Back every demand with evidence: past work, the complexity of the task.' },
  keep_dialogue: { label: 'Keep the dialogue going', explanation: 'End with a question or a next step; never be the one who drops it.' },
  mutual_respect: { label: 'Mutual respect', explanation: 'Stay polite and tactful, and accept neither insults nor familiarity.' },
  speak_their_language: { label: "Speak their language", explanation: 'Match their level and say exactly what is and is not included.' },
  no_pressure: { label: 'No pressure', explanation: 'Explain rather than push or rush the client into buying.' },
  name_your_price: { label: 'Name your price', explanation: 'State the price yourself, confidently, instead of asking what they want to pay.' },
  value_before_price: { label: 'Value before price', explanation: 'Show relevant work and what you will do, then the number.' },
  line_item_breakdown: { label: 'Break down the price', explanation: 'List the steps the price pays for, so the total stops looking high.' },
  explain_pricing: { label: 'Explain the pricing', explanation: 'Explain why you cost more than the cheapest, with an analogy they know.' },
  prove_the_value: { label: 'Prove the value', explanation: 'When their number is too low, show why the work costs more.' },
  phased_payment: { label: 'Pay in stages', explanation: 'Split the job: they pay for a stage, you deliver it, they approve, repeat.' },
  contract_and_guarantees: { label: 'Contract and guarantees', explanation: 'A contract or a guarantee makes paying in advance feel safe.' },
  deposit_first: { label: 'Deposit first', explanation: 'State when and how you bill, starting with a deposit before work begins.' },
  confirm_in_writing: { label: 'Confirm in writing', explanation: 'Get terms, deadlines and price confirmed by email before starting.' },
  set_boundaries: { label: 'Set boundaries', explanation: 'Agree working hours, response time and channels up front.' },
  clarify_brief: { label: 'Clarify the brief', explanation: 'Ask what result they expect instead of guessing.' },
  restate_understanding: { label: 'Restate your understanding', explanation: 'Say the task back in your words so they can correct you.' },
  ask_why: { label: 'Ask why', explanation: 'Before arguing with a request, ask why they want it.' },
  imagined_agreement: { label: 'Agree, then turn', explanation: 'Agree with the true part of their view, then steer to your point.' },
  offer_options: { label: 'Offer options', explanation: 'Give two or three ways forward and let the client choose.' },
  disclaim_responsibility: { label: 'Disclaim responsibility', explanation: 'If they insist on a harmful choice, say in writing the result is theirs.' },
  separate_fix_from_extra: { label: 'Fix vs. extra', explanation: 'Your defects are fixed free; new requirements are paid extra work.' },
  clarify_the_complaint: { label: 'Clarify the complaint', explanation: 'Ask exactly what does not fit and why, and offer to fix it.' },
  stay_calm: { label: 'Stay calm', explanation: 'No excuses and no counter-blame; propose solutions.' },
  admit_mistakes: { label: 'Admit mistakes', explanation: 'Own your error plainly and fix it.' },
  refund_and_part: { label: 'Refund and part', explanation: 'If no argument lands, refund and say goodbye politely.' },
  no_free_work: { label: 'No free work', explanation: 'No unpaid tests or samples: offer your portfolio or a small paid trial.' },
  no_discount_for_promises: { label: 'No discount for promises', explanation: 'Future volume is not a bonus of this job; tie discounts to real volume.' },
  hold_firm_on_discount: { label: 'Hold firm', explanation: 'Explain why a discount would hurt the result and keep your price, without apologising.' },
  transparent_discount: { label: 'Transparent discount', explanation: 'If you give a discount, make it reasoned and visible, or trade it.' },
  estimate_high: { label: 'Estimate high', explanation: 'Estimate time and cost generously; coming in under is welcome.' },
  negotiate_deadline: { label: 'Negotiate the deadline', explanation: "If you can't meet their date, say so instead of lowering quality." },
  advance_notice_raise: { label: 'Raise with notice', explanation: 'Give a month of notice and the reason when you raise a rate.' },
  decline_politely: { label: 'Decline politely', explanation: 'Some clients are not worth it: decline with courtesy.' },
  follow_up: { label: 'Follow up', explanation: 'If they went quiet, remind once: is the order still relevant?' },
};

export interface MoveInfo {
  /** What the client is doing, as the side panel says it ("asks for a discount"). */
  label: string;
  /** The principles the playbook answers this move with, strongest first. */
  answer: PrincipleId[];
}

export const MOVES: Record<MoveId, MoveInfo> = {
  price_question: { label: 'asks what it costs', answer: ['name_your_price', 'value_before_price', 'line_item_breakdown'] },
  price_objection: { label: 'says the price is too high', answer: ['agree_before_refusing', 'line_item_breakdown', 'explain_pricing', 'argue_position'] },
  discount_request: { label: 'asks for a discount', answer: ['hold_firm_on_discount', 'transparent_discount', 'concession_for_concession'] },
  budget_anchor: { label: 'names their own budget', answer: ['prove_the_value', 'line_item_breakdown', 'offer_alternative'] },
  rush_deadline: { label: 'wants it sooner', answer: ['agree_before_refusing', 'negotiate_deadline', 'offer_options'] },
  payment_terms: { label: "won't pay upfront", answer: ['offer_alternative', 'phased_payment', 'contract_and_guarantees'] },
  free_work: { label: 'asks for free work', answer: ['no_free_work', 'offer_alternative'] },
  future_promise: { label: 'promises future work for a discount', answer: ['no_discount_for_promises', 'concession_for_concession'] },
  scope_creep: { label: 'adds work inside the old price', answer: ['separate_fix_from_extra', 'offer_options'] },
  revision_request: { label: 'asks for changes', answer: ['clarify_the_complaint', 'separate_fix_from_extra'] },
  complaint: { label: 'is unhappy', answer: ['stay_calm', 'restate_understanding', 'admit_mistakes', 'refund_and_part'] },
  boundary_push: { label: 'expects you out of hours', answer: ['set_boundaries', 'offer_alternative'] },
  nda_request: { label: 'asks for an NDA or exclusivity', answer: ['concession_for_concession'] },
  vague_brief: { label: "isn't sure what they want", answer: ['clarify_brief', 'restate_understanding'] },
  wrong_direction: { label: 'insists on a risky approach', answer: ['ask_why', 'imagined_agreement', 'offer_options', 'disclaim_responsibility'] },
  acceptance: { label: 'agrees and wants to start', answer: ['confirm_in_writing', 'deposit_first'] },
};

export interface DraftCheckInfo {
  label: string;
  principle: PrincipleId;
  advice: string;
}

export const DRAFT_CHECKS: Record<DraftCheckId, DraftCheckInfo> = {
  blunt_refusal: { label: 'Blunt refusal', principle: 'agree_before_refusing', advice: "Acknowledge what the client is trying to achieve before you say no, and offer another way." },
  asks_client_to_price: { label: 'Asks the client to set the price', principle: 'name_your_price', advice: 'Name your price yourself; asking what they want to pay invites a low anchor.' },
  unexplained_price: { label: 'Price without a breakdown', principle: 'line_item_breakdown', advice: 'Say what the price covers, step by step, so the total reads as work, not a number.' },
  apologetic_price: { label: 'Apologises for the price', principle: 'hold_firm_on_discount', advice: 'State the price plainly; an apology invites a discount request.' },
  unconditional_discount: { label: 'Discount for nothing', principle: 'concession_for_concession', advice: 'Trade the discount for something: smaller scope, a later deadline, or payment upfront.' },
  missing_terms: { label: 'Proposal missing terms', principle: 'confirm_in_writing', advice: 'A proposal should name the deliverables, deadline, price and payment terms.' },
  no_next_step: { label: 'No next step', principle: 'keep_dialogue', advice: 'End with a question or a concrete next step so the conversation continues.' },
  pushy: { label: 'Pressure', principle: 'no_pressure', advice: 'Drop the pressure; explain the value and let the client decide in their own time.' },
  one_sided_concession: {
    label: 'Another concession for nothing',
    principle: 'concession_for_concession',
    advice: 'You have already given more than you got with this client: ask for something tied to this job in return.',
  },
};
