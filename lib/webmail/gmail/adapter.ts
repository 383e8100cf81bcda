// Content script (Gmail page) and Node: builds the Gmail adapter; `post` decides whether text is finished here or in the panel,
// `compose` where the insertion code comes from (the module itself, or the one gmail-compose.js left in the page).
import { composeMethods, type ComposeSource } from '../compose-module';
import type { TextPost } from '../post';
import type { PageAdapter } from '../types';
import { expandGmailThread } from './expand';
import { readGmailDraft, readGmailThread } from './read';
import { GMAIL } from './selectors';

export function makeGmailAdapter(post: TextPost, compose: ComposeSource): PageAdapter {
  return {
    id: 'gmail',
    readThread: (doc) => readGmailThread(doc, new URL(doc.location?.href ?? 'https://mail.google.com/'), post),
    readDraft: readGmailDraft,
    ...composeMethods(compose),
    expandThread: expandGmailThread,
    // Compose dialogs are attached outside [role=main], so the whole body is watched (throttled by watch.ts).
    observeRoot: (doc) => doc.body ?? doc.querySelector(GMAIL.main),
  };
}
