// Side panel (React): "What the client is doing": each detected move, the principles that answer it, and the quoted evidence.
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
