// Side panel (React): the negotiation memory of the open thread — its concessions ledger and what the draft coach needs from it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { getAgreementHistory, type AgreementChange, type ClientView, type DealcraftDB } from '../../lib/db';
import { recordThreadSeen } from '../../lib/db/waiting';
import { followUpFor, type FollowUp } from '../../lib/negotiation/memory/follow-up';
import type { DraftMemory } from '../../lib/negotiation/analyze';
import { buildLedger, type Ledger } from '../../lib/negotiation/memory/ledger';
import type { Profile } from '../../lib/negotiation/schemas';
import type { Thread } from '../../lib/webmail/types';

export interface ThreadMemory {
  ledger: Ledger;
  draft: DraftMemory;
}

export function useThreadMemory(thread: Thread, clientView: ClientView | null | undefined, history: AgreementChange[] | undefined, profile?: Profile): ThreadMemory {
  const notes = clientView?.notes;
  return useMemo(() => {
    const messages = thread.messages.filter((m) => m.body.trim()).map((m) => ({ text: m.body, date: m.date, fromUser: m.fromUser }));
    const ledger = buildLedger({ messages, notes: notes ?? [], history: history ?? [] });
    let clientText = '';
    for (let i = thread.messages.length - 1; i >= 0; i--) {
      if (!thread.messages[i]!.fromUser) {
        clientText = thread.messages[i]!.body;
        break;
      }
    }
    return { ledger, draft: { ledger, clientText, profile } };
  }, [thread, notes, history, profile]);
}

/** The client in a thread where the user spoke last: whom the user's newest message went to. */
function counterpart(thread: Thread): { name: string; email: string } | null {
  const last = thread.messages[thread.messages.length - 1];
  if (!last) return null;
  if (!last.fromUser) return last.from;
  const other = [...thread.messages].reverse().find((m) => !m.fromUser)?.from;
  return other ?? last.to[0] ?? null;
}

/**
 * The agreement history of this client, or undefined until it is read: a live query keeps its last result while a
 * new key loads, so the result carries the id it belongs to.
 */
export function useClientHistory(db: DealcraftDB, clientId: string | undefined): AgreementChange[] | undefined {
  const r = useLiveQuery(async () => ({ clientId, history: clientId ? await getAgreementHistory(db, clientId) : [] }), [db, clientId]);
  return r && r.clientId === clientId ? r.history : undefined;
}

export function useFollowUp(thread: Thread, today: string, profile: Profile): FollowUp | null {
  return useMemo(() => {
    const who = counterpart(thread);
    return followUpFor({
      messages: thread.messages.map((m) => ({ text: m.body, date: m.date, fromUser: m.fromUser })),
      today,
      profile,
      clientName: who?.name.trim().split(/\s+/)[0] || null,
      subject: thread.subject,
    });
  }, [thread, today, profile]);
}

/** Keeps the "Waiting on the client" list true to what the panel saw in this thread. Local only. */
export function useRecordThreadSeen(db: DealcraftDB, thread: Thread, followUp: FollowUp | null): void {
  const last = thread.messages[thread.messages.length - 1];
  const who = counterpart(thread);
  const userSpokeLast = !!last?.fromUser;
  const lastAt = last?.date ?? null;
  useEffect(() => {
    if (!last) return;
    recordThreadSeen(db, {
      webmail: thread.webmail,
      threadId: thread.threadId,
      subject: thread.subject,
      clientName: who?.name || undefined,
      clientEmail: who?.email || undefined,
      userSpokeLast,
      lastAt,
      stage: followUp?.stage,
    }).catch(() => {
      // The list is a convenience: a failed write must not disturb the thread view.
    });
    // The identity of the thread and its newest message decide what is stored.
  }, [db, thread.webmail, thread.threadId, thread.subject, userSpokeLast, lastAt, followUp?.stage, who?.email]);
}
