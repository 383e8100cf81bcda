// Side panel (React): one suggested reply: editable text, tone, principles, and Insert/Copy with an announced outcome.
import { useId, useState } from 'react';
import type { Suggestion, Tone } from '../../lib/negotiation/schemas';
import type { InsertResult } from '../../lib/webmail/types';
import { Banner, Button, Card, Segmented, TextArea } from '../ui';
import { placeholdersIn } from './evidence';
import { PrincipleChips } from './principle-chip';
import { errorText } from '../../lib/error-text';

export const TONES: { value: Tone; label: string }[] = [
  { value: 'warm', label: 'Warm' },
  { value: 'neutral', label: 'Neutral' },
  { value: 'formal', label: 'Formal' },
];

const INSERT_FAILURE: Record<Exclude<InsertResult, { ok: true }>['reason'], string> = {
  'compose-not-found': "Couldn't find a reply box in this thread",
  'not-editable': "The reply box in the mail page can't be edited right now",
  'insert-failed': 'The mail page did not accept the text',
  'not-loaded': 'Dealcraft could not load its insert code into the mail page',
};

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok' | 'error'; text: string };

export interface SuggestionCardProps {
  suggestion: Suggestion;
  tone: Tone;
  onToneChange(tone: Tone): void;
  text: string;
  onTextChange(text: string): void;
  /** Absent when there is no mail tab to insert into (paste mode). */
  onInsert?: (text: string) => Promise<InsertResult>;
  onCopy(text: string): Promise<void>;
  onOpenProfile?: () => void;
  mailName?: string;
}

export function SuggestionCard({ suggestion, tone, onToneChange, text, onTextChange, onInsert, onCopy, onOpenProfile, mailName = 'your mail' }: SuggestionCardProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const missing = placeholdersIn(text, suggestion.missing);
  const titleId = useId();

  const copy = async () => {
    try {
      await onCopy(text);
      setStatus({ kind: 'ok', text: 'Copied to the clipboard.' });
    } catch {
      setStatus({ kind: 'error', text: "Couldn't copy; select the text and copy it by hand." });
    }
  };

  const insert = async () => {
    if (!onInsert) return;
    setStatus({ kind: 'busy' });
    let result: InsertResult;
    try {
      result = await onInsert(text);
    } catch (e) {
      result = { ok: false, reason: 'insert-failed', detail: errorText(e) };
    }
    if (result.ok) {
      setStatus({ kind: 'ok', text: `Inserted into your reply in ${mailName}.` });
      return;
    }
    const why = INSERT_FAILURE[result.reason] ?? 'The mail page did not accept the text';
    try {
      await onCopy(text);
      setStatus({ kind: 'error', text: `${why}, so the reply was copied instead: paste it into your message.` });
    } catch {
      setStatus({ kind: 'error', text: `${why}, and copying failed too: select the text and copy it by hand.` });
    }
  };

  return (
    <Card
      as="li"
      className="dc-suggestion"
      aria-labelledby={titleId}
      data-testid="suggestion"
      data-suggestion-id={suggestion.id}
      data-principles={suggestion.principles.join(' ')}
      data-tone={tone}
    >
      <div className="dc-suggestion__head">
        <h3 id={titleId} className="dc-card__title">
          {suggestion.title}
        </h3>
        <Segmented options={TONES} value={tone} onChange={onToneChange} label={`Tone of "${suggestion.title}"`} data-testid="tone-switch" />
      </div>
      <PrincipleChips ids={suggestion.principles} label={`Principles behind "${suggestion.title}"`} />
      <TextArea
        label={`Reply text: ${suggestion.title}`}
        hideLabel
        value={text}
        onChange={(e) => onTextChange(e.target.value)}
        spellCheck
        data-testid="suggestion-text"
      />
      {missing.length > 0 && (
        <Banner
          tone="warning"
          data-testid="missing-notice"
          actions={
            onOpenProfile && (
              <Button variant="link" size="sm" onClick={onOpenProfile}>
                Fill in your profile
              </Button>
            )
          }
        >
          <span>
            Replace before sending:{' '}
            {missing.map((m, i) => (
              <span key={m}>
                {i > 0 && ', '}
                <mark className="dc-placeholder">{m}</mark>
              </span>
            ))}
          </span>
        </Banner>
      )}
      {suggestion.rationale.length > 0 && (
        <details className="dc-why">
          <summary>Why this works</summary>
          <ul>
            {suggestion.rationale.map((r) => (
              <li key={r.principle}>{r.text}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="dc-suggestion__actions">
        {onInsert && (
          <Button variant="primary" onClick={insert} disabled={status.kind === 'busy' || !text.trim()} data-testid="insert-button">
            {status.kind === 'busy' ? 'Inserting…' : 'Insert into reply'}
          </Button>
        )}
        <Button variant={onInsert ? 'secondary' : 'primary'} onClick={copy} disabled={!text.trim()} data-testid="copy-button">
          Copy
        </Button>
      </div>
      {/* Always rendered so screen readers announce changes to it. */}
      <p
        role="status"
        aria-live="polite"
        className={`dc-status ${status.kind === 'error' ? 'dc-status--error' : status.kind === 'ok' ? 'dc-status--ok' : ''}`}
        data-testid="insert-status"
        data-status={status.kind}
      >
        {status.kind === 'ok' || status.kind === 'error' ? status.text : ''}
      </p>
    </Card>
  );
}
