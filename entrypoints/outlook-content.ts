// Content script (Outlook on the web; declared in wxt.config.ts, and registered at run time for a custom domain the user
// allowed): answers the side panel and reports thread/draft changes (inserting waits for outlook-compose.js, which the panel
// injects on demand); all logic lives in lib/.
import { runContentScript } from '../lib/messaging/content-start';
import type { RuntimeLike } from '../lib/messaging/content-bridge';
import { isOutlookPage } from '../lib/webmail/outlook/detect';
import { injectedCompose } from '../lib/webmail/compose-module';
import { makeOutlookAdapter } from '../lib/webmail/outlook/adapter';
import { RAW_POST } from '../lib/webmail/post';

export default defineUnlistedScript(() => {
  // On an organisation's own domain, only a page that is Outlook (by its markers) gets a bridge.
  if (isOutlookPage(document)) runContentScript(browser.runtime as unknown as RuntimeLike, makeOutlookAdapter(RAW_POST, injectedCompose('outlook')));
});
