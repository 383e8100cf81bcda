// Extension origin only (side panel; Node tests): export of everything to one JSON file, and a checked, all-or-nothing import.
import { EMPTY_PROFILE } from '../negotiation/schemas';
import type { DealcraftDB } from './database';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportFileSchema,
  MAX_IMPORT_CLIENTS,
  MAX_IMPORT_HISTORY,
  MAX_IMPORT_NOTES,
  ProfileSchema,
  type AgreementChange,
  type AgreementField,
  type ExportFile,
} from './schemas';
import { compact, formatPath, issuesOf, sameValue } from './values';
import { errorText } from '../error-text';

/** A larger file is refused before parsing; a full export of 10,000 clients and 100,000 notes is ~25 MB. */
export const MAX_IMPORT_CHARS = 50_000_000;
/** The same limit for a picked file, in bytes, checked before it is read. */
export const MAX_IMPORT_BYTES = 50_000_000;
/** Objects, arrays and values together; bounds the work done on a hostile file before zod sees it. */
export const MAX_IMPORT_NODES = 10_000_000;
export const MAX_IMPORT_DEPTH = 16;
/** More than this many problems are summarised: the user needs the first ones, not a wall. */
export const MAX_REPORTED_ERRORS = 50;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const COLLECTIONS = ['profile', 'clients', 'agreements', 'history', 'notes'] as const;
type Collection = (typeof COLLECTIONS)[number];

export interface ImportIssue {
  /** Where in the file: `clients[3].emails[0]`; '' for the file as a whole. */
  path: string;
  message: string;
}
export type ImportSummary = Record<Collection, { add: number; replace: number }>;
export type ImportResult = { ok: false; errors: ImportIssue[] } | { ok: true; summary: ImportSummary };

/** Everything in the database as one versioned, JSON-serialisable object, read in one transaction. */
export async function exportAll(db: DealcraftDB): Promise<ExportFile> {
  return db.transaction('r', [db.profile, db.clients, db.agreements, db.history, db.notes], async () => {
    const [profile, clients, agreements, history, notes] = await Promise.all([
      db.profile.get('me'),
      db.clients.toArray(),
      db.agreements.toArray(),
      db.history.toArray(),
      db.notes.toArray(),
    ]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      profile: profile ? (ProfileSchema.safeParse(profile).data ?? profile) : structuredClone(EMPTY_PROFILE),
      clients,
      agreements,
      history,
      notes,
    } satisfies ExportFile;
  });
}

/** What `readImportFile` needs of a File: its size, known without reading it, and its text. */
export interface ImportBlob {
  size: number;
  text(): Promise<string>;
}

/**
 * Reads a picked backup file, refusing one over the limit from its size alone (a 2 GB file must not be
 * read into memory first), and dropping a leading byte-order mark.
 */
export async function readImportFile(file: ImportBlob): Promise<{ ok: true; text: string } | { ok: false; errors: ImportIssue[] }> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, errors: [{ path: '', message: `file too large (over ${MAX_IMPORT_BYTES / 1e6} MB)` }] };
  const text = await file.text();
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

class Rejected extends Error {
  constructor(readonly errors: ImportIssue[]) {
    super('import rejected');
  }
}

interface Frame {
  value: unknown;
  parent: Frame | undefined;
  key: string | number | undefined;
  depth: number;
}

function framePath(frame: Frame): string {
  const keys: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f && f.key !== undefined; f = f.parent) keys.push(f.key);
  return formatPath(keys.reverse());
}

/**
 * Cheap structural checks before zod: size, depth, plain JSON data only, and no key that could reach
 * a prototype (`__proto__`, `constructor`, `prototype`) anywhere, even where strict schemas would
 * also refuse it, so no later code path can ever copy one.
 */
