// Runs everywhere (Node, side panel, background): zod schemas of every stored record and of the export file.
import { z } from 'zod';
import { AgreementTermsSchema, ProfileSchema } from '../negotiation/schemas';

export const MAX_NAME = 200;
export const MAX_EMAIL = 254;
export const MAX_EMAILS_PER_CLIENT = 50;
export const MAX_NOTE_TEXT = 20_000;
export const MAX_SUBJECT = 1_000;
export const MAX_THREAD_ID = 500;

const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const ISO_HINT = 'an ISO date and time such as 2025-01-31T09:30:00.000Z';

/**
 * An ISO 8601 instant. Stored normalised to `toISOString()` form (UTC, milliseconds) because the
 * `[clientId+at]` indexes sort strings, and "…00Z" would sort after "…00.500Z". One regex and one
 * Date per value: imports parse 100,000+ of them.
 */
export const IsoDateTimeSchema = z.string().transform((s, ctx) => {
  const m = s.length <= 40 ? ISO_DATETIME.exec(s) : null;
  if (!m) {
    ctx.addIssue({ code: 'custom', message: ISO_HINT });
    return z.NEVER;
  }
  const [y, mo, d, h, mi, sec, oh, om] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as number[];
  const day = new Date(Date.UTC(y!, mo! - 1, d!));
  // V8 quietly turns 2024-02-30 into 1 March; a file saying so is corrupt, not a date.
  const realDay = day.getUTCFullYear() === y && day.getUTCMonth() === mo! - 1 && day.getUTCDate() === d;
  if (!realDay || h! > 23 || mi! > 59 || sec! > 59 || oh! > 23 || om! > 59) {
    ctx.addIssue({ code: 'custom', message: 'a date and time that exist in the calendar' });
    return z.NEVER;
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) {
    ctx.addIssue({ code: 'custom', message: ISO_HINT });
    return z.NEVER;
  }
  return new Date(t).toISOString();
});

export const IdSchema = z.uuid({ message: 'an id made by crypto.randomUUID()' });

/** Addresses are stored lower-case so lookups by any capitalisation hit the same index key. */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_EMAIL)
  .regex(/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+$/, 'an email address such as ana@example.com');

export const ClientNameSchema = z.string().trim().min(1, 'a name').max(MAX_NAME);
export const CompanySchema = z.string().trim().min(1).max(MAX_NAME);

