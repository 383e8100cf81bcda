// Content script (any webmail page; happy-dom in tests): inserts plain text into a rich-text editor the way typing would, and finds text in it.
import { BLOCK } from './dom-text';
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

function select(doc: Document, range: Range): void {
  const sel = doc.defaultView?.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/** A place between two characters (or children) of the editor. */
interface Point {
  node: Node;
  offset: number;
}

/** Where to insert, what (lines; '' makes an empty line), and the empty line we added to hold it, if any. */
interface Plan {
  point: Point;
  lines: string[];
  scaffold?: HTMLElement;
}

/** Whitespace a browser collapses (a no-break space is visible, so it counts as text). */
const BLANK = /^[\t\n\r\f ]*$/;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
const isBlock = (n: Node) => n.nodeType === 1 && BLOCK.has((n as Element).tagName.toUpperCase());

function inBoundary(node: Node, editor: HTMLElement, boundary: string): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const hit = el && el !== editor ? el.closest(boundary) : null;
  return hit !== null && editor.contains(hit);
}

/**
 * The user's caret as a point in the editor's own text, or null when there is none (or it is in the
 * quote or signature). A selection, such as the phrase the draft coach's "locate" selected, is kept:
 * the point is its end (its start when the end is in the quote), and nothing selected is replaced.
 */
function userPoint(editor: HTMLElement, boundary: string): Point | null {
  const sel = editor.ownerDocument.defaultView?.getSelection();
  if (!sel?.rangeCount) return null;
  const range = sel.getRangeAt(0);
  for (const [node, offset] of [
    [range.endContainer, range.endOffset],
    [range.startContainer, range.startOffset],
  ] as const) {
    if (!editor.contains(node) || inBoundary(node, editor, boundary)) continue;
    if (node.nodeType === 3) return { node, offset };
    // Between elements the browser would move the caret into the next text, which may be the signature's.
    const child = node.childNodes[offset];
    if (child?.nodeName === 'BR' || (child?.nodeType === 3 && !BLANK.test((child as Text).data))) return { node, offset };
  }
  return null;
}

/** Moves a point inside a word (or a surrogate pair) to the end of that word, so no word is split. */
function wordEnd(p: Point): Point {
  if (p.node.nodeType !== 3) return p;
  const t = (p.node as Text).data;
  let i = p.offset;
  if (i > 0 && i < t.length && /[\uDC00-\uDFFF]/.test(t[i]!)) i++;
  while (i > 0 && i < t.length && isWordChar(t[i - 1]) && isWordChar(t[i])) i++;
  return { node: p.node, offset: i };
}

function blockOf(node: Node, editor: HTMLElement): Node {
  let b = node.nodeType === 1 ? node : node.parentNode!;
  while (b !== editor && !isBlock(b) && b.parentNode) b = b.parentNode;
  return b;
}

/** Whether the caret's line has text before and after the caret, and the end of that line's text. */
function lineAt(editor: HTMLElement, p: Point): { before: boolean; after: boolean; end: Point } {
  const block = blockOf(p.node, editor);
  const caret = editor.ownerDocument.createRange();
  caret.setStart(p.node, p.offset);
  let before = false;
  let after = false;
  let end = p;
  const walker = editor.ownerDocument.createTreeWalker(block, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1 && n.nodeName !== 'BR') continue;
    // A <br> or a nested block ends a line; text in this block continues it.
    const sameLine = n.nodeType === 3 && blockOf(n, editor) === block;
    const text = n.nodeType === 3 ? (n as Text).data : '';
    if (n === p.node) {
      before ||= !BLANK.test(text.slice(0, p.offset));
      if (!BLANK.test(text.slice(p.offset))) [after, end] = [true, { node: n, offset: text.length }];
    } else if (caret.comparePoint(n, 0) < 0) {
      before = sameLine ? before || !BLANK.test(text) : false;
    } else if (!sameLine) {
      break;
    } else if (!BLANK.test(text)) {
      [after, end] = [true, { node: n, offset: text.length }];
    }
  }
  return { before, after, end };
}

