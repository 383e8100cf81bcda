// Runs everywhere (Node, side panel): zod schemas for the engine's inputs and outputs, reused by UI, storage and CLIs.
import { z } from 'zod';
import { DraftCheckIdSchema, MoveIdSchema, PrincipleIdSchema } from './playbook';
import { TruncationSchema } from './limits';

const shortText = (max = 500) => z.string().max(max);
/** ISO 4217 code, upper-case. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code such as USD');
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
export const ToneSchema = z.enum(['warm', 'neutral', 'formal']);
export type Tone = z.infer<typeof ToneSchema>;

export const PriceUnitSchema = z.enum(['project', 'hour', 'day', 'word', 'page', 'item', 'month']);
export type PriceUnit = z.infer<typeof PriceUnitSchema>;

export const LineItemSchema = z.strictObject({
  name: shortText(200).min(1),
  /** Optional share of the price; when absent the breakdown lists the step without a figure. */
  price: z.number().nonnegative().finite().optional(),
});

export const ServiceSchema = z.strictObject({
  name: shortText(200).min(1),
  price: z.number().nonnegative().finite(),
  unit: PriceUnitSchema.default('project'),
  /** Words that make a client's message match this service ("landing page", "logo"). */
  keywords: z.array(shortText(100)).max(50).default([]),
  lineItems: z.array(LineItemSchema).max(50).default([]),
  /**
   * Smaller versions the client can use on their own ("a one-page site", "the logo without the brand guide"),
   * offered instead of a lower price for the same work. Never a step cut out of the process.
   */
  smallerVersions: z.array(z.strictObject({ name: shortText(200).min(1), price: z.number().nonnegative().finite() })).max(10).default([]),
  /** Usual time from the go-ahead to delivery, in working days. */
  turnaroundDays: z.number().int().min(1).max(1000).optional(),
  /** Private: the lowest price (same currency and unit as `price`) the freelancer accepts. Never written into a reply. */
  floor: z.number().nonnegative().finite().optional(),
});
export type Service = z.infer<typeof ServiceSchema>;

