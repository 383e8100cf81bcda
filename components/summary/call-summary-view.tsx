// Side panel (React): post-call summary: rough notes in, an editable email asking the client to confirm out; insert, copy, or save to the client.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import { addNote, createClient, findClientByEmail, updateAgreement, type ThreadRef } from '../../lib/db';
import { useClients, useClientView, useProfile } from '../../lib/db/hooks';
import type { AgreementTerms } from '../../lib/negotiation/schemas';
import { FIELD_LABELS, formatTermValue } from '../../lib/panel/agreement-form';
import { summarizeCall, type CallSummary } from '../../lib/summary';
import { TruncationNote } from '../thread/truncation-note';
import type { WebmailId } from '../../lib/webmail/types';
import { nameFromAddress, threadRefOf } from '../clients/client-card';
import { SelectField, TextField } from '../clients/fields';
import { useServices } from '../services-context';
import { useActivePage } from '../thread/use-active-page';
import { latestClientMessage } from '../thread/use-analysis';
import { Banner, Button, Card, EmptyState, TextArea } from '../ui';
import '../clients/data.css';
import { errorText } from '../../lib/error-text';

export interface SummaryThread {
  tabId: number;
  webmail: WebmailId;
  threadId: string;
  subject: string;
}

export interface CallSummaryViewProps {
  /** The open thread's sender; undefined: follow the active tab. */
  defaultClient?: { name: string; email: string } | null;
  /** The thread to insert into; undefined: follow the active tab, null: none. */
  thread?: SummaryThread | null;
}

/** Where unsaved notes live between panel openings. */
export const SUMMARY_DRAFT_KEY = 'summary.unsavedNotes';
const SAVE_DELAY_MS = 400;

const StoredDraftSchema = z.object({
  notes: z.string().max(200_000),
  callDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  client: z.object({ name: z.string().max(500), email: z.string().max(500) }).nullable().optional(),
});
type StoredDraft = z.infer<typeof StoredDraftSchema>;

export function CallSummaryView(props: CallSummaryViewProps) {
  if (props.thread !== undefined || props.defaultClient !== undefined) {
    return <CallSummaryBody thread={props.thread ?? null} defaultClient={props.defaultClient ?? null} />;
  }
  return <FollowActiveThread />;
}

/** Used by the shell, which mounts the view without props: the open thread (if any) comes from the active tab. */
function FollowActiveThread() {
  const active = useActivePage();
  let thread: SummaryThread | null = null;
  let sender: { name: string; email: string } | null = null;
  if (active.status === 'ready' && active.state.ok && active.state.thread.ok) {
    const t = active.state.thread.thread;
    thread = { tabId: active.tab.tabId, webmail: t.webmail, threadId: t.threadId, subject: t.subject };
    const from = latestClientMessage(t)?.from;
    sender = from && from.email ? { name: from.name, email: from.email } : null;
  }
  return <CallSummaryBody thread={thread} defaultClient={sender} />;
}

type Status = { tone: 'success' | 'error' | 'warning'; text: string; offerCopy?: boolean } | null;

