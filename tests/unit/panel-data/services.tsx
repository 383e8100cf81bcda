// Test helper (happy-dom): a fresh database and a scriptable PanelServices per test for the client, profile and summary views.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { ServicesProvider } from '../../../components/services-context';
import { openDealcraftDB, type DealcraftDB } from '../../../lib/db';
import type { PanelServices, TabInfo } from '../../../lib/panel/services';
import type { InsertResult } from '../../../lib/webmail/types';

// Dexie may have captured the IndexedDB globals before fake-indexeddb/auto ran.
Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

const opened: DealcraftDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

export const TODAY = '2025-03-03';

export function fakeServices(opts: { insert?: InsertResult | Error; clipboardFails?: boolean; store?: Map<string, unknown> } = {}) {
  const db = openDealcraftDB('t-' + crypto.randomUUID());
  opened.push(db);
  const inserted: { tabId: number; text: string }[] = [];
  const copied: string[] = [];
  const store = opts.store ?? new Map<string, unknown>();
  const tab: TabInfo = { tabId: 7, url: 'https://mail.google.com/mail/u/0/#inbox/x' };
  const services: PanelServices = {
    db,
    today: () => TODAY,
    tabs: { current: async () => tab, onChange: () => () => undefined },
    page: {
      getPageState: async () => ({ ok: false, reason: 'not-mail-page', detail: 'test' }),
      insertReply: async (tabId, text) => {
        inserted.push({ tabId, text });
        if (opts.insert instanceof Error) throw opts.insert;
        return opts.insert ?? { ok: true };
      },
      focusInDraft: async () => true,
      onPageChanged: () => () => undefined,
    },
    clipboard: {
      writeText: async (text) => {
        if (opts.clipboardFails) throw new Error('Document is not focused.');
        copied.push(text);
      },
    },
    store: {
      get: async (k) => store.get(k),
      set: async (k, v) => void store.set(k, v),
    },
  };
  return { services, db, inserted, copied, store };
}

export function renderWith(services: PanelServices, ui: ReactElement) {
  return render(<ServicesProvider services={services}>{ui}</ServicesProvider>);
}
