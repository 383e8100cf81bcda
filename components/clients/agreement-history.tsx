// Side panel (React): every change of a client's agreement, newest first: when, how (typed, from a thread, a call summary, an import), before → after.
import type { AgreementChange } from '../../lib/db';
import { FIELD_LABELS, formatTermValue } from '../../lib/panel/agreement-form';
import { formatWhen } from './notes-panel';
import './data.css';

const SOURCE: Record<AgreementChange['source'], string> = {
  typed: 'typed by you',
  thread: 'captured from a thread',
  'call-summary': 'from a call summary',
  import: 'imported',
};

export function AgreementHistory({ changes }: { changes: AgreementChange[] | undefined }) {
  if (!changes) return <p className="dc-muted-text">Loading history…</p>;
  if (changes.length === 0) return <p className="dc-muted-text">No changes recorded yet.</p>;
  return (
    <ol className="dc-history" aria-label="Agreement history, newest first">
      {changes.map((c) => (
        <li key={c.id} data-testid="history-entry" data-field={c.field} data-source={c.source}>
          <span className="dc-history__change">
            <strong>{FIELD_LABELS[c.field] ?? c.field}</strong>: {formatTermValue(c.field, c.before)} → {formatTermValue(c.field, c.after)}
          </span>
          <span className="dc-history__meta">
            {formatWhen(c.at)} · {c.by === 'user' ? 'you' : c.by} · {SOURCE[c.source]}
            {c.ref ? ` · “${c.ref.subject || '(no subject)'}”` : ''}
            {c.mergedFrom ? ' · when merging clients' : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
