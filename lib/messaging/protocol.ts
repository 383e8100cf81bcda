// Runs in content scripts and extension pages: the typed message protocol between the side panel and the mail-page content scripts.
import * as z from 'zod/mini';
import { DraftSchema, InsertResultSchema, ReadResultSchema } from '../webmail/types';

/** Replies and snippets are short; a cap keeps a hostile page from making us process megabytes. */
const MAX_TEXT = 50_000;
const text = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT));
/** Namespaced so our listeners never mistake another extension page's messages for ours. */
export const CHANNEL = 'dealcraft/webmail';

export const PanelRequestSchema = z.discriminatedUnion('type', [
  z.object({ channel: z.literal(CHANNEL), type: z.literal('getPageState') }),
  z.object({ channel: z.literal(CHANNEL), type: z.literal('insertReply'), text }),
  z.object({ channel: z.literal(CHANNEL), type: z.literal('focusInDraft'), text }),
]);
export type PanelRequest = z.infer<typeof PanelRequestSchema>;

export const PageStateSchema = z.object({ thread: ReadResultSchema, draft: z.nullable(DraftSchema) });
export type PageStateMessage = z.infer<typeof PageStateSchema>;

export const ErrorResponseSchema = z.object({ ok: z.literal(false), reason: z.literal('rejected'), detail: z.string() });
export const GetPageStateResponseSchema = z.union([z.object({ ok: z.literal(true), state: PageStateSchema }), ErrorResponseSchema]);
export const InsertReplyResponseSchema = z.union([InsertResultSchema, ErrorResponseSchema]);
export const FocusInDraftResponseSchema = z.union([z.object({ ok: z.boolean() }), ErrorResponseSchema]);

export const PageChangedSchema = z.object({ channel: z.literal(CHANNEL), type: z.literal('pageChanged'), state: PageStateSchema });
export type PageChanged = z.infer<typeof PageChangedSchema>;

/** The parts of runtime.MessageSender we rely on. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}
