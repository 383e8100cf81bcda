// Node (vitest + fake-indexeddb): clients found by any address, merged and deleted without losing or leaking data.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addClientEmail,
  addNote,
  createClient,
  deleteClient,
  findClientByEmail,
  getAgreement,
  getAgreementHistory,
  getClient,
  listClients,
  listNotes,
  loadClientView,
  mergeClients,
  searchClients,
  updateAgreement,
  updateClient,
} from '../../../lib/db/index';
import { freshDb } from './helpers';

describe('clients', () => {
  it('finds a client by any of its addresses, whatever the capitalisation', async () => {
    const db = freshDb();
    const ana = await createClient(db, { name: 'Ana Lima', emails: ['Ana@Acme-Studio.com', 'ana.lima@gmail.com'] });
    await createClient(db, { name: 'Bo', emails: ['bo@other.org'] });
    expect(ana.emails).toEqual(['ana@acme-studio.com', 'ana.lima@gmail.com']);
    expect((await findClientByEmail(db, 'ANA@acme-studio.COM'))?.id).toBe(ana.id);
    expect((await findClientByEmail(db, '  Ana.Lima@Gmail.com '))?.id).toBe(ana.id);
    expect(await findClientByEmail(db, 'nobody@acme-studio.com')).toBeUndefined();

    await addClientEmail(db, ana.id, 'A.Lima@Acme.io');
    expect((await findClientByEmail(db, 'a.lima@acme.io'))?.id).toBe(ana.id);
    const view = await loadClientView(db, 'A.LIMA@ACME.IO');
    expect(view?.client.name).toBe('Ana Lima');
  });

  it('guesses the company from a work domain but not from a free-mail one', async () => {
    const db = freshDb();
    const work = await createClient(db, { name: 'Ana', emails: ['ana@mail.acme-studio.co.uk'] });
    const free = await createClient(db, { name: 'Bo', emails: ['bo@gmail.com'] });
    const yahoo = await createClient(db, { name: 'Cy', emails: ['cy@yahoo.co.uk'] });
    const proton = await createClient(db, { name: 'Di', emails: ['di@proton.me'] });
    const given = await createClient(db, { name: 'Ed', emails: ['ed@hotmail.com'], company: 'Ed & Co' });
    const none = await createClient(db, { name: 'Fi', emails: ['fi@bigcorp.com'], company: null });
    expect(work.company).toBe('Acme-studio');
    expect(free.company).toBeUndefined();
    expect(yahoo.company).toBeUndefined();
    expect(proton.company).toBeUndefined();
    expect(given.company).toBe('Ed & Co');
    expect(none.company).toBeUndefined();
  });

  it('refuses an address that already belongs to another client', async () => {
    const db = freshDb();
    const ana = await createClient(db, { name: 'Ana', emails: ['ana@acme.com'] });
    const bo = await createClient(db, { name: 'Bo', emails: ['bo@acme.com'] });
    await expect(createClient(db, { name: 'Copy', emails: ['ANA@acme.com'] })).rejects.toMatchObject({ code: 'email-taken' });
    await expect(addClientEmail(db, bo.id, 'Ana@Acme.com')).rejects.toThrow(/belongs to Ana/);
    await expect(updateClient(db, bo.id, { emails: ['bo@acme.com', 'ana@acme.com'] })).rejects.toMatchObject({ code: 'email-taken' });
    expect((await findClientByEmail(db, 'ana@acme.com'))?.id).toBe(ana.id);
    expect((await getClient(db, bo.id))?.emails).toEqual(['bo@acme.com']);
    expect(await listClients(db)).toHaveLength(2);
  });

  it('rejects invalid input with the field named', async () => {
    const db = freshDb();
    await expect(createClient(db, { name: '', emails: ['a@b.com'] })).rejects.toThrow(/name/);
    await expect(createClient(db, { name: 'X', emails: ['not an address'] })).rejects.toThrow(/emails\[0\]/);
    await expect(createClient(db, { name: 'X', emails: [] })).rejects.toThrow(/at least one/);
    expect(await listClients(db)).toEqual([]);
  });

  it('searches name, company and addresses case-insensitively', async () => {
    const db = freshDb();
    await createClient(db, { name: 'Ana Lima', emails: ['ana@acme-studio.com'] });
    await createClient(db, { name: 'Bo Berg', emails: ['bo@gmail.com'], company: 'Northwind' });
    await createClient(db, { name: 'Cy', emails: ['cy.x@pixel.dev'] });
    const names = async (q: string) => (await searchClients(db, q)).map((c) => c.name);
    expect(await names('LIMA')).toEqual(['Ana Lima']);
    expect(await names('northW')).toEqual(['Bo Berg']);
    expect(await names('PIXEL')).toEqual(['Cy']);
    expect(await names('acme')).toEqual(['Ana Lima']);
    expect(await names('zzz')).toEqual([]);
    expect(await names('')).toEqual(['Ana Lima', 'Bo Berg', 'Cy']);
  });

  it('updates name and company and keeps the rest', async () => {
    const db = freshDb();
    const ana = await createClient(db, { name: 'Ana', emails: ['ana@acme.com'] });
    const next = await updateClient(db, ana.id, { name: 'Ana Lima', company: '' });
    expect(next).toMatchObject({ id: ana.id, name: 'Ana Lima', emails: ['ana@acme.com'], createdAt: ana.createdAt });
    expect(next.company).toBeUndefined();
    expect(await getClient(db, ana.id)).toEqual(next);
  });
});

