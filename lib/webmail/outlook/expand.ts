// Content script (Outlook on the web): "Read the whole thread" by opening every collapsed message.
import { press } from '../press';
import { collapsedItems } from './read';
import { OUTLOOK } from './selectors';

/** "Read the whole thread": opens every collapsed message of the conversation. */
export function expandOutlookThread(doc: Document): boolean {
  const items = collapsedItems(doc.querySelector(OUTLOOK.readingPane));
  items.forEach(press);
  return items.length > 0;
}
