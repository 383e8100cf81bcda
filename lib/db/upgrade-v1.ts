// Runs everywhere (Dexie's upgrade in the side panel; Node tests): turns what version 1 stored, clean or not, into valid version 2 records.
import { normalizeEmail } from './email';
import {
  AgreementSchema,
  ClientNameSchema,
  CompanySchema,
  EmailSchema,
  MAX_NAME,
  MAX_NOTE_TEXT,
  ThreadRefSchema,
  type Agreement,
  type Client,
  type Note,
} from './schemas';

/** Shapes written by version 1 (any field may be missing or wrong: version 1 validated little). */
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

export interface V1Data {
  clients: unknown[];
  notes: unknown[];
  agreements: unknown[];
}
export interface V2Data {
  clients: Client[];
  notes: Note[];
  agreements: Agreement[];
}

/** Put in front of each part of a note that was longer than a note may now be. */
export const partMarker = (part: number, of: number) => `[part ${part} of ${of}] `;

const YEAR_1000 = Date.UTC(1000, 0, 1);
const YEAR_9999_END = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

function toIsoOr(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const t = Date.parse(value);
  // Years 1000-9999 only: the export's date format has four digits, and its calendar check reads 0-99 as 19xx.
  return Number.isNaN(t) || t < YEAR_1000 || t > YEAR_9999_END ? fallback : new Date(t).toISOString();
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Cuts `text` into pieces of at most `max` characters, at a space where one is near, never inside a surrogate pair. */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    // After the space, so each part but the last ends with one and the next starts with a word.
    let cut = rest.lastIndexOf(' ', max - 1) + 1;
    if (cut < max / 2) cut = max;
    if (/[\uDC00-\uDFFF]/.test(rest[cut] ?? '')) cut--;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts;
}

/** A long note becomes several, each marked "[part k of n]", newest-first order reading part 1 first. */
function splitNote(note: Note, newId: () => string): Note[] {
  if (note.text.length <= MAX_NOTE_TEXT) return [note];
  // The marker for the largest part count that could be needed, so every part fits with its marker.
  const room = MAX_NOTE_TEXT - partMarker(999_999, 999_999).length;
  const pieces = splitText(note.text, room).filter((p) => p.trim() !== '');
  const t = Date.parse(note.at);
  return pieces.map((p, i) => ({
    ...note,
    id: i === 0 ? note.id : newId(),
    at: new Date(Math.max(YEAR_1000, t - i)).toISOString(),
    text: partMarker(i + 1, pieces.length) + p,
  }));
}

/**
 * Version 1 → 2. Addresses become lists, lower-cased; two clients whose addresses differed only in
 * case (version 1's unique index was case-sensitive) cannot both keep it: the client created first
 * does, the other keeps its name, notes and agreement (the user can merge them). A client without a
 * usable address keeps an empty list. Blank notes are dropped, notes over the limit split into parts,
 * notes and agreements of clients that no longer exist dropped: nothing else is lost.
 */
export function upgradeV1Data(v1: V1Data, now: string, newId: () => string): V2Data {
  const rows = v1.clients.filter((c): c is Record<string, unknown> => !!c && typeof c === 'object' && typeof (c as { id?: unknown }).id === 'string');
  const byAge = rows
    .map((c) => ({ c, createdAt: toIsoOr(c.createdAt, now) }))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : str(a.c.id) < str(b.c.id) ? -1 : 1));
  const taken = new Set<string>();
  const ids = new Set<string>();
  const clients: Client[] = [];
  for (const { c, createdAt } of byAge) {
    const id = str(c.id);
    if (ids.has(id)) continue;
    ids.add(id);
    const email = EmailSchema.safeParse(normalizeEmail(str(c.email)));
    const emails = email.success && !taken.has(email.data) ? [email.data] : [];
    emails.forEach((e) => taken.add(e));
    const name = ClientNameSchema.safeParse(str(c.name).trim().slice(0, MAX_NAME));
    const company = CompanySchema.safeParse(str(c.company).trim().slice(0, MAX_NAME));
    const client: Client = {
      id,
      name: name.success ? name.data : emails[0] ?? 'Unnamed client',
      emails,
      createdAt,
      updatedAt: toIsoOr(c.updatedAt, createdAt),
    };
    if (company.success) client.company = company.data;
    clients.push(client);
  }

  const notes: Note[] = [];
  const noteIds = new Set<string>();
  for (const raw of v1.notes) {
    if (!raw || typeof raw !== 'object') continue;
    const n = raw as Record<string, unknown>;
    const id = str(n.id);
    const text = str(n.text);
    if (!id || noteIds.has(id) || !ids.has(str(n.clientId)) || text.trim() === '') continue;
    noteIds.add(id);
    const thread = ThreadRefSchema.safeParse(n.thread);
    const note: Note = {
      id,
      clientId: str(n.clientId),
      at: toIsoOr(n.createdAt, now),
      text,
      // Version 1 only had a text box, so every old note was typed by the user, or saved from a thread.
      source: n.thread ? 'thread' : 'typed',
    };
    if (thread.success) note.thread = thread.data;
    notes.push(...splitNote(note, newId));
  }

  const agreements: Agreement[] = [];
  for (const raw of v1.agreements) {
    const a = AgreementSchema.safeParse(raw);
    if (a.success && ids.has(a.data.clientId)) agreements.push(a.data);
  }
  return { clients, notes, agreements };
}