function inspect(input: unknown): { data: unknown } | { errors: ImportIssue[] } {
  let data = input;
  if (typeof input === 'string') {
    // Editors on Windows save JSON with a byte-order mark, which JSON.parse refuses.
    const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
    if (text.length > MAX_IMPORT_CHARS) return { errors: [{ path: '', message: `file too large (over ${MAX_IMPORT_CHARS / 1e6} MB)` }] };
    try {
      data = JSON.parse(text);
    } catch (e) {
      // V8 quotes the text around the fault, which may span lines: one line of it.
      return { errors: [{ path: '', message: `not a JSON file (${errorText(e)})` }] };
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { errors: [{ path: '', message: 'not a Dealcraft export (expected a JSON object)' }] };
  }
  const top = data as Record<string, unknown>;
  const limits: [string, number][] = [
    ['clients', MAX_IMPORT_CLIENTS],
    ['agreements', MAX_IMPORT_CLIENTS],
    ['history', MAX_IMPORT_HISTORY],
    ['notes', MAX_IMPORT_NOTES],
  ];
  for (const [key, max] of limits) {
    const list = Object.hasOwn(top, key) ? top[key] : undefined;
    if (Array.isArray(list) && list.length > max) {
      return { errors: [{ path: key, message: `too many records (${list.length}; at most ${max})` }] };
    }
  }

  const errors: ImportIssue[] = [];
  let nodes = 0;
  let chars = 0;
  const stack: Frame[] = [{ value: data, parent: undefined, key: undefined, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const v = frame.value;
    if (++nodes > MAX_IMPORT_NODES) return { errors: [{ path: '', message: 'file has too many values' }] };
    if (typeof v === 'string') {
      chars += v.length;
      if (chars > MAX_IMPORT_CHARS) return { errors: [{ path: '', message: `file too large (over ${MAX_IMPORT_CHARS / 1e6} MB of text)` }] };
      continue;
    }
    if (v === null || typeof v === 'number' || typeof v === 'boolean') continue;
    if (typeof v !== 'object') {
      errors.push({ path: framePath(frame), message: `not JSON data (${typeof v})` });
      continue;
    }
    if (frame.depth >= MAX_IMPORT_DEPTH) {
      errors.push({ path: framePath(frame), message: 'nested too deeply' });
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], parent: frame, key: i, depth: frame.depth + 1 });
      continue;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) {
      errors.push({ path: framePath(frame), message: 'not plain JSON data' });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push({ path: framePath({ value: undefined, parent: frame, key, depth: 0 }), message: 'forbidden field name' });
        continue;
      }
      stack.push({ value: (v as Record<string, unknown>)[key], parent: frame, key, depth: frame.depth + 1 });
    }
    if (errors.length >= MAX_REPORTED_ERRORS) break;
  }
  return errors.length ? { errors } : { data };
}

function duplicates<T>(rows: readonly T[], keyOf: (row: T) => string[], where: (i: number, j: number) => string, what: string): ImportIssue[] {
  const seen = new Map<string, number>();
  const out: ImportIssue[] = [];
  rows.forEach((row, i) => {
    keyOf(row).forEach((key, j) => {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else out.push({ path: where(i, j), message: `${what} also used by record [${first}]` });
    });
  });
  return out;
}

/** Validates the file on its own: shape, types, limits, duplicates inside it. */
function validateFile(input: unknown): { file: ExportFile } | { errors: ImportIssue[] } {
  const inspected = inspect(input);
  if ('errors' in inspected) return inspected;
  const top = inspected.data as Record<string, unknown>;
  if (top.format !== EXPORT_FORMAT) return { errors: [{ path: 'format', message: `not a Dealcraft export (format must be "${EXPORT_FORMAT}")` }] };
  if (top.version !== EXPORT_VERSION) {
    return { errors: [{ path: 'version', message: `unsupported export version ${JSON.stringify(top.version)} (this version reads ${EXPORT_VERSION})` }] };
  }
  const r = ExportFileSchema.safeParse(top);
  if (!r.success) return { errors: issuesOf(r.error) };
  const file = r.data;
  const errors = [
    ...duplicates(file.clients, (c) => [c.id], (i) => `clients[${i}].id`, 'id'),
    ...duplicates(file.clients, (c) => c.emails, (i, j) => `clients[${i}].emails[${j}]`, 'address'),
    ...duplicates(file.agreements, (a) => [a.clientId], (i) => `agreements[${i}].clientId`, 'client'),
    ...duplicates(file.history, (h) => [h.id], (i) => `history[${i}].id`, 'id'),
    ...duplicates(file.notes, (n) => [n.id], (i) => `notes[${i}].id`, 'id'),
  ];
  return errors.length ? { errors } : { file };
}

interface Plan {
  summary: ImportSummary;
  /** Agreements in the database that the file replaces with different terms: their old values go to history. */
  replacedAgreements: Map<string, Record<string, unknown>>;
}

/**
 * Checks the file against the database (references, address owners) and counts what it adds and
 * replaces. Call inside a transaction. Reads whole tables and key lists (one request each) rather
 * than one `get` per record: a full backup has 100,000+ records and per-record requests dominate.
 */
