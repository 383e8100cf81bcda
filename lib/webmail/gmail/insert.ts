// Content script (Gmail page): how to find Gmail's compose box, open a reply, expand the thread, and make Gmail save an insert.
import { lastReplyButton, type ComposeSite } from '../insert-text';
import { isVisibleish } from '../common';
import { press } from '../press';
import { GMAIL_BOUNDARY, gmailEditors } from './read';
import { GMAIL, GMAIL_EXPAND_ALL, GMAIL_REPLY_LABEL_ATTRS, GMAIL_REPLY_LABELS, gmailReplyButton } from './selectors';

export const GMAIL_COMPOSE: ComposeSite = {
  editors: gmailEditors,
  boundary: GMAIL_BOUNDARY,
  replyButton: (doc) => lastReplyButton(doc.querySelector(GMAIL.main) ?? doc, GMAIL_REPLY_LABELS, gmailReplyButton, GMAIL_REPLY_LABEL_ATTRS),
};

/**
 * Gmail's draft autosave listens to its own key handling: after an insert, send a harmless key (Shift) with a real
 * keyCode, asynchronously, as InboxSDK does. The code must be in the event's init: a property defined on the event in
 * this isolated world is invisible to Gmail's own scripts.
 */
export function nudgeAutosave(editor: HTMLElement): void {
  const win = editor.ownerDocument.defaultView;
  win?.setTimeout(() => {
    for (const type of ['keydown', 'keyup']) {
      const init = { bubbles: true, key: 'Shift', code: 'ShiftLeft', keyCode: 16, which: 16 };
      editor.dispatchEvent(new win.KeyboardEvent(type, init as KeyboardEventInit));
    }
  }, 20);
}

/** "Read the whole thread": Gmail's "Expand all", else the "N older messages" bar and every collapsed header. */
export function expandGmailThread(doc: Document): boolean {
  const main = doc.querySelector(GMAIL.main) ?? doc;
  const shown = (selector: string) => [...main.querySelectorAll(selector)].filter(isVisibleish);
  const expandAll =
    shown(GMAIL.expandAllIcon)[0]?.closest('[role=button]') ??
    shown(GMAIL_EXPAND_ALL.map((l) => `[role=button][aria-label="${l}"], [role=button][data-tooltip="${l}"]`).join(', '))[0];
  const targets = expandAll ? [expandAll] : shown(`${GMAIL.olderBar}, .kv ${GMAIL.header}, .ky ${GMAIL.header}`);
  targets.forEach(press);
  return targets.length > 0;
}
