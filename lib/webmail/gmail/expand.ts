// Content script (Gmail page): "Read the whole thread" by clicking Gmail's own expand controls.
import { isVisibleish } from '../common';
import { press } from '../press';
import { GMAIL, GMAIL_EXPAND_ALL } from './selectors';

/** "Read the whole thread": Gmail's "Expand all", else the "N older messages" bar and every collapsed header. */
export function expandGmailThread(doc: Document): boolean {
  const main = doc.querySelector(GMAIL.main) ?? doc;
  const shown = (selector: string) => [...main.querySelectorAll(selector)].filter(isVisibleish);
  const expandAll =
    shown(GMAIL.expandAllIcon)[0]?.closest('[role=button]') ??
    shown(GMAIL_EXPAND_ALL.map((l) => `[role=button][aria-label="${l}"], [role=button][data-tooltip="${l}"]`).join(', '))[0];
  const targets = expandAll ? [expandAll] : shown(`${GMAIL.olderBar}, .kv ${GMAIL.header}, .ky ${GMAIL.header}`);
  targets.forEach(press);
  return targets.length > 0;
}
