// Content script (any webmail page; happy-dom in tests): inserts plain text into a rich-text editor the way typing would, and finds text in it.
import type { InsertResult } from './types';

export interface InsertOptions {
  /** Quoted history and signature: never insert inside them, and the caret there is ignored. */
  boundary: string;
}

/** What an adapter knows about its compose box; the rest of inserting is the same in every webmail. */
export interface ComposeSite {
  /** Visible compose editors, the one to use first. */
  editors(doc: Document): HTMLElement[];
  /** Quoted history and signature inside the editor. */
  boundary: string;
  /** The Reply button that opens an editor for the open thread. */
  replyButton(doc: Document): HTMLElement | null;
}

/** How long to wait for the webmail to render the reply editor after clicking Reply. */
export const REPLY_OPEN_TIMEOUT_MS = 4000;

const failed = (reason: 'compose-not-found' | 'not-editable' | 'insert-failed', detail: string): InsertResult => ({ ok: false, reason, detail });

function isEditable(el: HTMLElement): boolean {
  const attr = el.getAttribute('contenteditable');
  return (attr === 'true' || attr === '' || attr === 'plaintext-only') && !el.closest('[contenteditable=false]');
}

/** The editor's text nodes outside `boundary` (quoted history, signature). */
function ownTextNodes(editor: HTMLElement, boundary: string): Text[] {
  const nodes: Text[] = [];
  const walker = editor.ownerDocument.createTreeWalker(editor, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest(boundary)) nodes.push(n as Text);
  return nodes;
}

function select(doc: Document, range: Range): Selection | null | undefined {
  const sel = doc.defaultView?.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  return sel;
}

/** The user's caret when it is inside the editor's own text, else null. */
function userRange(editor: HTMLElement, boundary: string): Range | null {
  const sel = editor.ownerDocument.defaultView?.getSelection();
  if (!sel?.rangeCount) return null;
  const range = sel.getRangeAt(0);
  // Both ends are in the editor exactly when their common ancestor is.
  if (!editor.contains(range.commonAncestorContainer)) return null;
  const startEl = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  const quoted = startEl !== editor && startEl?.closest(boundary);
  return quoted && editor.contains(quoted) ? null : range;
}

/** How many lines execCommand inserted: all of them, or as many as the editor took before refusing. */
function execInsert(doc: Document, lines: string[]): number {
  if (typeof doc.execCommand !== 'function') return 0;
  for (let i = 0; i < lines.length; i++) {
    try {
      const ok =
        (i === 0 || doc.execCommand('insertParagraph', false) || doc.execCommand('insertLineBreak', false)) &&
        (lines[i] === '' || doc.execCommand('insertText', false, lines[i]));
      if (!ok) return i;
    } catch {
      return i;
    }
  }
  return lines.length;
}

/** Range API fallback: text nodes and <br> elements, never an HTML string. */
function rangeInsert(doc: Document, range: Range, lines: string[]): void {
  range.deleteContents();
  const frag = doc.createDocumentFragment();
  lines.forEach((line, i) => {
    if (i > 0) frag.appendChild(doc.createElement('br'));
    if (line !== '') frag.appendChild(doc.createTextNode(line));
  });
  const last = frag.lastChild;
  range.insertNode(frag);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
  }
  select(doc, range);
}

function fire(el: HTMLElement, type: 'input' | 'keyup', data?: string): void {
  const win = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!win) return;
  el.dispatchEvent(
    type === 'input'
      ? new win.InputEvent('input', { bubbles: true, inputType: 'insertText', data })
      : new win.KeyboardEvent('keyup', { bubbles: true, key: 'Shift', code: 'ShiftLeft' }),
  );
}

/**
 * Inserts `text` (plain, "\n" separated) at the user's caret when it is in the editor's own text,
 * otherwise at the very start (above quoted history and signature). Prefers execCommand, which
 * fires beforeinput/input and is undoable; falls back to the Range API plus a synthetic input event.
 */
