// Injected on demand into a mail tab (scripting.executeScript, from the panel's "Copy a page report"), never declared as a
// content script: returns a redacted skeleton of the page and the adapter's reading of it (lib/webmail/page-report.ts).
import { makeGmailAdapter } from '../lib/webmail/gmail/adapter';
import { makeOutlookAdapter } from '../lib/webmail/outlook/adapter';
import { buildPageReport } from '../lib/webmail/page-report';
import { RAW_POST } from '../lib/webmail/post';

// The report only reads: no compose code.
export default defineUnlistedScript(() => {
  const adapter = location.hostname === 'mail.google.com' ? makeGmailAdapter(RAW_POST, () => null) : makeOutlookAdapter(RAW_POST, () => null);
  return buildPageReport(document, adapter.id, adapter.readThread(document), adapter.readDraft(document));
});
