// Side panel (React): "Draft coach": checks of the user's own draft, each with its evidence and advice; clicking finds it in the draft.
import { useId } from 'react';
import { DRAFT_CHECKS, PRINCIPLES } from '../../lib/negotiation/playbook';
import type { FloorWarning } from '../../lib/negotiation/memory/floor';
import type { DraftCheck } from '../../lib/negotiation/schemas';
import { Chip } from '../ui';

export interface DraftCoachProps {
  checks: DraftCheck[] | null;
  /** Shows where the evidence is in the draft (selects it in the mail page or the paste box). */
  onLocate?: (evidence: string) => void;
  pending?: boolean;
  /** Prices under the private floor (shown only here, to the user). */
  floor?: FloorWarning[];
}

export function DraftCoach({ checks, onLocate, pending, floor = [] }: DraftCoachProps) {
  const headingId = useId();
  return (
    <section className="dc-section" aria-labelledby={headingId} data-testid="draft-coach">
      <h2 id={headingId} className="dc-section__title">
        Draft coach
      </h2>
      {checks === null ? (
        <p className="dc-muted">{pending ? 'Reading your draft…' : 'Start your reply and the coach will check it as you type.'}</p>
      ) : checks.length === 0 && floor.length === 0 ? (
        <p className="dc-status--ok" data-testid="draft-clean">
          Your draft looks good: nothing to flag.
        </p>
      ) : (
        <ul className="dc-checks dc-plain-list">
          {checks.map((c, i) => {
            const info = DRAFT_CHECKS[c.id];
            const body = (
              <>
                <span className="dc-check__label">{info.label}</span>
                {c.evidence && (
                  <q className="dc-check__evidence">
                    <mark>{c.evidence}</mark>
                  </q>
                )}
                <span className="dc-check__advice">{c.advice || info.advice}</span>
              </>
            );
            return (
              <li key={`${c.id}-${c.index}-${i}`} className="dc-check" data-testid="draft-check" data-check-id={c.id}>
                {onLocate && c.evidence ? (
                  <button
                    type="button"
                    className="dc-check__button"
                    onClick={() => onLocate(c.evidence)}
                    aria-label={`${info.label}: show “${c.evidence}” in your draft. ${c.advice || info.advice}`}
                  >
                    {body}
                  </button>
                ) : (
                  <div className="dc-check__button">{body}</div>
                )}
                <Chip tone="neutral" tooltip={PRINCIPLES[c.principle].explanation} label={`Principle: ${PRINCIPLES[c.principle].label}`}>
                  {PRINCIPLES[c.principle].label}
                </Chip>
              </li>
            );
          })}
          {floor.map((w, i) => (
            <li key={`floor-${w.index}-${i}`} className="dc-check" data-testid="draft-check" data-check-id={w.kind === 'below' ? 'below_floor' : 'floor_other_currency'}>
              <button
                type="button"
                className="dc-check__button"
                onClick={() => onLocate?.(w.evidence)}
                aria-label={`${w.kind === 'below' ? 'Under your floor' : 'Not compared with your floor'}: show “${w.evidence}” in your draft. ${w.message}`}
              >
                <span className="dc-check__label">{w.kind === 'below' ? 'Under your floor' : 'Not compared with your floor'}</span>
                <q className="dc-check__evidence">
                  <mark>{w.evidence}</mark>
                </q>
                <span className="dc-check__advice">{w.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
