// Side panel (React): a client's notes, newest first, with an inline box to add one (linked to the open thread when there is one).
import { useState } from 'react';
import { addNote, type Note, type ThreadRef } from '../../lib/db';
import { useServices } from '../services-context';
import { Banner, Button, TextArea } from '../ui';
import './data.css';
import { errorText } from '../../lib/error-text';

const SOURCE_WORDS: Record<Note['source'], string> = { typed: 'typed', thread: 'from a thread', 'call-summary': 'call summary' };

export function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export interface NotesPanelProps {
  clientId: string;
  /** Newest first. */
  notes: Note[];
  thread?: ThreadRef | null;
  /** Shown above the list ("Last 3 notes"). */
  caption?: string;
}

export function NotesPanel({ clientId, notes, thread, caption }: NotesPanelProps) {
  const { db } = useServices();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (!text.trim()) {
      setError('Write something first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await addNote(db, { clientId, text, source: thread ? 'thread' : 'typed', ...(thread ? { thread } : {}) });
      setText('');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dc-form">
      <TextArea
        label={thread ? 'Add a note (linked to this thread)' : 'Add a note'}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Ctrl/Cmd+Enter saves, as in most mail composers.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
        data-testid="note-input"
        hint="Ctrl+Enter to save"
      />
      <div className="dc-form-actions">
        <Button variant="secondary" size="sm" onClick={() => void save()} disabled={busy} data-testid="add-note">
          Add note
        </Button>
      </div>
      {error && (
        <Banner tone="error" live="assertive">
          {error}
        </Banner>
      )}
      {caption && notes.length > 0 && <p className="dc-muted-text">{caption}</p>}
      {notes.length > 0 ? (
        <ul className="dc-notes" aria-label="Notes, newest first">
          {notes.map((n) => (
            <li key={n.id} className="dc-note" data-testid="note">
              <span className="dc-note__meta">
                {formatWhen(n.at)} · {SOURCE_WORDS[n.source]}
                {n.thread ? ` · “${n.thread.subject || '(no subject)'}”` : ''}
              </span>
              {n.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="dc-muted-text">No notes yet.</p>
      )}
    </div>
  );
}