/** At the user's caret: a phrase goes in at a word boundary, a reply on its own lines after the caret's line. */
function caretPlan(editor: HTMLElement, p: Point, lines: string[]): Plan {
  if (lines.length === 1) {
    const q = wordEnd(p);
    const t = q.node.nodeType === 3 ? (q.node as Text).data : '';
    let line = lines[0]!;
    // "next|week" + "or" must not read "nextor week", and a sentence keeps the space after its full stop on either
    // side: "Good news. Thanks", not "Good news.Thanks".
    const before = t[q.offset - 1];
    if ((isWordChar(before) || /[.,;:!?]/.test(before ?? '')) && isWordChar(line[0])) line = ` ${line}`;
    if (isWordChar(t[q.offset]) && (isWordChar(line.at(-1)) || /[.,;:!?)]$/.test(line))) line = `${line} `;
    return { point: q, lines: [line] };
  }
  const line = lineAt(editor, p);
  if (line.before) return { point: line.end, lines: ['', ...lines] };
  return { point: p, lines: line.after ? [...lines, '', ''] : lines };
}

/**
 * No usable caret: at the top of the editor's own text, above quote and signature. When the body
 * starts with them (no line of the user's above), an empty line is added before them to hold the
 * reply, or the browser would put the caret, and the reply, inside the signature.
 */
