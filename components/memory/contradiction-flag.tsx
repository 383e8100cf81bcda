// Side panel (React): above the moves, the terms of the client's message that differ from what was agreed — the agreed value, when and where it was agreed, and their words.
import { formatDay } from '../../lib/negotiation/suggest/format';
import type { Contradiction } from '../../lib/negotiation/schemas';
import './memory.css';

const FIELD: Record<Contradiction['field'], string> = {
  price: 'Price',
  deadline: 'Deadline',
  revisionRounds: 'Revision rounds',
  payment: 'Payment',
  depositPercent: 'Deposit',
};
const SOURCE: Record<string, string> = {
  typed: 'typed by you',
  thread: 'captured from a thread',
  'call-summary': 'from a call summary',
  import: 'imported',
  agreement: 'the saved agreement',
};

export function ContradictionFlag({ contradictions, today }: { contradictions: Contradiction[]; today: string }) {
  if (!contradictions.length) return null;
  return (
    <section className="dc-section dc-callout dc-contradiction" role="note" aria-label="Differs from what was agreed" data-testid="contradiction-flag">
      <h2 className="dc-section__title">Differs from what you agreed</h2>
      <ul>
        {contradictions.map((c) => (
          <li key={c.field} data-testid="contradiction" data-field={c.field}>
            <strong>{FIELD[c.field]}</strong>: agreed {c.agreed}
            <span className="dc-memory-meta" data-testid="contradiction-when">
              {' '}
              ({c.agreedOn ? `on ${formatDay(c.agreedOn, today)}` : 'date unknown'}, {SOURCE[c.source] ?? c.source})
            </span>
            . They wrote: <q>{c.clientWords}</q>
          </li>
        ))}
      </ul>
      <p className="dc-memory-meta">The suggestions below cite the agreed term instead of renegotiating it.</p>
    </section>
  );
}
