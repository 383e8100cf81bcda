// Compose script (gmail-compose.js, on demand) and Node: how to find Gmail's compose box, open a reply, and make Gmail save an insert.
import { lastReplyButton, type ComposeSite } from '../insert-text';
import { GMAIL_BOUNDARY, gmailEditors } from './read';
import { GMAIL, GMAIL_REPLY_LABEL_ATTRS, GMAIL_REPLY_LABELS, gmailReplyButton } from './selectors';

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
