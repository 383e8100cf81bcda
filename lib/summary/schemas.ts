// Runs everywhere (Node, side panel): zod schema of a post-call summary, shared by the generator, its CLI and the UI.
import { z } from 'zod';
import { TruncationSchema } from '../negotiation/limits';
import { AgreementTermsSchema, AmountSchema, DateEntitySchema, IsoDateSchema, PercentageSchema } from '../negotiation/schemas';

export const ActionOwnerSchema = z.enum(['me', 'client']);
export type ActionOwner = z.infer<typeof ActionOwnerSchema>;

export const ActionSchema = z.strictObject({
  owner: ActionOwnerSchema,
  /** The step as written in the email ("send the contract by Friday (4 December 2026)"), without "I will"/"You will". */
  text: z.string().min(1),
  due: IsoDateSchema.optional(),
});
export type Action = z.infer<typeof ActionSchema>;

export const SummaryFactsSchema = z.strictObject({
  /** Agreed points, one per note clause, as they appear in the email. */
  agreed: z.array(z.string()),
  /** Entities quoted from the ORIGINAL notes (text and index point into the notes the user typed). */
  amounts: z.array(AmountSchema),
  percentages: z.array(PercentageSchema),
  dates: z.array(DateEntitySchema),
  actions: z.array(ActionSchema),
  questions: z.array(z.string()),
});
export type SummaryFacts = z.infer<typeof SummaryFactsSchema>;

export const CallSummarySchema = z.strictObject({
  subject: z.string().min(1),
  text: z.string().min(1),
  facts: SummaryFactsSchema,
  /** What the side panel can offer to save to the client's agreement: only what the notes say. */
  terms: AgreementTermsSchema.partial(),
  /** Present when the notes were longer than the summary reads. */
  truncated: TruncationSchema.optional(),
});
export type CallSummary = z.infer<typeof CallSummarySchema>;
