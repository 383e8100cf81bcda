// Content script (mail page): answers the side panel's requests and pushes page changes; validates every message and its sender.
import { NOT_LOADED_DETAIL } from '../webmail/compose-module';
import type { PageAdapter } from '../webmail/types';
import { readPageState, watchPage, type PageState, type WatchOptions } from '../webmail/watch';
import { CHANNEL, type SenderInfo } from './protocol-constants';
import { parsePanelRequest } from './request-guard';

export type ContentResponse =
  | { ok: true; state: PageState; raw: boolean }
  | { ok: boolean }
  | Awaited<ReturnType<PageAdapter['insert']>>
  | { ok: false; reason: 'rejected' | 'not-loaded'; detail: string };

const rejected = (detail: string) => ({ ok: false, reason: 'rejected', detail }) as const;

/**
 * Handles one raw message. Only our own extension's pages (not other tabs' content scripts, not web pages)
 * may drive the page; anything malformed is answered with a rejection and never executed.
 */
export async function handlePanelRequest(
  message: unknown,
  sender: SenderInfo,
  runtimeId: string,
  adapter: PageAdapter,
  doc: Document,
  rawText = false,
): Promise<ContentResponse> {
  if (!sender || sender.id !== runtimeId || sender.tab) {
    return rejected('Sender is not this extension’s panel.');
  }
  const req = parsePanelRequest(message);
  if (!req) return rejected('Malformed request.');
  try {
    switch (req.type) {
      case 'getPageState':
        return { ok: true, state: readPageState(adapter, doc), raw: rawText };
      case 'insertReply':
        return await adapter.insert(doc, req.text);
      case 'focusInDraft': {
        const found = adapter.focusInDraft(doc, req.text);
        return found === 'not-loaded' ? { ok: false, reason: 'not-loaded', detail: NOT_LOADED_DETAIL } : { ok: found };
      }
      case 'expandThread':
        return { ok: adapter.expandThread(doc) };
    }
  } catch (e) {
    return rejected(`Failed: ${String(e)}`);
  }
}

/** The slice of the WebExtension `runtime` API the content script uses (the real one, or a fake in tests). */
export interface RuntimeLike {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(cb: (message: unknown, sender: SenderInfo, sendResponse: (r: unknown) => void) => boolean | void): void;
    removeListener(cb: (message: unknown, sender: SenderInfo, sendResponse: (r: unknown) => void) => boolean | void): void;
  };
}

export interface BridgeOptions extends WatchOptions {
  /** The adapter reads with RAW_POST: the panel must finish bodies and dates (see lib/webmail/finalize.ts). */
  raw?: boolean;
  /** False once the extension is gone (updated, reloaded, removed): the orphaned script then stops watching. */
  isAlive?: () => boolean;
}

/** Wires a content script: answers requests, pushes pageChanged. Returns a stop function. */
export function startContentBridge(
  runtime: RuntimeLike,
  adapter: PageAdapter,
  doc: Document,
  watchOpts: BridgeOptions = {},
): () => void {
  const raw = watchOpts.raw ?? false;
  const listener = (message: unknown, sender: SenderInfo, sendResponse: (r: unknown) => void) => {
    // Messages not addressed to this channel belong to someone else: leave them unanswered.
    if ((message as { channel?: unknown } | null | undefined)?.channel !== CHANNEL) return false;
    handlePanelRequest(message, sender, runtime.id, adapter, doc, raw).then(sendResponse, (e) => sendResponse(rejected(String(e))));
    // Keep the channel open for the async answer (works in Chrome and Firefox alike).
    return true;
  };
  runtime.onMessage.addListener(listener);
  const stop = () => {
    stopWatch();
    runtime.onMessage.removeListener(listener);
  };
  const stopWatch = watchPage(
    adapter,
    doc,
    (state) => {
      // Nobody listening (panel closed) is normal: the panel asks for the state when it opens.
      runtime.sendMessage({ channel: CHANNEL, type: 'pageChanged', state, raw }).catch(() => watchOpts.isAlive?.() === false && stop());
    },
    watchOpts,
  );
  return stop;
}