export async function insertPlainText(editor: HTMLElement, text: string, opts: InsertOptions): Promise<InsertResult> {
  if (!isEditable(editor)) return failed('not-editable', 'The compose body is not editable.');
  const doc = editor.ownerDocument;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let range = userRange(editor, opts.boundary);
  // Existing text that will follow an insertion at the top starts on its own paragraph.
  const toInsert = !range && ownTextNodes(editor, opts.boundary).some((n) => n.data.trim() !== '') ? [...lines, '', ''] : lines;
  if (!range) {
    range = doc.createRange();
    range.setStart(editor, 0);
    range.collapse(true);
  }
  editor.focus();
  const sel = select(doc, range);
  const before = editor.textContent ?? '';
  const inserted = execInsert(doc, toInsert);
  if (inserted > 0 && inserted < toInsert.length) return failed('insert-failed', 'The editor stopped accepting text part-way.');
  if (inserted === 0) {
    try {
      rangeInsert(doc, sel?.rangeCount ? sel.getRangeAt(0) : range, toInsert);
    } catch (e) {
      return failed('insert-failed', `Could not place the text: ${String(e)}`);
    }
    fire(editor, 'input', text);
  }
  const firstLine = lines.find((l) => l.trim() !== '')?.trim();
  const after = editor.textContent ?? '';
  if (firstLine && (after === before || !after.includes(firstLine))) {
    return failed('insert-failed', 'The text did not appear in the compose body.');
  }
  // Gmail's autosave listens for its own input/key handling; nudge it after the editor has settled.
  setTimeout(() => {
    fire(editor, 'input', text);
    fire(editor, 'keyup');
  }, 0);
  return { ok: true };
}

/** Selects the first occurrence of `needle` in the editor's own text (outside `boundary`); whitespace may differ. */
export function selectTextIn(editor: HTMLElement, needle: string, boundary: string): boolean {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const nodes = ownTextNodes(editor, boundary);
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Block boundaries leave no character in the flat text, so whitespace in the needle may match nothing.
  const match = new RegExp(words.map(escape).join('[\\s\\u00a0]*'), 'u').exec(nodes.map((n) => n.data).join(''));
  if (!match) return false;
  const start = match.index;
  const end = start + match[0].length;
  const range = editor.ownerDocument.createRange();
  // The match starts in the node holding its first character and ends in the one holding its last.
  let offset = 0;
  for (const n of nodes) {
    const next = offset + n.data.length;
    if (start >= offset && start < next) range.setStart(n, start - offset);
    if (end > offset && end <= next) range.setEnd(n, end - offset);
    offset = next;
  }
  editor.focus();
  select(editor.ownerDocument, range);
  range.startContainer.parentElement?.scrollIntoView?.({ block: 'center' });
  return true;
}

/** Resolves with the first element `find` returns, watching mutations under `root`, or null after `timeoutMs`. */
export function waitForElement<T extends Element>(root: Node, find: () => T | null, timeoutMs: number): Promise<T | null> {
  const now = find();
  if (now) return Promise.resolve(now);
  const win = (root.ownerDocument ?? (root as Document)).defaultView;
  if (!win) return Promise.resolve(null);
  return new Promise((resolve) => {
    const observer = new win.MutationObserver(() => {
      const el = find();
      if (el) {
        observer.disconnect();
        win.clearTimeout(timer);
        resolve(el);
      }
    });
    const timer = win.setTimeout(() => {
      observer.disconnect();
      resolve(find());
    }, timeoutMs);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/** The last Reply button (the one in view) for the first label that has one; an exact label beats a longer one ("Reply all"). */
export function lastReplyButton(
  scope: ParentNode,
  labels: readonly string[],
  selector: (label: string) => string,
  labelAttrs: readonly string[],
): HTMLElement | null {
  for (const label of labels) {
    const found = [...scope.querySelectorAll<HTMLElement>(selector(label))];
    const exact = found.filter((b) => labelAttrs.some((a) => b.getAttribute(a)?.trim() === label));
    const button = (exact.length ? exact : found).pop();
    if (button) return button;
  }
  return null;
}

/** Inserts into the open compose box, clicking Reply first when none is open. */
export async function insertIntoCompose(doc: Document, text: string, site: ComposeSite): Promise<InsertResult> {
  const firstEditor = () => site.editors(doc)[0] ?? null;
  let editor = firstEditor();
  if (!editor) {
    const reply = site.replyButton(doc);
    if (!reply) return failed('compose-not-found', 'No compose box is open and no Reply button was found.');
    reply.click();
    editor = await waitForElement(doc.body ?? doc, firstEditor, REPLY_OPEN_TIMEOUT_MS);
    if (!editor) return failed('compose-not-found', 'Clicked Reply but no compose box appeared.');
  }
  return insertPlainText(editor, text, site);
}

export function focusInCompose(doc: Document, text: string, site: ComposeSite): boolean {
  const editor = site.editors(doc)[0];
  return editor ? selectTextIn(editor, text, site.boundary) : false;
}
