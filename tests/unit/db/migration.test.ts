// Node (vitest + fake-indexeddb): a database written by version 1 opens with today's code, every record intact and converted.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1, type ClientV1, type NoteV1 } from '../../../lib/db/database';
import { findClientByEmail, getAgreement, getProfile, listClients, listNotes, loadClientView, openDealcraftDB, updateAgreement, getAgreementHistory } from '../../../lib/db/index';
import { exportAll, importAll } from '../../../lib/db/transfer';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('migration v1 → v2', () => {
  it('converts single addresses to lists and gives old notes a source, losing nothing', async () => {
    const name = `migrate-${globalThis.crypto.randomUUID()}`;
    names.push(name);
    const ids = { ana: globalThis.crypto.randomUUID(), bo: globalThis.crypto.randomUUID() };
    const noteIds = [globalThis.crypto.randomUUID(), globalThis.crypto.randomUUID(), globalThis.crypto.randomUUID()];

    // What the first release wrote, through a Dexie that only knows version 1.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const clients: ClientV1[] = [
      { id: ids.ana, name: 'Ana Lima', company: 'Acme', email: 'Ana.Lima@Acme.com', createdAt: '2024-05-01T10:00:00.000Z', updatedAt: '2024-06-01T10:00:00.000Z' },
      { id: ids.bo, name: 'Bo', email: 'bo@gmail.com', createdAt: '2024-05-02T10:00:00Z', updatedAt: '2024-05-02T10:00:00Z' },
    ];
    const notes: NoteV1[] = [
      { id: noteIds[0]!, clientId: ids.ana, createdAt: '2024-05-01T11:00:00.000Z', text: 'wants staged payment' },
      { id: noteIds[1]!, clientId: ids.ana, createdAt: '2024-05-03T11:00:00.000Z', text: 'NDA +25 %', thread: { webmail: 'gmail', threadId: 't9', subject: 'NDA' } },
      { id: noteIds[2]!, clientId: ids.bo, createdAt: '2024-05-02T12:00:00Z', text: 'budget 500' },
    ];
    const terms = { price: { amount: 800, currency: 'EUR', model: 'fixed' }, depositPercent: 25 };
    await v1.table('clients').bulkAdd(clients);
    await v1.table('notes').bulkAdd(notes);
    await v1.table('agreements').add({ clientId: ids.ana, terms, updatedAt: '2024-06-01T10:00:00.000Z' });
    await v1.table('profile').put({ name: 'Mia', signature: '', currency: 'EUR', services: [], tone: 'warm' }, 'me');
    v1.close();

    const db = openDealcraftDB(name);
    await db.open();
    expect(db.verno).toBe(2);

    const all = await listClients(db);
    expect(all).toEqual([
      { id: ids.ana, name: 'Ana Lima', company: 'Acme', emails: ['ana.lima@acme.com'], createdAt: '2024-05-01T10:00:00.000Z', updatedAt: '2024-06-01T10:00:00.000Z' },
      { id: ids.bo, name: 'Bo', emails: ['bo@gmail.com'], createdAt: '2024-05-02T10:00:00.000Z', updatedAt: '2024-05-02T10:00:00.000Z' },
    ]);
    // The converted address is in the new multiEntry index, found in any case.
    expect((await findClientByEmail(db, 'ANA.LIMA@acme.com'))?.id).toBe(ids.ana);

    expect(await listNotes(db, ids.ana)).toEqual([
      { id: noteIds[1], clientId: ids.ana, at: '2024-05-03T11:00:00.000Z', text: 'NDA +25 %', source: 'thread', thread: { webmail: 'gmail', threadId: 't9', subject: 'NDA' } },
      { id: noteIds[0], clientId: ids.ana, at: '2024-05-01T11:00:00.000Z', text: 'wants staged payment', source: 'typed' },
    ]);
    expect(await listNotes(db, ids.bo)).toEqual([{ id: noteIds[2], clientId: ids.bo, at: '2024-05-02T12:00:00.000Z', text: 'budget 500', source: 'typed' }]);
    expect((await getAgreement(db, ids.ana))?.terms).toEqual(terms);
    expect(await getProfile(db)).toMatchObject({ name: 'Mia', currency: 'EUR', tone: 'warm' });
    expect((await loadClientView(db, 'bo@GMAIL.com'))?.notes).toHaveLength(1);

    // The upgraded data is valid v2 data: it survives an export/import cycle and new edits get history.
    const exported = await exportAll(db);
    const copy = openDealcraftDB(`${name}-copy`);
    names.push(`${name}-copy`);
    expect(await importAll(copy, JSON.parse(JSON.stringify(exported)))).toMatchObject({ ok: true });
    await updateAgreement(db, ids.ana, { depositPercent: 40 }, 'typed');
    expect((await getAgreementHistory(db, ids.ana))[0]).toMatchObject({ field: 'depositPercent', before: 25, after: 40 });
    db.close();
    copy.close();
  });
});
