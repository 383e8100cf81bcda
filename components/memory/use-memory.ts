// Side panel (React): the negotiation memory of the open thread — its concessions ledger and what the draft coach needs from it.
import { useMemo } from 'react';
import type { AgreementChange, ClientView } from '../../lib/db';
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
