// Side panel (React): reads messages and drafts in the engine worker (in-thread only where Worker is missing), caches readings per message (module-level) and suggestions per tone.
import { useEffect, useMemo, useState } from 'react';
import type { AnalyzeOptions, DraftMemory, DraftReading, MessageReading, ThreadAnalyzer, ThreadMessageInput } from '../../lib/negotiation/analyze';
import type { AgreementTerms, Analysis, Profile, Tone } from '../../lib/negotiation/schemas';
import type { Thread, ThreadMessage } from '../../lib/webmail/types';
import { errorText } from '../../lib/error-text';
import { MAX_MESSAGE_CHARS } from '../../lib/negotiation/limits';
import { CancelledError, draftInWorker, readInWorker, warmWorkers, workersAvailable } from './engine-client';

type Engine = typeof import('../../lib/negotiation/analyze');

/**
 * The engine (with its NLP lexicon, most of the panel's code) loads in its own chunk, so the shell and the
 * skeletons paint before it is even parsed.
 */
let engine: Engine | null = null;
let enginePromise: Promise<Engine> | null = null;
/** Lives as long as the panel: switching back to a thread reuses its reading. */
let analyzer: ThreadAnalyzer | null = null;

export function loadEngine(): Promise<Engine> {
  // Suggestions are written on this thread from a reading (bounded, a few ms); the readings come from the worker.
  warmWorkers();
  enginePromise ??= import('../../lib/negotiation/analyze').then((m) => {
    engine = m;
    analyzer = new m.ThreadAnalyzer(300);
    return m;
  });
  return enginePromise;
}
/** Readings already made (in the worker or here), so those render synchronously instead of after a round trip. */
const readings = new Map<string, MessageReading>();
function remember(key: string, reading: MessageReading): void {
  readings.delete(key);
  readings.set(key, reading);
  if (readings.size > 300) readings.delete(readings.keys().next().value!);
}

function readingKey(msg: ThreadMessageInput, today: string): string {
  return `${msg.id}\u0000${today}\u0000${msg.from ?? ''}\u0000${msg.text}`;
}

/** The newest message not written by the user: the one the reply answers. */
export function latestClientMessage(thread: Thread): ThreadMessage | null {
  for (let i = thread.messages.length - 1; i >= 0; i--) {
    const m = thread.messages[i]!;
    if (!m.fromUser) return m;
  }
  return null;
}

export function formatAddress(a: { name: string; email: string }): string {
  return a.name && a.email ? `${a.name} <${a.email}>` : a.name || a.email;
}

export type ReadingState =
  | { status: 'idle' }
  /** `long`: past what the engine reads at once, so the panel says it is reading a long message. */
  | { status: 'pending'; long?: boolean }
  | { status: 'ready'; reading: MessageReading }
  | { status: 'error'; message: string };

export function useMessageReading(msg: ThreadMessageInput | null, today: string): ReadingState {
  const key = msg && msg.text.trim() ? readingKey(msg, today) : null;
  const [done, setDone] = useState<{ key: string; state: ReadingState } | null>(null);

  useEffect(() => {
    if (!key || !msg || readings.has(key)) return;
    let cancelled = false;
    if (workersAvailable()) {
      // Off the main thread; a newer message cancels this one (the effect's cleanup), which stops the worker.
      const job = readInWorker(msg, today);
      Promise.all([job.promise, loadEngine()]).then(
        ([reading]) => {
          remember(key, reading);
          if (!cancelled) setDone({ key, state: { status: 'ready', reading } });
        },
        (e: unknown) => !cancelled && !(e instanceof CancelledError) && setDone({ key, state: { status: 'error', message: errorText(e) } }),
      );
      return () => {
        cancelled = true;
        job.cancel();
      };
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    loadEngine().then(
      () => {
        if (cancelled) return;
        // A macrotask lets the frame (and skeletons) paint before the parse runs.
        timer = setTimeout(() => {
          let state: ReadingState;
          try {
            const reading = analyzer!.read(msg, today);
            remember(key, reading);
            state = { status: 'ready', reading };
          } catch (e) {
            state = { status: 'error', message: errorText(e) };
          }
          setDone({ key, state });
        }, 0);
      },
      (e: unknown) => !cancelled && setDone({ key, state: { status: 'error', message: errorText(e) } }),
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `key` captures everything about msg and today that matters; msg itself is a new object every render.
  }, [key]);

  if (!key || !msg) return { status: 'idle' };
  if (done?.key === key) return done.state;
  const known = readings.get(key);
  if (known && engine) return { status: 'ready', reading: known };
  return { status: 'pending', long: msg.text.length > MAX_MESSAGE_CHARS };
}

export interface SuggestOptions {
  profile: Profile;
  agreement?: AgreementTerms;
  today: string;
  /** The agreement's history and save date, so contradictions say when a term was agreed. */
  agreementHistory?: AnalyzeOptions['agreementHistory'];
  agreedAt?: string;
}

/** Suggestions for any tone, computed on first use and kept while the inputs stay the same. */
export function useAnalysisByTone(reading: MessageReading | null, opts: SuggestOptions): ((tone: Tone) => Analysis | Error) | null {
  const { profile, agreement, today, agreementHistory, agreedAt } = opts;
  return useMemo(() => {
    if (!reading) return null;
    const cache = new Map<Tone, Analysis | Error>();
    return (tone: Tone) => {
      let hit = cache.get(tone);
      if (!hit) {
        try {
          // A reading exists only once the engine has loaded.
          hit = engine!.suggestFor(reading, { profile, agreement, today, tone, agreementHistory, agreedAt });
        } catch (e) {
          hit = e instanceof Error ? e : new Error(String(e));
        }
        cache.set(tone, hit);
      }
      return hit;
    };
  }, [reading, profile, agreement, today, agreementHistory, agreedAt]);
}

/** Draft checks, re-run ~400 ms after the draft stops changing. */
export function useDraftChecks(text: string | null, delayMs = 400, memory?: DraftMemory): DraftReading | null {
  const [result, setResult] = useState<{ text: string; reading: DraftReading } | null>(null);
  useEffect(() => {
    if (!text || !text.trim()) {
      setResult(null);
      return;
    }
    let cancelled = false;
    let cancelJob: (() => void) | undefined;
    const timer = setTimeout(() => {
      if (workersAvailable()) {
        const job = draftInWorker(text, memory);
        cancelJob = job.cancel;
        job.promise.then(
          (reading) => !cancelled && setResult({ text, reading }),
          (e: unknown) => !cancelled && !(e instanceof CancelledError) && setResult(null),
        );
        return;
      }
      loadEngine().then(
        (m) => {
          if (cancelled) return;
          try {
            setResult({ text, reading: m.analyzeDraft(text, memory) });
          } catch {
            setResult(null);
          }
        },
        () => !cancelled && setResult(null),
      );
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      cancelJob?.();
    };
  }, [text, delayMs, memory]);
  // Keep showing the previous checks while the user types: less flicker than clearing on every key.
  return text && text.trim() ? (result?.reading ?? null) : null;
}
