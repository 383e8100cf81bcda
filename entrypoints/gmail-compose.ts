// Injected on demand into a Gmail tab (by the panel, before its first insert: lib/panel/load-compose.ts), never declared as a
// content script: leaves Gmail's insertion code where gmail-content.js finds it (lib/webmail/compose-module.ts).
import { provideCompose } from '../lib/webmail/compose-module';
import { gmailCompose } from '../lib/webmail/gmail/compose';

export default defineUnlistedScript(() => provideCompose('gmail', gmailCompose));
