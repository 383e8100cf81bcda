// Runs in the mail page (injected on demand for "Copy a page report") and in Node (tests, read-page): a redacted skeleton of
// the reading pane and the compose box, with the adapter's reading of it, for bug reports when a mail client changes.
// What survives: tag names, roles, ids, class names, data-* attribute names (values only for the few that name structure
// or carry opaque ids), aria and title text only where it is the mail client's own UI vocabulary ("From:", "Reply"…).
// Everything else that is text becomes ‹length.n› (n tells different texts of one length apart, so "the sender is the
// account" still reads the same), and every address becomes personN@example.invalid, the same address the same N.
import { GMAIL, GMAIL_EXPAND_ALL, GMAIL_REPLY_LABELS } from './gmail/selectors';
import { OUTLOOK, OUTLOOK_LABELS } from './outlook/selectors';
import type { Draft, ReadResult, WebmailId } from './types';

export const REPORT_KIND = 'dealcraft-page-report';

/** An element: [tag, attributes, ...children]; a child string is a (redacted) text node. */
export type SkeletonNode = [string, Record<string, string>, ...(SkeletonNode | string)[]];

export interface ReadingSummary {
  ok: boolean;
  reason?: string;
  detail?: string;
  messages?: { collapsed: boolean; hidden: boolean; clipped: boolean; fromUser: boolean; name: number; email: boolean; date: boolean; body: number }[];
  draft: { kind: string; text: number } | null;
}

export interface PageReport {
  kind: typeof REPORT_KIND;
  version: 1;
  webmail: WebmailId;
  /** The page address with free-text parts (searches, label names) and the query left out. */
  url: string;
  reading: ReadingSummary;
  page: SkeletonNode;
  elements: number;
  truncated: boolean;
}

