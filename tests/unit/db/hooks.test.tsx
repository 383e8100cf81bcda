// @vitest-environment happy-dom
// Side panel (React, happy-dom + fake-indexeddb): live hooks re-render every open view when data changes.
import 'fake-indexeddb/auto';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useClientView, useClients, useProfile } from '../../../lib/db/hooks';
import { addNote, createClient, saveProfile, updateAgreement, updateClient, type DealcraftDB } from '../../../lib/db/index';
import { freshDb } from './helpers';

function Header({ db, email }: { db: DealcraftDB; email: string }) {
  const view = useClientView(email, db);
  if (view === undefined) return <p>loading</p>;
  if (view === null) return <p>unknown sender</p>;
  return (
    <p data-testid="header">
      {view.client.name} · {view.agreement?.terms.price?.amount ?? 'no price'} · {view.notes.length} notes
    </p>
  );
}

function ClientList({ db, search }: { db: DealcraftDB; search: string }) {
  const clients = useClients(search, db);
  return <ul data-testid="list">{clients?.map((c) => <li key={c.id}>{c.name}</li>)}</ul>;
}

describe('live hooks', () => {
  it('shows edits at once in every open view', async () => {
    const db = freshDb();
    render(
      <>
        <Header db={db} email="ANA@acme.com" />
        <ClientList db={db} search="ana" />
      </>,
    );
    await screen.findByText('unknown sender');

    const ana = await createClient(db, { name: 'Ana', emails: ['ana@acme.com'] });
    await waitFor(() => expect(screen.getByTestId('header').textContent).toBe('Ana · no price · 0 notes'));
    expect(screen.getByTestId('list').textContent).toBe('Ana');

    await updateAgreement(db, ana.id, { price: { amount: 1200, currency: 'EUR', model: 'fixed' } }, 'typed');
    await addNote(db, { clientId: ana.id, text: 'called' });
    await updateClient(db, ana.id, { name: 'Ana Lima' });
    await waitFor(() => expect(screen.getByTestId('header').textContent).toBe('Ana Lima · 1200 · 1 notes'));
    expect(screen.getByTestId('list').textContent).toBe('Ana Lima');
  });

  it('gives the empty profile until one is saved, then the saved one', async () => {
    const db = freshDb();
    const { result } = renderHook(() => useProfile(db));
    expect(result.current.currency).toBe('USD');
    await saveProfile(db, { name: 'Mia', currency: 'EUR' });
    await waitFor(() => expect(result.current).toMatchObject({ name: 'Mia', currency: 'EUR' }));
  });
});
