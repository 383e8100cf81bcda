// Content script (Outlook on the web): opens a reply when needed and inserts text into OWA's roosterjs editor.
import { insertPlainText, selectTextIn, waitForElement } from '../insert-text';
import type { InsertResult } from '../types';
import { OUTLOOK_BOUNDARY, outlookEditors } from './read';
import { OUTLOOK, OUTLOOK_LABELS, outlookReplyButton } from './selectors';

/** How long to wait for OWA to render the reply editor after clicking Reply. */
export const REPLY_OPEN_TIMEOUT_MS = 4000;

function findReplyButton(doc: Document): HTMLElement | null {
  const scope = doc.querySelector(OUTLOOK.readingPane) ?? doc;
  for (const label of OUTLOOK_LABELS.reply) {
    const found = [...scope.querySelectorAll<HTMLElement>(outlookReplyButton(label))].filter(
      // "Reply all" starts with "Reply": prefer the exact label.
      (b) => (b.getAttribute('aria-label') ?? '').trim() === label,
    );
    const any = found.length ? found : [...scope.querySelectorAll<HTMLElement>(outlookReplyButton(label))];
    if (any.length) return any[any.length - 1]!;
  }
  return null;
}

export async function insertOutlook(doc: Document, text: string): Promise<InsertResult> {
  let editor: HTMLElement | null = outlookEditors(doc)[0] ?? null;
  if (!editor) {
    const reply = findReplyButton(doc);
    if (!reply) return { ok: false, reason: 'compose-not-found', detail: 'No compose box is open and no Reply button was found.' };
    reply.click();
    editor = await waitForElement(doc.body ?? doc, () => outlookEditors(doc)[0] ?? null, REPLY_OPEN_TIMEOUT_MS);
    if (!editor) return { ok: false, reason: 'compose-not-found', detail: 'Clicked Reply but no compose box appeared.' };
  }
  return insertPlainText(editor, text, { boundary: OUTLOOK_BOUNDARY });
}

export function focusInOutlookDraft(doc: Document, text: string): boolean {
  const editor = outlookEditors(doc)[0];
  return editor ? selectTextIn(editor, text, OUTLOOK_BOUNDARY) : false;
}