const MAX_ELEMENTS = 20_000;
const MAX_DEPTH = 200;
const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const EDGE = /[\s!-/:-@[-`{-~\u00a0\u202f]/;
const MAX_TEXT = 4_000;

/** The mail clients' own words the adapters look for: kept verbatim, alone or as the prefix of a label ("From: …"). */
const VOCABULARY = [
  ...Object.values(OUTLOOK_LABELS).flat(),
  ...GMAIL_REPLY_LABELS,
  ...GMAIL_EXPAND_ALL,
  'Reply all', 'Forward', 'Send', 'Message Body', 'Google Account', 'Gmail', 'Outlook', 'older messages', 'Conversation',
  'Message list', 'Navigation pane', 'Settings', 'Reactions', 'More items', 'Opens card for', 'Summary by Copilot', 'Preview',
  'View entire message', 'Subject', 'Add a subject', 'press Alt+F10 to exit',
].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIX = new RegExp(`^(?:${VOCABULARY.map(escape).join('|')})(?=$|[\\s:,.\u202f\u00a0])`, 'iu');
/** Attribute values that name structure or carry an opaque id (not text): kept. */
const KEPT_DATA = new Set(['data-testid', 'data-app-section', 'data-smartmail', 'data-snippet', 'data-message-id', 'data-legacy-message-id', 'data-thread-perm-id', 'data-legacy-thread-id', 'data-convid', 'data-item-id', 'data-compose-id', 'data-focusable-row']);
const TOKEN_ATTRS = /^aria-(?:level|expanded|selected|multiline|hidden|modal|haspopup|checked|pressed|disabled|posinset|setsize)$|^(?:role|tabindex|dir|lang|type|contenteditable|g_editable|hidden|spellcheck|colspan|rowspan)$/;
const TEXT_ATTRS = /^(?:aria-label|aria-description|aria-roledescription|title|alt|placeholder|data-tooltip)$/;
const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'FORM', 'BUTTON', 'META']);
const ID_INPUTS = new Set(['draft', 'composeid', 'rt']);
const SKIP_CHILDREN = new Set(['SCRIPT', 'STYLE', 'SVG', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'CANVAS']);
const URL_WORDS = new Set(['mail', 'u', 'inbox', 'id', 'sent', 'starred', 'drafts', 'all', 'label', 'search', 'category', 'deeplink', 'compose', 'read', 'popout', 'trash', 'spam', 'snoozed', 'imp', 'scheduled', 'archive', 'junkemail', 'deleteditems', 'sentitems', 'options']);

/** Replaces text and addresses; one instance per report so the same text or address maps to the same token. */
export class Redactor {
  private people = new Map<string, string>();
  private texts = new Map<string, string>();
  private perLength = new Map<number, number>();

  address(email: string): string {
    const key = email.toLowerCase();
    let p = this.people.get(key);
    if (!p) this.people.set(key, (p = `person${this.people.size + 1}@example.invalid`));
    return p;
  }

  private token(core: string): string {
    let t = this.texts.get(core);
    if (!t) {
      const n = (this.perLength.get(core.length) ?? 0) + 1;
      this.perLength.set(core.length, n);
      this.texts.set(core, (t = `‹${core.length}.${n}›`));
    }
    return t;
  }

  /** Free text: addresses become pseudonyms, small counts stay, every other run of words becomes a token; spacing and punctuation around them stay. */
  text(s: string): string {
    // Beyond this only the length could matter, and scanning for addresses would cost time for nothing.
    if (s.length > MAX_TEXT) return this.token(s);
    const emails = s.includes('@') ? (s.match(EMAIL) ?? []) : [];
    return (emails.length ? s.split(EMAIL) : [s])
      .map((part, i) => {
        // Spacing and ASCII punctuation around the words stay ("Name <address>" keeps its shape); emoji and symbols do not.
        let a = 0;
        let b = part.length;
        while (a < b && EDGE.test(part[a]!)) a++;
        while (b > a && EDGE.test(part[b - 1]!)) b--;
        const core = part.slice(a, b);
        const kept = core === '' || /^\d{1,3}$/.test(core) ? core : this.token(core);
        return `${part.slice(0, a)}${kept}${part.slice(b)}${i < emails.length ? this.address(emails[i]!) : ''}`;
      })
      .join('');
  }

  /** A label: the mail client's own words stay, alone or as a prefix; the rest is redacted. */
  label(s: string): string {
    const prefix = PREFIX.exec(s.trimStart())?.[0];
    if (!prefix) return this.text(s);
    const rest = s.trimStart().slice(prefix.length);
    // Labels built of vocabulary on both sides ("Message body, press Alt+F10 to exit") stay whole.
    return prefix + (PREFIX.test(rest.replace(/^[\s,:;\u202f\u00a0]+/, '')) ? rest : this.text(rest));
  }
}

function keepUrl(raw: string, base: string): string {
  try {
    const u = new URL(raw, base);
    const seg = (s: string) => (URL_WORDS.has(s) || /^\d{1,3}$/.test(s) || /^[A-Za-z0-9%_=+-]{16,}$/.test(s) ? s : '_');
    const hash = u.hash ? `#${u.hash.slice(1).split('?')[0]!.split('/').map(seg).join('/')}` : '';
    return `${u.origin}${u.pathname.split('/').map((s) => (s ? seg(s) : s)).join('/')}${hash}`;
  } catch {
    return '';
  }
}

