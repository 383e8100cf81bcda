// Side panel (React): the concessions ledger of one client — who gave what, when, on what evidence, and what came back — with its one-line balance.
import { KIND_LABEL, type Ledger } from '../../lib/negotiation/memory/ledger';
import { Card } from '../ui';
import './memory.css';

const SOURCE = { thread: 'in this thread', note: 'from a note', agreement: 'agreement history' } as const;

export function LedgerCard({ ledger, headingLevel = 3 }: { ledger: Ledger; headingLevel?: 2 | 3 | 4 }) {
  if (ledger.entries.length === 0) return null;
  // Newest first: the last concessions matter most to the next reply.
  const rows = [...ledger.entries].reverse().slice(0, 12);
  return (
    <Card title="Concessions" headingLevel={headingLevel} data-testid="ledger" className="dc-ledger">
      <p className={`dc-ledger__balance${ledger.oneSided ? ' dc-ledger__balance--warn' : ''}`} data-testid="ledger-balance">
        {ledger.balance}
        {ledger.oneSided ? ': ask for something in return before giving more.' : ''}
      </p>
      <ol className="dc-ledger__list dc-plain-list" aria-label="Concessions, newest first">
        {rows.map((e, i) => (
          <li key={`${e.source}-${e.date}-${i}`} data-testid="ledger-entry" data-by={e.by} data-kind={e.kind}>
            <span className="dc-ledger__what">
              <strong>{e.by === 'us' ? 'You gave' : 'They gave'}</strong> {KIND_LABEL[e.kind]}
              {e.by === 'us' && (e.return ? <> for <em>{e.return}</em></> : ', nothing in return')}
            </span>
            <q className="dc-ledger__evidence">{e.evidence}</q>
            <span className="dc-ledger__meta">
              {e.date || 'undated'} · {SOURCE[e.source]}
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
