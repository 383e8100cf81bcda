// Content script (Gmail page): answers the side panel and reports thread/draft changes; all logic lives in lib/webmail.
import { makeGmailAdapter } from '../lib/webmail/gmail/adapter';
import { RAW_POST } from '../lib/webmail/post';
import { startContentBridge, type RuntimeLike } from '../lib/messaging/content-bridge';
import { guardScriptStartedEvent, scriptStartedEventName, type WxtContextClass } from '../lib/messaging/page-guard';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The page must not be able to switch this script off (WXT issue: see lib/messaging/page-guard.ts).
    const alive = () => browser.runtime?.id !== undefined;
    const unguard = guardScriptStartedEvent(window, scriptStartedEventName(ctx.constructor as WxtContextClass, browser.runtime.id, import.meta.env.ENTRYPOINT), alive);
    const stop = startContentBridge(browser.runtime as unknown as RuntimeLike, makeGmailAdapter(RAW_POST), document, {
      raw: true,
      subscribeLocation: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
    });
    ctx.onInvalidated(() => {
      // Only a reload or update of the extension ends this script; anything else claiming to is ignored.
      if (alive()) return;
      stop();
      unguard();
    });
  },
});
