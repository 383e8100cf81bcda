// Content script (Gmail page) and Node: builds the Gmail adapter; `post` decides whether text is finished here or in the panel.
import type { TextPost } from '../post';
import type { WebmailAdapter } from '../types';
import { focusInGmailDraft, insertGmail } from './insert';
import { readGmailDraft, readGmailThread } from './read';
import { GMAIL } from './selectors';

export function makeGmailAdapter(post: TextPost): WebmailAdapter {
  return {
    id: 'gmail',
    matches: (url) => url.protocol === 'https:' && url.hostname === 'mail.google.com',
    readThread: (doc) => readGmailThread(doc, new URL(doc.location?.href ?? 'https://mail.google.com/'), post),
    readDraft: readGmailDraft,
    insert: insertGmail,
    focusInDraft: focusInGmailDraft,
    // Compose dialogs are attached outside [role=main], so the whole body is watched (throttled by watch.ts).
    observeRoot: (doc) => doc.body ?? doc.querySelector(GMAIL.main),
  };
}
