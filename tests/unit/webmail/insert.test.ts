// Unit tests (Node + happy-dom): inserting replies into Gmail/Outlook compose bodies, and selecting text in drafts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gmailAdapter } from '../../../lib/webmail/gmail';
import { gmailEditors } from '../../../lib/webmail/gmail/read';
import { outlookAdapter } from '../../../lib/webmail/outlook';
import { elementToText } from '../../../lib/webmail/dom-text';
import { insertPlainText } from '../../../lib/webmail/insert-text';
import type { LoadedPage } from '../../../lib/webmail/load-page';
import { fixture, realCompose, URLS } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const editorOf = (doc: Document) => gmailEditors(doc)[0]!;
const recordInputs = (el: Element) => {
  const events: { type: string; inputType?: string }[] = [];
  el.addEventListener('input', (e) => events.push({ type: e.type, inputType: (e as InputEvent).inputType }));
  return events;
};

describe('real Gmail compose dialog (captured 2020)', () => {
  it('targets the contenteditable body, not the hidden textarea with the same label, and inserts into it', async () => {
    page = realCompose();
    const doc = page.document;
    expect(doc.querySelectorAll('[aria-label="Message Body"]')).toHaveLength(2);
    const editor = editorOf(doc);
    expect(editor.tagName).toBe('DIV');
    const inputs = recordInputs(editor);
    const r = await gmailAdapter.insert(doc, 'Hi Anna,\n\nHappy to help.');
    expect(r).toEqual({ ok: true });
    expect(elementToText(editor)).toBe('Hi Anna,\n\nHappy to help.');
    expect((doc.querySelector('textarea.Ak') as HTMLTextAreaElement).value).toBe('');
    expect(inputs[0]).toEqual({ type: 'input', inputType: 'insertText' });
    expect(gmailAdapter.readDraft(doc)?.text).toBe('Hi Anna,\n\nHappy to help.');
  });
});

