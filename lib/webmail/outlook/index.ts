// Side panel and Node CLI: the complete Outlook adapter (bodies cleaned, dates as ISO, URL matching).
import { FULL_POST } from '../finalize';
import type { WebmailAdapter } from '../types';
import { makeOutlookAdapter } from './adapter';
import { OUTLOOK_HOSTS } from './detect';

export { OUTLOOK_HOSTS };

export const outlookAdapter: WebmailAdapter = {
  ...makeOutlookAdapter(FULL_POST),
  matches: (url) => url.protocol === 'https:' && OUTLOOK_HOSTS.includes(url.hostname),
};
