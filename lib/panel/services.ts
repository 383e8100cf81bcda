// Side panel (extension page): everything the panel needs from the outside world, injected so component tests use fakes.
import type { DealcraftDB } from '../db';
import type { PageReport } from '../webmail/page-report';
import type { Draft, InsertResult, ReadResult } from '../webmail/types';

export interface TabInfo {
  tabId: number;
  url: string;
  title?: string;
}

/** What the panel knows of a tab's page: the adapter's reading, or why there is none. */
export type PageState =
  | { ok: true; thread: ReadResult; draft: Draft | null }
  | {
      ok: false;
      /** blocked-by-browser: Edge keeps extensions off *.cloud.microsoft, so no content script can answer there. */
      reason: 'not-mail-page' | 'no-content-script' | 'blocked-by-browser';
      detail: string;
      /** An https origin the user may allow (Outlook on an organisation's own domain). */
      site?: string;
      /** Edge, and the tab's address is hidden: it may be Outlook at outlook.cloud.microsoft, which Edge blocks. */
      edge?: boolean;
    };

export type PageReportResult = { ok: true; report: PageReport } | { ok: false; detail: string };

export interface PageBridge {
  getPageState(tabId: number): Promise<PageState>;
  insertReply(tabId: number, text: string): Promise<InsertResult>;
  focusInDraft(tabId: number, text: string): Promise<boolean>;
  /** Pushed by the content script when the thread or draft changes; returns an unsubscribe. */
  onPageChanged(cb: (tabId: number, state: PageState) => void): () => void;
  /** "Read the whole thread": asks the page to expand its collapsed messages; false when it had nothing to expand. */
  expandThread?(tabId: number): Promise<boolean>;
  /** "Copy a page report": a redacted skeleton of the page and the adapter's reading (lib/webmail/page-report.ts). */
  pageReport?(tabId: number): Promise<PageReportResult>;
  /** Outlook on an organisation's own domain: asks the browser for that one origin (call inside the click), then reads it. */
  allowSite?(tabId: number, site: string): Promise<{ ok: boolean; detail: string }>;
}

export interface TabTracker {
  /** The tab the panel is about: the active tab, or, when the panel itself is shown as a tab, the last one used. */
  current(): Promise<TabInfo | null>;
  onChange(cb: (tab: TabInfo | null) => void): () => void;
}

/** Small persistent key-value store for UI state that must survive closing the panel (unsaved call notes). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface PanelServices {
  tabs: TabTracker;
  page: PageBridge;
  clipboard: { writeText(text: string): Promise<void> };
  db: DealcraftDB;
  store: KeyValueStore;
  /** YYYY-MM-DD, local. */
  today(): string;
}
