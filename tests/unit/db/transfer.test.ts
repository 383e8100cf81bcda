// Node (vitest + fake-indexeddb): export → import round trip, preview counts, and hostile files refused with nothing changed.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  addNote,
  createClient,
  findClientByEmail,
  getAgreementHistory,
  saveProfile,
  updateAgreement,
  type DealcraftDB,
} from '../../../lib/db/index';
import { exportAll, importAll, previewImport, readImportFile } from '../../../lib/db/transfer';
import type { ExportFile } from '../../../lib/db/schemas';
import { freshDb } from './helpers';

async function seed(db: DealcraftDB) {
  await saveProfile(db, { name: 'Mia', currency: 'EUR', depositPercent: 30, services: [{ name: 'Landing page', price: 900, keywords: ['landing'] }] });
  const ana = await createClient(db, { name: 'Ana Lima', emails: ['ana@acme.com', 'ana.lima@gmail.com'] });
  const bo = await createClient(db, { name: 'Bo', emails: ['bo@northwind.io'], company: 'Northwind' });
  await updateAgreement(db, ana.id, { price: { amount: 1000, currency: 'EUR', model: 'fixed' }, deadlines: [{ what: 'draft', date: '2025-04-01' }] }, 'typed');
  await updateAgreement(db, ana.id, { price: { amount: 1200, currency: 'EUR', model: 'fixed' } }, 'thread', { webmail: 'outlook', threadId: 'AAMk=', subject: 'Re: quote' });
  await updateAgreement(db, bo.id, { revisionRounds: 2, reachableOutOfHours: false }, 'call-summary');
  await addNote(db, { clientId: ana.id, text: 'prefers calls after 16:00', at: '2025-01-02T16:00:00Z' });
  await addNote(db, { clientId: ana.id, text: 'asked for 20 % off', source: 'thread', thread: { webmail: 'gmail', threadId: '18c9', subject: 'discount?' } });
  await addNote(db, { clientId: bo.id, text: 'ok with deposit', source: 'call-summary' });
  return { ana, bo };
}

/** The export as a user's file would hold it, without the moment of export. */
async function snapshot(db: DealcraftDB): Promise<string> {
  const { exportedAt: _ignored, ...rest } = await exportAll(db);
  return JSON.stringify(rest);
}

const asFile = async (db: DealcraftDB): Promise<ExportFile> => JSON.parse(JSON.stringify(await exportAll(db)));

describe('export → import', () => {
  it('restores everything, identical, into an empty database (object or JSON text)', async () => {
    const source = freshDb();
    await seed(source);
    const json = JSON.stringify(await exportAll(source));

    const target = freshDb();
    const result = await importAll(target, json);
    expect(result).toEqual({
      ok: true,
      summary: {
        profile: { add: 1, replace: 0 },
        clients: { add: 2, replace: 0 },
        agreements: { add: 2, replace: 0 },
        history: { add: 5, replace: 0 },
        notes: { add: 3, replace: 0 },
      },
    });
    expect(await snapshot(target)).toBe(await snapshot(source));
    // The restored data is usable, not just present: lookup by address works through the index.
    expect((await findClientByEmail(target, 'ANA.LIMA@gmail.com'))?.name).toBe('Ana Lima');

    const again = freshDb();
    expect((await importAll(again, JSON.parse(json))).ok).toBe(true);
    expect(await snapshot(again)).toBe(await snapshot(source));
  });

  it('previews adds and replaces, changing nothing; importing then replaces and keeps old terms in history', async () => {
    const db = freshDb();
    const { ana } = await seed(db);
    const file = await asFile(db);
    const before = await snapshot(db);

    const newId = globalThis.crypto.randomUUID();
    file.clients.push({ id: newId, name: 'Cy', emails: ['cy@pixel.dev'], createdAt: '2025-05-01T00:00:00.000Z', updatedAt: '2025-05-01T00:00:00.000Z' });
    file.notes.push({ id: globalThis.crypto.randomUUID(), clientId: newId, at: '2025-05-01T00:00:00.000Z', text: 'new', source: 'typed' });
    file.agreements.find((a) => a.clientId === ana.id)!.terms.price = { amount: 1500, currency: 'EUR', model: 'fixed' };

    const preview = await previewImport(db, file);
    expect(preview).toEqual({
      ok: true,
      summary: {
        profile: { add: 0, replace: 1 },
        clients: { add: 1, replace: 2 },
        agreements: { add: 0, replace: 2 },
        history: { add: 0, replace: 5 },
        notes: { add: 1, replace: 3 },
      },
    });
    expect(await snapshot(db)).toBe(before);

    expect(await importAll(db, file)).toEqual(preview);
    expect((await findClientByEmail(db, 'cy@pixel.dev'))?.id).toBe(newId);
    const latest = (await getAgreementHistory(db, ana.id))[0];
    expect(latest).toMatchObject({ source: 'import', field: 'price', before: { amount: 1200 }, after: { amount: 1500 } });
  });

  it('handles a 5 MB file of long notes', async () => {
    const source = freshDb();
    const { ana } = await seed(source);
    for (let i = 0; i < 260; i++) await source.notes.add({ id: globalThis.crypto.randomUUID(), clientId: ana.id, at: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(), text: `${i} ${'lorem ipsum '.repeat(1666)}`, source: 'typed' });
    const json = JSON.stringify(await exportAll(source));
    expect(json.length).toBeGreaterThan(5_000_000);
    const target = freshDb();
    expect(await importAll(target, json)).toMatchObject({ ok: true, summary: { notes: { add: 263, replace: 0 } } });
    expect(await snapshot(target)).toBe(await snapshot(source));
  });
});