describe('mergeClients', () => {
  it('unites addresses, moves notes and history, and keeps the loser’s differing terms in history', async () => {
    const db = freshDb();
    const keep = await createClient(db, { name: 'Ana (work)', emails: ['ana@acme.com'] });
    const lose = await createClient(db, { name: 'Ana (gmail)', emails: ['ana.lima@gmail.com', 'ANA@acme.org'] });
    await updateAgreement(db, keep.id, { price: { amount: 1200, currency: 'EUR', model: 'fixed' }, revisionRounds: 2 }, 'typed');
    await updateAgreement(db, lose.id, { price: { amount: 900, currency: 'EUR', model: 'fixed' }, depositPercent: 30, revisionRounds: 2 }, 'typed');
    await addNote(db, { clientId: keep.id, text: 'prefers calls', source: 'typed', at: '2025-01-01T10:00:00.000Z' });
    await addNote(db, { clientId: lose.id, text: 'asked for NDA', source: 'thread', at: '2025-02-01T10:00:00.000Z', thread: { webmail: 'gmail', threadId: 't1', subject: 'NDA' } });

    const merged = await mergeClients(db, keep.id, lose.id);
    expect(merged.emails).toEqual(['ana@acme.com', 'ana.lima@gmail.com', 'ana@acme.org']);
    expect(merged.name).toBe('Ana (work)');
    expect(await getClient(db, lose.id)).toBeUndefined();
    expect((await findClientByEmail(db, 'Ana.Lima@gmail.com'))?.id).toBe(keep.id);

    const terms = (await getAgreement(db, keep.id))?.terms;
    expect(terms).toEqual({ price: { amount: 1200, currency: 'EUR', model: 'fixed' }, revisionRounds: 2, depositPercent: 30 });
    expect(await getAgreement(db, lose.id)).toBeUndefined();

    const history = await getAgreementHistory(db, keep.id);
    // keep's own 2 + loser's own 3 + price conflict + deposit taken over.
    expect(history).toHaveLength(7);
    const fromMerge = history.filter((h) => h.mergedFrom === lose.id);
    expect(fromMerge.map((h) => h.field).sort()).toEqual(['depositPercent', 'price']);
    expect(fromMerge.find((h) => h.field === 'price')).toMatchObject({ before: { amount: 900 }, after: { amount: 1200 } });
    // The losing client's own price history stays readable under the kept client.
    expect(history.some((h) => h.field === 'price' && (h.after as { amount: number }).amount === 900)).toBe(true);
    expect(await getAgreementHistory(db, lose.id)).toEqual([]);

    expect((await listNotes(db, keep.id)).map((n) => n.text)).toEqual(['asked for NDA', 'prefers calls']);
    expect(await listNotes(db, lose.id)).toEqual([]);
  });

  it('refuses to merge a client into itself or a missing client, and changes nothing', async () => {
    const db = freshDb();
    const a = await createClient(db, { name: 'A', emails: ['a@a.com'] });
    await expect(mergeClients(db, a.id, a.id)).rejects.toMatchObject({ code: 'same-client' });
    await expect(mergeClients(db, a.id, globalThis.crypto.randomUUID())).rejects.toMatchObject({ code: 'not-found' });
    expect(await listClients(db)).toEqual([a]);
  });
});

describe('deleteClient', () => {
  it('removes the agreement, its history and the notes, and nothing of other clients', async () => {
    const db = freshDb();
    const a = await createClient(db, { name: 'A', emails: ['a@a.com'] });
    const b = await createClient(db, { name: 'B', emails: ['b@b.com'] });
    for (const c of [a, b]) {
      await updateAgreement(db, c.id, { scope: 'landing page' }, 'typed');
      await updateAgreement(db, c.id, { scope: 'landing page + blog' }, 'typed');
      await addNote(db, { clientId: c.id, text: 'note 1' });
      await addNote(db, { clientId: c.id, text: 'note 2' });
    }
    await deleteClient(db, a.id);
    expect(await getClient(db, a.id)).toBeUndefined();
    expect(await findClientByEmail(db, 'a@a.com')).toBeUndefined();
    expect(await getAgreement(db, a.id)).toBeUndefined();
    expect(await getAgreementHistory(db, a.id)).toEqual([]);
    expect(await listNotes(db, a.id)).toEqual([]);
    expect(await db.notes.count()).toBe(2);
    expect(await db.history.count()).toBe(2);
    expect((await loadClientView(db, 'b@b.com'))?.notes).toHaveLength(2);
  });
});
