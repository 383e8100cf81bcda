// Runs everywhere (content scripts, side panel, Node CLI): the shapes a webmail adapter returns, as zod/mini schemas so content scripts stay small.
import * as z from 'zod/mini';
import { MAX_MESSAGES } from './common';

export const WebmailIdSchema = z.enum(['gmail', 'outlook']);
export type WebmailId = z.infer<typeof WebmailIdSchema>;

const text = (max: number) => z.string().check(z.maxLength(max));

/** An address as shown by the client; either part may be empty when the UI hides it. */
export const AddressSchema = z.object({ name: text(500), email: text(500) });
export type Address = z.infer<typeof AddressSchema>;

export const ThreadMessageSchema = z.object({
  id: text(500),
  from: AddressSchema,
  to: z.array(AddressSchema).check(z.maxLength(500)),
  /** ISO 8601, or null when the client shows no parseable date. */
  date: z.nullable(text(64)),
  fromUser: z.boolean(),
  /** Plain text with quoted history and signature removed. */
  body: text(200_000),
  /** True when only a header/snippet is visible (collapsed or behind "N older messages"). */
  collapsed: z.boolean(),
  /** Behind the "N older messages" bar: not even a snippet may be known. */
  hidden: z.optional(z.boolean()),
  /** The client shows only part of the message ("View entire message"): body left empty rather than half-read. */
  clipped: z.optional(z.boolean()),
});
export type ThreadMessage = z.infer<typeof ThreadMessageSchema>;

export const ThreadSchema = z.object({
  webmail: WebmailIdSchema,
  threadId: text(500),
  subject: text(2000),
  url: text(4000),
  /** Oldest first. */
  messages: z.array(ThreadMessageSchema).check(z.maxLength(MAX_MESSAGES)),
});
export type Thread = z.infer<typeof ThreadSchema>;

export const DraftKindSchema = z.enum(['inline-reply', 'pop-out', 'new-message']);
export type DraftKind = z.infer<typeof DraftKindSchema>;

export const DraftSchema = z.object({
  composeId: text(500),
  kind: DraftKindSchema,
  /** What the user wrote, without the quoted part and the signature. */
  text: text(200_000),
});
export type Draft = z.infer<typeof DraftSchema>;

export const ReadResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), thread: ThreadSchema }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['no-thread-open', 'unrecognised-markup']),
    detail: text(2000),
  }),
]);
export type ReadResult = z.infer<typeof ReadResultSchema>;

export const InsertResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    // not-loaded: the insert code (an on-demand compose script, lib/webmail/compose-module.ts) is not in the page yet.
    reason: z.enum(['compose-not-found', 'not-editable', 'insert-failed', 'not-loaded']),
    detail: text(2000),
  }),
]);
export type InsertResult = z.infer<typeof InsertResultSchema>;

/** What a content script needs from an adapter (URL matching is left to the panel and the CLI, see WebmailAdapter). */
export interface PageAdapter {
  readonly id: WebmailId;
  readThread(doc: Document): ReadResult;
  readDraft(doc: Document): Draft | null;
  /** Inserts plain text into the open thread's compose box, opening a reply if none is open. */
  insert(doc: Document, text: string): Promise<InsertResult>;
  /** "Read the whole thread": clicks the client's own expand controls; false when there was nothing to click. */
  expandThread(doc: Document): boolean;
  /** Selects the first occurrence of `text` in the draft (used by the draft coach); 'not-loaded' before the compose code is in the page. */
  focusInDraft(doc: Document, text: string): boolean | 'not-loaded';
  /** The element whose mutations can change the thread or the draft. */
  observeRoot(doc: Document): Element | null;
}

export interface WebmailAdapter extends PageAdapter {
  matches(url: URL): boolean;
}