async function plan(db: DealcraftDB, file: ExportFile): Promise<Plan> {
  const errors: ImportIssue[] = [];
  const fileClientIds = new Set(file.clients.map((c) => c.id));
  const [profile, dbClients, agreementKeys, historyKeys, noteKeys] = await Promise.all([
    db.profile.get('me'),
    db.clients.toArray(),
    db.agreements.toCollection().primaryKeys(),
    db.history.toCollection().primaryKeys(),
    db.notes.toCollection().primaryKeys(),
  ]);
  const dbClientIds = new Set(dbClients.map((c) => c.id));

  const reported = new Set<string>();
  const refer = (clientId: string, path: string) => {
    if (fileClientIds.has(clientId) || dbClientIds.has(clientId) || reported.has(clientId)) return;
    reported.add(clientId);
    errors.push({ path, message: 'no client with this id in the file or in this browser' });
  };
  file.agreements.forEach((a, i) => refer(a.clientId, `agreements[${i}].clientId`));
  file.history.forEach((h, i) => refer(h.clientId, `history[${i}].clientId`));
  file.notes.forEach((n, i) => refer(n.clientId, `notes[${i}].clientId`));

  const emailPath = new Map<string, string>();
  file.clients.forEach((c, i) => c.emails.forEach((e, j) => emailPath.set(e, `clients[${i}].emails[${j}]`)));
  for (const owner of dbClients) {
    // A client the file also contains is overwritten, so only the others keep their addresses.
    if (fileClientIds.has(owner.id)) continue;
    for (const e of owner.emails) {
      const path = emailPath.get(e);
      if (path) errors.push({ path, message: `this address already belongs to ${owner.name}, another client in this browser` });
    }
  }
  if (errors.length) throw new Rejected(errors.slice(0, MAX_REPORTED_ERRORS));

  const counts = (existing: Set<string>, keys: string[]) => {
    const replace = keys.filter((k) => existing.has(k)).length;
    return { add: keys.length - replace, replace };
  };
  const agreementSet = new Set(agreementKeys);
  const replacedIds = file.agreements.map((a) => a.clientId).filter((id) => agreementSet.has(id));
  const oldAgreements = await db.agreements.bulkGet(replacedIds);
  const fileTerms = new Map(file.agreements.map((a) => [a.clientId, a.terms]));
  const replacedAgreements = new Map<string, Record<string, unknown>>();
  for (const old of oldAgreements) {
    if (old && !sameValue(old.terms, fileTerms.get(old.clientId))) replacedAgreements.set(old.clientId, old.terms);
  }
  return {
    summary: {
      profile: profile ? { add: 0, replace: 1 } : { add: 1, replace: 0 },
      clients: counts(dbClientIds, file.clients.map((c) => c.id)),
      agreements: counts(agreementSet, file.agreements.map((a) => a.clientId)),
      history: counts(new Set(historyKeys), file.history.map((h) => h.id)),
      notes: counts(new Set(noteKeys), file.notes.map((n) => n.id)),
    },
    replacedAgreements,
  };
}

/**
 * Writes in slices inside the caller's transaction. Same result as one bulkPut; it keeps the number
 * of requests in flight bounded (fake-indexeddb's request queue is quadratic in it).
 */
async function bulkPutInSlices<T>(table: { bulkPut(rows: readonly T[]): Promise<unknown> }, rows: readonly T[], slice = 2_000): Promise<void> {
  for (let i = 0; i < rows.length; i += slice) await table.bulkPut(rows.slice(i, i + slice));
}

const ALL_TABLES = (db: DealcraftDB) => [db.profile, db.clients, db.agreements, db.history, db.notes];

/** What importing `json` (a JSON string or parsed object) would do, or every problem found, by record and field. Changes nothing. */
export async function previewImport(db: DealcraftDB, json: unknown): Promise<ImportResult> {
  const checked = validateFile(json);
  if ('errors' in checked) return { ok: false, errors: checked.errors.slice(0, MAX_REPORTED_ERRORS) };
  try {
    const { summary } = await db.transaction('r', ALL_TABLES(db), () => plan(db, checked.file));
    return { ok: true, summary };
  } catch (e) {
    if (e instanceof Rejected) return { ok: false, errors: e.errors };
    throw e;
  }
}

/**
 * Imports a whole export: records with a known id replace the stored ones, others are added. One
 * transaction: any problem (in the file or while writing) leaves the database exactly as it was.
 * Terms an agreement had before being replaced are kept in its history (source 'import').
 */
export async function importAll(db: DealcraftDB, json: unknown): Promise<ImportResult> {
  const checked = validateFile(json);
  if ('errors' in checked) return { ok: false, errors: checked.errors.slice(0, MAX_REPORTED_ERRORS) };
  const { file } = checked;
  try {
    const summary = await db.transaction('rw', ALL_TABLES(db), async () => {
      const { summary, replacedAgreements } = await plan(db, file);
      const at = new Date().toISOString();
      const importChanges: AgreementChange[] = [];
      for (const agreement of file.agreements) {
        const old = replacedAgreements.get(agreement.clientId);
        if (!old) continue;
        const next: Record<string, unknown> = agreement.terms;
        for (const field of new Set([...Object.keys(old), ...Object.keys(next)])) {
          if (sameValue(old[field], next[field])) continue;
          importChanges.push(
            compact({
              id: globalThis.crypto.randomUUID(),
              clientId: agreement.clientId,
              at,
              source: 'import' as const,
              by: 'user' as const,
              field: field as AgreementField,
              before: old[field],
              after: next[field],
            }),
          );
        }
      }
      await db.profile.put(file.profile, 'me');
      await bulkPutInSlices(db.clients, file.clients);
      await bulkPutInSlices(db.agreements, file.agreements);
      await bulkPutInSlices(db.history, [...file.history, ...importChanges]);
      await bulkPutInSlices(db.notes, file.notes);
      return summary;
    });
    return { ok: true, summary };
  } catch (e) {
    if (e instanceof Rejected) return { ok: false, errors: e.errors };
    const reason = errorText(e);
    return { ok: false, errors: [{ path: '', message: `could not save; nothing was changed (${reason})` }] };
  }
}
