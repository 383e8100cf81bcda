// Side panel and Node CLI: the complete Gmail adapter (bodies cleaned, dates as ISO).
import { FULL_POST } from '../finalize';
import { makeGmailAdapter } from './adapter';

export const gmailAdapter = makeGmailAdapter(FULL_POST);
