// Content script (Gmail page) and Node: builds the Gmail adapter; `post` decides whether text is finished here or in the panel.
import type { TextPost } from '../post';
import type { PageAdapter } from '../types';
import { replyAndInsert } from '../compose-flow';
import { focusInCompose } from '../insert-text';
import { press } from '../press';
import { GMAIL_COMPOSE, expandGmailThread, nudgeAutosave } from './insert';
import { readGmailDraft, readGmailThread } from './read';
import { GMAIL } from './selectors';

export function makeGmailAdapter(post: TextPost): PageAdapter {
  return {
    id: 'gmail',
    readThread: (doc) => readGmailThread(doc, new URL(doc.location?.href ?? 'https://mail.google.com/'), post),
    readDraft: readGmailDraft,
    insert: (doc, text) => replyAndInsert(doc, text, GMAIL_COMPOSE, { press, after: nudgeAutosave }),
    expandThread: expandGmailThread,
    focusInDraft: (doc, text) => focusInCompose(doc, text, GMAIL_COMPOSE),
    // Compose dialogs are attached outside [role=main], so the whole body is watched (throttled by watch.ts).
    observeRoot: (doc) => doc.body ?? doc.querySelector(GMAIL.main),
  };
}