export const ProfileSchema = z.strictObject({
  name: shortText(200).default(''),
  signature: shortText(2000).default(''),
  currency: CurrencySchema.default('USD'),
  services: z.array(ServiceSchema).max(100).default([]),
  depositPercent: z.number().min(0).max(100).optional(),
  revisionRounds: z.number().int().min(0).max(100).optional(),
  /** Free text as the freelancer says it: "Mon–Fri, 9:00–18:00 CET". */
  workingHours: shortText(200).optional(),
  /** "within one working day". */
  responseTime: shortText(200).optional(),
  rushSurchargePercent: z.number().min(0).max(1000).optional(),
  ndaSurchargePercent: z.number().min(0).max(1000).optional(),
  portfolioUrl: shortText(500).optional(),
  tone: ToneSchema.default('neutral'),
  /** Working days to wait before a follow-up, per stage; absent fields use the defaults (3, 5, due date + 2, 3). */
  followUp: z
    .strictObject({
      proposalDays: z.number().int().min(1).max(60).optional(),
      approvalDays: z.number().int().min(1).max(60).optional(),
      invoiceGraceDays: z.number().int().min(0).max(60).optional(),
      questionDays: z.number().int().min(1).max(60).optional(),
    })
    .optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export const EMPTY_PROFILE: Profile = ProfileSchema.parse({});

export const PriceModelSchema = z.enum(['fixed', 'hourly', 'per_item']);

/** What was agreed with one client: the fields of "Setting expectations" in the playbook. Every field optional. */
export const AgreementTermsSchema = z.strictObject({
  scope: shortText(5000).optional(),
  deliverables: z.array(shortText(500)).max(100).optional(),
  deadlines: z.array(z.strictObject({ what: shortText(500), date: IsoDateSchema })).max(100).optional(),
  price: z
    .strictObject({
      amount: z.number().nonnegative().finite(),
      currency: CurrencySchema,
      model: PriceModelSchema.default('fixed'),
      unit: shortText(100).optional(),
    })
    .optional(),
  depositPercent: z.number().min(0).max(100).optional(),
  paymentSchedule: shortText(2000).optional(),
  stages: z
    .array(z.strictObject({ name: shortText(500), amount: z.number().nonnegative().finite().optional(), due: IsoDateSchema.optional() }))
    .max(50)
    .optional(),
  revisionRounds: z.number().int().min(0).max(100).optional(),
  workingHours: shortText(200).optional(),
  responseTime: shortText(200).optional(),
  channels: z.array(shortText(100)).max(20).optional(),
  reachableOutOfHours: z.boolean().optional(),
  nda: z.strictObject({ required: z.boolean(), surchargePercent: z.number().min(0).max(1000).optional() }).optional(),
  /** ISO date the client confirmed these terms in writing; absent means unconfirmed. */
  confirmedAt: IsoDateSchema.optional(),
});
export type AgreementTerms = z.infer<typeof AgreementTermsSchema>;

export const DetectedMoveSchema = z.strictObject({
  id: MoveIdSchema,
  confidence: z.number().min(0).max(1),
  /** The exact substring of the analysed text that triggered the move. */
  evidence: z.string(),
  /** Offset of `evidence` in the analysed (cleaned) text, for highlighting. */
  index: z.number().int().nonnegative(),
});
export type DetectedMove = z.infer<typeof DetectedMoveSchema>;

/** Whose a figure is: our quote or rate, the client's budget or counter-offer, another supplier's price. */
export const AmountRoleSchema = z.enum(['our_price', 'client_offer', 'competitor', 'other']);
export const PercentRoleSchema = z.enum(['deposit', 'discount', 'share', 'surcharge', 'other']);
/** The date the client now wants, the one agreed or planned before, or any other date. */
export const DateRoleSchema = z.enum(['requested', 'current', 'other']);

export const AmountSchema = z.strictObject({
  text: z.string(),
  value: z.number().finite(),
  /** ISO code, or null when the text names no currency ("1500"). */
  currency: CurrencySchema.nullable(),
  index: z.number().int().nonnegative(),
  role: AmountRoleSchema.optional(),
});
export const PercentageSchema = z.strictObject({ text: z.string(), value: z.number().finite(), index: z.number().int().nonnegative(), role: PercentRoleSchema.optional() });
export const DateEntitySchema = z.strictObject({
  text: z.string(),
  iso: IsoDateSchema,
  /** True when the text sets a limit ("by Friday", "no later than"). */
  deadline: z.boolean(),
  index: z.number().int().nonnegative(),
  role: DateRoleSchema.optional(),
});
export const DurationSchema = z.strictObject({
  text: z.string(),
  value: z.number().finite(),
  unit: z.enum(['hour', 'day', 'week', 'month', 'year']),
  index: z.number().int().nonnegative(),
});
export const EntitiesSchema = z.strictObject({
  amounts: z.array(AmountSchema),
  percentages: z.array(PercentageSchema),
  dates: z.array(DateEntitySchema),
  durations: z.array(DurationSchema),
  clientName: z.string().nullable(),
});
export type Amount = z.infer<typeof AmountSchema>;
export type Percentage = z.infer<typeof PercentageSchema>;
export type DateEntity = z.infer<typeof DateEntitySchema>;
export type Duration = z.infer<typeof DurationSchema>;
export type Entities = z.infer<typeof EntitiesSchema>;

export const SuggestionSchema = z.strictObject({
  /** Stable per strategy, e.g. "hold-price-trade-scope". */
  id: z.string(),
  title: z.string(),
  moves: z.array(MoveIdSchema),
  principles: z.array(PrincipleIdSchema),
  /** One line per principle, in the order of `principles`. */
  rationale: z.array(z.strictObject({ principle: PrincipleIdSchema, text: z.string() })),
  tone: ToneSchema,
  text: z.string(),
  /** Placeholders left in `text` because the profile or agreement lacks the value, e.g. "[your rate]". */
  missing: z.array(z.string()),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

/** A question or request of the client's, with the topic the reply answers it under. */
export const AskSchema = z.strictObject({
  text: z.string(),
  evidence: z.string(),
  index: z.number().int().nonnegative(),
  topic: z.string(),
  question: z.boolean(),
});
export type AskEntry = z.infer<typeof AskSchema>;

/** A term of the client's message that differs from the stored agreement (negotiation memory). */
export const ContradictionSchema = z.strictObject({
  field: z.enum(['price', 'deadline', 'revisionRounds', 'payment', 'depositPercent']),
  /** The agreed value in words: "$2,000", "2 revision rounds". */
  agreed: z.string(),
  /** The term as a reply states it: "the price is $2,000". */
  term: z.string(),
  /** YYYY-MM-DD it was agreed, or '' when unknown. */
  agreedOn: z.string(),
  /** Where the agreed value came from: typed, thread, call-summary, import, or the agreement itself. */
  source: z.string(),
  /** The client's sentence that states the other term. */
  clientWords: z.string(),
  index: z.number().int().nonnegative(),
});
export type Contradiction = z.infer<typeof ContradictionSchema>;

export const StageSchema = z.enum(['enquiry', 'quoted', 'agreed', 'in_progress', 'delivered']);
/** Where the deal stands as the message shows it; the cards are written for that situation. */
export const SituationSchema = z.strictObject({
  stage: StageSchema,
  depositPaid: z.boolean(),
  evidence: z.string().optional(),
});

export const AnalysisSchema = z.strictObject({
  /** The client's newest words: quotes and signature removed. Evidence offsets point into this. */
  text: z.string(),
  moves: z.array(DetectedMoveSchema),
  /** Every question and request, the 16 moves and anything else. */
  asks: z.array(AskSchema),
  entities: EntitiesSchema,
  suggestions: z.array(SuggestionSchema),
  situation: SituationSchema.optional(),
  /** Terms that differ from the stored agreement; absent when there is none or no agreement. */
  contradictions: z.array(ContradictionSchema).optional(),
  /** Present when the client's words were longer than the engine reads (see limits.ts). */
  truncated: TruncationSchema.optional(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

export const DraftCheckSchema = z.strictObject({
  id: DraftCheckIdSchema,
  evidence: z.string(),
  index: z.number().int().nonnegative(),
  principle: PrincipleIdSchema,
  advice: z.string(),
});
export type DraftCheck = z.infer<typeof DraftCheckSchema>;
