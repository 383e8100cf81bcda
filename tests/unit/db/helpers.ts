// Node (vitest): a fresh fake-indexeddb database per test, so tests never see each other's data.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { openDealcraftDB, type DealcraftDB } from '../../../lib/db/index';

const opened: DealcraftDB[] = [];

export function freshDb(): DealcraftDB {
  const db = openDealcraftDB(`test-${globalThis.crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
