// Node (test and demo tooling): builds Gmail- and Outlook-shaped single-page mailboxes from tests/fixtures/demo/threads.json.
// The markup follows tests/fixtures/webmail/*.html (which follow the real captures); a small page script
// navigates like the real apps (Gmail by hash, Outlook by pushState), opens a reply on click and
// counts "autosaves" on input, so tests can see the mail client register an insertion.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GMAIL_CSS, OUTLOOK_CSS } from './mailbox-style';

export interface DemoMessage {
  id: string;
  fromName: string;
  fromEmail: string;
  toName: string;
  toEmail: string;
  date: string;
  fromUser: boolean;
  body: string;
}
export interface DemoThread {
  id: string;
  subject: string;
  messages: DemoMessage[];
}

export const USER = { name: 'Dana Levi', email: 'dana@levi.studio' };

export function loadDemoThreads(): DemoThread[] {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/demo/threads.json'), 'utf8')) as DemoThread[];
}

/** Escapes text for an HTML text node or a double-quoted attribute. */
function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Splits a plain-text body into the new words and the quoted history (from "On … wrote:" or the first ">" line). */
function splitQuote(body: string): { fresh: string[]; quoted: string[] } {
  const lines = body.split('\n');
  let cut = lines.findIndex((l, i) => /^On .+wrote:\s*$/.test(l) || (/^On .+/.test(l) && /wrote:\s*$/.test(lines[i + 1] ?? '')) || l.startsWith('>'));
  if (cut === -1) cut = lines.length;
  return { fresh: lines.slice(0, cut), quoted: lines.slice(cut) };
}

function linesToDivs(lines: string[]): string {
  return lines.map((l) => (l.trim() ? `<div>${esc(l)}</div>` : '<div><br></div>')).join('');
}

function gmailDate(iso: string): string {
  const d = new Date(iso);
  return d.toLocaleString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
}

function gmailMessage(m: DemoMessage, last: boolean): string {
  const { fresh, quoted } = splitQuote(m.body);
  const quote = quoted.length ? `<div class="gmail_quote">${linesToDivs(quoted)}</div>` : '';
  const actions = last
    ? `<div class="ip iq"><div class="amn"><span class="ams bkH" role="button" tabindex="0" data-tooltip="Reply" aria-label="Reply">Reply</span></div></div>`
    : '';
  return `<div class="Bk" role="listitem"><div class="G3 G2"><div class="adn ads h7" data-message-id="#msg-f:${esc(m.id)}" tabindex="-1"><div class="gs"><div class="gE iv gt"><table class="cf gJ"><tbody>
<tr class="acZ"><td class="gF gK"><h3 class="iw"><span class="qu"><span email="${esc(m.fromEmail)}" name="${esc(m.fromName)}" class="gD"><span>${esc(m.fromName)}</span></span></span></h3></td>
<td class="gH bAk"><div class="gK"><span class="g3" title="${esc(gmailDate(m.date))}" role="gridcell">${esc(gmailDate(m.date))}</span></div></td></tr>
<tr class="acZ xD"><td colspan="3"><div class="iw ajw"><span class="hb">to <span email="${esc(m.toEmail)}" name="${esc(m.toName)}" class="g2">${esc(m.toName)}</span></span></div></td></tr>
</tbody></table></div><div class="ii gt"><div class="a3s aiL"><div dir="ltr">${linesToDivs(fresh)}${quote}</div></div></div></div>${actions}</div></div></div>`;
}

function gmailThread(t: DemoThread): string {
  const messages = t.messages.map((m, i) => gmailMessage(m, i === t.messages.length - 1)).join('\n');
  return `<template id="thread-${esc(t.id)}" data-subject="${esc(t.subject)}"><div class="nH if"><div class="ha"><h2 class="hP" data-thread-perm-id="thread-f:${esc(t.id)}" data-legacy-thread-id="${esc(t.id.slice(0, 16))}">${esc(t.subject)}</h2></div>
<div class="nH aHU" role="list">${messages}</div></div></template>`;
}

