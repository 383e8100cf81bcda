// Runs everywhere (content scripts, on-demand compose scripts, side panel, Node): how an adapter reaches its insertion code.
// Inserting (insert-text.ts, compose-flow.ts, the adapters' compose sites) is ~8 kB that a content script would carry into
// every mail tab; it ships instead as gmail-compose.js / outlook-compose.js, which the panel injects before the first insert
// (lib/panel/load-compose.ts). Both run in the extension's one isolated world per frame, so they meet in a global there,
// out of the page's reach. The side panel and the CLI pass the module itself.
import type { InsertResult, WebmailId } from './types';

/** What only the compose code can do: insert into the compose box, and select a phrase in the draft. */
export interface ComposeModule {
  insert(doc: Document, text: string): Promise<InsertResult>;
  focusInDraft(doc: Document, text: string): boolean;
}

/** The module itself, or a way to look it up each time (null/undefined until it is loaded). */
export type ComposeSource = ComposeModule | (() => ComposeModule | null | undefined);

export const NOT_LOADED_DETAIL = 'The insert code is not loaded in this mail tab yet.';

const notLoaded = (): InsertResult => ({ ok: false, reason: 'not-loaded', detail: NOT_LOADED_DETAIL });

/** The insert and focusInDraft of an adapter: the module's, or a clear 'not-loaded' while it is absent. */
export function composeMethods(source: ComposeSource): {
  insert(doc: Document, text: string): Promise<InsertResult>;
  focusInDraft(doc: Document, text: string): boolean | 'not-loaded';
} {
  const get = () => (typeof source === 'function' ? source() : source);
  return {
    insert: async (doc, text) => get()?.insert(doc, text) ?? notLoaded(),
    focusInDraft: (doc, text) => get()?.focusInDraft(doc, text) ?? 'not-loaded',
  };
}

type Scope = typeof globalThis & { dealcraftCompose?: Partial<Record<WebmailId, ComposeModule>> };

/** Content script: the module an injected compose script left in this isolated world, looked up at each use. */
export const injectedCompose =
  (id: WebmailId, scope: Scope = globalThis): (() => ComposeModule | undefined) =>
  () =>
    scope.dealcraftCompose?.[id];

/** Compose script: leaves its module for the content script. Returns the id, which the panel checks as the injection's result. */
export function provideCompose(id: WebmailId, module: ComposeModule, scope: Scope = globalThis): WebmailId {
  (scope.dealcraftCompose ??= {})[id] = module;
  return id;
}

/** Content script start: a module left by an earlier version of the extension is dropped, so the panel loads the current one. */
export function forgetCompose(scope: Scope = globalThis): void {
  delete scope.dealcraftCompose;
}
