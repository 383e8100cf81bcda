// Side panel and Node CLI: the complete Outlook adapter (bodies cleaned, dates as ISO, URL matching).
import { FULL_POST } from '../finalize';
import type { WebmailAdapter } from '../types';
import { makeOutlookAdapter } from './adapter';

/** Personal accounts, older work URLs, and outlook.cloud.microsoft where work and school accounts now open. */
export const OUTLOOK_HOSTS = ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'];

export const outlookAdapter: WebmailAdapter = {
  ...makeOutlookAdapter(FULL_POST),
  matches: (url) => url.protocol === 'https:' && OUTLOOK_HOSTS.includes(url.hostname),
};
