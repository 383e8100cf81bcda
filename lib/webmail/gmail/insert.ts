// Content script (Gmail page): how to find Gmail's compose box and open a reply; inserting is shared (insert-text.ts).
import { lastReplyButton, type ComposeSite } from '../insert-text';
import { GMAIL_BOUNDARY, gmailEditors } from './read';
import { GMAIL, GMAIL_REPLY_LABEL_ATTRS, GMAIL_REPLY_LABELS, gmailReplyButton } from './selectors';

export const GMAIL_COMPOSE: ComposeSite = {
  editors: gmailEditors,
  boundary: GMAIL_BOUNDARY,
  replyButton: (doc) => lastReplyButton(doc.querySelector(GMAIL.main) ?? doc, GMAIL_REPLY_LABELS, gmailReplyButton, GMAIL_REPLY_LABEL_ATTRS),
};
