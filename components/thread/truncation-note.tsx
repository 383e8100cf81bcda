// Side panel (React): one quiet line saying how much of a long message, draft or notes the engine read, and one while it reads.
import { truncationNotice, type Truncation } from '../../lib/negotiation/limits';

export function TruncationNote({ truncated }: { truncated: Truncation | undefined }) {
  if (!truncated) return null;
  return (
    <p className="dc-muted" role="note" data-testid="truncation-note">
      {truncationNotice(truncated)}
    </p>
  );
}

/** Progress for inputs past what the engine reads at once: the wait is said, not just shown. */
export function LongReadingNote({ long }: { long: boolean }) {
  if (!long) return null;
  return (
    <p className="dc-muted" role="status" data-testid="reading-long">
      Reading a long message…
    </p>
  );
}
