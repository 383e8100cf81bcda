// Side panel (React): "Waiting on the client" — threads the panel has seen where the user spoke last, with working days waiting, newest first.
import { useLiveQuery } from 'dexie-react-hooks';
import type { DealcraftDB } from '../../lib/db';
import { listWaiting } from '../../lib/db/waiting';
import { STAGE_LABEL, dayOf, workingDaysBetween } from '../../lib/negotiation/memory/follow-up';
import { Card } from '../ui';
import './memory.css';

export function WaitingList({ db, today }: { db: DealcraftDB; today: string }) {
  const rows = useLiveQuery(() => listWaiting(db), [db]);
  if (!rows || rows.length === 0) return null;
  return (
    <Card title="Waiting on the client" headingLevel={3} data-testid="waiting-list" className="dc-waiting">
      <ol className="dc-plain-list" aria-label="Threads waiting on the client, newest first">
        {rows.map((r) => {
          const days = workingDaysBetween(dayOf(r.lastAt) ?? today, today);
          return (
            <li key={r.key} data-testid="waiting-entry" data-days={days}>
              <span>
                <strong>{r.subject || '(no subject)'}</strong>
                {r.clientName ? ` · ${r.clientName}` : ''}
                {r.stage ? <span className="dc-memory-meta"> · after {STAGE_LABEL[r.stage]}</span> : null}
              </span>
              <span className="dc-memory-meta" data-testid="waiting-days">
                {days} working day{days === 1 ? '' : 's'}
              </span>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
