// Side panel (React): the sender of the open thread as a client: who they are, the agreement at a glance, capture of terms from the message, notes.
import { useMemo, useState } from 'react';
import { companyFromEmail, createClient, updateAgreement, type ThreadRef } from '../../lib/db';
import { useClientView, useProfile } from '../../lib/db/hooks';
import type { AgreementTerms, Analysis } from '../../lib/negotiation/schemas';
import { captureChoices, captureFromAnalysis } from '../../lib/panel/capture';
import type { WebmailId } from '../../lib/webmail/types';
import { useServices } from '../services-context';
import { Banner, Button, Card, Skeleton } from '../ui';
import { AgreementGlance } from './agreement-glance';
import { CaptureFormView } from './capture-form';
import { NotesPanel } from './notes-panel';
import './data.css';
import { errorText } from '../../lib/error-text';

export interface ClientCardProps {
  sender: { name: string; email: string };
  thread: { webmail: WebmailId; threadId: string; subject: string } | null;
  analysis: Analysis | null;
}

/** A stored thread reference, or none when the page gave no usable thread id. */
export function threadRefOf(thread: ClientCardProps['thread']): ThreadRef | null {
  if (!thread || !thread.threadId) return null;
  return { webmail: thread.webmail, threadId: thread.threadId.slice(0, 500), subject: thread.subject.slice(0, 1000) };
}

/** A display name for an address with no name: "tom.reed@…" → "Tom Reed". */
export function nameFromAddress(sender: { name: string; email: string }): string {
  if (sender.name.trim()) return sender.name.trim();
  const local = sender.email.split('@')[0] ?? '';
  const words = local.split(/[._-]+/).filter(Boolean);
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') || sender.email;
}

export function ClientCard({ sender, thread, analysis }: ClientCardProps) {
  const services = useServices();
  const { db } = services;
  const email = sender.email.trim().toLowerCase();
  const view = useClientView(email || undefined, db);
  const profile = useProfile(db);
  const today = useMemo(() => services.today(), [services]);
  const ref = threadRefOf(thread);
  const [capturing, setCapturing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const capture = useMemo(() => captureFromAnalysis(analysis, { today, currency: profile.currency }), [analysis, today, profile.currency]);
  const choices = useMemo(() => captureChoices(analysis, { currency: profile.currency }), [analysis, profile.currency]);
  const client = view?.client ?? null;
  const terms = view?.agreement?.terms;
  const company = client?.company ?? companyFromEmail(email);

  const saveClient = async () => {
    setSaving(true);
    setError(null);
    try {
      await createClient(db, { name: nameFromAddress(sender), emails: [email] });
      setStatus(`Saved ${nameFromAddress(sender)} as a client.`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const confirmCapture = async (patch: Partial<AgreementTerms>) => {
    const id = client?.id ?? (await createClient(db, { name: nameFromAddress(sender), emails: [email] })).id;
    const { changes } = await updateAgreement(db, id, patch, 'thread', ref ?? undefined);
    setCapturing(false);
    setStatus(changes.length ? `Saved ${changes.length} ${changes.length === 1 ? 'change' : 'changes'} to the agreement.` : 'The agreement already had these values.');
  };

  if (view === undefined) {
    return (
      <Card data-testid="client-card" aria-busy="true" title="Client">
        <Skeleton lines={3} />
      </Card>
    );
  }

  return (
    <Card data-testid="client-card" className="dc-client-card" title="Client" headingLevel={3}>
      <div className="dc-client-card__head">
        <span className="dc-client-card__name" data-testid="client-name">
          {client?.name ?? nameFromAddress(sender)}
        </span>
        <span className="dc-client-card__meta" data-testid="client-email">
          {client && client.emails.length > 1 ? client.emails.join(', ') : email}
        </span>
        {company && (
          <span className="dc-client-card__meta" data-testid="client-company">
            {company}
          </span>
        )}
      </div>

      {!client && email && (
        <div className="dc-form-actions">
          <span className="dc-muted-text">Not in your clients yet.</span>
          <Button variant="secondary" size="sm" onClick={() => void saveClient()} disabled={saving} data-testid="save-client">
            Save as new client
          </Button>
        </div>
      )}

      {client && <AgreementGlance terms={terms} today={today} />}

      {capture && !capturing && email && (
        <div className="dc-form-actions">
          <span className="dc-muted-text">This message mentions terms.</span>
          <Button variant="primary" size="sm" onClick={() => setCapturing(true)} data-testid="save-to-agreement">
            Save to agreement
          </Button>
        </div>
      )}
      {capture && capturing && (
        <CaptureFormView
          initial={capture}
          current={terms}
          choices={choices}
          note={client ? undefined : `Confirming also saves ${nameFromAddress(sender)} as a new client.`}
          onConfirm={confirmCapture}
          onCancel={() => setCapturing(false)}
        />
      )}

      {status && (
        <Banner tone="success" live="polite" data-testid="client-card-status">
          {status}
        </Banner>
      )}
      {error && (
        <Banner tone="error" live="assertive">
          {error}
        </Banner>
      )}

      {client && <NotesPanel clientId={client.id} notes={view?.notes.slice(0, 3) ?? []} thread={ref} caption="Latest notes" />}
    </Card>
  );
}
