// Runs in content scripts and extension pages: protocol constants and request types with no runtime dependency (keeps content scripts small).

/** Namespaced so our listeners never mistake another extension page's messages for ours. */
export const CHANNEL = 'dealcraft/webmail';
/** Background → side panel notices (the toolbar button was clicked). */
export const PANEL_CHANNEL = 'dealcraft/panel';
/** Replies and snippets are short; a cap keeps a hostile page from making us process megabytes. */
export const MAX_TEXT = 50_000;

export type PanelRequest =
  | { channel: typeof CHANNEL; type: 'getPageState' }
  | { channel: typeof CHANNEL; type: 'expandThread' }
  | { channel: typeof CHANNEL; type: 'insertReply'; text: string }
  | { channel: typeof CHANNEL; type: 'focusInDraft'; text: string };

/** The parts of runtime.MessageSender we rely on. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}