function CallSummaryBody({ thread, defaultClient }: { thread: SummaryThread | null; defaultClient: { name: string; email: string } | null }) {
  const services = useServices();
  const { db, store } = services;
  const profile = useProfile(db);
  const today = useMemo(() => services.today(), [services]);

  const [notes, setNotes] = useState('');
  const [callDate, setCallDate] = useState(today);
  const [clientOverride, setClientOverride] = useState<{ name: string; email: string } | null>(null);
  const [restored, setRestored] = useState(false);
  const [edited, setEdited] = useState<{ subject: string; text: string } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [confirmTerms, setConfirmTerms] = useState(false);

  const client = clientOverride ?? defaultClient ?? { name: '', email: '' };
  const email = client.email.trim().toLowerCase();
  const clientView = useClientView(email || undefined, db);
  const savedClients = useClients('', db);
  const ref: ThreadRef | null = threadRefOf(thread);

  // ---- unsaved notes survive closing the panel ----
  const pending = useRef<StoredDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flush = useRef(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    pending.current = null;
    if (value) void store.set(SUMMARY_DRAFT_KEY, value.notes.trim() ? value : null).catch(() => undefined);
  });

  useEffect(() => {
    let live = true;
    store
      .get(SUMMARY_DRAFT_KEY)
      .then((raw) => {
        if (!live) return;
        const r = StoredDraftSchema.safeParse(raw);
        if (r.success) {
          // Typing that began before the read finished wins over the stored copy.
          setNotes((current) => (current ? current : r.data.notes));
          if (r.data.callDate) setCallDate(r.data.callDate);
          if (r.data.client) setClientOverride(r.data.client);
        }
      })
      .catch(() => undefined)
      .finally(() => live && setRestored(true));
    return () => {
      live = false;
    };
  }, [store]);

  useEffect(() => {
    // Before the stored copy is read, only what the user already typed is worth writing (the read keeps it too).
    if (!restored && !notes) return;
    pending.current = { notes, callDate, client: clientOverride };
    if (timer.current) clearTimeout(timer.current);
    const run = flush.current;
    timer.current = setTimeout(run, SAVE_DELAY_MS);
  }, [notes, callDate, clientOverride, restored]);

  // Closing the panel must not lose the last keystrokes still waiting for the debounce.
  useEffect(() => () => flush.current(), []);

  const clearStoredDraft = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    void store.set(SUMMARY_DRAFT_KEY, null).catch(() => undefined);
  };

  // ---- the generated email ----
  const deferredNotes = useDeferredValue(notes);
  const generated = useMemo((): { summary: CallSummary } | { error: string } | null => {
    if (!deferredNotes.trim()) return null;
    try {
      return {
        summary: summarizeCall({
          notes: deferredNotes,
          client: { name: client.name.trim() || null, email: email || null },
          callDate,
          profile,
          agreement: clientView?.agreement?.terms,
        }),
      };
    } catch (e) {
      return { error: errorText(e) };
    }
  }, [deferredNotes, client.name, email, callDate, profile, clientView?.agreement?.terms]);
  const summary = generated && 'summary' in generated ? generated.summary : null;
  const subject = edited?.subject ?? summary?.subject ?? '';
  const text = edited?.text ?? summary?.text ?? '';
  const termEntries = Object.entries(summary?.terms ?? {}).filter(([, v]) => v !== undefined) as [keyof AgreementTerms, unknown][];

  const setClientField = (k: 'name' | 'email') => (v: string) => setClientOverride({ ...client, [k]: v });

  // ---- actions ----
  const copy = async () => {
    try {
      await services.clipboard.writeText(text);
      setStatus({ tone: 'success', text: 'Copied. Paste it into your reply.' });
    } catch {
      setStatus({ tone: 'error', text: 'The browser did not allow copying. Select the email text and press Ctrl+C (⌘C on a Mac).' });
    }
  };

  const insert = async () => {
    if (!thread) return;
    try {
      const r = await services.page.insertReply(thread.tabId, text);
      if (r.ok) setStatus({ tone: 'success', text: 'Inserted into the reply. Check it and press Send yourself.' });
      else setStatus({ tone: 'error', text: `Could not insert into the reply: ${r.detail}`, offerCopy: true });
    } catch (e) {
      setStatus({ tone: 'error', text: `Could not insert into the reply: ${errorText(e)}`, offerCopy: true });
    }
  };

  /** The client record the summary belongs to, created from the typed name and address when new. */
  const ensureClient = async (): Promise<{ id: string; name: string; created: boolean }> => {
    if (!email) throw new Error("add the client's email address first");
    const found = await findClientByEmail(db, email);
    if (found) return { id: found.id, name: found.name, created: false };
    const c = await createClient(db, { name: nameFromAddress({ name: client.name, email }), emails: [email] });
    return { id: c.id, name: c.name, created: true };
  };

  const saveNote = async () => {
    try {
      const c = await ensureClient();
      const body = `Call on ${callDate}${subject ? ` — ${subject}` : ''}\n\n${notes.trim()}`;
      await addNote(db, { clientId: c.id, text: body, source: 'call-summary', ...(ref ? { thread: ref } : {}) });
      clearStoredDraft();
      setStatus({ tone: 'success', text: `Saved as a note on ${c.name}${c.created ? ' (new client)' : ''}.` });
    } catch (e) {
      setStatus({ tone: 'error', text: `Not saved: ${errorText(e)}` });
    }
  };

  const saveTerms = async () => {
    if (!summary) return;
    try {
      const c = await ensureClient();
      const { changes } = await updateAgreement(db, c.id, summary.terms, 'call-summary', ref ?? undefined);
      setConfirmTerms(false);
      setStatus({
        tone: 'success',
        text: changes.length ? `Saved ${changes.length} ${changes.length === 1 ? 'term' : 'terms'} to ${c.name}'s agreement.` : `${c.name}'s agreement already had these terms.`,
      });
    } catch (e) {
      setStatus({ tone: 'error', text: `Not saved: ${errorText(e)}` });
    }
  };

  const clientOptions = [
    { value: '', label: 'Pick a saved client…' },
    ...(savedClients ?? []).map((c) => ({ value: c.id, label: `${c.name} <${c.emails[0] ?? ''}>` })),
  ];

  return (
    <div className="dc-view" data-testid="call-summary">
      <h2 className="dc-section__title">Call summary</h2>
      <p className="dc-muted-text">After a call, write what was agreed; send it to the client and ask them to confirm it in writing.</p>

      <fieldset className="dc-fieldset">
        <legend>Client</legend>
        <div className="dc-form-row">
          <TextField label="Name" value={client.name} onValue={setClientField('name')} data-testid="summary-client-name" />
          <TextField label="Email" type="email" value={client.email} onValue={setClientField('email')} data-testid="summary-client-email" />
        </div>
        {savedClients && savedClients.length > 0 && (
          <SelectField
            label="Or choose from your clients"
            value=""
            options={clientOptions}
            onValue={(id) => {
              const c = savedClients.find((x) => x.id === id);
              if (c) setClientOverride({ name: c.name, email: c.emails[0] ?? '' });
            }}
            data-testid="summary-client-pick"
          />
        )}
      </fieldset>

      <TextField label="Call date" type="date" value={callDate} onValue={(v) => setCallDate(v || today)} data-testid="summary-date" />
      <TextArea
        label="Call notes"
        hint="Bullets and shorthand are fine: “logo + 3 banners, 1800 eur, 30% upfront, she sends brand book by fri”."
        value={notes}
        onChange={(e) => {
          setNotes(e.target.value);
          setStatus(null);
        }}
        rows={6}
        data-testid="summary-notes"
      />

      {!notes.trim() ? (
        <EmptyState title="The email appears here">Type or paste your notes from the call above.</EmptyState>
      ) : generated && 'error' in generated ? (
        <Banner tone="error" live="polite">
          Could not write the summary: {generated.error}
        </Banner>
      ) : !summary ? (
        <p className="dc-muted-text" role="status" data-testid="summary-pending">
          Writing the summary…
        </p>
      ) : (
        <Card title="Email to the client" headingLevel={3}>
          <div className="dc-form">
            <TruncationNote truncated={summary.truncated} />
            <TextField label="Subject" value={subject} onValue={(v) => setEdited({ subject: v, text })} data-testid="summary-subject" />
            <TextArea label="Text" value={text} onChange={(e) => setEdited({ subject, text: e.target.value })} rows={10} data-testid="summary-text" />
            {edited && (
              <div>
                <Button size="sm" variant="ghost" onClick={() => setEdited(null)} data-testid="summary-regenerate">
                  Discard my edits and rewrite from the notes
                </Button>
              </div>
            )}
            <div className="dc-form-actions">
              <Button variant="primary" onClick={() => void insert()} disabled={!thread || !text} data-testid="summary-insert">
                Insert into reply
              </Button>
              <Button onClick={() => void copy()} disabled={!text} data-testid="summary-copy">
                Copy
              </Button>
            </div>
            {!thread && (
              <p className="dc-muted-text" data-testid="summary-no-thread">
                No email thread is open, so there is no reply to insert into. Copy the text and paste it into a new email (subject: “{subject}”).
              </p>
            )}
          </div>
        </Card>
      )}

      {status && (
        <Banner
          tone={status.tone}
          live={status.tone === 'error' ? 'assertive' : 'polite'}
          data-testid="summary-status"
          actions={
            status.offerCopy ? (
              <Button size="sm" onClick={() => void copy()} data-testid="summary-copy-fallback">
                Copy instead
              </Button>
            ) : undefined
          }
        >
          {status.text}
        </Banner>
      )}

      {summary && (
        <div className="dc-form-actions">
          <Button onClick={() => void saveNote()} data-testid="summary-save-note">
            Save as note
          </Button>
          {termEntries.length > 0 && (
            <Button onClick={() => setConfirmTerms(true)} disabled={confirmTerms} data-testid="summary-save-agreement">
              Save to agreement
            </Button>
          )}
        </div>
      )}

      {summary && confirmTerms && (
        <Card title="Save these terms to the agreement?" headingLevel={3} data-testid="summary-terms">
          <dl className="dc-kv">
            {termEntries.map(([field, value]) => (
              <FragmentRow key={field} label={FIELD_LABELS[field] ?? field} value={formatTermValue(field, value)} />
            ))}
          </dl>
          <p className="dc-muted-text">
            {clientView?.client ? `They replace the same fields in ${clientView.client.name}'s agreement; the old values stay in its history.` : 'Saving also adds this client to your clients.'}
          </p>
          <div className="dc-form-actions">
            <Button variant="primary" onClick={() => void saveTerms()} data-testid="confirm-save">
              Confirm and save
            </Button>
            <Button variant="ghost" onClick={() => setConfirmTerms(false)}>
              Cancel
            </Button>
          </div>
        </Card>
      )}
    </div>
  );
}

function FragmentRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
