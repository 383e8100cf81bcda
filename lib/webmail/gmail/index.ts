// Side panel and Node CLI: the complete Gmail adapter (bodies cleaned, dates as ISO, URL matching, insertion code included).
import { FULL_POST } from '../finalize';
import type { WebmailAdapter } from '../types';
import { makeGmailAdapter } from './adapter';
import { gmailCompose } from './compose';

export const gmailAdapter: WebmailAdapter = {
  ...makeGmailAdapter(FULL_POST, gmailCompose),
  matches: (url) => url.protocol === 'https:' && url.hostname === 'mail.google.com',
};