type Mutation = [label: string, mutate: (file: ExportFile & Record<string, unknown>) => unknown, path: string, message?: RegExp];

const mutations: Mutation[] = [
  ['a wrong type', (f) => ((f.clients[1] as Record<string, unknown>).name = 42), 'clients[1].name', /^not a valid value$/],
  ['a note over 20,000 characters', (f) => (f.notes[0]!.text = 'x'.repeat(20_001)), 'notes[0].text', /^at most 20000 characters$/],
  ['an unknown field', (f) => ((f.clients[0] as Record<string, unknown>).isAdmin = true), 'clients[0].isAdmin', /unknown field/],
  ['an unknown top-level field', (f) => (f.extra = 1), 'extra', /unknown field/],
  ['an invalid address', (f) => (f.clients[0]!.emails[1] = 'not-an-address'), 'clients[0].emails[1]', /email address/],
  ['a date that does not exist', (f) => (f.notes[2]!.at = '2024-02-30T10:00:00Z'), 'notes[2].at'],
  ['a date that is not ISO', (f) => (f.clients[0]!.createdAt = 'yesterday'), 'clients[0].createdAt'],
  ['an unknown note source', (f) => ((f.notes[1] as Record<string, unknown>).source = 'fax'), 'notes[1].source'],
  ['an impossible price in history', (f) => Object.assign(f.history[0]!, { field: 'price', before: { amount: -5, currency: 'EUR' } }), 'history[0].before.amount', /^not a valid value$/],
  ['a bad price in the terms', (f) => ((f.agreements[0]!.terms as Record<string, unknown>).depositPercent = 'lots'), 'agreements[0].terms.depositPercent', /^a number such as/],
  ['a "constructor" key deep inside', (f) => Reflect.set(f.agreements[0]!.terms, 'constructor', { prototype: {} }), 'agreements[0].terms.constructor', /forbidden/],
  ['a "prototype" key at the top', (f) => (f.prototype = {}), 'prototype', /forbidden/],
  ['too many clients', (f) => (f.clients = Array.from({ length: 50_001 }, () => f.clients[0]!)), 'clients', /too many/],
  ['a note about an unknown client', (f) => (f.notes[0]!.clientId = globalThis.crypto.randomUUID()), 'notes[0].clientId', /no client/],
  ['two clients with the same address', (f) => (f.clients[1]!.emails = [f.clients[0]!.emails[0]!.toUpperCase()]), 'clients[1].emails[0]', /also used/],
  ['two clients with the same id', (f) => (f.clients[1]!.id = f.clients[0]!.id), 'clients[1].id', /also used/],
  ['another version', (f) => ((f as Record<string, unknown>).version = 3), 'version', /unsupported/],
  ['another format', (f) => ((f as Record<string, unknown>).format = 'csv'), 'format'],
  ['nesting 100 levels deep', (f) => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = [deep];
    (f.notes[0] as Record<string, unknown>).text = deep;
  }, 'notes[0].text[0]', /too deeply/],
];

