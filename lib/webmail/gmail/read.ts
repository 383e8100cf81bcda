// Content script (Gmail page; happy-dom in Node): reads the open thread and the draft from Gmail's DOM.
import { MAX_MESSAGES, REPLY_SUBJECT, isVisibleish, textOf, textWithEmoji } from '../common';
import { elementToText } from '../dom-text';
import { checkThread } from '../health';
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
const NOBODY: Address = { name: '', email: '' };
const LOOKED = { sender: GMAIL.sender, body: `${GMAIL.body} or ${GMAIL.snippet}`, account: 'Google Account button, page title' };

/** One list item (or, in the older shape, one opened message) as a message; null for items that are not messages (an inline reply). */
function readItem(el: Element, index: number, user: UserIdentity | null, post: TextPost): ThreadMessage | null {
  const opened = el.matches(GMAIL.message) ? el : el.querySelector(GMAIL.message);
  const head = opened ?? el.querySelector(GMAIL.header);
  const hidden = el.matches(GMAIL.hidden);
  if (!head && !hidden) return null;
  const from = address(head?.querySelector(GMAIL.sender) ?? null);
  const to: Address[] = [];
  const seen = new Set([from.email.toLowerCase()]);
  for (const r of opened?.querySelectorAll(GMAIL.recipient) ?? []) {
    const a = address(r);
    const key = a.email.toLowerCase();
    if (!seen.has(key)) seen.add(key), to.push(a);
  }
  const bodyEl = opened?.querySelector(GMAIL.body);
  const collapsed = hidden || !bodyEl || !!el.closest(GMAIL.collapsed) || !!opened?.matches(GMAIL.collapsed);
  // A clipped message is flagged, not analysed: half a message reads as a different message.
  const clipped = !collapsed && !!opened!.querySelector(GMAIL.clipped);
  const body = collapsed ? textOf(head?.querySelector(GMAIL.snippet)) : clipped ? '' : post.clean(elementToText(bodyEl!, BODY_OPTIONS));
  const idEl = el.querySelector('[data-legacy-message-id]') ?? opened;
  return {
    id: opened?.getAttribute('data-message-id') || idEl?.getAttribute('data-legacy-message-id') || `item-${index + 1}`,
    from,
    to,
    date: post.date(head?.querySelector(GMAIL.date)?.getAttribute('title')),
    fromUser: isFromUser(from, user),
    body,
    collapsed,
    ...(hidden && { hidden }),
    ...(clipped && { clipped }),
  };
}

/** The visible thread: the view holding the first visible subject heading (list rows in the page carry thread ids too). */
function visibleThread(doc: Document): { view: Element; subject: Element | null } | null {
  const main = doc.querySelector(GMAIL.main) ?? doc.body;
  if (!main) return null;
  const subject = [...main.querySelectorAll(GMAIL.subject)].find(isVisibleish) ?? null;
  return { view: subject?.closest(GMAIL.view) ?? main, subject };
}

export function readGmailThread(doc: Document, url: URL, post: TextPost): ReadResult {
  const found = visibleThread(doc);
  const hashId = threadIdFromHash(url.hash);
  const view = found?.view;
  const subjectEl = found?.subject ?? null;
  // Today: one list item per message. Older shape: opened messages only, and the bar outside them.
  // Earlier thread views stay in the page, hidden: only what is visible counts.
  const shown = (selector: string) => (view ? [...view.querySelectorAll(selector)].filter(isVisibleish) : []);
  const list = shown(`${GMAIL.message}, ${GMAIL.header}`)[0]?.closest(GMAIL.list);
  const items = list ? [...list.querySelectorAll(GMAIL.item)].filter((i) => i.parentElement?.closest(GMAIL.item) === list.closest(GMAIL.item)) : [];
  const messageEls = items.length ? items : shown(GMAIL.message);
  if (!subjectEl && messageEls.length === 0) {
    if (hashId) return { ok: false, reason: 'unrecognised-markup', detail: 'The address shows an open thread but no subject (h2.hP) or messages ([role=listitem], div.adn) were found.' };
    return { ok: false, reason: 'no-thread-open', detail: 'No Gmail conversation is open.' };
  }
  const user = gmailUser(doc);
  // "N older messages": when the bar counts more than the hidden items in the DOM (older shape: none), the rest keep
  // their place as placeholders, before the first message after the bar.
  const bar = view?.querySelector(GMAIL.olderBar);
  const counted = bar ? Number(/\d+/.exec(`${textOf(bar)} ${bar.getAttribute('aria-label') ?? ''}`)?.[0] ?? 0) : 0;
  // Never more than a thread can hold, whatever the bar claims ("10000000 older messages").
  let missing = Math.max(0, Math.min(counted - messageEls.filter((el) => el.matches(GMAIL.hidden)).length, MAX_MESSAGES - messageEls.length));
  const messages: ThreadMessage[] = [];
  const placeholders = () => {
    for (let i = 1; missing > 0; i++, missing--) {
      messages.push({ id: `older-${i}`, from: NOBODY, to: [], date: null, fromUser: false, body: '', collapsed: true, hidden: true });
    }
  };
  messageEls.forEach((el, i) => {
    if (bar && !el.contains(bar) && bar.compareDocumentPosition(el) & 4) placeholders();
    const m = readItem(el, i, user, post);
    if (m) messages.push(m);
  });
  placeholders();
  const threadId =
    subjectEl?.getAttribute('data-thread-perm-id') || subjectEl?.getAttribute('data-legacy-thread-id') || hashId || '';
  if (!threadId) return { ok: false, reason: 'unrecognised-markup', detail: 'No thread id found on the subject (h2.hP) or in the address.' };
  return checkThread({ webmail: 'gmail', threadId, subject: subjectEl ? textWithEmoji(subjectEl) : '', url: url.href, messages }, user, LOOKED);
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

/** A hidden input's value as an id: an unsaved compose holds the literal "undefined", which is no id yet. */
const idValue = (el: HTMLInputElement | null) => {
  const v = el?.value.trim() ?? '';
  return v === 'undefined' || v === 'null' ? '' : v;
};

export function readGmailDraft(doc: Document): Draft | null {
  const editor = gmailEditors(doc)[0];
  if (!editor) return null;
  const scope = editor.closest(GMAIL.compose) ?? editor.closest(GMAIL.dialog) ?? doc;
  const composeId =
    idValue(scope.querySelector<HTMLInputElement>(GMAIL.draftIdInput)) ||
    idValue(scope.querySelector<HTMLInputElement>(GMAIL.composeIdInput)) ||
    editor.id ||
    'gmail-compose';
  return { composeId, kind: draftKind(editor), text: elementToText(editor, { cutAt: GMAIL.quote, skip: GMAIL.signature }) };
}
