// Side panel (React): a negotiation principle as a chip whose hover/focus tooltip explains it.
import { PRINCIPLES, type PrincipleId } from '../../lib/negotiation/playbook';
import { Chip } from '../ui';

export function PrincipleChip({ id }: { id: PrincipleId }) {
  const info = PRINCIPLES[id];
  return (
    <Chip tooltip={info.explanation} label={`Principle: ${info.label}`} data-principle-id={id}>
      {info.label}
    </Chip>
  );
}

export function PrincipleChips({ ids, label }: { ids: readonly PrincipleId[]; label: string }) {
  return (
    <ul className="dc-chips dc-plain-list" aria-label={label}>
      {ids.map((id) => (
        <li key={id}>
          <PrincipleChip id={id} />
        </li>
      ))}
    </ul>
  );
}