const GMAIL_COMPOSE = `<template id="compose"><div class="nH" role="listitem"><div class="ip adB"><div class="M9"><div class="aoI" role="region" aria-label="Reply">
<form><input type="hidden" name="composeid" value="1"><input type="hidden" name="draft" value="#msg-a:r-demo"></form>
<div class="Ar As"><div class="At"><textarea class="Ak" aria-label="Message Body" form="nosend"></textarea></div></div>
<div class="Ar Au"><div class="Am aiL Al editable" aria-label="Message Body" g_editable="true" role="textbox" aria-multiline="true" tabindex="1" contenteditable="true"><div><br></div><div class="gmail_signature" data-smartmail="gmail_signature">-- <br>${esc(USER.name)}</div></div></div>
<div class="btC"><div class="T-I aoO" role="button" tabindex="1" aria-label="Send">Send</div></div></div></div></div></div></template>`;

function gmailInbox(threads: DemoThread[]): string {
  const rows = threads
    .map((t) => {
      const last = t.messages[t.messages.length - 1]!;
      return `<tr class="zA" role="row" tabindex="0" data-thread="${esc(t.id)}"><td><span email="${esc(last.fromEmail)}" name="${esc(last.fromName)}">${esc(last.fromName)}</span></td><td class="y6"><span>${esc(t.subject)}</span></td></tr>`;
    })
    .join('');
  return `<template id="inbox"><table class="F cf zt"><tbody>${rows}</tbody></table></template>`;
}

/** Gmail's page script stand-in: DOM APIs only, since the page enforces Trusted Types. */
const GMAIL_SCRIPT = `
const main = document.querySelector('[role=main]');
function render() {
  const m = location.hash.match(/^#[a-z]+\\/([A-Za-z0-9]+)$/);
  const tpl = m && document.getElementById('thread-' + m[1]);
  main.replaceChildren((tpl || document.getElementById('inbox')).content.cloneNode(true));
  document.title = (tpl ? tpl.dataset.subject : 'Inbox') + ' - ${USER.email} - Gmail';
}
function openReply() {
  let editor = main.querySelector('[g_editable=true]');
  if (!editor) {
    main.querySelector('[role=list]').append(document.getElementById('compose').content.cloneNode(true));
    editor = main.querySelector('[g_editable=true]');
  }
  editor.focus();
}
document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target : null;
  if (t && t.closest('[data-tooltip="Reply"]')) openReply();
  const row = t && t.closest('tr.zA');
  if (row) location.hash = '#inbox/' + row.dataset.thread;
});
document.addEventListener('input', (e) => {
  const ed = e.target instanceof Element && e.target.closest('[g_editable=true]');
  if (ed) document.body.dataset.autosaves = String(Number(document.body.dataset.autosaves || 0) + 1);
}, true);
addEventListener('hashchange', render);
render();
`;

export function gmailMailbox(threads: DemoThread[] = loadDemoThreads()): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inbox - ${esc(USER.email)} - Gmail</title><style>${GMAIL_CSS}</style></head><body>
<div class="nH" id="app"><header role="banner"><a role="button" href="https://accounts.google.com/SignOutOptions" aria-label="Google Account: ${esc(USER.name)} (${esc(USER.email)})">${esc(USER.name)}</a></header>
<div class="nH bkK"><div class="nH" role="main"></div></div></div>
${gmailInbox(threads)}
${threads.map(gmailThread).join('\n')}
${GMAIL_COMPOSE}
<script>${GMAIL_SCRIPT}</script></body></html>`;
}

// ---- Outlook on the web

function outlookDate(iso: string): string {
  const d = new Date(iso);
  return d.toLocaleString('en-US', { weekday: 'short', month: 'numeric', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).replace(',', '');
}

function outlookMessage(m: DemoMessage, n: number, last: boolean): string {
  const { fresh, quoted } = splitQuote(m.body);
  const quote = quoted.length
    ? `<div id="x_appendonsend"></div><hr tabindex="-1"><div id="x_divRplyFwdMsg" dir="ltr">${linesToDivs(quoted)}</div>`
    : '';
  const actions = last
    ? `<div role="toolbar" aria-label="Message actions"><button type="button" aria-label="Reply">Reply</button><button type="button" aria-label="Forward">Forward</button></div>`
    : '';
  return `<div tabindex="-1" data-item-id="${esc(m.id)}">
