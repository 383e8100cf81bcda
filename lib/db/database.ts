// Extension origin only (side panel, background; Node tests with fake-indexeddb): the Dexie database and its versioned schema.
import { Dexie, type Table, type Transaction } from 'dexie';
import { normalizeEmail } from './email';
import type { Agreement, AgreementChange, Client, Note, Profile } from './schemas';

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

/** Shapes written by version 1; only the upgrade reads them. */
export interface ClientV1 {
  id: string;
  name: string;
  company?: string;
  email?: string;
  createdAt: string;
  updatedAt: string;
}
export interface NoteV1 {
  id: string;
  clientId: string;
  createdAt: string;
  text: string;
  thread?: Note['thread'];
}

function toIsoOr(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const t = Date.parse(value);
  return Number.isNaN(t) ? fallback : new Date(t).toISOString();
}

async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const now = new Date().toISOString();
  await tx
    .table('clients')
    .toCollection()
    .modify((c: Record<string, unknown>) => {
      const email = typeof c.email === 'string' ? normalizeEmail(c.email) : '';
      c.emails = email ? [email] : [];
      delete c.email;
      c.createdAt = toIsoOr(c.createdAt, now);
      c.updatedAt = toIsoOr(c.updatedAt, c.createdAt as string);
    });
  await tx
    .table('notes')
    .toCollection()
    .modify((n: Record<string, unknown>) => {
      n.at = toIsoOr(n.createdAt, now);
      delete n.createdAt;
      // Version 1 only had a text box, so every old note was typed by the user.
      n.source = n.thread ? 'thread' : 'typed';
    });
}

export class DealcraftDB extends Dexie {
  clients!: Table<Client, string>;
  agreements!: Table<Agreement, string>;
  history!: Table<AgreementChange, string>;
  notes!: Table<Note, string>;
  profile!: Table<Profile, string>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeV1toV2);
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
