// Content script (Gmail page): answers the side panel and reports thread/draft changes; all logic lives in lib/webmail.
import { makeGmailAdapter } from '../lib/webmail/gmail/adapter';
import { RAW_POST } from '../lib/webmail/post';
import { startContentBridge, type RuntimeLike } from '../lib/messaging/content-bridge';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const stop = startContentBridge(browser.runtime as unknown as RuntimeLike, makeGmailAdapter(RAW_POST), document, {
      raw: true,
      subscribeLocation: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
    });
    ctx.onInvalidated(stop);
  },
});
