// Content script (any webmail page): recomputes thread + draft when the page changes and reports only real changes.
import type { Draft, PageAdapter, ReadResult } from './types';

export interface PageState {
  thread: ReadResult;
  draft: Draft | null;
}

export interface WatchOptions {
  /** Quiet period before reporting, so a burst of mutations yields one report. */
  debounceMs?: number;
  /** WXT's ctx.addEventListener(window, 'wxt:locationchange', …) for pushState navigation (Outlook). */
  subscribeLocation?: (cb: () => void) => void;
  signal?: AbortSignal;
}

const NAVIGATION_EVENTS = ['hashchange', 'popstate'];

export function readPageState(adapter: PageAdapter, doc: Document): PageState {
  return { thread: adapter.readThread(doc), draft: adapter.readDraft(doc) };
}

/** Cheap fingerprint: enough to tell "different thread / new message / draft edited" apart. */
export function stateSignature(s: PageState): string {
  const t = s.thread;
  const threadSig = t.ok
    ? `${t.thread.threadId}|${t.thread.subject}|${t.thread.messages.map((m) => `${m.id}:${m.hidden ? 'h' : m.collapsed ? 'c' : m.clipped ? 'x' : 'e'}:${m.body.length}`).join(',')}`
    : `!${t.reason}`;
  const d = s.draft;
  return `${threadSig}#${d ? `${d.composeId}:${d.kind}:${d.text.length}:${d.text.slice(-40)}` : '-'}`;
}

/** Calls `onChange` (debounced) whenever the page's thread or draft changes; returns a stop function. */
export function watchPage(
  adapter: PageAdapter,
  doc: Document,
  onChange: (state: PageState) => void,
  opts: WatchOptions = {},
): () => void {
  const win = doc.defaultView;
  if (!win) return () => undefined;
  const wait = opts.debounceMs ?? 300;
  let last = '';
  let timer: number | undefined;
  let pendingSince = 0;
  let stopped = false;
  let root: Element | null = null;
  let observer: MutationObserver | null = null;

  const check = () => {
    timer = undefined;
    pendingSince = 0;
    if (stopped) return;
    let state: PageState;
    try {
      attach();
      state = readPageState(adapter, doc);
    } catch {
      // A page the reader cannot take (it is built to be total; this is the last line): keep watching.
      return;
    }
    const sig = stateSignature(state);
    if (sig !== last) {
      last = sig;
      onChange(state);
    }
  };
  const schedule = () => {
    if (stopped) return;
    // Debounce, but never postpone longer than a few periods: Gmail mutates constantly (relative times, presence).
    const now = Date.now();
    if (!pendingSince) pendingSince = now;
    win.clearTimeout(timer);
    timer = win.setTimeout(check, now - pendingSince > wait * 3 ? 0 : wait);
  };
  // The observe root can be replaced by a re-render; re-attach when it changes.
  const attach = () => {
    const next = adapter.observeRoot(doc);
    if (next === root) return;
    observer?.disconnect();
    root = next;
    if (!root) return;
    observer = new win.MutationObserver(schedule);
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-expanded', 'class', 'data-message-id', 'aria-selected'] });
  };

  for (const type of NAVIGATION_EVENTS) win.addEventListener(type, schedule);
  opts.subscribeLocation?.(schedule);
  attach();
  schedule();

  const stop = () => {
    stopped = true;
    observer?.disconnect();
    win.clearTimeout(timer);
    for (const type of NAVIGATION_EVENTS) win.removeEventListener(type, schedule);
  };
  opts.signal?.addEventListener('abort', stop);
  return stop;
}
