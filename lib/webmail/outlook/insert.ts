// Content script (Outlook on the web): how to find OWA's roosterjs compose box, open a reply and expand the conversation.
import { lastReplyButton, type ComposeSite } from '../insert-text';
import { press } from '../press';
import { OUTLOOK_BOUNDARY, collapsedItems, outlookEditors } from './read';
import { OUTLOOK, OUTLOOK_LABELS, outlookReplyButton } from './selectors';

export const OUTLOOK_COMPOSE: ComposeSite = {
  editors: outlookEditors,
  boundary: OUTLOOK_BOUNDARY,
  replyButton: (doc) => lastReplyButton(doc.querySelector(OUTLOOK.readingPane) ?? doc, OUTLOOK_LABELS.reply, outlookReplyButton, ['aria-label']),
};

/**
 * After Reply, OWA renders the editor, then moves the caret to the To field a moment later; text inserted at once can
 * be swallowed. So: wait for the editor and the focus to stay put, insert, and look again a second later.
 */
export const OUTLOOK_TIMING = { settleMs: 400, settleMaxMs: 3000, verifyMs: 1000 };

/** "Read the whole thread": opens every collapsed message of the conversation. */
export function expandOutlookThread(doc: Document): boolean {
  const items = collapsedItems(doc.querySelector(OUTLOOK.readingPane));
  items.forEach(press);
  return items.length > 0;
}
