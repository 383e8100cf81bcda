// @vitest-environment happy-dom
// Component tests (happy-dom): the clients view: search, agreement editing with history, notes, merge/delete, export and checked import.
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientsView } from '../../../components/clients/clients-view';
import { addNote, createClient, getAgreement, getAgreementHistory, getClient, listClients, listNotes, updateAgreement } from '../../../lib/db';
import { exportAll } from '../../../lib/db/transfer';
import { fakeServices, renderWith } from './services';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function seed(db: ReturnType<typeof fakeServices>['db']) {
  const tom = await createClient(db, { name: 'Tom Reed', emails: ['tom@acme-studio.com'] });
  const ana = await createClient(db, { name: 'Ana Silva', emails: ['ana.silva@gmail.com'], company: 'Bianchi Ceramics' });
  const lee = await createClient(db, { name: 'Lee Park', emails: ['lee@brightleaf.io'] });
  return { tom, ana, lee };
}

const rowNames = () => screen.getAllByTestId('client-row').map((r) => r.querySelector('.dc-client-card__name')!.textContent);

describe('ClientsView', () => {
  it('searches by name, email or company', async () => {
    const { services, db } = fakeServices();
    await seed(db);
    renderWith(services, <ClientsView />);
    await waitFor(() => expect(screen.getAllByTestId('client-row')).toHaveLength(3));
    const search = screen.getByTestId('clients-search');
    await userEvent.type(search, 'bianchi');
    await waitFor(() => expect(rowNames()).toEqual(['Ana Silva']));
    await userEvent.clear(search);
    await userEvent.type(search, 'brightleaf.io');
    await waitFor(() => expect(rowNames()).toEqual(['Lee Park']));
    await userEvent.clear(search);
    await userEvent.type(search, 'TOM');
    await waitFor(() => expect(rowNames()).toEqual(['Tom Reed']));
    await userEvent.clear(search);
    await userEvent.type(search, 'nobody');
    await waitFor(() => expect(screen.queryAllByTestId('client-row')).toHaveLength(0));
    expect(screen.getByText(/No client matches/)).toBeTruthy();
  });

  it('edits the agreement and shows the change in its history, before → after', async () => {
    const { services, db } = fakeServices();
    const { tom } = await seed(db);
    await updateAgreement(db, tom.id, { price: { amount: 1000, currency: 'EUR', model: 'fixed' } }, 'thread', { webmail: 'gmail', threadId: 't1', subject: 'Quote' });
    renderWith(services, <ClientsView />);
    await userEvent.click((await screen.findAllByTestId('client-row')).find((r) => r.textContent!.includes('Tom'))!);
    const price = (await screen.findByTestId('agreement-field-price')) as HTMLInputElement;
    await waitFor(() => expect(price.value).toBe('1000'));
    await userEvent.clear(price);
    await userEvent.type(price, '1200');
    await userEvent.type(screen.getByTestId('agreement-field-depositPercent'), '40');
    await userEvent.type(screen.getByTestId('agreement-field-channels'), 'email, Slack');
    await userEvent.selectOptions(screen.getByTestId('agreement-field-nda'), 'yes');
    await userEvent.type(screen.getByTestId('agreement-field-nda-surcharge'), '25');
    await userEvent.click(screen.getByTestId('agreement-save'));
    expect((await screen.findByTestId('agreement-status')).textContent).toMatch(/Saved 4 changes/);

    const terms = (await getAgreement(db, tom.id))!.terms;
    expect(terms).toMatchObject({ price: { amount: 1200, currency: 'EUR' }, depositPercent: 40, channels: ['email', 'Slack'], nda: { required: true, surchargePercent: 25 } });
    const history = within(screen.getByTestId('agreement-history'));
    await waitFor(() => expect(history.getAllByTestId('history-entry')).toHaveLength(5));
    const priceEntries = history.getAllByTestId('history-entry').filter((e) => e.getAttribute('data-field') === 'price');
    expect(priceEntries[0]!.textContent).toMatch(/€1,000.*→.*€1,200/);
    expect(priceEntries[0]!.textContent).toContain('typed by you');
    expect(priceEntries[1]!.textContent).toContain('captured from a thread');
    expect(priceEntries[1]!.textContent).toContain('“Quote”');
  });

  it('refuses an invalid value, says which field, and changes nothing', async () => {
    const { services, db } = fakeServices();
    const { tom } = await seed(db);
    renderWith(services, <ClientsView />);
    await userEvent.click((await screen.findAllByTestId('client-row')).find((r) => r.textContent!.includes('Tom'))!);
    const deposit = await screen.findByTestId('agreement-field-depositPercent');
    await userEvent.type(deposit, '140');
    await userEvent.click(screen.getByTestId('agreement-save'));
    await waitFor(() => expect(deposit.getAttribute('aria-invalid')).toBe('true'));
    expect(await getAgreement(db, tom.id)).toBeUndefined();
    expect(await getAgreementHistory(db, tom.id)).toEqual([]);
  });

  it('lists notes newest first and adds one inline', async () => {
    const { services, db } = fakeServices();
    const { ana } = await seed(db);
    await addNote(db, { clientId: ana.id, text: 'older note', at: '2025-01-01T10:00:00.000Z' });
    await addNote(db, { clientId: ana.id, text: 'newer note', at: '2025-02-01T10:00:00.000Z' });
    renderWith(services, <ClientsView />);
    await userEvent.click((await screen.findAllByTestId('client-row')).find((r) => r.textContent!.includes('Ana'))!);
    await waitFor(() => expect(screen.getAllByTestId('note')).toHaveLength(2));
    expect(screen.getAllByTestId('note').map((n) => n.textContent)).toEqual([expect.stringContaining('newer note'), expect.stringContaining('older note')]);
    await userEvent.type(screen.getByTestId('note-input'), 'just now');
    await userEvent.click(screen.getByTestId('add-note'));
    await waitFor(() => expect(screen.getAllByTestId('note')).toHaveLength(3));
    expect(screen.getAllByTestId('note')[0]!.textContent).toContain('just now');
    expect((await listNotes(db, ana.id))[0]).toMatchObject({ text: 'just now', source: 'typed' });
  });

  it('merges another client in and deletes only after confirmation', async () => {
    const { services, db } = fakeServices();
    const { tom, lee } = await seed(db);
    renderWith(services, <ClientsView />);
    await userEvent.click((await screen.findAllByTestId('client-row')).find((r) => r.textContent!.includes('Tom'))!);
    await userEvent.selectOptions(await screen.findByTestId('merge-select'), lee.id);
    await userEvent.click(screen.getByTestId('merge-client'));
    expect(await getClient(db, lee.id)).toBeTruthy();
    await userEvent.click(screen.getByTestId('merge-confirm'));
    await waitFor(async () => expect(await getClient(db, lee.id)).toBeUndefined());
    expect((await getClient(db, tom.id))!.emails).toEqual(['tom@acme-studio.com', 'lee@brightleaf.io']);

    await userEvent.click(screen.getByTestId('delete-client'));
    expect(await getClient(db, tom.id)).toBeTruthy();
    await userEvent.click(screen.getByTestId('delete-confirm'));
    await waitFor(async () => expect(await getClient(db, tom.id)).toBeUndefined());
    expect(await screen.findByTestId('clients-search')).toBeTruthy();
  });

  it('exports everything to one JSON file through a Blob download', async () => {
    const { services, db } = fakeServices();
    await seed(db);
    let blob: Blob | undefined;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:dealcraft-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    renderWith(services, <ClientsView />);
    await userEvent.click(await screen.findByTestId('export-data'));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(clicked).toEqual(['dealcraft-2025-03-03.json']);
    const file = JSON.parse(await blob!.text());
    expect(file.format).toBe('dealcraft-export');
    expect(file.clients.map((c: { name: string }) => c.name).sort()).toEqual(['Ana Silva', 'Lee Park', 'Tom Reed']);
  });

  it('previews an import, then applies it all at once', async () => {
    const source = fakeServices();
    await seed(source.db);
    const json = JSON.stringify(await exportAll(source.db));
    const { services, db } = fakeServices();
    const existing = await createClient(db, { name: 'Mia Chen', emails: ['mia@studio.example'] });
    renderWith(services, <ClientsView />);
    const input = (await screen.findByTestId('import-data')) as HTMLInputElement;
    await userEvent.upload(input, new File([json], 'backup.json', { type: 'application/json' }));
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByTestId('import-preview-clients').textContent).toBe('Clients30');
    expect(await listClients(db)).toHaveLength(1);
    await userEvent.click(within(preview).getByTestId('import-apply'));
    await waitFor(async () => expect(await listClients(db)).toHaveLength(4));
    expect(await getClient(db, existing.id)).toBeTruthy();
  });

  it('shows which record and field is wrong in a bad file and changes nothing', async () => {
    const source = fakeServices();
    await seed(source.db);
    const data = await exportAll(source.db);
    (data.clients[1] as { emails: string[] }).emails = ['not an address'];
    const { services, db } = fakeServices();
    await createClient(db, { name: 'Mia Chen', emails: ['mia@studio.example'] });
    renderWith(services, <ClientsView />);
    await userEvent.upload((await screen.findByTestId('import-data')) as HTMLInputElement, new File([JSON.stringify(data)], 'broken.json'));
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('clients[1].emails[0]');
    expect(error.textContent).toContain('nothing was changed');
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect((await listClients(db)).map((c) => c.name)).toEqual(['Mia Chen']);

    await userEvent.upload(screen.getByTestId('import-data') as HTMLInputElement, new File(['{not json'], 'garbage.json'));
    await waitFor(() => expect(screen.getByTestId('import-error').textContent).toMatch(/not a JSON file/));
    expect(await listClients(db)).toHaveLength(1);
  });
});
