// Side panel (extension page): talks to the mail tabs' content scripts; validates every answer and every pushed change.
import { browser } from 'wxt/browser';
import { finalizeState } from '../webmail/finalize';
import { isMailUrl } from '../webmail/registry';
import type { InsertResult } from '../webmail/types';
import type { PageState } from '../webmail/watch';
import {
  CHANNEL,
  ExpandThreadResponseSchema,
  FocusInDraftResponseSchema,
  GetPageStateResponseSchema,
  InsertReplyResponseSchema,
  PageChangedSchema,
  type PanelRequest,
  type SenderInfo,
} from './protocol';
import { errorText } from '../error-text';

export type PageStateResult =
  | ({ ok: true } & PageState)
  | { ok: false; reason: 'no-content-script' | 'bad-response'; detail: string };

export interface PanelBridge {
  getPageState(tabId: number): Promise<PageStateResult>;
  insertReply(tabId: number, text: string): Promise<InsertResult>;
  /** 'not-loaded': the tab's compose code is not loaded yet (lib/panel/load-compose.ts). */
  focusInDraft(tabId: number, text: string): Promise<boolean | 'not-loaded'>;
  expandThread(tabId: number): Promise<boolean>;
  onPageChanged(cb: (tabId: number, state: PageState) => void): () => void;
}

/** The slice of the WebExtension API the panel uses (the real one, or a fake in tests). */
export interface PanelBrowserLike {
  runtime: {
    id: string;
    onMessage: {
      addListener(cb: (message: unknown, sender: SenderInfo) => void): void;
      removeListener(cb: (message: unknown, sender: SenderInfo) => void): void;
    };
  };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

type Sent = { ok: true; value: unknown } | { ok: false; detail: string };

/** Accepts a pushed message only from our own content script in a mail tab (a known mail host, or a site the user allowed). */
export function acceptPageChanged(
  message: unknown,
  sender: SenderInfo,
  runtimeId: string,
  isMail: (url: string | undefined) => boolean = isMailUrl,
): { tabId: number; state: PageState } | null {
  if (!sender || sender.id !== runtimeId || !sender.tab || typeof sender.tab.id !== 'number') return null;
  if (!isMail(sender.tab.url ?? sender.url)) return null;
  const parsed = PageChangedSchema.safeParse(message);
  if (!parsed.success) return null;
  return { tabId: sender.tab.id, state: parsed.data.raw ? finalizeState(parsed.data.state) : parsed.data.state };
}

export function createPanelBridge(
  api: PanelBrowserLike = browser as unknown as PanelBrowserLike,
  isMail: (url: string | undefined) => boolean = isMailUrl,
): PanelBridge {
  const send = async (tabId: number, req: PanelRequest): Promise<Sent> => {
    try {
      const value = await api.tabs.sendMessage(tabId, req);
      // No listener answered: the tab is not a mail page, or the script is not injected yet.
      if (value === undefined) return { ok: false, detail: 'No Dealcraft content script answered in this tab.' };
      return { ok: true, value };
    } catch (e) {
      return { ok: false, detail: errorText(e) };
    }
  };
  return {
    async getPageState(tabId) {
      const r = await send(tabId, { channel: CHANNEL, type: 'getPageState' });
      if (!r.ok) return { ok: false, reason: 'no-content-script', detail: r.detail };
      const parsed = GetPageStateResponseSchema.safeParse(r.value);
      if (!parsed.success) return { ok: false, reason: 'bad-response', detail: 'The page answered with an unexpected shape.' };
      if (!parsed.data.ok) return { ok: false, reason: 'bad-response', detail: parsed.data.detail };
      return { ok: true, ...(parsed.data.raw ? finalizeState(parsed.data.state) : parsed.data.state) };
    },
    async insertReply(tabId, text) {
      const r = await send(tabId, { channel: CHANNEL, type: 'insertReply', text });
      if (!r.ok) return { ok: false, reason: 'compose-not-found', detail: `This tab cannot take a reply: ${r.detail}` };
      const parsed = InsertReplyResponseSchema.safeParse(r.value);
      if (!parsed.success) return { ok: false, reason: 'insert-failed', detail: 'The page answered with an unexpected shape.' };
      const v = parsed.data;
      if (!v.ok && v.reason === 'rejected') return { ok: false, reason: 'insert-failed', detail: v.detail };
      return v as InsertResult;
    },
    async focusInDraft(tabId, text) {
      const r = await send(tabId, { channel: CHANNEL, type: 'focusInDraft', text });
      if (!r.ok) return false;
      const parsed = FocusInDraftResponseSchema.safeParse(r.value);
      if (parsed.success && 'reason' in parsed.data && parsed.data.reason === 'not-loaded') return 'not-loaded';
      return parsed.success && parsed.data.ok === true;
    },
    async expandThread(tabId) {
      const r = await send(tabId, { channel: CHANNEL, type: 'expandThread' });
      const parsed = r.ok ? ExpandThreadResponseSchema.safeParse(r.value) : null;
      return !!parsed?.success && parsed.data.ok === true;
    },
    onPageChanged(cb) {
      const listener = (message: unknown, sender: SenderInfo) => {
        const accepted = acceptPageChanged(message, sender, api.runtime.id, isMail);
        if (accepted) cb(accepted.tabId, accepted.state);
        // Returning nothing: this listener never answers, so other listeners' responses are unaffected.
      };
      api.runtime.onMessage.addListener(listener);
      return () => api.runtime.onMessage.removeListener(listener);
    },
  };
}