export const ClientSchema = z.strictObject({
  id: IdSchema,
  name: ClientNameSchema,
  company: CompanySchema.optional(),
  // Empty only for a client that version 1 stored without an address (see upgrade-v1.ts); new clients need one.
  emails: z
    .array(EmailSchema)
    .max(MAX_EMAILS_PER_CLIENT)
    .refine((list) => new Set(list).size === list.length, 'the same address twice'),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Client = z.infer<typeof ClientSchema>;

export const WebmailSchema = z.enum(['gmail', 'outlook']);
export type Webmail = z.infer<typeof WebmailSchema>;

export const ThreadRefSchema = z.strictObject({
  webmail: WebmailSchema,
  threadId: z.string().min(1).max(MAX_THREAD_ID),
  subject: z.string().max(MAX_SUBJECT),
});
export type ThreadRef = z.infer<typeof ThreadRefSchema>;

export const AgreementSchema = z.strictObject({
  clientId: IdSchema,
  terms: AgreementTermsSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const AgreementFieldSchema = z.enum(
  Object.keys(AgreementTermsSchema.shape) as [keyof typeof AgreementTermsSchema.shape, ...(keyof typeof AgreementTermsSchema.shape)[]],
);
export type AgreementField = z.infer<typeof AgreementFieldSchema>;

export const ChangeSourceSchema = z.enum(['typed', 'thread', 'call-summary', 'import']);
export type ChangeSource = z.infer<typeof ChangeSourceSchema>;

/** One changed field of an agreement; `before`/`after` absent means the field was not set. */
export const AgreementChangeSchema = z
  .strictObject({
    id: IdSchema,
    clientId: IdSchema,
    at: IsoDateTimeSchema,
    source: ChangeSourceSchema,
    by: z.literal('user'),
    field: AgreementFieldSchema,
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    ref: ThreadRefSchema.optional(),
    /** Set when the change came from merging another client into this one. */
    mergedFrom: IdSchema.optional(),
  })
  .superRefine((change, ctx) => {
    // `before`/`after` must each be a valid value of the named field, or a restored price could be garbage.
    for (const side of ['before', 'after'] as const) {
      if (change[side] === undefined) continue;
      const fieldSchema = AgreementTermsSchema.shape[change.field];
      const r = fieldSchema.safeParse(change[side]);
      if (!r.success) {
        for (const issue of r.error.issues) {
          ctx.addIssue({ code: 'custom', path: [side, ...issue.path], message: issue.message });
        }
      }
    }
  });
export type AgreementChange = z.infer<typeof AgreementChangeSchema>;

export const NoteSourceSchema = z.enum(['typed', 'thread', 'call-summary']);
export type NoteSource = z.infer<typeof NoteSourceSchema>;

export const NoteSchema = z.strictObject({
  id: IdSchema,
  clientId: IdSchema,
  at: IsoDateTimeSchema,
  // Not trimmed here: an import must store exactly what was exported.
  text: z.string().max(MAX_NOTE_TEXT).refine((t) => t.trim().length > 0, 'some text'),
  source: NoteSourceSchema,
  thread: ThreadRefSchema.optional(),
});
export type Note = z.infer<typeof NoteSchema>;

/** A thread where the user spoke last, as the panel last saw it: the "Waiting on the client" list. */
export const WaitingThreadSchema = z.strictObject({
  /** `webmail:threadId`. */
  key: z.string().min(1).max(MAX_THREAD_ID + 20),
  webmail: WebmailSchema,
  threadId: z.string().min(1).max(MAX_THREAD_ID),
  subject: z.string().max(MAX_SUBJECT),
  clientName: z.string().max(MAX_NAME).optional(),
  clientEmail: EmailSchema.optional(),
  /** When the user's own last message was sent. */
  lastAt: IsoDateTimeSchema,
  stage: z.enum(['proposal', 'approval', 'invoice', 'question']).optional(),
  /** When the panel last saw the thread in this state. */
  seenAt: IsoDateTimeSchema,
});
export type WaitingThread = z.infer<typeof WaitingThreadSchema>;

export { AgreementTermsSchema, ProfileSchema };
export type { AgreementTerms, Profile, ProfileInput } from '../negotiation/schemas';

// ---- inputs of the API ----

export const NewClientSchema = z.strictObject({
  name: ClientNameSchema,
  emails: z.array(EmailSchema).min(1, 'at least one email address').max(MAX_EMAILS_PER_CLIENT),
  /** Absent: derived from the address's domain. `null` or '': deliberately none. */
  company: z.union([z.string().trim().max(MAX_NAME), z.null()]).optional(),
});
export type NewClient = z.input<typeof NewClientSchema>;

export const ClientPatchSchema = z.strictObject({
  name: ClientNameSchema.optional(),
  company: z.union([z.string().trim().max(MAX_NAME), z.null()]).optional(),
  emails: z.array(EmailSchema).min(1, 'at least one email address').max(MAX_EMAILS_PER_CLIENT).optional(),
});
export type ClientPatch = z.input<typeof ClientPatchSchema>;

export const NewNoteSchema = z.strictObject({
  clientId: IdSchema,
  text: z.string().trim().min(1, 'some text').max(MAX_NOTE_TEXT),
  source: NoteSourceSchema.default('typed'),
  thread: ThreadRefSchema.optional(),
  at: IsoDateTimeSchema.optional(),
});
export type NewNote = z.input<typeof NewNoteSchema>;

// ---- export file ----

export const EXPORT_FORMAT = 'dealcraft-export';
export const EXPORT_VERSION = 2;
export const MAX_IMPORT_CLIENTS = 50_000;
export const MAX_IMPORT_NOTES = 500_000;
export const MAX_IMPORT_HISTORY = 500_000;

export const ExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: IsoDateTimeSchema,
  profile: ProfileSchema,
  clients: z.array(ClientSchema).max(MAX_IMPORT_CLIENTS),
  agreements: z.array(AgreementSchema).max(MAX_IMPORT_CLIENTS),
  history: z.array(AgreementChangeSchema).max(MAX_IMPORT_HISTORY),
  notes: z.array(NoteSchema).max(MAX_IMPORT_NOTES),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;
