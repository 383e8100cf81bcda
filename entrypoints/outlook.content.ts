// Content script (Outlook on the web): answers the side panel and reports thread/draft changes; all logic lives in lib/webmail.
import { makeOutlookAdapter } from '../lib/webmail/outlook/adapter';
import { RAW_POST } from '../lib/webmail/post';
import { startContentBridge, type RuntimeLike } from '../lib/messaging/content-bridge';

export default defineContentScript({
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'],
  runAt: 'document_idle',
  main(ctx) {
    const stop = startContentBridge(browser.runtime as unknown as RuntimeLike, makeOutlookAdapter(RAW_POST), document, {
      raw: true,
      // OWA navigates with history.pushState, which fires no event of its own.
      subscribeLocation: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
    });
    ctx.onInvalidated(stop);
  },
});
