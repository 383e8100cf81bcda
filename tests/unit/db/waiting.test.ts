// Node (vitest + fake-indexeddb): the "Waiting on the client" table — recorded when the user spoke last, forgotten when the client answers, newest first, bounded, kept out of exports; a version 2 database upgrades with its data intact.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createClient, openDealcraftDB, saveProfile } from '../../../lib/db/index';
import { SCHEMA_V1, SCHEMA_V2 } from '../../../lib/db/database';
import { exportAll } from '../../../lib/db/transfer';
import { MAX_WAITING, listWaiting, recordThreadSeen, type ThreadSeen } from '../../../lib/db/waiting';
import { freshDb } from './helpers';

const seen = (threadId: string, lastAt: string, userSpokeLast = true): ThreadSeen => ({
  webmail: 'gmail',
  threadId,
  subject: `Subject ${threadId}`,
  clientName: 'Tom Reed',
  clientEmail: 'tom@reed.example',
  userSpokeLast,
  lastAt,
  stage: 'proposal',
});

describe('waiting on the client', () => {
  it('lists threads where the user spoke last, newest first, and forgets one once the client answers', async () => {
    const db = freshDb();
    await recordThreadSeen(db, seen('a', '2026-11-02T10:00:00Z'));
    await recordThreadSeen(db, seen('b', '2026-11-05T10:00:00Z'));
    await recordThreadSeen(db, seen('c', '2026-11-03T10:00:00Z'));
    expect((await listWaiting(db)).map((w) => w.threadId)).toEqual(['b', 'c', 'a']);
    await recordThreadSeen(db, seen('b', '2026-11-06T10:00:00Z', false));
    expect((await listWaiting(db)).map((w) => w.threadId)).toEqual(['c', 'a']);
  });

  it('stores nothing without a date, and stays bounded', async () => {
    const db = freshDb();
    await recordThreadSeen(db, { ...seen('x', ''), lastAt: null });
    expect(await listWaiting(db)).toEqual([]);
    for (let i = 0; i < MAX_WAITING + 5; i++) await recordThreadSeen(db, seen(`t${i}`, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()));
    expect(await db.waiting.count()).toBe(MAX_WAITING);
    expect((await listWaiting(db, 1))[0]!.threadId).toBe(`t${MAX_WAITING + 4}`);
  }, 60_000);

  it('is a local cache the export leaves out', async () => {
    const db = freshDb();
    await saveProfile(db, { name: 'Mia' });
    await recordThreadSeen(db, seen('a', '2026-11-02T10:00:00Z'));
    const file = await exportAll(db);
    expect(JSON.stringify(file)).not.toContain('Subject a');
  });

  it('upgrades a version 2 database to version 3 with every record intact', async () => {
    const name = `v2-${globalThis.crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.close();
    const db = openDealcraftDB(name);
    const c = await createClient(db, { name: 'Ana', emails: ['ana@acme.com'] });
    db.close();
    const reopened = openDealcraftDB(name);
    expect((await reopened.clients.get(c.id))?.name).toBe('Ana');
    expect(reopened.verno).toBe(3);
    await recordThreadSeen(reopened, seen('a', '2026-11-02T10:00:00Z'));
    expect(await reopened.waiting.count()).toBe(1);
    await reopened.delete();
  });
});
