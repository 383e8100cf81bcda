// Side panel (React): "What the client is doing": each detected move, the principles that answer it, and the quoted evidence; weaker signals as "maybe".
import { useId } from 'react';
import { MOVES } from '../../lib/negotiation/playbook';
import type { DetectedMove } from '../../lib/negotiation/schemas';
import { EvidenceQuote } from './evidence-quote';
import { PrincipleChips } from './principle-chip';

export function MovesSection({ text, moves, clientName }: { text: string; moves: DetectedMove[]; clientName?: string | null }) {
  const who = clientName?.trim() || 'The client';
  const headingId = useId();
  return (
    <section className="dc-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="dc-section__title">
        What the client is doing
      </h2>
      <ol className="dc-moves dc-plain-list">
        {moves.map((move, i) => (
          <li key={`${move.id}-${move.index}-${i}`} className="dc-move" data-testid="move" data-move-id={move.id}>
            <p className="dc-move__label">
              {who} <strong>{MOVES[move.id].label}</strong>
            </p>
            <EvidenceQuote text={text} evidence={move.evidence} index={move.index} />
            <PrincipleChips ids={MOVES[move.id].answer} label={`How to answer: ${MOVES[move.id].label}`} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Moves below the display threshold: a weak signal with its evidence, so the user sees it instead of nothing.
 * No principles and no suggestions are built on them; the confidence says how often such a signal was right.
 */
export function MaybeMoves({ text, maybe, clientName }: { text: string; maybe: DetectedMove[]; clientName?: string | null }) {
  const who = clientName?.trim() || 'The client';
  const headingId = useId();
  if (!maybe.length) return null;
  return (
    <section className="dc-section dc-maybe" aria-labelledby={headingId} data-testid="maybe-moves">
      <h3 id={headingId} className="dc-maybe__title">
        Maybe
      </h3>
      <p className="dc-muted dc-maybe__hint">Weak signals: check the quote before you answer them.</p>
      <ul className="dc-moves dc-plain-list">
        {maybe.map((move, i) => (
          <li key={`${move.id}-${move.index}-${i}`} className="dc-move dc-move--maybe" data-testid="maybe-move" data-move-id={move.id}>
            <p className="dc-move__label">
              {who} maybe <strong>{MOVES[move.id].label}</strong> <span className="dc-muted">({Math.round(move.confidence * 100)}% sure)</span>
            </p>
            <EvidenceQuote text={text} evidence={move.evidence} index={move.index} />
          </li>
        ))}
      </ul>
    </section>
  );
}
