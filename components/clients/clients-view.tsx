// Side panel (React): all clients: search, one client's agreement (editable, with history), notes, merge and delete; plus export/import of all data.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { deleteClient, getAgreement, getClient, listNotes, mergeClients, updateClient, type Client } from '../../lib/db';
import { useAgreementHistory, useClients, useProfile } from '../../lib/db/hooks';
import { useServices } from '../services-context';
import { Banner, Button, Card, EmptyState, Skeleton } from '../ui';
import { AgreementEditor } from './agreement-editor';
import { AgreementHistory } from './agreement-history';
import { buildLedger } from '../../lib/negotiation/memory/ledger';
import { LedgerCard } from '../memory/ledger-card';
import { WaitingList } from '../memory/waiting-list';
import { DataTransfer } from './data-transfer';
import { SelectField, TextField } from './fields';
import { NotesPanel } from './notes-panel';
import './data.css';
import { errorText } from '../../lib/error-text';

export function ClientsView() {
  const services = useServices();
  const { db } = services;
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const clients = useClients(query, db);

  if (openId) return <ClientDetail id={openId} onClose={() => setOpenId(null)} />;

  return (
    <div className="dc-view" data-testid="clients-view">
      <h2 className="dc-section__title">Clients</h2>
      <WaitingList db={db} today={services.today()} />
      <div className="dc-field">
        <label htmlFor="dc-clients-search" className="dc-field__label">
          Search by name, email or company
        </label>
        <input id="dc-clients-search" type="search" className="dc-input" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="clients-search" />
      </div>
      {clients === undefined ? (
        <Skeleton lines={3} height={36} />
      ) : clients.length === 0 ? (
        <EmptyState title={query.trim() ? `No client matches “${query.trim()}”.` : 'No clients yet.'}>
          {query.trim() ? null : 'Open a client’s email and choose “Save as new client”, or import a backup below.'}
        </EmptyState>
      ) : (
        <ul className="dc-client-list" aria-label="Clients">
          {clients.map((c) => (
            <li key={c.id}>
              <button type="button" className="dc-client-row" onClick={() => setOpenId(c.id)} data-testid="client-row">
                <span className="dc-client-card__name">{c.name}</span>
                <span className="dc-client-card__meta">{[c.company, c.emails.join(', ')].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <DataTransfer />
    </div>
  );
}

function ClientDetail({ id, onClose }: { id: string; onClose(): void }) {
  const { db } = useServices();
  const profile = useProfile(db);
  const data = useLiveQuery(async () => {
    const client = await getClient(db, id);
    if (!client) return null;
    const [agreement, notes] = await Promise.all([getAgreement(db, id), listNotes(db, id)]);
    return { client, agreement, notes };
  }, [db, id]);
  const history = useAgreementHistory(id, db);

  if (data === undefined) return <Skeleton lines={6} />;
  if (data === null) {
    return (
      <div className="dc-view">
        <p>This client no longer exists (deleted or merged).</p>
        <div>
          <Button onClick={onClose}>Back to clients</Button>
        </div>
      </div>
    );
  }
  const { client, agreement, notes } = data;
  return (
    <div className="dc-view" data-testid="client-detail">
      <div>
        <Button variant="link" onClick={onClose} data-testid="clients-back">
          ← All clients
        </Button>
      </div>
      <ClientHeader client={client} />
      <Card title="Agreement" headingLevel={3}>
        <AgreementEditor key={client.id} clientId={client.id} agreement={agreement} currency={profile.currency} />
      </Card>
      <Card title="History" headingLevel={3} data-testid="agreement-history">
        <AgreementHistory changes={history} />
      </Card>
      <LedgerCard ledger={buildLedger({ notes, history: history ?? [] })} />
      <Card title="Notes" headingLevel={3}>
        <NotesPanel clientId={client.id} notes={notes} />
      </Card>
      <MergeAndDelete client={client} onGone={onClose} />
    </div>
  );
}

function ClientHeader({ client }: { client: Client }) {
  const { db } = useServices();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(client.name);
  const [company, setCompany] = useState(client.company ?? '');
  const [emails, setEmails] = useState(client.emails.join(', '));
  const [error, setError] = useState<string | null>(null);

  if (!editing) {
    return (
      <div className="dc-client-card__head">
        <h3 className="dc-client-card__name" data-testid="client-detail-name">
          {client.name}
        </h3>
        {client.company && <span className="dc-client-card__meta">{client.company}</span>}
        <span className="dc-client-card__meta">{client.emails.join(', ')}</span>
        <div>
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
            Edit name, company or addresses
          </Button>
        </div>
      </div>
    );
  }
  const save = async () => {
    try {
      await updateClient(db, client.id, {
        name,
        company: company.trim() || null,
        emails: emails.split(/[,\s]+/).filter(Boolean),
      });
      setEditing(false);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <form
      className="dc-form"
      aria-label="Client details"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField label="Name" value={name} onValue={setName} />
      <TextField label="Company" value={company} onValue={setCompany} />
      <TextField label="Email addresses (comma-separated)" value={emails} onValue={setEmails} />
      {error && (
        <Banner tone="error" live="assertive">
          {error}
        </Banner>
      )}
      <div className="dc-form-actions">
        <Button type="submit" variant="primary">
          Save
        </Button>
        <Button variant="ghost" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function MergeAndDelete({ client, onGone }: { client: Client; onGone(): void }) {
  const { db } = useServices();
  const others = (useClients('', db) ?? []).filter((c) => c.id !== client.id);
  const [mergeId, setMergeId] = useState('');
  const [confirm, setConfirm] = useState<'merge' | 'delete' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const other = others.find((c) => c.id === mergeId);

  const merge = async () => {
    if (!other) return;
    try {
      await mergeClients(db, client.id, other.id);
      setDone(`Merged ${other.name} into ${client.name}.`);
      setMergeId('');
      setConfirm(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const remove = async () => {
    try {
      await deleteClient(db, client.id);
      onGone();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Card title="Merge or delete" headingLevel={3}>
      <div className="dc-form">
        {others.length > 0 && (
          <>
            <SelectField
              label={`Merge another client into ${client.name}`}
              value={mergeId}
              options={[{ value: '', label: 'Choose a client…' }, ...others.map((c) => ({ value: c.id, label: `${c.name} <${c.emails[0] ?? ''}>` }))]}
              onValue={(v) => {
                setMergeId(v);
                setConfirm(null);
              }}
              data-testid="merge-select"
            />
            {other && confirm !== 'merge' && (
              <div>
                <Button onClick={() => setConfirm('merge')} data-testid="merge-client">
                  Merge {other.name} into {client.name}…
                </Button>
              </div>
            )}
            {other && confirm === 'merge' && (
              <Banner
                tone="warning"
                title={`Merge ${other.name} into ${client.name}?`}
                actions={
                  <div className="dc-form-actions">
                    <Button variant="primary" onClick={() => void merge()} data-testid="merge-confirm">
                      Merge
                    </Button>
                    <Button variant="ghost" onClick={() => setConfirm(null)}>
                      Cancel
                    </Button>
                  </div>
                }
              >
                Addresses, notes and history move here; where both agreements set a field, {client.name}’s value is kept and the other goes to history.
              </Banner>
            )}
          </>
        )}
        {confirm !== 'delete' ? (
          <div>
            <Button variant="danger" onClick={() => setConfirm('delete')} data-testid="delete-client">
              Delete {client.name}…
            </Button>
          </div>
        ) : (
          <Banner
            tone="error"
            title={`Delete ${client.name}?`}
            actions={
              <div className="dc-form-actions">
                <Button variant="danger" onClick={() => void remove()} data-testid="delete-confirm">
                  Delete for good
                </Button>
                <Button variant="ghost" onClick={() => setConfirm(null)}>
                  Cancel
                </Button>
              </div>
            }
          >
            The client, their agreement, its history and all notes are removed. Export your data first if you may need them.
          </Banner>
        )}
        {done && (
          <Banner tone="success" live="polite">
            {done}
          </Banner>
        )}
        {error && (
          <Banner tone="error" live="assertive">
            {error}
          </Banner>
        )}
      </div>
    </Card>
  );
}
