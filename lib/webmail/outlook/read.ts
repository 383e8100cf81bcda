// Content script (Outlook on the web; happy-dom in Node): reads the open conversation and the draft from OWA's DOM.
import { REPLY_SUBJECT, isVisibleish, textOf, textWithEmoji } from '../common';
import { parseAddress } from '../../negotiation/address';
import { elementToText } from '../dom-text';
import { checkThread } from '../health';
import { emailsIn, isFromUser, type UserIdentity } from '../identity';
import { looksLikeDate, type TextPost } from '../post';
import type { Address, Draft, DraftKind, ReadResult, ThreadMessage } from '../types';
import { OUTLOOK, OUTLOOK_LABELS } from './selectors';

const prefixRe = (labels: readonly string[]) => new RegExp(`^\\s*(?:${labels.join('|')})\\s*:\\s*`, 'iu');
const FROM = prefixRe(OUTLOOK_LABELS.from);
const TO = prefixRe([...OUTLOOK_LABELS.to, ...OUTLOOK_LABELS.cc]);
const SIGNATURE = new RegExp(`^(?:${OUTLOOK_LABELS.signature.join('|')})`, 'i');
const ACCOUNT_PREFIX = new RegExp(`^(?:${OUTLOOK_LABELS.accountManager.join('|')})\\s+`, 'i');
const TEXT_OPTIONS = { cutAt: OUTLOOK.quote, skip: OUTLOOK.signature };
const LOOKED = { sender: 'an aria-label starting "From:"', body: '[role=document] "Message body", [id^=UniqueMessageBody], a preview', account: `account button, ${OUTLOOK.mailboxRoot}` };

