// Content script (Outlook on the web) and Node: builds the Outlook adapter; `post` decides whether text is finished here or in the panel.
import type { TextPost } from '../post';
import type { PageAdapter } from '../types';
import { replyAndInsert } from '../compose-flow';
import { focusInCompose } from '../insert-text';
import { press } from '../press';
import { OUTLOOK_COMPOSE, OUTLOOK_TIMING, expandOutlookThread } from './insert';
import { readOutlookDraft, readOutlookThread } from './read';

export function makeOutlookAdapter(post: TextPost): PageAdapter {
  return {
    id: 'outlook',
    readThread: (doc) => readOutlookThread(doc, new URL(doc.location?.href ?? 'https://outlook.live.com/mail/'), post),
    readDraft: readOutlookDraft,
    insert: (doc, text) => replyAndInsert(doc, text, OUTLOOK_COMPOSE, { press, ...OUTLOOK_TIMING }),
    expandThread: expandOutlookThread,
    focusInDraft: (doc, text) => focusInCompose(doc, text, OUTLOOK_COMPOSE),
    // Reading pane and compose are re-rendered as a whole by React; the body is the stable ancestor.
    observeRoot: (doc) => doc.body,
  };
}
