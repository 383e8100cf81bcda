// Content script (Outlook on the web) and Node: builds the Outlook adapter; `post` decides whether text is finished here or in the panel.
import type { TextPost } from '../post';
import type { PageAdapter } from '../types';
import { focusInCompose, insertIntoCompose } from '../insert-text';
import { OUTLOOK_COMPOSE } from './insert';
import { readOutlookDraft, readOutlookThread } from './read';

export function makeOutlookAdapter(post: TextPost): PageAdapter {
  return {
    id: 'outlook',
    readThread: (doc) => readOutlookThread(doc, new URL(doc.location?.href ?? 'https://outlook.live.com/mail/'), post),
    readDraft: readOutlookDraft,
    insert: (doc, text) => insertIntoCompose(doc, text, OUTLOOK_COMPOSE),
    focusInDraft: (doc, text) => focusInCompose(doc, text, OUTLOOK_COMPOSE),
    // Reading pane and compose are re-rendered as a whole by React; the body is the stable ancestor.
    observeRoot: (doc) => doc.body,
  };
}