describe('Gmail inline reply', () => {
  it('keeps the existing draft, inserts above it when the caret is elsewhere, quote and signature stay below', async () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    const r = await gmailAdapter.insert(doc, 'Thanks Bob.\nHere is a smaller option.');
    expect(r).toEqual({ ok: true });
    const editor = editorOf(doc);
    expect(gmailAdapter.readDraft(doc)?.text).toBe('Thanks Bob.\nHere is a smaller option.\n\nHi Bob,\n\nThanks for getting back to me.');
    const text = editor.textContent!;
    expect(text.indexOf('smaller option')).toBeLessThan(text.indexOf('Jane Freelancer · Web design'));
    expect(text.indexOf('Jane Freelancer · Web design')).toBeLessThan(text.indexOf('wrote:'));
  });

  it('inserts at the user caret when it is inside the body', async () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    const editor = editorOf(doc);
    const hi = editor.querySelector('div')!.firstChild!; // "Hi Bob,"
    const range = doc.createRange();
    range.setStart(hi, 'Hi Bob,'.length);
    range.collapse(true);
    doc.defaultView!.getSelection()!.removeAllRanges();
    doc.defaultView!.getSelection()!.addRange(range);
    await gmailAdapter.insert(doc, ' and Anna');
    expect(gmailAdapter.readDraft(doc)?.text).toBe('Hi Bob, and Anna\n\nThanks for getting back to me.');
  });

  it('ignores a caret inside the quoted history', async () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    const quoted = doc.querySelector('[g_editable] blockquote div')!.firstChild!;
    const range = doc.createRange();
    range.setStart(quoted, 3);
    doc.defaultView!.getSelection()!.addRange(range);
    await gmailAdapter.insert(doc, 'Top line');
    expect(gmailAdapter.readDraft(doc)?.text.startsWith('Top line\n')).toBe(true);
    expect(doc.querySelector('[g_editable] blockquote')!.textContent).toBe('Can you do it for 20% less?');
  });

  it('inserts Hebrew, Swedish, emoji and blank lines exactly', async () => {
    page = realCompose();
    const doc = page.document;
    const text = 'שלום רב,\n\nTack för ditt mejl – vi ses på måndag! 🎉👍🏽\n\n\nקו אחרון';
    const inputs = recordInputs(editorOf(doc));
    expect(await gmailAdapter.insert(doc, text)).toEqual({ ok: true });
    // Serialise the editor as text nodes and <br>s: every character and every line break must be exactly as given.
    let raw = '';
    for (let n = editorOf(doc).firstChild; n; n = n.nextSibling) raw += n.nodeName === 'BR' ? '\n' : (n.textContent ?? '');
    // Source-formatting whitespace before the editor's first line is not rendered.
    expect(raw.replace(/^[\t\n ]+/, '').startsWith(`${text}\n`)).toBe(true);
    expect(inputs).toHaveLength(1);
  });

  it('uses execCommand line by line with insertParagraph between when the browser supports it', async () => {
    page = realCompose();
    const doc = page.document;
    const calls: string[] = [];
    // A minimal execCommand: enough to prove the call sequence and that no HTML is involved.
    (doc as unknown as { execCommand: (c: string, u: boolean, v?: string) => boolean }).execCommand = (cmd, _u, value) => {
      calls.push(value === undefined ? cmd : `${cmd}:${value}`);
      const sel = doc.defaultView!.getSelection()!;
      const range = sel.getRangeAt(0);
      const node = cmd === 'insertText' ? doc.createTextNode(value!) : doc.createElement('br');
      range.insertNode(node);
      range.setStartAfter(node);
      range.collapse(true);
      return true;
    };
    const r = await gmailAdapter.insert(doc, 'Line 1\n\nLine 3');
    expect(r).toEqual({ ok: true });
    expect(calls).toEqual(['insertText:Line 1', 'insertParagraph', 'insertParagraph', 'insertText:Line 3']);
  });

  it('clicks Reply and waits for the editor when no compose is open', async () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    const win = doc.defaultView!;
    doc.querySelector('.M9')!.remove();
    expect(gmailAdapter.readDraft(doc)).toBeNull();
    const reply = doc.querySelector('[role=button][data-tooltip="Reply"]')!;
    let clicked = 0;
    reply.addEventListener('click', () => {
      clicked++;
      // Gmail renders the editor a moment later.
      win.setTimeout(() => {
        const ed = doc.createElement('div');
        for (const [k, v] of Object.entries({ contenteditable: 'true', g_editable: 'true', role: 'textbox', 'aria-label': 'Message Body' })) ed.setAttribute(k, v);
        ed.appendChild(doc.createElement('br'));
        const m9 = doc.createElement('div');
        m9.className = 'M9';
        m9.appendChild(ed);
        doc.querySelector('[role=main] .a98.iY:not([style]) [role=list]')!.appendChild(m9);
      }, 10);
    });
    const r = await gmailAdapter.insert(doc, 'Happy to discuss.');
    expect(clicked).toBe(1);
    expect(r).toEqual({ ok: true });
    expect(gmailAdapter.readDraft(doc)).toMatchObject({ kind: 'inline-reply', text: 'Happy to discuss.' });
  });

  it('reports compose-not-found when there is no compose and no Reply button', async () => {
    page = fixture('gmail-inbox.html', URLS.gmailInbox);
    expect(await gmailAdapter.insert(page.document, 'x')).toMatchObject({ ok: false, reason: 'compose-not-found' });
  });

  it('reports not-editable for a body that is not contenteditable', async () => {
    page = realCompose();
    const div = page.document.createElement('div');
    page.document.body.appendChild(div);
    expect(await insertPlainText(div, 'x', { boundary: '.gmail_quote' })).toMatchObject({ ok: false, reason: 'not-editable' });
  });

  it('dispatches input and keyup again after inserting, for Gmail autosave', async () => {
    page = realCompose();
    const editor = editorOf(page.document);
    const keyups = vi.fn();
    editor.addEventListener('keyup', keyups);
    const inputs = recordInputs(editor);
    await gmailAdapter.insert(page.document, 'Saved?');
    await new Promise((r) => page!.window.setTimeout(r, 5));
    expect(keyups).toHaveBeenCalledTimes(1);
    expect(inputs.length).toBe(2);
  });

  it('selects the first occurrence of a phrase in the draft, across whitespace differences, never in the quote', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    expect(gmailAdapter.focusInDraft(doc, 'getting  back')).toBe(true);
    expect(doc.defaultView!.getSelection()!.toString()).toBe('getting back');
    expect(gmailAdapter.focusInDraft(doc, 'Hi Bob, Thanks for')).toBe(true);
    expect(doc.defaultView!.getSelection()!.toString()).toBe('Hi Bob,Thanks for');
    expect(gmailAdapter.focusInDraft(doc, '20% less')).toBe(false);
  });
});

