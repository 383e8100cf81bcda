// Content script (Gmail page; declared in wxt.config.ts): answers the side panel and reports thread/draft changes (inserting
// waits for gmail-compose.js, which the panel injects on demand); all logic lives in lib/.
import { runContentScript } from '../lib/messaging/content-start';
import type { RuntimeLike } from '../lib/messaging/content-bridge';
import { injectedCompose } from '../lib/webmail/compose-module';
import { makeGmailAdapter } from '../lib/webmail/gmail/adapter';
import { RAW_POST } from '../lib/webmail/post';

export default defineUnlistedScript(() => runContentScript(browser.runtime as unknown as RuntimeLike, makeGmailAdapter(RAW_POST, injectedCompose('gmail'))));
