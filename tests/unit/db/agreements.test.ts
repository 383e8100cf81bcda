// Node (vitest + fake-indexeddb): agreement edits keep every earlier value; notes and profile round-trip.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../../lib/negotiation/schemas';
import {
  addNote,
  createClient,
  getAgreement,
  getAgreementHistory,
  getProfile,
  listNotes,
  loadClientView,
  saveProfile,
  updateAgreement,
} from '../../../lib/db/index';
import { freshDb } from './helpers';

const ref = { webmail: 'gmail' as const, threadId: 'thr-42', subject: 'Landing page quote' };

describe('updateAgreement', () => {
  it('keeps the earlier price in history when the price changes', async () => {
    const db = freshDb();
    const c = await createClient(db, { name: 'Ana', emails: ['ana@acme.com'] });
    await updateAgreement(db, c.id, { price: { amount: 1000, currency: 'USD', model: 'fixed' }, depositPercent: 30 }, 'typed');
    const second = await updateAgreement(db, c.id, { price: { amount: 1400, currency: 'USD', model: 'fixed' } }, 'thread', ref);

    expect(second.changes).toHaveLength(1);
    expect((await getAgreement(db, c.id))?.terms).toEqual({ price: { amount: 1400, currency: 'USD', model: 'fixed' }, depositPercent: 30 });

    const history = await getAgreementHistory(db, c.id);
    expect(history[0]).toMatchObject({ field: 'price', source: 'thread', by: 'user', ref, before: { amount: 1000 }, after: { amount: 1400 } });
    const firstPrice = history.find((h) => h.field === 'price' && h.before === undefined);
    expect(firstPrice?.after).toEqual({ amount: 1000, currency: 'USD', model: 'fixed' });
    expect(history.map((h) => h.field).sort()).toEqual(['depositPercent', 'price', 'price']);
  });

  it('records nothing when nothing changed, and clears a field set to undefined', async () => {
    const db = freshDb();
    const c = await createClient(db, { name: 'Ana', emails: ['ana@acme.com'] });
    await updateAgreement(db, c.id, { revisionRounds: 2, channels: ['email'] }, 'typed');
    const same = await updateAgreement(db, c.id, { revisionRounds: 2, channels: ['email'] }, 'typed');
    expect(same.changes).toEqual([]);
    expect(await getAgreementHistory(db, c.id)).toHaveLength(2);

    const cleared = await updateAgreement(db, c.id, { channels: undefined }, 'call-summary');
    expect(cleared.agreement?.terms).toEqual({ revisionRounds: 2 });
    expect(cleared.changes).toHaveLength(1);
    expect(cleared.changes[0]).toMatchObject({ field: 'channels', before: ['email'], source: 'call-summary' });
    expect(cleared.changes[0]).not.toHaveProperty('after');
  });

  it('rejects invalid terms and unknown fields without changing anything', async () => {
    const db = freshDb();
    const c = await createClient(db, { name: 'Ana', emails: ['ana@acme.com'] });
    await updateAgreement(db, c.id, { depositPercent: 20 }, 'typed');
    await expect(updateAgreement(db, c.id, { depositPercent: 150 }, 'typed')).rejects.toThrow(/depositPercent/);
    await expect(updateAgreement(db, c.id, { nonsense: 1 } as never, 'typed')).rejects.toThrow(/nonsense/);
    await expect(updateAgreement(db, c.id, JSON.parse('{"__proto__": {"depositPercent": 1}}'), 'typed')).rejects.toThrow(/unknown field/);
    await expect(updateAgreement(db, c.id, { depositPercent: 10 }, 'email' as never)).rejects.toThrow(/source/);
    await expect(updateAgreement(db, globalThis.crypto.randomUUID(), { depositPercent: 10 }, 'typed')).rejects.toMatchObject({ code: 'not-found' });
    expect((await getAgreement(db, c.id))?.terms).toEqual({ depositPercent: 20 });
    expect(await getAgreementHistory(db, c.id)).toHaveLength(1);
  });
});

describe('notes', () => {
  it('lists notes newest first and shows them in the client view', async () => {
    const db = freshDb();
    const c = await createClient(db, { name: 'Ana', emails: ['ana@acme.com'] });
    await addNote(db, { clientId: c.id, text: 'first call', source: 'call-summary', at: '2025-03-01T09:00:00Z' });
    await addNote(db, { clientId: c.id, text: 'quote sent', source: 'thread', thread: ref, at: '2025-03-02T09:00:00.250+02:00' });
    await addNote(db, { clientId: c.id, text: 'typed just now' });
    const texts = (await listNotes(db, c.id)).map((n) => n.text);
    expect(texts).toEqual(['typed just now', 'quote sent', 'first call']);
    const view = await loadClientView(db, 'ANA@acme.com');
    expect(view?.notes.map((n) => n.text)).toEqual(texts);
    expect(view?.notes[1]).toMatchObject({ at: '2025-03-02T07:00:00.250Z', thread: ref, source: 'thread' });
    expect(await loadClientView(db, 'stranger@acme.com')).toBeNull();
  });

  it('refuses empty, oversized and orphan notes', async () => {
    const db = freshDb();
    const c = await createClient(db, { name: 'Ana', emails: ['ana@acme.com'] });
    await expect(addNote(db, { clientId: c.id, text: '   ' })).rejects.toThrow(/text/);
    await expect(addNote(db, { clientId: c.id, text: 'x'.repeat(20_001) })).rejects.toThrow(/text/);
    await expect(addNote(db, { clientId: globalThis.crypto.randomUUID(), text: 'hi' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.notes.count()).toBe(0);
  });
});

describe('profile', () => {
  it('is EMPTY_PROFILE until saved, then what was saved', async () => {
    const db = freshDb();
    expect(await getProfile(db)).toEqual(EMPTY_PROFILE);
    const saved = await saveProfile(db, { name: 'Mia', currency: 'EUR', depositPercent: 30, services: [{ name: 'Landing page', price: 900 }] });
    expect(saved.services[0]).toMatchObject({ unit: 'project', keywords: [], lineItems: [] });
    expect(await getProfile(db)).toEqual(saved);
    await expect(saveProfile(db, { currency: 'euro' })).rejects.toThrow(/currency/);
    expect(await getProfile(db)).toEqual(saved);
  });
});
