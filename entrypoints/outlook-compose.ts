// Injected on demand into an Outlook tab (by the panel, before its first insert: lib/panel/load-compose.ts), never declared as
// a content script: leaves Outlook's insertion code where outlook-content.js finds it (lib/webmail/compose-module.ts).
import { provideCompose } from '../lib/webmail/compose-module';
import { outlookCompose } from '../lib/webmail/outlook/compose';

export default defineUnlistedScript(() => provideCompose('outlook', outlookCompose));
