// Extension origin only (side panel, background; Node tests with fake-indexeddb): the Dexie database and its versioned schema.
import { Dexie, type Table, type Transaction } from 'dexie';
import type { Agreement, AgreementChange, Client, Note, Profile, WaitingThread } from './schemas';
import { upgradeV1Data } from './upgrade-v1';

export const DEFAULT_DB_NAME = 'dealcraft';
export const PROFILE_KEY = 'me';

/**
 * Version 1 (first release): one address per client, notes with `createdAt` and no source.
 * Kept verbatim: Dexie needs it to upgrade databases written by that release.
 */
export const SCHEMA_V1 = {
  clients: 'id, &email, name',
  agreements: 'clientId',
  notes: 'id, clientId, createdAt',
  profile: '',
} as const;

/**
 * Version 2: several addresses per client (multiEntry, so any of them finds the client), agreement
 * history, notes with a source. `[clientId+at]` serves "newest first per client" straight from the
 * index, and its `clientId` prefix serves cascades. The profile table has an outbound key ('me').
 */
export const SCHEMA_V2 = {
  clients: 'id, *emails, name',
  agreements: 'clientId',
  history: 'id, [clientId+at]',
  notes: 'id, [clientId+at]',
  profile: '',
} as const;

/**
 * Version 3: threads the panel has seen where the user spoke last ("Waiting on the client"), keyed by
 * `webmail:threadId`, newest wait first from the `lastAt` index. A local cache of what the panel read: not exported.
 */
export const SCHEMA_V3 = { ...SCHEMA_V2, waiting: 'key, lastAt' } as const;

export type { ClientV1, NoteV1 } from './upgrade-v1';

/** Rewrites the three tables version 1 had; see upgradeV1Data for what is cleaned and why. */
async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const [clients, notes, agreements] = await Promise.all(['clients', 'notes', 'agreements'].map((t) => tx.table(t).toArray()));
  const v2 = upgradeV1Data({ clients: clients!, notes: notes!, agreements: agreements! }, new Date().toISOString(), () => globalThis.crypto.randomUUID());
  for (const [name, rows] of [['clients', v2.clients], ['notes', v2.notes], ['agreements', v2.agreements]] as const) {
    await tx.table(name).clear();
    await tx.table(name).bulkAdd(rows as unknown[]);
  }
}

export class DealcraftDB extends Dexie {
  clients!: Table<Client, string>;
  agreements!: Table<Agreement, string>;
  history!: Table<AgreementChange, string>;
  notes!: Table<Note, string>;
  profile!: Table<Profile, string>;
  waiting!: Table<WaitingThread, string>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeV1toV2);
    this.version(3).stores(SCHEMA_V3);
  }
}

/** Dexie opens lazily on the first query; call `await db.open()` to surface open errors early. */
export function openDealcraftDB(name: string = DEFAULT_DB_NAME): DealcraftDB {
  return new DealcraftDB(name);
}

let defaultDb: DealcraftDB | undefined;

/** The extension's one database, shared by every view in this context; opened on first use. */
export function getDefaultDB(): DealcraftDB {
  defaultDb ??= openDealcraftDB(DEFAULT_DB_NAME);
  return defaultDb;
}
