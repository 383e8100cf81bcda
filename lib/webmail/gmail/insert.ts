// Content script (Gmail page): opens a reply when needed and inserts text into Gmail's compose body.
import { insertPlainText, selectTextIn, waitForElement } from '../insert-text';
import type { InsertResult } from '../types';
import { GMAIL_BOUNDARY, gmailEditors } from './read';
import { GMAIL, GMAIL_REPLY_LABELS, gmailReplyButton } from './selectors';

/** How long to wait for Gmail to render the reply editor after clicking Reply. */
export const REPLY_OPEN_TIMEOUT_MS = 4000;

function findReplyButton(doc: Document): HTMLElement | null {
  const scope = doc.querySelector(GMAIL.main) ?? doc;
  for (const label of GMAIL_REPLY_LABELS) {
    // Exact label first so "Reply all" is not preferred over "Reply"; the last message's button is the one in view.
    const exact = [...scope.querySelectorAll<HTMLElement>(`[role=button][data-tooltip="${label}"], [role=button][aria-label="${label}"]`)];
    if (exact.length) return exact[exact.length - 1]!;
    const prefixed = [...scope.querySelectorAll<HTMLElement>(gmailReplyButton(label))];
    if (prefixed.length) return prefixed[prefixed.length - 1]!;
  }
  return null;
}

export async function insertGmail(doc: Document, text: string): Promise<InsertResult> {
  let editor: HTMLElement | null = gmailEditors(doc)[0] ?? null;
  if (!editor) {
    const reply = findReplyButton(doc);
    if (!reply) return { ok: false, reason: 'compose-not-found', detail: 'No compose box is open and no Reply button was found.' };
    reply.click();
    editor = await waitForElement(doc.body ?? doc, () => gmailEditors(doc)[0] ?? null, REPLY_OPEN_TIMEOUT_MS);
    if (!editor) return { ok: false, reason: 'compose-not-found', detail: 'Clicked Reply but no compose box appeared.' };
  }
  return insertPlainText(editor, text, { boundary: GMAIL_BOUNDARY });
}

export function focusInGmailDraft(doc: Document, text: string): boolean {
  const editor = gmailEditors(doc)[0];
  return editor ? selectTextIn(editor, text, GMAIL_BOUNDARY) : false;
}
