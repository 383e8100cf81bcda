// Runs in the side panel and its engine worker: the zod-checked messages between them, both ways.
import { z } from 'zod';
import type { DraftReading, MessageReading } from './analyze';
import { TruncationSchema } from './limits';
import { CONCESSION_KINDS, CONCESSION_SOURCES, SIDES } from './memory/ledger';
import { AskSchema, DetectedMoveSchema, DraftCheckSchema, EntitiesSchema, ProfileSchema } from './schemas';

/** What the coach knows beyond the draft (see DraftMemory in analyze.ts): the ledger, the client's words, the floors. */
const ConcessionSchema = z.strictObject({
  kind: z.enum(CONCESSION_KINDS),
  by: z.enum(SIDES),
  date: z.string(),
  evidence: z.string(),
  source: z.enum(CONCESSION_SOURCES),
  return: z.string().optional(),
});
const DraftMemorySchema = z.strictObject({
  ledger: z
    .strictObject({
      entries: z.array(ConcessionSchema),
      gave: z.number(),
      got: z.number(),
      traded: z.number(),
      balance: z.string(),
      oneSided: z.boolean(),
    })
    .nullable()
    .optional(),
  clientText: z.string().optional(),
  profile: ProfileSchema.optional(),
});
const FloorWarningSchema = z.strictObject({
  kind: z.enum(['below', 'other_currency']),
  evidence: z.string(),
  index: z.number(),
  message: z.string(),
  gap: z.number().optional(),
});

export const EngineRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('warm'), id: z.number().int() }),
  z.strictObject({
    kind: z.literal('read'),
    id: z.number().int(),
    message: z.strictObject({ id: z.string(), text: z.string(), from: z.string().optional() }),
    today: z.string(),
  }),
  z.strictObject({ kind: z.literal('draft'), id: z.number().int(), text: z.string(), memory: DraftMemorySchema.optional() }),
]);
export type EngineRequest = z.infer<typeof EngineRequestSchema>;

const MessageReadingSchema = z.strictObject({
  text: z.string(),
  quote: z.string(),
  moves: z.array(DetectedMoveSchema),
  maybe: z.array(DetectedMoveSchema),
  entities: EntitiesSchema,
  asks: z.array(AskSchema),
  truncated: TruncationSchema.optional(),
});
const DraftReadingSchema = z.strictObject({ text: z.string(), checks: z.array(DraftCheckSchema), floor: z.array(FloorWarningSchema).optional(), truncated: TruncationSchema.optional() });

export const EngineResponseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('warm'), id: z.number().int() }),
  z.strictObject({ kind: z.literal('read'), id: z.number().int(), reading: MessageReadingSchema }),
  z.strictObject({ kind: z.literal('draft'), id: z.number().int(), reading: DraftReadingSchema }),
  z.strictObject({ kind: z.literal('error'), id: z.number().int(), message: z.string() }),
]);
export type EngineResponse = z.infer<typeof EngineResponseSchema>;

/** The reading as the engine types it: the schema checks shape, and an ask's topic is one of the engine's own. */
export const asMessageReading = (r: z.infer<typeof MessageReadingSchema>) => r as MessageReading;
export const asDraftReading = (r: z.infer<typeof DraftReadingSchema>) => r as DraftReading;