function topPlan(editor: HTMLElement, boundary: string, lines: string[]): Plan {
  const own: ChildNode[] = [];
  let stop: ChildNode | null = null;
  for (const child of editor.childNodes) {
    if (child.nodeType === 1 && ((child as Element).matches(boundary) || (child as Element).querySelector(boundary))) {
      stop = child;
      break;
    }
    if (child.nodeType === 1 || (child.nodeType === 3 && !BLANK.test((child as Text).data))) own.push(child);
  }
  const lines2 = own.some((c) => !BLANK.test(c.textContent ?? '')) ? [...lines, '', ''] : lines;
  for (const child of own) {
    const walker = editor.ownerDocument.createTreeWalker(child, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
    for (let n: Node | null = child; n; n = walker.nextNode()) {
      const br = n.nodeName === 'BR';
      if (br || (n.nodeType === 3 && !BLANK.test((n as Text).data))) {
        return { point: br ? { node: n.parentNode!, offset: [...n.parentNode!.childNodes].indexOf(n as ChildNode) } : { node: n, offset: 0 }, lines: lines2 };
      }
    }
  }
  const scaffold = editor.ownerDocument.createElement('div');
  scaffold.appendChild(editor.ownerDocument.createElement('br'));
  editor.insertBefore(scaffold, stop);
  // An empty line between the reply and the signature or quote below it.
  return { point: { node: scaffold, offset: 0 }, lines: stop ? [...lines, ''] : lines, scaffold };
}

/** How many lines execCommand inserted (all, or as many as the editor took before refusing), and whether it changed anything. */
function execInsert(doc: Document, lines: string[]): { done: number; changed: boolean } {
  let changed = false;
  const run = (cmd: string, value?: string) => {
    const ok = doc.execCommand(cmd, false, value);
    changed ||= ok;
    return ok;
  };
  for (let i = 0; i < lines.length; i++) {
    try {
      const ok = (i === 0 || run('insertParagraph') || run('insertLineBreak')) && (lines[i] === '' || run('insertText', lines[i]));
      if (!ok) return { done: i, changed };
    } catch {
      return { done: i, changed };
    }
  }
  return { done: lines.length, changed };
}

/** Range API fallback where there is no execCommand: text nodes and <br> elements, never an HTML string, never deleting. */
function rangeInsert(doc: Document, range: Range, lines: string[]): void {
  range.collapse(true);
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

const sameChildren = (a: Node, b: Node) => a.childNodes.length === b.childNodes.length && [...a.childNodes].every((c, i) => c.isEqualNode(b.childNodes[i]!));
const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * Takes back a failed insert so the body is exactly as the user left it: the browser's own undo for
 * what execCommand added (our commands are one undo step), then the empty line we added; if the page
 * kept the browser from undoing (it made the editor read-only, say), the user's nodes as they were.
 */
function rollback(editor: HTMLElement, original: Node, ready: Node, plan: Plan, changed: boolean, userRange: Range | null): void {
  const doc = editor.ownerDocument;
  if (changed && !sameChildren(editor, ready)) {
    try {
      doc.execCommand('undo');
    } catch {
      // Restored below.
    }
  }
  if (plan.scaffold && sameChildren(editor, ready)) plan.scaffold.remove();
  if (!sameChildren(editor, original)) {
    editor.replaceChildren(...[...original.cloneNode(true).childNodes]);
    fire(editor, 'input');
  }
  if (userRange && editor.contains(userRange.startContainer)) select(doc, userRange);
}

/**
 * Inserts `text` (plain, "\n" separated) where the user would expect it, never replacing or splitting
 * what they wrote, never inside the quoted history or signature: at their caret (a phrase at a word
 * boundary, a reply on its own lines after the caret's line), else at the top, above quote and
 * signature. Prefers execCommand, which fires input events and is one undo step (Ctrl+Z); falls back
 * to the Range API plus a synthetic input event where there is none. A refused or partial insert is
 * taken back whole.
 */
export async function insertPlainText(editor: HTMLElement, text: string, opts: InsertOptions): Promise<InsertResult> {
  if (!isEditable(editor)) return failed('not-editable', 'The compose body is not editable.');
  const doc = editor.ownerDocument;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const sel = doc.defaultView?.getSelection();
  const userRange = sel?.rangeCount ? sel.getRangeAt(0).cloneRange() : null;
  const original = editor.cloneNode(true);
  const caret = userPoint(editor, opts.boundary);
  const plan = caret ? caretPlan(editor, caret, lines) : topPlan(editor, opts.boundary, lines);
  const ready = editor.cloneNode(true);
  const range = doc.createRange();
  range.setStart(plan.point.node, plan.point.offset);
  range.collapse(true);
  editor.focus();
  // A fresh selection also ends the user's own typing, so Ctrl+Z takes out our insert and not their words.
  select(doc, range);
  const before = squeeze(editor.textContent ?? '');
  let done = plan.lines.length;
  let changed = false;
  if (typeof doc.execCommand === 'function') ({ done, changed } = execInsert(doc, plan.lines));
  else {
    rangeInsert(doc, range, plan.lines);
    fire(editor, 'input', text);
  }
  // Every command went through, and the text grew by the reply: a page that refuses or strips input fails
  // this; one that reformats a little (a "- " line turned into a bullet) does not.
  const grew = squeeze(editor.textContent ?? '').length - before.length;
  if (done < plan.lines.length || grew < squeeze(text).length * 0.9) {
    rollback(editor, original, ready, plan, changed || typeof doc.execCommand !== 'function', userRange);
    const why = done < plan.lines.length ? 'The editor stopped accepting text part-way' : 'The text did not appear in the compose body';
    return failed('insert-failed', `${why}; the draft was left as it was.`);
  }
  // Gmail's autosave listens for its own input/key handling; nudge it after the editor has settled.
  setTimeout(() => {
    fire(editor, 'input', text);
    fire(editor, 'keyup');
  }, 0);
  return { ok: true };
}

/** The longest phrase `selectTextIn` looks for. */
export const MAX_LOCATE = 2_000;

/** Selects the first occurrence of `needle` in the editor's own text (outside `boundary`); whitespace may differ. */
export function selectTextIn(editor: HTMLElement, needle: string, boundary: string): boolean {
  // Phrases the draft coach locates are short; a huge needle would only build a huge regular expression.
  if (needle.length > MAX_LOCATE) return false;
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
