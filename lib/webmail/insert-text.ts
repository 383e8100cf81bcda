// Content script (any webmail page; happy-dom in tests): inserts plain text into a rich-text editor the way typing would, and finds text in it.
import type { InsertResult } from './types';

export interface InsertOptions {
  /** Quoted history and signature: never insert inside them, and the caret there is ignored. */
  boundary: string;
}

function isEditable(el: HTMLElement): boolean {
  const attr = el.getAttribute('contenteditable');
  return (attr === 'true' || attr === '' || attr === 'plaintext-only') && !el.closest('[contenteditable=false]');
}

/** The user's caret when it is inside the editor's own text, else null. */
function userRange(editor: HTMLElement, boundary: string): Range | null {
  const sel = editor.ownerDocument.defaultView?.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const inEditor = (n: Node) => editor === n || editor.contains(n);
  if (!inEditor(range.startContainer) || !inEditor(range.endContainer)) return null;
  const startEl = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  if (startEl && startEl !== editor && startEl.closest(boundary) && editor.contains(startEl.closest(boundary))) return null;
  return range;
}

function hasUserText(editor: HTMLElement, boundary: string): boolean {
  const walker = editor.ownerDocument.createTreeWalker(editor, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest(boundary)) continue;
    if ((n.nodeValue ?? '').trim() !== '') return true;
  }
  return false;
}

function execInsert(doc: Document, lines: string[]): 'done' | 'unavailable' | 'partial' {
  if (typeof doc.execCommand !== 'function') return 'unavailable';
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    let ok = true;
    try {
      if (i > 0) ok = doc.execCommand('insertParagraph', false) || doc.execCommand('insertLineBreak', false);
      const line = lines[i]!;
      if (ok && line !== '') ok = doc.execCommand('insertText', false, line);
    } catch {
      ok = false;
    }
    if (!ok) return first ? 'unavailable' : 'partial';
    first = false;
  }
  return 'done';
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
  const sel = doc.defaultView?.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

function fire(el: HTMLElement, type: 'input' | 'keyup', data?: string): void {
  const win = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!win) return;
  const event =
    type === 'input'
      ? new win.InputEvent('input', { bubbles: true, inputType: 'insertText', data: data ?? null })
      : new win.KeyboardEvent('keyup', { bubbles: true, key: 'Shift', code: 'ShiftLeft' });
  el.dispatchEvent(event);
}

/**
 * Inserts `text` (plain, "\n" separated) at the user's caret when it is in the editor's own text,
 * otherwise at the very start (above quoted history and signature). Prefers execCommand, which
 * fires beforeinput/input and is undoable; falls back to the Range API plus a synthetic input event.
 */
export async function insertPlainText(editor: HTMLElement, text: string, opts: InsertOptions): Promise<InsertResult> {
  if (!isEditable(editor)) return { ok: false, reason: 'not-editable', detail: 'The compose body is not editable.' };
  const doc = editor.ownerDocument;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let range = userRange(editor, opts.boundary);
  const atTop = range === null;
  const existing = atTop && hasUserText(editor, opts.boundary);
  if (!range) {
    range = doc.createRange();
    range.setStart(editor, 0);
    range.collapse(true);
  }
  // Existing text that will follow the insertion starts on its own paragraph.
  const toInsert = existing ? [...lines, '', ''] : lines;
  editor.focus();
  const sel = doc.defaultView?.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  const before = editor.textContent ?? '';
  const outcome = execInsert(doc, toInsert);
  if (outcome === 'partial') return { ok: false, reason: 'insert-failed', detail: 'The editor stopped accepting text part-way.' };
  if (outcome === 'unavailable') {
    const live = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : range;
    try {
      rangeInsert(doc, live, toInsert);
    } catch (e) {
      return { ok: false, reason: 'insert-failed', detail: `Could not place the text: ${String(e)}` };
    }
    fire(editor, 'input', text);
  }
  const firstLine = lines.find((l) => l.trim() !== '') ?? '';
  const after = editor.textContent ?? '';
  if (firstLine && (after === before || !after.includes(firstLine.trim()))) {
    return { ok: false, reason: 'insert-failed', detail: 'The text did not appear in the compose body.' };
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
  const doc = editor.ownerDocument;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let flat = '';
  const walker = doc.createTreeWalker(editor, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest(boundary)) continue;
    nodes.push(n as Text);
    starts.push(flat.length);
    flat += n.nodeValue ?? '';
  }
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Block boundaries leave no character in the flat text, so whitespace in the needle may match nothing.
  const match = new RegExp(words.map(escape).join('[\\s\\u00a0]*'), 'u').exec(flat);
  if (!match) return false;
  const locate = (pos: number, end: boolean): [Text, number] => {
    for (let i = 0; i < nodes.length; i++) {
      const s = starts[i]!;
      const e = s + (nodes[i]!.nodeValue ?? '').length;
      if (end ? pos > s && pos <= e : pos >= s && pos < e) return [nodes[i]!, pos - s];
    }
    const last = nodes[nodes.length - 1]!;
    return [last, (last.nodeValue ?? '').length];
  };
  const [sn, so] = locate(match.index, false);
  const [en, eo] = locate(match.index + match[0].length, true);
  const range = doc.createRange();
  range.setStart(sn, so);
  range.setEnd(en, eo);
  editor.focus();
  const sel = doc.defaultView?.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  sn.parentElement?.scrollIntoView?.({ block: 'center' });
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