function attributes(el: Element, r: Redactor, base: string, marker: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  const tag = el.tagName.toUpperCase();
  for (const { name, value } of [...el.attributes]) {
    if (name === 'id' || name === 'class') out[name] = value.replace(EMAIL, (e) => r.address(e));
    else if (TOKEN_ATTRS.test(name)) out[name] = /^[\w-]{0,20}$/.test(value) ? value : '';
    else if (TEXT_ATTRS.test(name)) out[name] = r.label(value);
    else if (name === 'email' || name === 'data-hovercard-id' || name === 'data-folder-name') out[name] = r.text(value);
    else if (name === 'name') out[name] = FIELD_TAGS.has(tag) ? value : r.text(value);
    else if (name === 'style') {
      if (/display\s*:\s*none/i.test(value)) out[name] = 'display: none';
    } else if (name.startsWith('data-')) out[name] = KEPT_DATA.has(name) ? value.replace(EMAIL, (e) => r.address(e)) : '';
    else if (marker && (name === 'href' || name === 'src' || name === 'content')) out[name] = keepUrl(value, base);
  }
  if (tag === 'INPUT') {
    const field = el.getAttribute('name') ?? '';
    const value = (el as HTMLInputElement).value ?? '';
    if (value) out.value = ID_INPUTS.has(field) && /^[#\w:.-]{0,100}$/.test(value) ? value : r.text(value);
  }
  return out;
}

/** Elements whose subtree goes into the report, per mail client; their ancestors come along as bare shells. */
const ROOTS: Record<WebmailId, string[]> = {
  gmail: [GMAIL.main, GMAIL.dialog, GMAIL.account],
  outlook: [OUTLOOK.readingPane, OUTLOOK.composeForm, OUTLOOK.dialog, OUTLOOK.selectedConversation, OUTLOOK.account, OUTLOOK.mailboxRoot],
};
const HEAD = `title, ${OUTLOOK.owaMarker}`;

export function skeleton(doc: Document, webmail: WebmailId, r: Redactor): { page: SkeletonNode; elements: number; truncated: boolean } {
  const base = doc.location?.href ?? 'https://invalid/';
  const roots = new Set<Element>();
  for (const selector of ROOTS[webmail]) for (const el of doc.querySelectorAll(selector)) roots.add(el);
  for (const el of doc.head?.querySelectorAll(HEAD) ?? []) roots.add(el);
  const onPath = new Set<Element>();
  for (const el of roots) for (let a = el.parentElement; a && !onPath.has(a); a = a.parentElement) onPath.add(a);
  let elements = 0;
  let truncated = false;
  const markers = new Set(doc.head ? [...doc.head.querySelectorAll(OUTLOOK.owaMarker)] : []);

  const walk = (el: Element, whole: boolean, depth: number): SkeletonNode | null => {
    if (elements >= MAX_ELEMENTS || depth > MAX_DEPTH) {
      truncated = true;
      return null;
    }
    elements++;
    const node: SkeletonNode = [el.tagName.toLowerCase(), attributes(el, r, base, markers.has(el))];
    const tag = el.tagName.toUpperCase();
    if (SKIP_CHILDREN.has(tag)) return node;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 && whole) {
        const t = c.nodeValue ?? '';
        if (t.trim()) node.push(r.text(t.replace(/\s+/g, ' ')));
        else if (t) node.push(' ');
      } else if (c.nodeType === 1) {
        const child = c as Element;
        const inside = whole || roots.has(child);
        if (inside || onPath.has(child)) {
          const sub = walk(child, inside, depth + 1);
          if (sub) node.push(sub);
        }
      }
    }
    return node;
  };
  return { page: walk(doc.documentElement, false, 0)!, elements, truncated };
}

export function summarize(result: ReadResult, draft: Draft | null): ReadingSummary {
  const d = draft && { kind: draft.kind, text: draft.text.length };
  if (!result.ok) return { ok: false, reason: result.reason, detail: result.detail, draft: d };
  return {
    ok: true,
    messages: result.thread.messages.map((m) => ({
      collapsed: m.collapsed,
      hidden: !!m.hidden,
      clipped: !!m.clipped,
      fromUser: m.fromUser,
      name: m.from.name.length,
      email: !!m.from.email,
      date: !!m.date,
      body: m.body.length,
    })),
    draft: d,
  };
}

/** The page address with only structural words and opaque ids kept (a Gmail search or label name is the user's text). */
export function reportUrl(href: string): string {
  return keepUrl(href, href);
}

export function buildPageReport(doc: Document, webmail: WebmailId, reading: ReadResult, draft: Draft | null): PageReport {
  const r = new Redactor();
  const { page, elements, truncated } = skeleton(doc, webmail, r);
  return { kind: REPORT_KIND, version: 1, webmail, url: reportUrl(doc.location?.href ?? ''), reading: summarize(reading, draft), page, elements, truncated };
}

/** Rebuilds a report's skeleton as the document of `doc` (Node: a happy-dom window at the report's address). Never parses HTML. */
export function rebuildInto(doc: Document, page: SkeletonNode): void {
  const build = (n: SkeletonNode): Element => {
    const [tag, attrs, ...children] = n;
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      try {
        el.setAttribute(k, v);
      } catch {
        // An attribute name the DOM refuses is left out; the rest of the skeleton still loads.
      }
    }
    if (tag === 'input' && attrs.value !== undefined) (el as HTMLInputElement).value = attrs.value;
    for (const c of children) el.append(typeof c === 'string' ? doc.createTextNode(c) : build(c));
    return el;
  };
  const root = build(page);
  doc.removeChild(doc.documentElement);
  doc.appendChild(root);
}
