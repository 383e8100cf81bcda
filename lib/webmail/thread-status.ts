// Runs everywhere (side panel, Node): what the panel says about a thread before any analysis: who spoke last, and how much of it was read.
import type { Thread } from './types';

export interface ThreadStatus {
  total: number;
  /** Read only from a collapsed header's snippet, or (hidden behind "N older messages") not at all. */
  snippetOnly: number;
  hidden: number;
  /** The latest message is the user's own (collapsed or not): the thread is waiting on the client. */
  waitingOnClient: boolean;
  /** The client's latest message was clipped by the mail client ("View entire message") and left unread. */
  clippedLatest: boolean;
}

export function threadStatus(thread: Thread): ThreadStatus {
  const ms = thread.messages;
  const latestClient = [...ms].reverse().find((m) => !m.fromUser);
  return {
    total: ms.length,
    snippetOnly: ms.filter((m) => m.collapsed).length,
    hidden: ms.filter((m) => m.hidden).length,
    waitingOnClient: ms.at(-1)?.fromUser === true,
    clippedLatest: !!latestClient?.clipped,
  };
}
