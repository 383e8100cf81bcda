// Side panel and Node CLI: the complete Outlook adapter (bodies cleaned, dates as ISO).
import { FULL_POST } from '../finalize';
import { makeOutlookAdapter, OUTLOOK_HOSTS } from './adapter';

export { OUTLOOK_HOSTS };
export const outlookAdapter = makeOutlookAdapter(FULL_POST);
