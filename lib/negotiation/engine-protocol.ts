// Runs in the side panel and its engine worker: the zod-checked messages between them, both ways.
import { z } from 'zod';
import type { DraftReading, MessageReading } from './analyze';
import { TruncationSchema } from './limits';
import { AskSchema, DetectedMoveSchema, DraftCheckSchema, EntitiesSchema } from './schemas';

export const EngineRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('warm'), id: z.number().int() }),
  z.strictObject({
    kind: z.literal('read'),
    id: z.number().int(),
    message: z.strictObject({ id: z.string(), text: z.string(), from: z.string().optional() }),
    today: z.string(),
  }),
  z.strictObject({ kind: z.literal('draft'), id: z.number().int(), text: z.string() }),
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
const DraftReadingSchema = z.strictObject({ text: z.string(), checks: z.array(DraftCheckSchema), truncated: TruncationSchema.optional() });

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
