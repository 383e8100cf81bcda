// Side panel and Node CLI: the complete Outlook adapter (bodies cleaned, dates as ISO, URL matching, insertion code included).
import { FULL_POST } from '../finalize';
import type { WebmailAdapter } from '../types';
import { makeOutlookAdapter } from './adapter';
import { outlookCompose } from './compose';
import { OUTLOOK_HOSTS } from './detect';

export { OUTLOOK_HOSTS };

export const outlookAdapter: WebmailAdapter = {
  ...makeOutlookAdapter(FULL_POST, outlookCompose),
  matches: (url) => url.protocol === 'https:' && OUTLOOK_HOSTS.includes(url.hostname),
};