describe('hostile or malformed imports', () => {
  async function expectRejectedUnchanged(db: DealcraftDB, input: unknown, path: string, message?: RegExp) {
    const before = await snapshot(db);
    const preview = await previewImport(db, input);
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    const hit = preview.errors.find((e) => e.path === path || e.path.startsWith(path));
    expect(hit, JSON.stringify(preview.errors.slice(0, 3))).toBeDefined();
    if (message) expect(hit!.message).toMatch(message);
    expect(await importAll(db, input)).toEqual(preview);
    expect(await snapshot(db)).toBe(before);
  }

  it.each(mutations)('rejects %s, naming the record and field, and changes nothing', async (_label, mutate, path, message) => {
    const db = freshDb();
    await seed(db);
    const file = (await asFile(db)) as ExportFile & Record<string, unknown>;
    mutate(file);
    // Valid new records before the bad one must not be written either.
    file.clients.unshift({ id: globalThis.crypto.randomUUID(), name: 'Valid newcomer', emails: ['new@valid.com'], createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' });
    await expectRejectedUnchanged(db, file, path.replace(/^clients\[(\d+)\]/, (_m, i: string) => `clients[${Number(i) + 1}]`), message);
  });

  it('rejects "__proto__" keys from JSON text and pollutes nothing', async () => {
    const db = freshDb();
    await seed(db);
    const text = JSON.stringify(await exportAll(db)).replace('"name":"Ana Lima"', '"__proto__":{"polluted":true},"name":"Ana Lima"');
    expect(text).toContain('__proto__');
    const index = (await exportAll(db)).clients.findIndex((c) => c.name === 'Ana Lima');
    await expectRejectedUnchanged(db, text, `clients[${index}].__proto__`, /forbidden/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects an address owned by another client in this browser, with nothing written', async () => {
    const db = freshDb();
    await seed(db);
    const other = freshDb();
    await createClient(other, { name: 'Someone', emails: ['fresh@new.com'] });
    await createClient(other, { name: 'Ana impostor', emails: ['Ana@Acme.com'] });
    const file = await asFile(other);
    const index = file.clients.findIndex((c) => c.name === 'Ana impostor');
    await expectRejectedUnchanged(db, file, `clients[${index}].emails[0]`, /belongs to Ana Lima/);
  });

  it('rejects text that is not JSON, not an object, or too large', async () => {
    const db = freshDb();
    await seed(db);
    await expectRejectedUnchanged(db, '{"format": "dealcraft-export",', '', /not a JSON file/);
    await expectRejectedUnchanged(db, [1, 2], '', /not a Dealcraft export/);
    await expectRejectedUnchanged(db, null, '', /not a Dealcraft export/);
    await expectRejectedUnchanged(db, 'x'.repeat(50_000_001), '', /too large/);
  });
});

describe('import edge cases', () => {
  it('rejects a history entry about a client that is neither in the file nor in this browser', async () => {
    const db = freshDb();
    await seed(db);
    const file = await asFile(db);
    const target = freshDb();
    file.history[0]!.clientId = globalThis.crypto.randomUUID();
    const r = await importAll(target, file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: 'history[0].clientId', message: expect.stringMatching(/no client/) });
    expect((await exportAll(target)).clients).toEqual([]);
  });

  it('accepts a file that starts with a byte-order mark', async () => {
    const db = freshDb();
    await seed(db);
    const json = `\uFEFF${JSON.stringify(await exportAll(db))}`;
    expect(await importAll(freshDb(), json)).toMatchObject({ ok: true });
  });

  it('refuses a file over 50 MB from its size, before reading it', async () => {
    const read = vi.fn(async () => '{}');
    const r = await readImportFile({ size: 50_000_001, text: read });
    expect(r).toEqual({ ok: false, errors: [{ path: '', message: 'file too large (over 50 MB)' }] });
    expect(read).not.toHaveBeenCalled();
    expect(await readImportFile({ size: 12, text: async () => '\uFEFF{"a":1}' })).toEqual({ ok: true, text: '{"a":1}' });
  });
});

describe('property: import is all-or-nothing', () => {
  it('a backup with any one field set to any JSON value either imports or changes nothing', async () => {
    const db = freshDb();
    await seed(db);
    const base = await asFile(db);
    const collection = fc.constantFrom('clients', 'agreements', 'history', 'notes', 'profile', 'top');
    const field = fc.constantFrom('id', 'clientId', 'name', 'emails', 'text', 'at', 'terms', 'field', 'before', 'after', 'source', 'createdAt', 'format', 'version', 'currency', '__proto__', 'extra');
    const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ minLength: 1, maxLength: 30 }));
    const seen = { imported: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(collection, fc.nat(4), field, value, async (where, index, key, v) => {
        const file = structuredClone(base) as unknown as Record<string, unknown>;
        const list = file[where] as Record<string, unknown>[] | undefined;
        const target = where === 'top' ? file : where === 'profile' ? (file.profile as Record<string, unknown>) : list?.[index % Math.max(1, list.length)];
        if (target) Object.defineProperty(target, key, { value: v, enumerable: true, configurable: true, writable: true });
        const before = await snapshot(db);
        const r = await importAll(db, JSON.stringify(file));
        seen[r.ok ? 'imported' : 'rejected']++;
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e.message).not.toMatch(/\n/);
          expect(await snapshot(db)).toBe(before);
        }
      }),
      // Changes that are valid, so the import side of the property always runs too.
      { numRuns: 80, examples: [['notes', 0, 'text', 'edited note'], ['clients', 1, 'name', 'Renamed'], ['profile', 0, 'name', 'Mia R.']] },
    );
    // Both outcomes happen, so neither branch of the property is empty.
    expect(seen.imported).toBeGreaterThan(0);
    expect(seen.rejected).toBeGreaterThan(0);
  }, 120_000);
});
