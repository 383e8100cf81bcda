// Side panel (React): paste a client message (or your own draft) and get the same analysis as a live thread, with Copy.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useProfile } from '../../lib/db/hooks';
import { useServices } from '../services-context';
import { DraftCoach } from '../thread/draft-coach';
import { MaybeMoves, MovesSection } from '../thread/moves-section';
import { SuggestionsSection } from '../thread/suggestions-section';
import { useAnalysisByTone, useDraftChecks, useMessageReading } from '../thread/use-analysis';
import { Banner, Button, Skeleton, TextArea } from '../ui';
import { LongReadingNote, TruncationNote } from '../thread/truncation-note';
import './paste.css';

/** Delay before a pasted/typed message is analysed, so typing stays smooth. */
const TYPING_DELAY_MS = 300;

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export interface PasteModeProps {
  onOpenProfile?: () => void;
  /** Start with the paste box open (otherwise a button opens it). */
  initiallyOpen?: boolean;
}

export function PasteMode({ onOpenProfile, initiallyOpen = true }: PasteModeProps) {
  const services = useServices();
  const profile = useProfile(services.db);
  const today = useMemo(() => services.today(), [services]);
  const [open, setOpen] = useState(initiallyOpen);
  const [text, setText] = useState('');
  const [isDraft, setIsDraft] = useState(false);
  const boxRef = useRef<HTMLTextAreaElement | null>(null);
  const toggleId = useId();
  const headingId = useId();

  const settled = useDebounced(text, TYPING_DELAY_MS);
  const reading = useMessageReading(!isDraft && settled.trim() ? { id: 'paste', text: settled } : null, today);
  const analysisFor = useAnalysisByTone(reading.status === 'ready' ? reading.reading : null, { profile, today });
  const draft = useDraftChecks(isDraft ? text : null);

  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} data-testid="paste-open">
        Paste a message instead
      </Button>
    );
  }

  const base = analysisFor?.(profile.tone);
  const locate = (evidence: string) => {
    const box = boxRef.current;
    if (!box) return;
    const at = box.value.indexOf(evidence);
    box.focus();
    if (at >= 0) box.setSelectionRange(at, at + evidence.length);
  };

  return (
    <section className="dc-paste" aria-labelledby={headingId}>
      <h2 id={headingId} className="dc-section__title">
        Paste mode
      </h2>
      <TextArea
        label={isDraft ? 'Your draft reply' : "The client's message"}
        hint={isDraft ? 'The coach checks it as you type.' : 'Paste the message you want to answer; nothing leaves your computer.'}
        value={text}
        onChange={(e) => setText(e.target.value)}
        ref={boxRef}
        rows={5}
        data-testid="paste-box"
      />
      <div className="dc-paste__toggle">
        <input id={toggleId} type="checkbox" checked={isDraft} onChange={(e) => setIsDraft(e.target.checked)} data-testid="paste-is-draft" />
        <label htmlFor={toggleId}>This is my draft</label>
      </div>

      {isDraft ? (
        text.trim() && (
          <>
            <TruncationNote truncated={draft?.truncated} />
            <DraftCoach checks={draft?.checks ?? null} pending={!draft} onLocate={locate} />
          </>
        )
      ) : reading.status === 'pending' || (reading.status === 'idle' && text.trim()) ? (
        <div aria-busy="true" aria-label="Analysing the message" className="dc-stack">
          <LongReadingNote long={reading.status === 'pending' && !!reading.long} />
          <Skeleton height={84} radius={8} />
          <Skeleton height={180} radius={12} />
        </div>
      ) : reading.status === 'error' ? (
        <Banner tone="error" live="polite">
          Dealcraft couldn't analyse this message: {reading.message}
        </Banner>
      ) : base instanceof Error ? (
        <Banner tone="error" live="polite">
          Dealcraft couldn't write suggestions for this message: {base.message}
        </Banner>
      ) : base && analysisFor ? (
        <>
          <TruncationNote truncated={base.truncated} />
          {base.moves.length > 0 ? (
            <MovesSection text={base.text} moves={base.moves} clientName={base.entities.clientName} />
          ) : (
            <p className="dc-muted" data-testid="no-moves">
              Nothing to negotiate in this message.
            </p>
          )}
          {reading.status === 'ready' && <MaybeMoves text={base.text} maybe={reading.reading.maybe} clientName={base.entities.clientName} />}
          {(base.moves.length > 0 || base.suggestions.length > 0) && (
            <SuggestionsSection
              key={settled}
              base={base}
              defaultTone={profile.tone}
              analysisFor={analysisFor}
              onCopy={(t) => services.clipboard.writeText(t)}
              onOpenProfile={onOpenProfile}
            />
          )}
        </>
      ) : null}
    </section>
  );
}
