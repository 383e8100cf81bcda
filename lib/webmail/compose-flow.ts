// Content script (any webmail page; happy-dom in tests): the reply flow around the shared insertion (insert-text.ts):
// open a reply when none is open, let the editor settle, insert, and check a moment later that the text stayed.
import { REPLY_OPEN_TIMEOUT_MS, insertPlainText, waitForElement, type ComposeSite } from './insert-text';
import type { InsertResult } from './types';

export interface FlowOptions {
  /** How a button is clicked (press.ts). */
  press(el: Element): void;
  /** After a Reply click, wait until the editor, its content and the focus have not changed for this long (ms)… */
  settleMs?: number;
  /** …but no longer than this. */
  settleMaxMs?: number;
  /** Look again this long after inserting; text the page took back is reported, so the panel copies it instead. */
  verifyMs?: number;
  /** Runs after a successful insert (Gmail's autosave nudge). */
  after?(editor: HTMLElement): void;
}

const failed = (reason: 'compose-not-found' | 'insert-failed', detail: string): InsertResult => ({ ok: false, reason, detail });
const flat = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
const sleep = (win: Window, ms: number) => new Promise<void>((r) => win.setTimeout(r, ms));

/** Resolves with the first editor once neither it, its content nor the focus changed for `quietMs` (or after `maxMs`). */
export async function settled(doc: Document, site: ComposeSite, quietMs: number, maxMs: number): Promise<HTMLElement | null> {
  const look = () => {
    const e = site.editors(doc)[0];
    return [e, doc.activeElement, e?.textContent, e?.childElementCount];
  };
  let last = look();
  for (let quiet = 0, waited = 0; quiet < quietMs && waited < maxMs; waited += 50) {
    await sleep(doc.defaultView!, 50);
    const now = look();
    quiet = now.every((v, i) => v === last[i]) ? quiet + 50 : 0;
    last = now;
  }
  return (last[0] as HTMLElement | undefined) ?? null;
}

export async function replyAndInsert(doc: Document, text: string, site: ComposeSite, opts: FlowOptions): Promise<InsertResult> {
  const first = () => site.editors(doc)[0] ?? null;
  let editor = first();
  if (!editor) {
    const reply = site.replyButton(doc);
    if (!reply) return failed('compose-not-found', 'No compose box is open and no Reply button was found.');
    opts.press(reply);
    editor = await waitForElement(doc.body ?? doc, first, REPLY_OPEN_TIMEOUT_MS);
    // The webmail may still move the caret (OWA: to the To field) or re-render the editor: insert once that is over.
    if (editor && opts.settleMs) editor = await settled(doc, site, opts.settleMs, opts.settleMaxMs ?? opts.settleMs * 5);
    if (!editor) return failed('compose-not-found', 'Clicked Reply but no compose box appeared.');
  }
  const result = await insertPlainText(editor, text, site);
  if (!result.ok) return result;
  opts.after?.(editor);
  const line = flat(text.split('\n').find((l) => l.trim()));
  if (opts.verifyMs && line && doc.defaultView) {
    await sleep(doc.defaultView, opts.verifyMs);
    if (!flat((first() ?? editor).textContent).includes(line)) {
      return failed('insert-failed', 'The text was inserted, but the mail page removed it from the reply a moment later.');
    }
  }
  return result;
}
