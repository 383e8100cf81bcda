// Content script (Outlook on the web) and Node: builds the Outlook adapter; `post` decides whether text is finished here or in the panel.
import type { TextPost } from '../post';
import type { WebmailAdapter } from '../types';
import { focusInOutlookDraft, insertOutlook } from './insert';
import { readOutlookDraft, readOutlookThread } from './read';

export const OUTLOOK_HOSTS = ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'];

export function makeOutlookAdapter(post: TextPost): WebmailAdapter {
  return {
    id: 'outlook',
    matches: (url) => url.protocol === 'https:' && OUTLOOK_HOSTS.includes(url.hostname),
    readThread: (doc) => readOutlookThread(doc, new URL(doc.location?.href ?? 'https://outlook.live.com/mail/'), post),
    readDraft: readOutlookDraft,
    insert: insertOutlook,
    focusInDraft: focusInOutlookDraft,
    // Reading pane and compose are re-rendered as a whole by React; the body is the stable ancestor.
    observeRoot: (doc) => doc.body,
  };
}
