// Test helper (happy-dom / Node): a scriptable PanelServices for component tests; real Dexie over fake-indexeddb.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { openDealcraftDB } from '../../../lib/db';
import type { PageBridge, PageState, PanelServices, TabInfo, TabTracker } from '../../../lib/panel/services';
import type { Draft, InsertResult, Thread, ThreadMessage } from '../../../lib/webmail/types';

// Dexie captures the IndexedDB globals when first imported, which may be before this file runs.
Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/abc';

export function message(body: string, over: Partial<ThreadMessage> = {}): ThreadMessage {
  return {
    id: over.id ?? `m-${Math.random().toString(36).slice(2)}`,
    from: { name: 'Tom Reed', email: 'tom@acme.example' },
    to: [{ name: 'Dana', email: 'dana@studio.example' }],
    date: '2025-03-03T10:00:00Z',
    fromUser: false,
    body,
    collapsed: false,
    ...over,
  };
}

export function thread(messages: ThreadMessage[], over: Partial<Thread> = {}): Thread {
  return { webmail: 'gmail', threadId: 't-1', subject: 'Landing page quote', url: GMAIL_URL, messages, ...over };
}

export function okState(t: Thread, draft: Draft | null = null): PageState {
  return { ok: true, thread: { ok: true, thread: t }, draft };
}

export function draft(text: string): Draft {
  return { composeId: 'c-1', kind: 'inline-reply', text };
}

type Deferred<T> = { promise: Promise<T>; resolve(v: T): void };
export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export class FakePage implements PageBridge {
  states = new Map<number, PageState | Promise<PageState>>();
  insertResult: InsertResult = { ok: true };
  inserted: { tabId: number; text: string }[] = [];
  focused: { tabId: number; text: string }[] = [];
  stateRequests: number[] = [];
  private listeners = new Set<(tabId: number, state: PageState) => void>();

  async getPageState(tabId: number): Promise<PageState> {
    this.stateRequests.push(tabId);
    const s = this.states.get(tabId);
    if (!s) return { ok: false, reason: 'not-mail-page', detail: 'unknown tab' };
    return s;
  }
  async insertReply(tabId: number, text: string): Promise<InsertResult> {
    this.inserted.push({ tabId, text });
    return this.insertResult;
  }
  async focusInDraft(tabId: number, text: string): Promise<boolean> {
    this.focused.push({ tabId, text });
    return true;
  }
  onPageChanged(cb: (tabId: number, state: PageState) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
  /** What a content script does when the thread or draft changes. */
  push(tabId: number, state: PageState): void {
    this.states.set(tabId, state);
    for (const cb of this.listeners) cb(tabId, state);
  }
}

export class FakeTabs implements TabTracker {
  private listeners = new Set<(tab: TabInfo | null) => void>();
  constructor(public tab: TabInfo | null) {}
  async current() {
    return this.tab;
  }
  onChange(cb: (tab: TabInfo | null) => void) {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
  switchTo(tab: TabInfo | null) {
    this.tab = tab;
    for (const cb of this.listeners) cb(tab);
  }
}

export class FakeClipboard {
  texts: string[] = [];
  fail = false;
  async writeText(text: string) {
    if (this.fail) throw new Error('Document is not focused.');
    this.texts.push(text);
  }
}

export function createFakeServices(opts: { tab?: TabInfo | null; state?: PageState | Promise<PageState> } = {}) {
  const tab = opts.tab === undefined ? { tabId: 1, url: GMAIL_URL, title: 'Inbox' } : opts.tab;
  const page = new FakePage();
  if (tab && opts.state) page.states.set(tab.tabId, opts.state);
  const tabs = new FakeTabs(tab);
  const clipboard = new FakeClipboard();
  const storeData = new Map<string, unknown>();
  const db = openDealcraftDB(`test-${Math.random().toString(36).slice(2)}`);
  const services: PanelServices = {
    tabs,
    page,
    clipboard,
    db,
    store: {
      get: async (k) => storeData.get(k),
      set: async (k, v) => void storeData.set(k, v),
    },
    today: () => '2025-03-03',
  };
  return { services, page, tabs, clipboard, db, storeData };
}
