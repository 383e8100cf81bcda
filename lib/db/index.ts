// Extension origin only (side panel, background; Node tests with fake-indexeddb): clients, agreements, notes and the profile.
import { Dexie } from 'dexie';
import { EMPTY_PROFILE } from '../negotiation/schemas';
import type { DealcraftDB } from './database';
import { companyFromEmail, normalizeEmail } from './email';
import {
  AgreementTermsSchema,
  ChangeSourceSchema,
  ClientPatchSchema,
  ClientSchema,
  NewClientSchema,
  NewNoteSchema,
  NoteSchema,
  ProfileSchema,
  ThreadRefSchema,
  type Agreement,
  type AgreementChange,
  type AgreementField,
  type AgreementTerms,
  type ChangeSource,
  type Client,
  type ClientPatch,
  type NewClient,
  type NewNote,
  type Note,
  type Profile,
  type ProfileInput,
  type ThreadRef,
} from './schemas';
import { DbError, compact, parseOrThrow, sameValue } from './values';

export { DealcraftDB, getDefaultDB, openDealcraftDB } from './database';
export { DbError } from './values';
export { companyFromEmail, isFreeMailDomain, normalizeEmail } from './email';
export type * from './schemas';

const PROFILE_KEY = 'me';

const now = (): string => new Date().toISOString();
const newId = (): string => globalThis.crypto.randomUUID();

/** Key range of one client's rows in a `[clientId+at]` index. */
const byClient = (clientId: string): [unknown[], unknown[]] => [
  [clientId, Dexie.minKey],
  [clientId, Dexie.maxKey],
];

function uniqueEmails(emails: readonly string[]): string[] {
  return [...new Set(emails.map(normalizeEmail))];
}

function defaultCompany(emails: readonly string[]): string | undefined {
  for (const e of emails) {
    const c = companyFromEmail(e);
    if (c) return c;
  }
  return undefined;
}

/** Throws `email-taken` when any address already belongs to a client other than `selfId`. Call inside an rw transaction. */
async function assertEmailsFree(db: DealcraftDB, emails: readonly string[], selfId?: string): Promise<void> {
  if (emails.length === 0) return;
  const owners = await db.clients.where('emails').anyOf([...emails]).toArray();
  for (const owner of owners) {
    if (owner.id === selfId) continue;
    const taken = owner.emails.find((e) => emails.includes(e));
    throw new DbError('email-taken', `${taken ?? 'This address'} already belongs to ${owner.name}.`);
  }
}

async function requireClient(db: DealcraftDB, id: string): Promise<Client> {
  const client = await db.clients.get(id);
  if (!client) throw new DbError('not-found', 'No such client (it may have been deleted or merged).');
  return client;
}

// ---- clients ----

/** The client owning this address, whatever its capitalisation. */
export async function findClientByEmail(db: DealcraftDB, email: string): Promise<Client | undefined> {
  const key = normalizeEmail(email);
  if (!key) return undefined;
  return db.clients.where('emails').equals(key).first();
}

export async function getClient(db: DealcraftDB, id: string): Promise<Client | undefined> {
  return db.clients.get(id);
}

const byName = (a: Client, b: Client): number => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id);

/** Every client, by name. */
export async function listClients(db: DealcraftDB): Promise<Client[]> {
  const all = await db.clients.toArray();
  return all.sort(byName);
}

/** Clients whose name, company or any address contains `query` (case-insensitive), by name. Empty query: all. */
export async function searchClients(db: DealcraftDB, query: string, limit = 100): Promise<Client[]> {
  const q = query.trim().toLowerCase();
  if (!q) return (await listClients(db)).slice(0, limit);
  const hits = await db.clients
    .filter(
      (c) =>
        c.name.toLowerCase().includes(q) ||
        (c.company?.toLowerCase().includes(q) ?? false) ||
        c.emails.some((e) => e.includes(q)),
    )
    .toArray();
  return hits.sort(byName).slice(0, limit);
}

/**
 * Adds a client. `company` absent: guessed from the first non-free-mail domain; `null`/'': none.
 * Rejects (DbError 'email-taken') an address that already belongs to another client.
 */
export async function createClient(db: DealcraftDB, input: NewClient): Promise<Client> {
  const parsed = parseOrThrow(NewClientSchema, input, 'client');
  const emails = uniqueEmails(parsed.emails);
  const company = parsed.company === undefined ? defaultCompany(emails) : parsed.company || undefined;
  const at = now();
  const client = parseOrThrow(
    ClientSchema,
    compact({ id: newId(), name: parsed.name, company, emails, createdAt: at, updatedAt: at }),
    'client',
  );
  await db.transaction('rw', db.clients, async () => {
    await assertEmailsFree(db, client.emails);
    await db.clients.add(client);
  });
  return client;
}