/** /mail/id/<ItemID>, /mail/inbox/id/<ItemID>, /mail/0/id/<ItemID> */
export function itemIdFromPath(pathname: string): string | null {
  const m = /\/id\/([^/?#]+)/.exec(pathname);
  return m ? decodeURIComponent(m[1]!) : null;
}

export function outlookUser(doc: Document): UserIdentity | null {
  const emails: string[] = [];
  const names: string[] = [];
  for (const el of doc.querySelectorAll(OUTLOOK.account)) {
    const label = el.getAttribute('aria-label');
    const t = label ?? textOf(el);
    const found = emailsIn(t);
    emails.push(...found);
    const name = (label ? label.replace(ACCOUNT_PREFIX, '') : t).replace(/\(?[^\s()]+@[^\s()]+\)?/g, '').trim();
    if (name && name !== label) names.push(name);
  }
  for (const el of doc.querySelectorAll(OUTLOOK.mailboxRoot)) emails.push(...emailsIn(`${el.getAttribute('data-folder-name')} ${el.getAttribute('title')}`));
  return emails.length || names.length ? { emails: [...new Set(emails)], names: [...new Set(names)] } : null;
}

function toAddress(raw: string): Address {
  const a = parseAddress(raw);
  return { name: a.name ?? '', email: a.email ?? '' };
}

/** `text` as an address, unless OWA keeps the address in the person button's title: then the button's own text and that. */
function personOf(button: Element | null, text: string, label: RegExp): Address {
  const title = button?.getAttribute('title') ?? '';
  return toAddress((title.includes('@') ? `${textOf(button)} <${title}>` : text).replace(label, ''));
}

/**
 * The sender: the element whose aria-label starts with the localised "From:" (its visible text is only the display name);
 * the address is in "Name <address>" in the label itself, the element's text or, on the cloud.microsoft build, the next node.
 */
function senderOf(item: Element, inBody: (el: Element) => boolean): Address | null {
  for (const el of item.querySelectorAll(OUTLOOK.labelled)) {
    const label = el.getAttribute('aria-label')!;
    if (inBody(el) || !FROM.test(label)) continue;
    const named = toAddress(label.replace(FROM, ''));
    const near = [label, textOf(el.nextElementSibling), textOf(el), el.getAttribute('title') ?? ''].map(toAddress).find((a) => a.email);
    return { name: named.name || near?.name || textOf(el), email: named.email || near?.email || '' };
  }
  return null;
}

function readItem(item: Element, body: Element | null, user: UserIdentity | null, index: number, post: TextPost): ThreadMessage {
  const inBody = (el: Element) => !!body?.contains(el);
  const headings = [...item.querySelectorAll(OUTLOOK.heading)].filter((h) => !inBody(h));
  let from = senderOf(item, inBody);
  const to: Address[] = [];
  // A collapsed item shows a short date ("Mon 3/4") and keeps the full one in the title.
  const time = item.querySelector(OUTLOOK.time);
  let rawDate = time?.getAttribute('title') || textOf(time) || undefined;
  for (const h of headings) {
    const t = textOf(h);
    // The heading's text is only a fallback for the sender (older guess: "From: Name" as visible text).
    if (!from && FROM.test(t)) from = personOf(h.querySelector(OUTLOOK.person), t, FROM);
    else if (TO.test(t) || TO.test(h.getAttribute('aria-label') ?? '')) {
      const buttons = [...h.querySelectorAll(OUTLOOK.person)];
      to.push(...(buttons.length ? buttons.map((b) => personOf(b, textOf(b), TO)) : t.split(';').map((r) => toAddress(r.replace(TO, '')))).filter((a) => a.name || a.email));
    } else if (!rawDate && looksLikeDate(t)) rawDate = t;
  }
  from ??= { name: '', email: '' };
  const collapsed = body === null || item.getAttribute('aria-expanded') === 'false';
  const text = body && !collapsed ? post.clean(elementToText(body, TEXT_OPTIONS)) : textOf(item.querySelector(OUTLOOK.snippet));
  return {
    id: item.getAttribute('data-item-id') ?? body?.id ?? `message-${index + 1}`,
    from,
    to,
    date: post.date(rawDate),
    fromUser: isFromUser(from, user),
    body: text,
    collapsed,
  };
}

/** Collapsed messages: [aria-expanded=false] wrappers with a time stamp and no body ("Reactions" and other buttons have no time stamp). */
export function collapsedItems(root: Element | null | undefined): Element[] {
  return root ? [...root.querySelectorAll(OUTLOOK.collapsedItem)].filter((c) => c.querySelector(OUTLOOK.time) && !c.querySelector(OUTLOOK.body)) : [];
}

export function readOutlookThread(doc: Document, url: URL, post: TextPost): ReadResult {
  const pane = doc.querySelector(OUTLOOK.readingPane);
  const itemId = itemIdFromPath(url.pathname);
  const conversation = pane?.querySelector(OUTLOOK.conversation) ?? pane;
  const bodies = conversation ? [...conversation.querySelectorAll(OUTLOOK.body)].filter((b) => !b.parentElement?.closest(OUTLOOK.body)) : [];
  const collapsedEls = collapsedItems(conversation);
  if (bodies.length === 0 && collapsedEls.length === 0) {
    // `conversation` is the pane itself when the pane holds no conversation container.
    if (itemId || (textOf(pane) !== '' && conversation !== pane)) {
      return { ok: false, reason: 'unrecognised-markup', detail: `A message is open but no message body ([role=document] "Message body", [id^=UniqueMessageBody]) or collapsed message (${OUTLOOK.time}) was found.` };
    }
    return { ok: false, reason: 'no-thread-open', detail: 'No Outlook conversation is open in the reading pane.' };
  }
  // Each body's item is its widest ancestor that holds no other message.
  const holdsOther = (el: Element) => bodies.filter((b) => el.contains(b)).length > 1 || collapsedEls.some((c) => el.contains(c));
  const items: { item: Element; body: Element | null }[] = bodies.map((b) => {
    let item: Element = b;
    while (item.parentElement && item.parentElement !== conversation && !holdsOther(item.parentElement)) item = item.parentElement;
    return { item, body: b };
  });
  for (const c of collapsedEls) if (!items.some((x) => x.item.contains(c))) items.push({ item: c, body: null });
  items.sort((a, b) => (a.item.compareDocumentPosition(b.item) & 4 ? -1 : 1));
  const user = outlookUser(doc);
  const messages = items.map((x, i) => readItem(x.item, x.body, user, i, post));
  const convId =
    doc.querySelector(OUTLOOK.selectedConversation)?.getAttribute('data-convid') ??
    conversation?.closest(OUTLOOK.convId)?.getAttribute('data-convid') ??
    itemId;
  if (!convId) return { ok: false, reason: 'unrecognised-markup', detail: 'No conversation id (data-convid) or ItemID in the address.' };
  const subjectEl = [...(pane?.querySelectorAll(OUTLOOK.heading) ?? [])].find((h) => {
    const t = textOf(h);
    return t !== '' && !FROM.test(t) && !TO.test(t) && !looksLikeDate(t) && !items.some((x) => x.item.contains(h));
  });
  return checkThread({ webmail: 'outlook', threadId: convId, subject: subjectEl ? textWithEmoji(subjectEl) : '', url: url.href, messages }, user, LOOKED);
}

/** Compose editors, the focused one first. The label-less fallback never matches an editor in a dialog (Settings) or one labelled as a signature. */
export function outlookEditors(doc: Document): HTMLElement[] {
  let all = [...doc.querySelectorAll<HTMLElement>(OUTLOOK.editor)];
  if (all.length === 0) {
    all = [...doc.querySelectorAll<HTMLElement>(OUTLOOK.editorAnyLanguage)].filter(
      (e) => !e.closest(OUTLOOK.dialog) && !SIGNATURE.test(e.getAttribute('aria-label') ?? '') && !/\/options\//.test(doc.location?.pathname ?? ''),
    );
  }
  const active = doc.activeElement;
  return all.filter(isVisibleish).sort((a, b) => Number(b.contains(active)) - Number(a.contains(active)));
}

export const OUTLOOK_BOUNDARY = `${OUTLOOK.quote}, ${OUTLOOK.signature}, hr`;

export function isOutlookPopout(doc: Document): boolean {
  const has = (selector: string) => doc.querySelector(selector) !== null;
  return (
    /\/(deeplink|compose)\b/.test(doc.location?.pathname ?? '') ||
    // A comma-separated selector list cannot take a descendant combinator, so look up then walk out.
    (has(OUTLOOK.owaMarker) && !doc.querySelector(OUTLOOK.conversation)?.closest(OUTLOOK.readingPane) && !has(OUTLOOK.listItem))
  );
}

function draftKind(doc: Document, editor: HTMLElement): DraftKind {
  const form = editor.closest(OUTLOOK.composeForm) ?? doc;
  const subject = (form.querySelector<HTMLInputElement>(OUTLOOK.subjectInput)?.value ?? doc.title).trim();
  const isReply = editor.querySelector(OUTLOOK.quote) !== null || REPLY_SUBJECT.test(subject);
  if (!isReply) return 'new-message';
  return isOutlookPopout(doc) ? 'pop-out' : 'inline-reply';
}

export function readOutlookDraft(doc: Document): Draft | null {
  const editor = outlookEditors(doc)[0];
  if (!editor) return null;
  return {
    composeId: editor.closest(OUTLOOK.composeId)?.getAttribute('data-compose-id') ?? (editor.id || 'outlook-compose'),
    kind: draftKind(doc, editor),
    text: elementToText(editor, TEXT_OPTIONS),
  };
}
