// Content script (Outlook on the web): how to find OWA's roosterjs compose box and open a reply; inserting is shared (insert-text.ts).
import { lastReplyButton, type ComposeSite } from '../insert-text';
import { OUTLOOK_BOUNDARY, outlookEditors } from './read';
import { OUTLOOK, OUTLOOK_LABELS, outlookReplyButton } from './selectors';

export const OUTLOOK_COMPOSE: ComposeSite = {
  editors: outlookEditors,
  boundary: OUTLOOK_BOUNDARY,
  replyButton: (doc) => lastReplyButton(doc.querySelector(OUTLOOK.readingPane) ?? doc, OUTLOOK_LABELS.reply, outlookReplyButton, ['aria-label']),
};
