// Side panel (React): the user spoke last — the thread's stage, when a follow-up is due, and once it is, a follow-up card that inserts like any other.
import { useId, useState } from 'react';
import type { FollowUp } from '../../lib/negotiation/memory/follow-up';
import type { Suggestion } from '../../lib/negotiation/schemas';
import type { InsertResult } from '../../lib/webmail/types';
import { SuggestionCard } from '../thread/suggestion-card';
import './memory.css';

export interface FollowUpSectionProps {
  followUp: FollowUp;
  onInsert?: (text: string) => Promise<InsertResult>;
  onCopy(text: string): Promise<void>;
  mailName?: string;
}

export function FollowUpSection({ followUp, onInsert, onCopy, mailName }: FollowUpSectionProps) {
  const headingId = useId();
  const [edited, setEdited] = useState<string | null>(null);
  const suggestion: Suggestion | null = followUp.text
    ? {
        id: `follow-up-${followUp.stage}`,
        title: followUp.title,
        moves: [],
        principles: ['follow_up', 'keep_dialogue'],
        rationale: [
          { principle: 'follow_up', text: 'Reminds them once, specifically to where the thread stopped, without pressure.' },
          { principle: 'keep_dialogue', text: 'Ends with one question that is easy to answer.' },
        ],
        tone: 'neutral',
        text: followUp.text,
        missing: [],
      }
    : null;
  return (
    <section className="dc-section" aria-labelledby={headingId} data-testid="follow-up" data-stage={followUp.stage} data-due={followUp.due ? 'yes' : 'no'}>
      <h2 id={headingId} className="dc-section__title">
        Follow up
      </h2>
      <p data-testid="follow-up-summary">{followUp.summary}</p>
      {suggestion && (
        <ul className="dc-suggestions dc-plain-list">
          <SuggestionCard
            suggestion={suggestion}
            tone="neutral"
            onToneChange={() => {}}
            hideTone
            text={edited ?? suggestion.text}
            onTextChange={setEdited}
            onInsert={onInsert}
            onCopy={onCopy}
            mailName={mailName}
          />
        </ul>
      )}
    </section>
  );
}
