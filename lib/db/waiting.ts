// Extension origin only (side panel; Node tests with fake-indexeddb): the "Waiting on the client" list — threads the panel saw where the user spoke last.
import type { DealcraftDB } from './database';
import { WaitingThreadSchema, type WaitingThread, type Webmail } from './schemas';
import { parseOrThrow } from './values';

export const MAX_WAITING = 500;

export interface ThreadSeen {
  webmail: Webmail;
  threadId: string;
  subject: string;
  clientName?: string;
  clientEmail?: string;
  /** The newest message is the user's own. */
  userSpokeLast: boolean;
  /** ISO date-time of the newest message; without it nothing is stored. */
  lastAt: string | null;
  stage?: WaitingThread['stage'];
}

const keyOf = (webmail: string, threadId: string): string => `${webmail}:${threadId}`;

/** Remembers (or forgets, once the client has answered) a thread the panel has read. Nothing leaves the device. */
export async function recordThreadSeen(db: DealcraftDB, seen: ThreadSeen, now = new Date().toISOString()): Promise<void> {
  if (!seen.threadId) return;
  const key = keyOf(seen.webmail, seen.threadId.slice(0, 500));
  if (!seen.userSpokeLast || !seen.lastAt || Number.isNaN(Date.parse(seen.lastAt))) {
    await db.waiting.delete(key);
    return;
  }
  const row = parseOrThrow(
    WaitingThreadSchema,
    {
      key,
      webmail: seen.webmail,
      threadId: seen.threadId.slice(0, 500),
      subject: seen.subject.slice(0, 1000),
      ...(seen.clientName ? { clientName: seen.clientName.slice(0, 200) } : {}),
      ...(seen.clientEmail && /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+$/.test(seen.clientEmail.trim()) ? { clientEmail: seen.clientEmail } : {}),
      lastAt: new Date(Date.parse(seen.lastAt)).toISOString(),
      ...(seen.stage ? { stage: seen.stage } : {}),
      seenAt: now,
    },
    'waiting thread',
  );
  await db.transaction('rw', db.waiting, async () => {
    const old = await db.waiting.get(key);
    // Skip a write that changes nothing but the time seen: the panel re-reads a thread on every page change.
    if (old && old.lastAt === row.lastAt && old.stage === row.stage && old.subject === row.subject) return;
    await db.waiting.put(row);
    const count = await db.waiting.count();
    if (count > MAX_WAITING) {
      const oldest = await db.waiting.orderBy('lastAt').limit(count - MAX_WAITING).primaryKeys();
      await db.waiting.bulkDelete(oldest);
    }
  });
}

/** Threads waiting on the client, newest wait first. */
export async function listWaiting(db: DealcraftDB, limit = 100): Promise<WaitingThread[]> {
  return db.waiting.orderBy('lastAt').reverse().limit(limit).toArray();
}

export async function forgetWaiting(db: DealcraftDB, webmail: string, threadId: string): Promise<void> {
  await db.waiting.delete(keyOf(webmail, threadId));
}