describe('Outlook compose', () => {
  it('inserts above #divRplyFwdMsg and the signature, keeping the draft', async () => {
    page = fixture('outlook-thread.html', URLS.outlookThread);
    const doc = page.document;
    const r = await outlookAdapter.insert(doc, 'Tack Maria!\nJag återkommer i morgon.');
    expect(r).toEqual({ ok: true });
    expect(outlookAdapter.readDraft(doc)?.text).toBe('Tack Maria!\nJag återkommer i morgon.\n\nHej Maria,\n\nThanks for the quick answer.');
    const editor = doc.querySelector('[role=textbox][contenteditable]')!;
    const t = editor.textContent!;
    expect(t.indexOf('i morgon')).toBeLessThan(t.indexOf('Jane Freelancer'));
    expect(editor.querySelector('#divRplyFwdMsg')).not.toBeNull();
  });

  it('clicks the Reply button of the reading pane when no compose is open', async () => {
    page = fixture('outlook-thread.html', URLS.outlookThread);
    const doc = page.document;
    doc.querySelector('[data-app-section="Form_Content"]')!.remove();
    const clicked: string[] = [];
    for (const b of doc.querySelectorAll('button, [role=menuitem]')) b.addEventListener('click', () => clicked.push(b.getAttribute('aria-label')!));
    const r = await outlookAdapter.insert(doc, 'x');
    // The fixture's Reply does nothing, so the bounded wait ends with a clear reason.
    expect(clicked).toEqual(['Reply']);
    expect(r).toMatchObject({ ok: false, reason: 'compose-not-found' });
  });
});

describe('never touching what the user wrote (happy-dom: the Range fallback; tests/e2e/insert.spec.ts covers execCommand in Chromium)', () => {
  const sigFirst = () => {
    page = realCompose();
    const editor = editorOf(page.document);
    editor.replaceChildren();
    const sig = page.document.createElement('div');
    sig.className = 'gmail_signature';
    sig.append('-- ', page.document.createElement('br'), 'Jane');
    editor.append(sig);
    return editor;
  };

  it('a body that starts with the signature gets the reply on its own line above it, the signature untouched', async () => {
    const editor = sigFirst();
    expect(await gmailAdapter.insert(page!.document, 'Line one\nLine two')).toEqual({ ok: true });
    expect(editor.querySelector('.gmail_signature')!.textContent).toBe('-- Jane');
    expect(editor.firstElementChild!.className).toBe('');
    expect(elementToText(editor)).toBe('Line one\nLine two\n\n--\nJane');
  });

  it('keeps a selected phrase (the draft coach located it) and puts the reply after its line', async () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    expect(gmailAdapter.focusInDraft(doc, 'getting back')).toBe(true);
    expect(await gmailAdapter.insert(doc, 'Sure.\nBest')).toEqual({ ok: true });
    expect(gmailAdapter.readDraft(doc)?.text).toBe('Hi Bob,\n\nThanks for getting back to me.\nSure.\nBest');
  });

  it('moves a mid-word caret to the end of the word and keeps words apart', async () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    const thanks = [...editorOf(doc).querySelectorAll('div')].find((d) => d.textContent === 'Thanks for getting back to me.')!.firstChild!;
    const range = doc.createRange();
    range.setStart(thanks, 'Thanks for get'.length);
    doc.defaultView!.getSelection()!.removeAllRanges();
    doc.defaultView!.getSelection()!.addRange(range);
    expect(await gmailAdapter.insert(doc, 'right')).toEqual({ ok: true });
    expect(gmailAdapter.readDraft(doc)?.text).toBe('Hi Bob,\n\nThanks for getting right back to me.');
  });

  it('keeps a space after a one-line sentence put before a word, and after a full stop', async () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    const thanks = [...editorOf(doc).querySelectorAll('div')].find((d) => d.textContent === 'Thanks for getting back to me.')!.firstChild!;
    const range = doc.createRange();
    range.setStart(thanks, 0);
    doc.defaultView!.getSelection()!.removeAllRanges();
    doc.defaultView!.getSelection()!.addRange(range);
    expect(await gmailAdapter.insert(doc, 'Good news.')).toEqual({ ok: true });
    expect(gmailAdapter.readDraft(doc)?.text).toBe('Hi Bob,\n\nGood news. Thanks for getting back to me.');
  });

  it('takes back a partial insert whole when the editor refuses part-way (through undo)', async () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    const editor = editorOf(doc);
    const before = editor.innerHTML;
    let calls = 0;
    let snapshot: Node | null = null;
    // Takes the first line, then refuses; "undo" puts back what was there before the first command.
    (doc as unknown as { execCommand: (c: string, u: boolean, v?: string) => boolean }).execCommand = (cmd, _u, value) => {
      if (cmd === 'undo') {
        editor.replaceChildren(...[...snapshot!.childNodes]);
        return true;
      }
      if (calls++ > 0) return false;
      snapshot = editor.cloneNode(true);
      const range = doc.defaultView!.getSelection()!.getRangeAt(0);
      range.insertNode(doc.createTextNode(value ?? ''));
      return true;
    };
    const r = await gmailAdapter.insert(doc, 'First line\nSecond line');
    expect(r).toMatchObject({ ok: false, reason: 'insert-failed' });
    expect(editor.innerHTML).toBe(before);
  });
});
