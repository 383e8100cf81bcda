// Runs in content scripts and extension pages: the typed message protocol between the side panel and the mail-page content scripts.
import * as z from 'zod/mini';
import { DraftSchema, InsertResultSchema, ReadResultSchema } from '../webmail/types';
import { CHANNEL, MAX_TEXT, type PanelRequest } from './protocol-constants';

export { CHANNEL, MAX_TEXT };
export type { PanelRequest, SenderInfo } from './protocol-constants';

const text = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT));

export const PanelRequestSchema = z.discriminatedUnion('type', [
  z.object({ channel: z.literal(CHANNEL), type: z.literal('getPageState') }),
  z.object({ channel: z.literal(CHANNEL), type: z.literal('expandThread') }),
  z.object({ channel: z.literal(CHANNEL), type: z.literal('insertReply'), text }),
  z.object({ channel: z.literal(CHANNEL), type: z.literal('focusInDraft'), text }),
]);
// Compile-time proof that the schema and the hand-written type (used by request-guard.ts) agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaMatchesType: Same<z.infer<typeof PanelRequestSchema>, PanelRequest> = true;
void _schemaMatchesType;

export const PageStateSchema = z.object({ thread: ReadResultSchema, draft: z.nullable(DraftSchema) });
export type PageStateMessage = z.infer<typeof PageStateSchema>;

export const ErrorResponseSchema = z.object({ ok: z.literal(false), reason: z.literal('rejected'), detail: z.string() });
export const GetPageStateResponseSchema = z.union([z.object({ ok: z.literal(true), state: PageStateSchema, raw: z.optional(z.boolean()) }), ErrorResponseSchema]);
export const InsertReplyResponseSchema = z.union([InsertResultSchema, ErrorResponseSchema]);
/** The compose code (an on-demand script, lib/webmail/compose-module.ts) is not in the page yet: the panel loads it and asks again. */
export const NotLoadedResponseSchema = z.object({ ok: z.literal(false), reason: z.literal('not-loaded'), detail: z.string() });
export const FocusInDraftResponseSchema = z.union([NotLoadedResponseSchema, z.object({ ok: z.boolean() }), ErrorResponseSchema]);
export const ExpandThreadResponseSchema = z.union([z.object({ ok: z.boolean() }), ErrorResponseSchema]);

export const PageChangedSchema = z.object({ channel: z.literal(CHANNEL), type: z.literal('pageChanged'), state: PageStateSchema, raw: z.optional(z.boolean()) });
export type PageChanged = z.infer<typeof PageChangedSchema>;
