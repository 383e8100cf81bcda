// Node (test and demo tooling): builds Gmail- and Outlook-shaped single-page mailboxes from tests/fixtures/demo/threads.json.
// The markup follows tests/fixtures/webmail/*.html (today's Gmail list items; Outlook's 2026 builds, office and
// cloud.microsoft). A small page script behaves like the real apps where the extension depends on it: navigation (Gmail by
// hash, Outlook by pushState), collapsed and hidden messages that open on "Expand all", the older-messages bar or a click,
// a Reply that Gmail honours only after mousedown and mouseup, OWA moving the caret to the To field a moment after the
// editor appears (re-initialising the body), and an autosave counter (Gmail: key events with a real keyCode; Outlook: input).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GMAIL_CSS, OUTLOOK_CSS } from './mailbox-style';

export type MessageState = 'expanded' | 'collapsed' | 'hidden';

export interface DemoMessage {
  id: string;
  fromName: string;
  fromEmail: string;
  toName: string;
  toEmail: string;
  date: string;
  fromUser: boolean;
  body: string;
  /** How the mail client shows it when the thread opens; by default the latest message is expanded and the rest collapsed. */
  state?: MessageState;
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

const stateOf = (t: DemoThread, i: number): MessageState => t.messages[i]!.state ?? (i === t.messages.length - 1 ? 'expanded' : 'collapsed');

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

const snippetOf = (body: string) => splitQuote(body).fresh.join(' ').replace(/\s+/g, ' ').trim().slice(0, 120);

function linesToDivs(lines: string[]): string {
  return lines.map((l) => (l.trim() ? `<div>${esc(l)}</div>` : '<div><br></div>')).join('');
}

function gmailDate(iso: string): string {
  const d = new Date(iso);
  return d.toLocaleString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
}

// ---- Gmail

function gmailSender(m: DemoMessage): string {
  return `<td class="gF gK"><h3 class="iw"><span class="qu"><span email="${esc(m.fromEmail)}" name="${esc(m.fromName)}" class="gD"><span>${esc(m.fromName)}</span></span></span></h3></td>
<td class="gH bAk"><div class="gK"><span class="g3" title="${esc(gmailDate(m.date))}" role="gridcell">${esc(gmailDate(m.date))}</span></div></td>`;
}

function gmailExpanded(m: DemoMessage, i: number, last: boolean): string {
  const { fresh, quoted } = splitQuote(m.body);
  const quote = quoted.length ? `<div class="gmail_quote gmail_quote_container">${linesToDivs(quoted)}</div>` : '';
  const actions = last
    ? `<div class="ip iq"><div class="amn"><span class="ams bkH" role="button" tabindex="0" data-tooltip="Reply" aria-label="Reply">Reply</span></div></div>`
    : '';
  return `<div class="h7 ie nH oy8Mbf" role="listitem" aria-expanded="true" data-i="${i}"><div class="Bk"><div class="G3 G2"><div><div class="adn ads" data-message-id="#msg-f:${esc(m.id)}" data-legacy-message-id="${esc(m.id)}" tabindex="-1"><div class="gs"><div class="gE iv gt"><table class="cf gJ"><tbody>
<tr class="acZ">${gmailSender(m)}</tr>
<tr class="acZ xD"><td colspan="3"><div class="iw ajw"><span class="hb">to <span email="${esc(m.toEmail)}" name="${esc(m.toName)}" class="g2">${esc(m.toName)}</span></span></div></td></tr>
</tbody></table></div><div class="ii gt"><div class="a3s aiL"><div dir="ltr">${linesToDivs(fresh)}</div>${quote}</div></div></div>${actions}</div></div></div></div></div>`;
}

/** A collapsed or hidden item that was never opened: only an .adf header (sender, date, snippet). */
function gmailHeader(m: DemoMessage, i: number, state: 'collapsed' | 'hidden', bar: string): string {
  const cls = state === 'hidden' ? `${bar ? 'adv ' : ''}kQ` : 'kv';
  return `<div class="${cls} ie nH oy8Mbf" role="listitem" aria-expanded="false" tabindex="-1" data-i="${i}">${bar}<div class="Bk"><div class="G3 G2"><div><div class="adf ads" tabindex="-1"><div class="gs"><div class="gE iv gt">
<table class="cf gJ"><tbody><tr class="acZ">${gmailSender(m)}</tr></tbody></table><div class="iA g6">${esc(snippetOf(m.body))}</div></div></div></div></div></div></div></div>`;
}

function gmailThread(t: DemoThread): string {
  const hidden = t.messages.filter((_, i) => stateOf(t, i) === 'hidden').length;
  let barPlaced = false;
  const items = t.messages
    .map((m, i) => {
      const state = stateOf(t, i);
      if (state === 'expanded') return gmailExpanded(m, i, i === t.messages.length - 1);
      const bar = state === 'hidden' && !barPlaced ? `<div class="G3 G2 afm"><span class="adx" role="button" tabindex="0" aria-label="${hidden} older messages"><span class="bx0">${hidden}</span></span></div>` : '';
      if (bar) barPlaced = true;
      return gmailHeader(m, i, state, bar);
    })
    .join('\n');
  // The opened form of every message, for "Expand all", the bar and a click on a header.
  const full = t.messages.map((m, i) => `<template id="full-${esc(t.id)}-${i}">${gmailExpanded(m, i, i === t.messages.length - 1)}</template>`).join('');
  return `<template id="thread-${esc(t.id)}" data-subject="${esc(t.subject)}"><div class="nH a98 iY"><div class="nH V8djrc byY"><div class="ha"><h2 class="hP" data-thread-perm-id="thread-f:${esc(t.id)}" data-legacy-thread-id="${esc(t.id.slice(0, 16))}">${esc(t.subject)}</h2></div>
<div class="bHJ"><span class="pYTkkf-JX-ax" role="button" tabindex="0" aria-label="Expand all" data-tooltip="Expand all"><img class="gx" src="data:," alt=""></span></div></div>
<div class="nH aHU"><div role="list" data-thread="${esc(t.id)}">${items}</div></div></div></template>${full}`;
}

const GMAIL_COMPOSE = `<template id="compose"><div class="nH" role="listitem"><div class="ip adB"><div class="M9"><div class="aoI" role="region" aria-label="Reply">
<form><input type="hidden" name="composeid" value="1"><input type="hidden" name="draft" value="undefined"></form>
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
function open(item) {
  const list = item.closest('[role=list]');
  const full = document.getElementById('full-' + list.dataset.thread + '-' + item.dataset.i);
  item.replaceWith(full.content.cloneNode(true));
}
function expandAll() {
  for (const item of main.querySelectorAll('[role=list] > .kv, [role=list] > .kQ')) open(item);
}
function showOlder() {
  for (const item of main.querySelectorAll('[role=list] > .kQ')) item.classList.replace('kQ', 'kv'), item.classList.remove('adv');
  for (const bar of main.querySelectorAll('.afm')) bar.remove();
}
function openReply() {
  let editor = main.querySelector('[g_editable=true]');
  if (!editor) {
    main.querySelector('[role=list]').append(document.getElementById('compose').content.cloneNode(true));
    editor = main.querySelector('[g_editable=true]');
  }
  editor.focus();
}
// Gmail acts on a button only after a mousedown on it: a bare element.click() does nothing.
let pressed = null;
document.addEventListener('mousedown', (e) => { pressed = e.target instanceof Element ? e.target.closest('[role=button]') : null; }, true);
document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target : null;
  if (!t) return;
  const button = t.closest('[role=button]');
  const honoured = button && button === pressed;
  pressed = null;
  if (honoured && button.matches('[data-tooltip="Reply"]')) openReply();
  else if (honoured && button.querySelector('img.gx')) expandAll();
  else if (honoured && button.matches('.adx')) showOlder();
  const header = t.closest('.kv .adf');
  if (header) open(header.closest('[role=listitem]'));
  const row = t.closest('tr.zA');
  if (row) location.hash = '#inbox/' + row.dataset.thread;
});
// Draft autosave notices key events with a real keyCode (a synthetic event has 0).
document.addEventListener('keyup', (e) => {
  const ed = e.target instanceof Element && e.target.closest('[g_editable=true]');
  if (ed && e.keyCode) document.body.dataset.autosaves = String(Number(document.body.dataset.autosaves || 0) + 1);
}, true);
addEventListener('hashchange', render);
render();
`;

export function gmailMailbox(threads: DemoThread[] = loadDemoThreads()): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inbox - ${esc(USER.email)} - Gmail</title>
<style>${GMAIL_CSS} .kQ .Bk { display: none; }</style></head><body>
<div class="nH" id="app"><header role="banner"><a role="button" href="https://accounts.google.com/SignOutOptions" aria-label="Google Account: ${esc(USER.name)} (${esc(USER.email)})">${esc(USER.name)}</a></header>
<div class="nH bkK"><div class="nH" role="main"></div></div></div>
${gmailInbox(threads)}
${threads.map(gmailThread).join('\n')}
${GMAIL_COMPOSE}
<script>${GMAIL_SCRIPT}</script></body></html>`;
}

// ---- Outlook on the web (2026 builds)

/** office: outlook.office.com / outlook.live.com, "From:" on a button in the heading; cloud: outlook.cloud.microsoft, the sender outside any heading with "Name <address>" next to it. */
export type OutlookBuild = 'office' | 'cloud';

function outlookDate(iso: string): string {
  const d = new Date(iso);
  return d.toLocaleString('en-US', { weekday: 'short', month: 'numeric', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).replace(',', '');
}

function outlookSender(m: DemoMessage, build: OutlookBuild, heading: boolean): string {
  if (build === 'cloud') return `<span role="button" aria-label="From: ${esc(m.fromName)}">${esc(m.fromName)}</span><span>${esc(m.fromName)} &lt;${esc(m.fromEmail)}&gt;</span>`;
  const b = `<button type="button" aria-label="From: ${esc(m.fromName)}">${esc(m.fromName)}</button>`;
  return heading ? `<div role="heading" aria-level="3">${b}</div>` : `<span aria-label="From: ${esc(m.fromName)}">${esc(m.fromName)}</span>`;
}

function outlookExpanded(m: DemoMessage, i: number, last: boolean, build: OutlookBuild): string {
  const { fresh, quoted } = splitQuote(m.body);
  const quote = quoted.length
    ? `<div id="x_appendonsend"></div><hr tabindex="-1"><div id="x_divRplyFwdMsg" dir="ltr">${linesToDivs(quoted)}</div>`
    : '';
  const reply = (label: string) => (build === 'cloud' ? `<div role="menuitem" tabindex="0" aria-label="${label}">${label}</div>` : `<button type="button" aria-label="${label}">${label}</button>`);
  const actions = last ? `<div role="toolbar" aria-label="Message actions">${reply('Reply')}${reply('Forward')}<button type="button" aria-label="Reactions" aria-expanded="false">Reactions</button></div>` : '';
  const time = `<div ${build === 'office' ? 'role="heading" aria-level="3" ' : ''}data-testid="SentReceivedSavedTime">${esc(outlookDate(m.date))}</div>`;
  return `<div class="aVla3" tabindex="-1" data-item-id="${esc(m.id)}" data-i="${i}">
<button type="button" aria-label="Opens card for ${esc(m.fromName)}">${esc(m.fromName.slice(0, 1))}</button>
${outlookSender(m, build, true)}
<div role="heading" aria-level="3">To: <button type="button">${esc(m.toName)}</button></div>
${time}
<div role="document" aria-label="Message body" id="UniqueMessageBody_${i + 1}" class="allowTextSelection" tabindex="0"><div><div>${fresh.map((l) => `<div class="x_elementToProof">${l.trim() ? esc(l) : '<br>'}</div>`).join('')}${quote}</div></div></div>
${actions}</div>`;
}

function outlookCollapsed(m: DemoMessage, i: number, build: OutlookBuild): string {
  const d = new Date(m.date);
  return `<div class="aVla3" aria-expanded="false" tabindex="0" data-item-id="${esc(m.id)}" data-i="${i}">${outlookSender(m, build, false)}<div data-snippet="true">${esc(snippetOf(m.body))}</div><div data-testid="SentReceivedSavedTime" title="${esc(outlookDate(m.date))}">${d.getUTCMonth() + 1}/${d.getUTCDate()}</div></div>`;
}

function outlookThread(t: DemoThread, build: OutlookBuild): string {
  const items = t.messages.map((m, i) => (stateOf(t, i) === 'expanded' ? outlookExpanded(m, i, i === t.messages.length - 1, build) : outlookCollapsed(m, i, build))).join('\n');
  const full = t.messages.map((m, i) => `<template id="full-${esc(t.id)}-${i}">${outlookExpanded(m, i, i === t.messages.length - 1, build)}</template>`).join('');
  return `<template id="thread-${esc(t.id)}" data-subject="${esc(t.subject)}"><div data-app-section="ConversationContainer" role="region" aria-label="Conversation">
<div role="heading" aria-level="3"><span title="${esc(t.subject)}">${esc(t.subject)}</span></div>
<div class="conversation-items" data-thread="${esc(t.id)}">${items}</div></div></template>${full}`;
}

const OUTLOOK_COMPOSE = `<template id="compose"><div data-app-section="Form_Content" data-compose-id="compose-inline-1">
<div contenteditable="true" role="combobox" aria-label="To" tabindex="0"></div>
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
  if (editor) return editor.focus();
  pane.querySelector('[data-app-section=ConversationContainer]').append(document.getElementById('compose').content.cloneNode(true));
  editor = pane.querySelector('[role=textbox][contenteditable=true]');
  const initial = [...editor.childNodes].map((n) => n.cloneNode(true));
  editor.focus();
  // A moment later OWA moves the caret to the To field and re-initialises the body: text put there before is gone.
  setTimeout(() => {
    editor.replaceChildren(...initial);
    pane.querySelector('[aria-label=To]').focus();
  }, 300);
}
document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target : null;
  if (!t) return;
  if (t.closest('[aria-label="Reply"]')) openReply();
  const collapsed = t.closest('[aria-expanded=false][data-i]');
  if (collapsed) collapsed.replaceWith(document.getElementById('full-' + collapsed.closest('[data-thread]').dataset.thread + '-' + collapsed.dataset.i).content.cloneNode(true));
  const row = t.closest('[role=option][data-convid]');
  if (row) { history.pushState({}, '', '/mail/inbox/id/' + encodeURIComponent(row.dataset.convid)); render(); }
});
document.addEventListener('input', (e) => {
  const ed = e.target instanceof Element && e.target.closest('[role=textbox][contenteditable=true]');
  if (ed) document.body.dataset.autosaves = String(Number(document.body.dataset.autosaves || 0) + 1);
}, true);
addEventListener('popstate', render);
render();
`;

export interface OutlookMailboxOptions {
  build?: OutlookBuild;
  /** Serve it as an organisation's own domain would: OWA's CDN marker in the head is how Dealcraft recognises it. */
  customDomain?: boolean;
}

export function outlookMailbox(threads: DemoThread[] = loadDemoThreads(), opts: OutlookMailboxOptions = {}): string {
  const build = opts.build ?? 'office';
  const options = threads
    .map((t) => {
      const last = t.messages[t.messages.length - 1]!;
      return `<div role="option" aria-selected="false" data-convid="${esc(t.id)}" tabindex="0" aria-label="${esc(`${last.fromName} ${t.subject}`)}"><span>${esc(last.fromName)}</span> <span>${esc(t.subject)}</span></div>`;
    })
    .join('\n');
  // A meta marker, not a script or stylesheet: the offline harness refuses every request to a host it does not serve.
  const marker = opts.customDomain ? '<meta name="cdnUrl" content="https://res.cdn.office.net/">' : '';
  return `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Mail - ${esc(USER.name)} - Outlook</title>${marker}<style>${OUTLOOK_CSS}</style></head><body>
<div id="app"><div role="banner"><button type="button" aria-label="Account manager for ${esc(USER.name)}">DL</button></div>
<div role="region" aria-label="Navigation pane"><div role="tree"><div role="treeitem" aria-level="1" id="primaryMailboxRoot_demo" title="${esc(USER.email)}">${esc(USER.email)}</div></div></div>
<div role="listbox" aria-label="Message list">${options}</div>
<main aria-label="Reading Pane" role="main"></main></div>
${threads.map((t) => outlookThread(t, build)).join('\n')}
${OUTLOOK_COMPOSE}
<script>${OUTLOOK_SCRIPT}</script></body></html>`;
}

export const gmailThreadUrl = (id: string) => `https://mail.google.com/mail/u/0/#inbox/${id}`;
export const outlookThreadUrl = (id: string, host = 'outlook.office.com') => `https://${host}/mail/inbox/id/${encodeURIComponent(id)}`;
