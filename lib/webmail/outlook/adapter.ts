// Content script (Outlook on the web) and Node: builds the Outlook adapter; `post` decides whether text is finished here or in
// the panel, `compose` where the insertion code comes from (the module itself, or the one outlook-compose.js left in the page).
import { composeMethods, type ComposeSource } from '../compose-module';
import type { TextPost } from '../post';
import type { PageAdapter } from '../types';
import { expandOutlookThread } from './expand';
import { readOutlookDraft, readOutlookThread } from './read';

export function makeOutlookAdapter(post: TextPost, compose: ComposeSource): PageAdapter {
  return {
    id: 'outlook',
    readThread: (doc) => readOutlookThread(doc, new URL(doc.location?.href ?? 'https://outlook.live.com/mail/'), post),
    readDraft: readOutlookDraft,
    ...composeMethods(compose),
    expandThread: expandOutlookThread,
    // Reading pane and compose are re-rendered as a whole by React; the body is the stable ancestor.
    observeRoot: (doc) => doc.body,
  };
}
