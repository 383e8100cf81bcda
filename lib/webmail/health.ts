// Runs everywhere (content scripts, Node): the health check every thread read passes, so half-read data never reaches the engine as if it were whole.
import type { UserIdentity } from './identity';
import type { ReadResult, Thread, ThreadMessage } from './types';

/** Where an adapter looked, named in the failure so a bug report says what changed. */
export interface Looked {
  sender: string;
  body: string;
  account: string;
}

const noSender = (m: ThreadMessage) => !m.from.name && !m.from.email;

/**
 * A thread is healthy when some message shows a sender, some message shows text, the latest message shows its sender
 * and the signed-in account is known (without it the user's own replies pass for the client's).
 * Hidden messages ("N older messages") and clipped ones are expected to be empty and are not counted against it.
 */
export function checkThread(thread: Thread, user: UserIdentity | null, looked: Looked): ReadResult {
  const shown = thread.messages.filter((m) => !m.hidden);
  const texts = shown.filter((m) => !m.clipped);
  const latest = shown.at(-1);
  const detail = !latest
    ? 'The thread shows no readable message.'
    : shown.every(noSender)
      ? `No message shows a sender (${looked.sender}).`
      : texts.length && texts.every((m) => !m.body.trim())
        ? `No message shows any text (${looked.body}).`
        : noSender(latest)
          ? `The latest message shows no sender (${looked.sender}), so who wrote it is unknown.`
          : !user
            ? `The signed-in account was not found (${looked.account}), so your own messages cannot be told from the client's.`
            : '';
  return detail ? { ok: false, reason: 'unrecognised-markup', detail } : { ok: true, thread };
}
