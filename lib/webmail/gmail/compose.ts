// On-demand compose script (gmail-compose.js, injected by the panel), side panel and Node: Gmail's insertion code, kept out of
// the content script that runs in every Gmail tab (see lib/webmail/compose-module.ts).
import type { ComposeModule } from '../compose-module';
import { replyAndInsert } from '../compose-flow';
import { focusInCompose } from '../insert-text';
import { press } from '../press';
import { GMAIL_COMPOSE, nudgeAutosave } from './insert';

export const gmailCompose: ComposeModule = {
  insert: (doc, text) => replyAndInsert(doc, text, GMAIL_COMPOSE, { press, after: nudgeAutosave }),
  focusInDraft: (doc, text) => focusInCompose(doc, text, GMAIL_COMPOSE),
};