<div role="heading" aria-level="3"><button type="button" aria-label="Opens card for ${esc(m.fromName)}" title="${esc(m.fromEmail)}">From: ${esc(m.fromName)}</button></div>
<div role="heading" aria-level="3">To: <button type="button" title="${esc(m.toEmail)}">${esc(m.toName)}</button></div>
<div role="heading" aria-level="3" data-testid="SentReceivedSavedTime">${esc(outlookDate(m.date))}</div>
<div role="document" aria-label="Message body" id="UniqueMessageBody_${n}" class="allowTextSelection" tabindex="0"><div><div>${fresh.map((l) => `<div class="x_elementToProof">${l.trim() ? esc(l) : '<br>'}</div>`).join('')}${quote}</div></div></div>
${actions}</div>`;
}

function outlookThread(t: DemoThread): string {
  return `<template id="thread-${esc(t.id)}" data-subject="${esc(t.subject)}"><div data-app-section="ConversationContainer" role="region" aria-label="Conversation">
<div role="heading" aria-level="3"><span title="${esc(t.subject)}">${esc(t.subject)}</span></div>
<div class="conversation-items">${t.messages.map((m, i) => outlookMessage(m, i + 1, i === t.messages.length - 1)).join('\n')}</div></div></template>`;
}

const OUTLOOK_COMPOSE = `<template id="compose"><div data-app-section="Form_Content" data-compose-id="compose-inline-1">
<div role="textbox" contenteditable="true" aria-multiline="true" aria-label="Message body, press Alt+F10 to exit" tabindex="0"><div class="elementToProof"><br></div><div id="Signature"><div>${esc(USER.name)}</div></div><hr tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> (quoted original)</div></div>
<button type="button" aria-label="Send">Send</button></div></template>`;

const OUTLOOK_SCRIPT = `
const pane = document.querySelector('main[aria-label="Reading Pane"]');
const list = document.querySelector('[role=listbox]');
function render() {
  const m = location.pathname.match(/\\/id\\/([^/]+)$/);
  const id = m && decodeURIComponent(m[1]);
  const tpl = id && document.getElementById('thread-' + id);
  pane.replaceChildren(tpl ? tpl.content.cloneNode(true) : document.createTextNode('Select an item to read'));
  for (const opt of list.querySelectorAll('[role=option]')) opt.setAttribute('aria-selected', String(opt.dataset.convid === id));
}
function openReply() {
  let editor = pane.querySelector('[role=textbox][contenteditable=true]');
  if (!editor) {
    pane.querySelector('[data-app-section=ConversationContainer]').append(document.getElementById('compose').content.cloneNode(true));
    editor = pane.querySelector('[role=textbox][contenteditable=true]');
  }
  editor.focus();
}
document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target : null;
  if (t && t.closest('button[aria-label="Reply"]')) openReply();
  const row = t && t.closest('[role=option][data-convid]');
  if (row) { history.pushState({}, '', '/mail/inbox/id/' + encodeURIComponent(row.dataset.convid)); render(); }
});
document.addEventListener('input', (e) => {
  const ed = e.target instanceof Element && e.target.closest('[role=textbox][contenteditable=true]');
  if (ed) document.body.dataset.autosaves = String(Number(document.body.dataset.autosaves || 0) + 1);
}, true);
addEventListener('popstate', render);
render();
`;

export function outlookMailbox(threads: DemoThread[] = loadDemoThreads()): string {
  const options = threads
    .map((t) => {
      const last = t.messages[t.messages.length - 1]!;
      return `<div role="option" aria-selected="false" data-convid="${esc(t.id)}" tabindex="0" aria-label="${esc(`${last.fromName} ${t.subject}`)}"><span title="${esc(last.fromEmail)}">${esc(last.fromName)}</span> <span>${esc(t.subject)}</span></div>`;
    })
    .join('\n');
  return `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Mail - ${esc(USER.name)} - Outlook</title><style>${OUTLOOK_CSS}</style></head><body>
<div id="app"><div role="banner"><button type="button" aria-label="Account manager for ${esc(USER.name)}">DL</button><div id="mectrl_currentAccount_primary" hidden>${esc(USER.name)}</div><div id="mectrl_currentAccount_secondary" hidden>${esc(USER.email)}</div></div>
<div role="listbox" aria-label="Message list">${options}</div>
<main aria-label="Reading Pane" role="main"></main></div>
${threads.map(outlookThread).join('\n')}
${OUTLOOK_COMPOSE}
<script>${OUTLOOK_SCRIPT}</script></body></html>`;
}

export const gmailThreadUrl = (id: string) => `https://mail.google.com/mail/u/0/#inbox/${id}`;
export const outlookThreadUrl = (id: string) => `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(id)}`;
