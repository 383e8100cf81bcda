// On-demand compose script (outlook-compose.js, injected by the panel), side panel and Node: Outlook's insertion code, kept out
// of the content script that runs in every Outlook tab (see lib/webmail/compose-module.ts).
import type { ComposeModule } from '../compose-module';
import { replyAndInsert } from '../compose-flow';
import { focusInCompose } from '../insert-text';
import { press } from '../press';
import { OUTLOOK_COMPOSE, OUTLOOK_TIMING } from './insert';

export const outlookCompose: ComposeModule = {
  insert: (doc, text) => replyAndInsert(doc, text, OUTLOOK_COMPOSE, { press, ...OUTLOOK_TIMING }),
  focusInDraft: (doc, text) => focusInCompose(doc, text, OUTLOOK_COMPOSE),
};
