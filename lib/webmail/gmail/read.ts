// Content script (Gmail page; happy-dom in Node): reads the open thread and the draft from Gmail's DOM.
import { MAX_MESSAGES, REPLY_SUBJECT, isVisibleish, textOf, textWithEmoji } from '../common';
import { elementToText } from '../dom-text';
import { emailsIn, isFromUser, type UserIdentity } from '../identity';
import type { TextPost } from '../post';
import type { Address, Draft, DraftKind, ReadResult, ThreadMessage } from '../types';
import { GMAIL } from './selectors';

/** An open thread's hash ends in a long opaque id (#inbox/FMfcg…, #label/x/FMfcg…). */
export function threadIdFromHash(hash: string): string | null {
  const last = hash.replace(/^#/, '').split('?')[0]!.split('/').pop() ?? '';
  return /^[A-Za-z0-9]{16,}$/.test(last) ? last : null;
}

/** The signed-in account: the account button's label, else the last address in the page title. */
export function gmailUser(doc: Document): UserIdentity | null {
  const emails: string[] = [];
  const names: string[] = [];
  for (const el of doc.querySelectorAll(GMAIL.account)) {
    const label = el.getAttribute('aria-label') ?? '';
    emails.push(...emailsIn(label));
    const name = /^Google Account:\s*([^(\n]+)/.exec(label)?.[1]?.trim();
    if (name) names.push(name);
  }
  // Title: "Subject - user@gmail.com - Gmail"; a subject may itself contain addresses, so take the last.
  const fromTitle = emailsIn(doc.title).pop();
  if (fromTitle) emails.push(fromTitle);
  return emails.length > 0 ? { emails: [...new Set(emails)], names } : null;
}

function address(el: Element | null): Address {
  if (!el) return { name: '', email: '' };
  return { name: (el.getAttribute('name') ?? textOf(el)).trim(), email: (el.getAttribute('email') ?? '').trim() };
}

const BODY_OPTIONS = { cutAt: GMAIL.quote, skip: `${GMAIL.signature}, ${GMAIL.bodyChrome}` };

function readMessage(el: Element, user: UserIdentity | null, post: TextPost): ThreadMessage {
  const from = address(el.querySelector(GMAIL.sender));
  const to: Address[] = [];
  const seen = new Set<string>();
  for (const r of el.querySelectorAll(GMAIL.recipient)) {
    const a = address(r);
    const key = a.email.toLowerCase();
    if (key && !seen.has(key) && key !== from.email.toLowerCase()) {
      seen.add(key);
      to.push(a);
    }
  }
  const bodyEl = el.querySelector(GMAIL.body);
  const collapsed = el.matches(GMAIL.collapsed) || el.closest(GMAIL.collapsed) !== null || !bodyEl;
  const body = bodyEl && !collapsed ? post.clean(elementToText(bodyEl, BODY_OPTIONS)) : textOf(el.querySelector(GMAIL.snippet));
  return {
    id: el.getAttribute('data-message-id') ?? el.getAttribute('data-legacy-message-id') ?? '',
    from,
    to,
    date: post.date(el.querySelector(GMAIL.date)?.getAttribute('title')),
    fromUser: isFromUser(from, user),
    body,
    collapsed,
  };
}

export function readGmailThread(doc: Document, url: URL, post: TextPost): ReadResult {
  const main = doc.querySelector(GMAIL.main) ?? doc.body;
  const hashId = threadIdFromHash(url.hash);
  const subjectEl = main?.querySelector(GMAIL.subject) ?? null;
  const messageEls = main ? [...main.querySelectorAll(GMAIL.message)] : [];
  if (!subjectEl && messageEls.length === 0) {
    if (hashId) {
      return { ok: false, reason: 'unrecognised-markup', detail: 'The address shows an open thread but no subject (h2.hP) or messages (div.adn) were found.' };
    }
    return { ok: false, reason: 'no-thread-open', detail: 'No Gmail conversation is open.' };
  }
  if (messageEls.length === 0) {
    return { ok: false, reason: 'unrecognised-markup', detail: 'A thread subject is shown but no message elements (div.adn[data-message-id]) were found.' };
  }
  const user = gmailUser(doc);
  const messages: ThreadMessage[] = [];
  // "N older messages": not in the DOM until opened; keep their place so the panel can say so.
  const bar = main?.querySelector(GMAIL.olderBar);
  // One placeholder each, but never more than a thread can hold: a page saying "10000000 older messages" is not to be believed.
  const older = bar ? Math.min(Number(/\d+/.exec(`${textOf(bar)} ${bar.getAttribute('aria-label') ?? ''}`)?.[0] ?? 0), MAX_MESSAGES - messageEls.length) : 0;
  const placeholders: ThreadMessage[] = [];
  for (let i = 0; i < older; i++) {
    placeholders.push({ id: `older-${i + 1}`, from: { name: '', email: '' }, to: [], date: null, fromUser: false, body: '', collapsed: true });
  }
  for (const el of messageEls) {
    // The bar sits where the hidden messages were: emit them before the first message after it.
    if (bar && placeholders.length && (bar.compareDocumentPosition(el) & 4) !== 0) messages.push(...placeholders.splice(0));
    messages.push(readMessage(el, user, post));
  }
  messages.push(...placeholders);
  const threadId =
    main?.querySelector(GMAIL.threadPermId)?.getAttribute('data-thread-perm-id') ??
    main?.querySelector(GMAIL.threadLegacyId)?.getAttribute('data-legacy-thread-id') ??
    hashId ??
    '';
  if (!threadId) return { ok: false, reason: 'unrecognised-markup', detail: 'No thread id found in the markup or the address.' };
  return {
    ok: true,
    thread: { webmail: 'gmail', threadId, subject: subjectEl ? textWithEmoji(subjectEl) : '', url: url.href, messages },
  };
}

/** Every visible compose editor: the focused one first, then inline replies, then dialogs (newest last → first). */
export function gmailEditors(doc: Document): HTMLElement[] {
  const all = [...doc.querySelectorAll<HTMLElement>(GMAIL.editor)].filter(isVisibleish);
  const active = doc.activeElement;
  const rank = (e: HTMLElement) => (active && (e === active || e.contains(active)) ? 0 : e.closest(GMAIL.dialog) ? 2 : 1);
  return all
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || (rank(a.e) === 2 ? b.i - a.i : a.i - b.i))
    .map((x) => x.e);
}

export const GMAIL_BOUNDARY = `${GMAIL.quote}, ${GMAIL.signature}`;

function draftKind(editor: HTMLElement): DraftKind {
  const compose = editor.closest(GMAIL.compose) ?? editor.closest(GMAIL.dialog);
  const subject = (compose?.querySelector<HTMLInputElement>(GMAIL.subjectInput)?.value ?? '').trim();
  const isReply = REPLY_SUBJECT.test(subject) || editor.querySelector(GMAIL.quote) !== null;
  if (!editor.closest(GMAIL.dialog)) return editor.closest(GMAIL.main) || isReply ? 'inline-reply' : 'new-message';
  return isReply ? 'pop-out' : 'new-message';
}

export function readGmailDraft(doc: Document): Draft | null {
  const editor = gmailEditors(doc)[0];
  if (!editor) return null;
  const scope = editor.closest(GMAIL.compose) ?? editor.closest(GMAIL.dialog) ?? doc;
  const composeId =
    scope.querySelector<HTMLInputElement>(GMAIL.draftIdInput)?.value ||
    scope.querySelector<HTMLInputElement>(GMAIL.composeIdInput)?.value ||
    editor.id ||
    'gmail-compose';
  return { composeId, kind: draftKind(editor), text: elementToText(editor, { cutAt: GMAIL.quote, skip: GMAIL.signature }) };
}
