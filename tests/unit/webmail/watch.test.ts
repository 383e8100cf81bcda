// Unit tests (Node + happy-dom): the page watcher reports navigation and draft edits once, and only real changes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gmailAdapter } from '../../../lib/webmail/gmail';
import type { LoadedPage } from '../../../lib/webmail/load-page';
import { readPageState, stateSignature, watchPage, type PageState } from '../../../lib/webmail/watch';
import { fixture, URLS } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('watchPage', () => {
  it('reports the initial state, then a draft edit, then leaving the thread; stops cleanly', async () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const doc = page.document;
    const states: PageState[] = [];
    const stop = watchPage(gmailAdapter, doc, (s) => states.push(s), { debounceMs: 5 });
    await vi.waitFor(() => expect(states).toHaveLength(1));
    expect(states[0]!.draft?.text).toBe('Hi Bob,\n\nThanks for getting back to me.');

    const editor = doc.querySelector('[g_editable]')!;
    const line = doc.createElement('div');
    line.appendChild(doc.createTextNode('One more line.'));
    editor.insertBefore(line, editor.querySelector(':scope > br'));
    await vi.waitFor(() => expect(states).toHaveLength(2));
    expect(states[1]!.draft?.text).toBe('Hi Bob,\n\nThanks for getting back to me.\nOne more line.');

    doc.querySelector('[role=main] .a98.iY:not([style])')!.remove();
    page.window.location.hash = '#inbox';
    await vi.waitFor(() => expect(states).toHaveLength(3));
    expect(states[2]!.thread).toMatchObject({ ok: false, reason: 'no-thread-open' });

    stop();
    doc.body.appendChild(doc.createElement('div'));
    page.window.location.hash = '#sent';
    await new Promise((r) => page!.window.setTimeout(r, 30));
    expect(states).toHaveLength(3);
  });

  it('signature ignores mutations that change nothing a user would see in the panel', () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const before = stateSignature(readPageState(gmailAdapter, page.document));
    page.document.querySelector('.g3')!.textContent = '8:05 AM (3 hours ago)';
    expect(stateSignature(readPageState(gmailAdapter, page.document))).toBe(before);
    page.document.querySelector('[g_editable] div')!.textContent = 'Hello Bob,';
    const edited = stateSignature(readPageState(gmailAdapter, page.document));
    expect(edited).not.toBe(before);
    // The older-messages bar opened: the same snippets, but no longer hidden, is news for the panel's count.
    for (const item of page.document.querySelectorAll('.kQ')) item.classList.replace('kQ', 'kv');
    expect(stateSignature(readPageState(gmailAdapter, page.document))).not.toBe(edited);
  });
});
