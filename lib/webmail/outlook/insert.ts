// Compose script (outlook-compose.js, on demand) and Node: how to find OWA's roosterjs compose box and open a reply.
import { lastReplyButton, type ComposeSite } from '../insert-text';
import { OUTLOOK_BOUNDARY, outlookEditors } from './read';
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