/** Changes name, company (`null`/'' clears it) or the whole address list. */
export async function updateClient(db: DealcraftDB, id: string, patch: ClientPatch): Promise<Client> {
  const p = parseOrThrow(ClientPatchSchema, patch, 'client');
  return db.transaction('rw', db.clients, async () => {
    const current = await requireClient(db, id);
    const emails = p.emails ? uniqueEmails(p.emails) : current.emails;
    if (p.emails) await assertEmailsFree(db, emails, id);
    const company = p.company === undefined ? current.company : p.company || undefined;
    const next = parseOrThrow(
      ClientSchema,
      compact({ ...current, name: p.name ?? current.name, company, emails, updatedAt: now() }),
      'client',
    );
    await db.clients.put(next);
    return next;
  });
}

/** Adds an address to a client; a no-op when it already has it. */
export async function addClientEmail(db: DealcraftDB, id: string, email: string): Promise<Client> {
  const key = normalizeEmail(email);
  return db.transaction('rw', db.clients, async () => {
    const current = await requireClient(db, id);
    if (current.emails.includes(key)) return current;
    await assertEmailsFree(db, [key], id);
    const next = parseOrThrow(ClientSchema, { ...current, emails: [...current.emails, key], updatedAt: now() }, 'client');
    await db.clients.put(next);
    return next;
  });
}

/**
 * Folds `mergeId` into `keepId` in one transaction: addresses united, notes and history moved,
 * agreement terms combined field by field with keep's values winning. Every value the merged client
 * contributed or lost is written to history (with `mergedFrom`), so no earlier price disappears.
 */
export async function mergeClients(db: DealcraftDB, keepId: string, mergeId: string): Promise<Client> {
  if (keepId === mergeId) throw new DbError('same-client', 'A client cannot be merged into itself.');
  return db.transaction('rw', [db.clients, db.agreements, db.history, db.notes], async () => {
    const keep = await requireClient(db, keepId);
    const lose = await requireClient(db, mergeId);
    const at = now();
    const merged = parseOrThrow(
      ClientSchema,
      compact({
        ...keep,
        company: keep.company ?? lose.company,
        emails: uniqueEmails([...keep.emails, ...lose.emails]),
        createdAt: keep.createdAt < lose.createdAt ? keep.createdAt : lose.createdAt,
        updatedAt: at,
      }),
      'merged client',
    );

    await db.notes.where('[clientId+at]').between(...byClient(mergeId)).modify({ clientId: keepId });
    await db.history.where('[clientId+at]').between(...byClient(mergeId)).modify({ clientId: keepId });

    const [keepAgreement, loseAgreement] = await db.agreements.bulkGet([keepId, mergeId]);
    if (loseAgreement) {
      const terms: Record<string, unknown> = { ...(keepAgreement?.terms ?? {}) };
      const changes: AgreementChange[] = [];
      for (const [field, loserValue] of Object.entries(loseAgreement.terms)) {
        if (loserValue === undefined) continue;
        const keptValue = terms[field];
        if (sameValue(keptValue, loserValue)) continue;
        if (keptValue === undefined) terms[field] = loserValue;
        changes.push(
          compact({
            id: newId(),
            clientId: keepId,
            at,
            source: 'typed' as const,
            by: 'user' as const,
            field: field as AgreementField,
            // Keep's value wins; the loser's differing value stays readable as the "before".
            before: keptValue === undefined ? undefined : loserValue,
            after: keptValue === undefined ? loserValue : keptValue,
            mergedFrom: mergeId,
          }),
        );
      }
      await db.agreements.put({
        clientId: keepId,
        terms: AgreementTermsSchema.parse(terms),
        updatedAt: changes.length || !keepAgreement ? at : keepAgreement.updatedAt,
      });
      if (changes.length) await db.history.bulkAdd(changes);
      await db.agreements.delete(mergeId);
    }

    await db.clients.delete(mergeId);
    await db.clients.put(merged);
    return merged;
  });
}

/** Deletes a client with its agreement, agreement history and notes. */
export async function deleteClient(db: DealcraftDB, id: string): Promise<void> {
  await db.transaction('rw', [db.clients, db.agreements, db.history, db.notes], async () => {
    await db.notes.where('[clientId+at]').between(...byClient(id)).delete();
    await db.history.where('[clientId+at]').between(...byClient(id)).delete();
    await db.agreements.delete(id);
    await db.clients.delete(id);
  });
}

// ---- agreements ----

export async function getAgreement(db: DealcraftDB, clientId: string): Promise<Agreement | undefined> {
  return db.agreements.get(clientId);
}

export interface AgreementUpdate {
  /** Undefined only when the client had no agreement and the patch changed nothing. */
  agreement: Agreement | undefined;
  /** One entry per field whose value changed; empty when nothing did. */
  changes: AgreementChange[];
}

/**
 * Applies `patch` to a client's terms (a key set to `undefined` clears that field), validates the
 * result and records one history entry per changed field.
 */
