// Side panel (React): "Suggested replies": one card per strategy; keeps the user's edits per suggestion and tone.
import { useCallback, useId, useState } from 'react';
import type { Analysis, Tone } from '../../lib/negotiation/schemas';
import type { InsertResult } from '../../lib/webmail/types';
import { Banner } from '../ui';
import { SuggestionCard } from './suggestion-card';

export interface SuggestionsSectionProps {
  /** Analysis in the user's default tone: decides which cards exist and in what order. */
  base: Analysis;
  defaultTone: Tone;
  analysisFor(tone: Tone): Analysis | Error;
  onInsert?: (text: string) => Promise<InsertResult>;
  onCopy(text: string): Promise<void>;
  onOpenProfile?: () => void;
  mailName?: string;
}

/** Remount (change `key`) when the thread changes: edits live only while the thread stays open. */
export function SuggestionsSection({ base, defaultTone, analysisFor, onInsert, onCopy, onOpenProfile, mailName }: SuggestionsSectionProps) {
  const headingId = useId();
  const [tones, setTones] = useState<Record<string, Tone>>({});
  const [edits, setEdits] = useState<Record<string, string>>({});
  const setTone = useCallback((id: string, tone: Tone) => setTones((t) => ({ ...t, [id]: tone })), []);

  return (
    <section className="dc-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="dc-section__title">
        Suggested replies
      </h2>
      {base.suggestions.length === 0 ? (
        <p className="dc-muted">No reply strategy fits this message yet.</p>
      ) : (
        <ul className="dc-suggestions dc-plain-list">
          {base.suggestions.map((s) => {
            const tone = tones[s.id] ?? defaultTone;
            const variant = tone === defaultTone ? base : analysisFor(tone);
            const failed = variant instanceof Error;
            // A strategy missing in another tone falls back to the default wording rather than vanishing.
            const suggestion = (!failed && variant.suggestions.find((v) => v.id === s.id)) || s;
            const editKey = `${s.id}\u0000${tone}`;
            const text = edits[editKey] ?? suggestion.text;
            return (
              <SuggestionCard
                key={s.id}
                suggestion={suggestion}
                tone={tone}
                onToneChange={(t) => setTone(s.id, t)}
                text={text}
                onTextChange={(value) => setEdits((e) => ({ ...e, [editKey]: value }))}
                onInsert={onInsert}
                onCopy={onCopy}
                onOpenProfile={onOpenProfile}
                mailName={mailName}
              />
            );
          })}
        </ul>
      )}
      {Object.values(tones).some((t) => {
        const v = analysisFor(t);
        return v instanceof Error;
      }) && <Banner tone="error">Couldn't rewrite a reply in that tone; showing the default wording.</Banner>}
    </section>
  );
}
