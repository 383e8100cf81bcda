// Side panel (React): one quiet line saying how much of a long message, draft or notes the engine read.
import { truncationNotice, type Truncation } from '../../lib/negotiation/limits';

export function TruncationNote({ truncated }: { truncated: Truncation | undefined }) {
  if (!truncated) return null;
  return (
    <p className="dc-muted" role="note" data-testid="truncation-note">
      {truncationNotice(truncated)}
    </p>
  );
}