export async function updateAgreement(
  db: DealcraftDB,
  clientId: string,
  patch: Partial<AgreementTerms>,
  source: ChangeSource,
  ref?: ThreadRef,
): Promise<AgreementUpdate> {
  const src = parseOrThrow(ChangeSourceSchema, source, 'change source');
  const thread = ref === undefined ? undefined : parseOrThrow(ThreadRefSchema, ref, 'thread reference');
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) throw new DbError('invalid', 'Invalid agreement: expected an object of terms.');
  return db.transaction('rw', [db.clients, db.agreements, db.history], async () => {
    await requireClient(db, clientId);
    const existing = await db.agreements.get(clientId);
    const before: Record<string, unknown> = { ...(existing?.terms ?? {}) };
    const draft: Record<string, unknown> = { ...before };
    for (const [key, value] of Object.entries(patch)) {
      // Checked before assigning: `draft['__proto__'] = x` would swap the object's prototype.
      if (!Object.hasOwn(AgreementTermsSchema.shape, key)) throw new DbError('invalid', `Invalid agreement: ${key}: unknown field`);
      if (value === undefined) delete draft[key];
      else draft[key] = value;
    }
    const terms: Record<string, unknown> = parseOrThrow(AgreementTermsSchema, draft, 'agreement');
    const at = now();
    const fields = new Set([...Object.keys(before), ...Object.keys(terms)]);
    const changes: AgreementChange[] = [];
    for (const field of fields) {
      if (sameValue(before[field], terms[field])) continue;
      changes.push(
        compact({
          id: newId(),
          clientId,
          at,
          source: src,
          by: 'user' as const,
          field: field as AgreementField,
          before: before[field],
          after: terms[field],
          ref: thread,
        }),
      );
    }
    if (changes.length === 0) return { agreement: existing, changes };
    const agreement: Agreement = { clientId, terms: terms as AgreementTerms, updatedAt: at };
    await db.agreements.put(agreement);
    await db.history.bulkAdd(changes);
    return { agreement, changes };
  });
}

/** Every recorded change of a client's terms, newest first. */
export async function getAgreementHistory(db: DealcraftDB, clientId: string): Promise<AgreementChange[]> {
  // Forward read + reverse in memory: one getAll request instead of a cursor step per row.
  return (await db.history.where('[clientId+at]').between(...byClient(clientId)).toArray()).reverse();
}

// ---- notes ----

export async function addNote(db: DealcraftDB, input: NewNote): Promise<Note> {
  const p = parseOrThrow(NewNoteSchema, input, 'note');
  const note = parseOrThrow(
    NoteSchema,
    compact({ id: newId(), clientId: p.clientId, at: p.at ?? now(), text: p.text, source: p.source, thread: p.thread }),
    'note',
  );
  await db.transaction('rw', db.clients, db.notes, async () => {
    await requireClient(db, note.clientId);
    await db.notes.add(note);
  });
  return note;
}

/** A client's notes, newest first (`limit` keeps the side panel's first paint small). */
export async function listNotes(db: DealcraftDB, clientId: string, limit?: number): Promise<Note[]> {
  const rows = db.notes.where('[clientId+at]').between(...byClient(clientId));
  // Without a limit, one forward getAll reversed in memory beats a reverse cursor (a request per row).
  if (limit === undefined) return (await rows.toArray()).reverse();
  return rows.reverse().limit(limit).toArray();
}

export async function deleteNote(db: DealcraftDB, id: string): Promise<void> {
  await db.notes.delete(id);
}

// ---- profile ----

/** The freelancer's profile, or EMPTY_PROFILE before one is saved. */
export async function getProfile(db: DealcraftDB): Promise<Profile> {
  const stored = await db.profile.get(PROFILE_KEY);
  if (!stored) return structuredClone(EMPTY_PROFILE);
  // Parsing fills defaults of fields added to ProfileSchema after this profile was saved.
  const r = ProfileSchema.safeParse(stored);
  return r.success ? r.data : stored;
}

export async function saveProfile(db: DealcraftDB, input: ProfileInput): Promise<Profile> {
  const profile = parseOrThrow(ProfileSchema, input, 'profile');
  await db.profile.put(profile, PROFILE_KEY);
  return profile;
}

// ---- the side panel's hot path ----

export interface ClientView {
  client: Client;
  agreement: Agreement | undefined;
  /** Newest first. */
  notes: Note[];
}

/** Everything the side panel shows for a sender, read in one transaction; null when the address is unknown. */
export async function loadClientView(db: DealcraftDB, email: string, noteLimit?: number): Promise<ClientView | null> {
  const key = normalizeEmail(email);
  if (!key) return null;
  return db.transaction('r', [db.clients, db.agreements, db.notes], async () => {
    const client = await db.clients.where('emails').equals(key).first();
    if (!client) return null;
    const [agreement, notes] = await Promise.all([db.agreements.get(client.id), listNotes(db, client.id, noteLimit)]);
    return { client, agreement, notes };
  });
}
