// Side panel (React): the thread's status under its subject: waiting on the client, how much was read only as a snippet
// ("Read the whole thread"), a clipped latest message.
import { useState } from 'react';
import type { Thread } from '../../lib/webmail/types';
import { threadStatus } from '../../lib/webmail/thread-status';
import { useServices } from '../services-context';
import { Button } from '../ui';

export function ThreadStatusLine({ thread, tabId }: { thread: Thread; tabId: number }) {
  const { page } = useServices();
  const s = threadStatus(thread);
  const mail = thread.webmail === 'gmail' ? 'Gmail' : 'Outlook';
  const [expand, setExpand] = useState<'idle' | 'busy' | 'failed'>('idle');
  const readAll = async () => {
    setExpand('busy');
    const ok = await page.expandThread!(tabId).catch(() => false);
    // On success the page re-renders and the new reading replaces this one; the button stays for what is still collapsed.
    setExpand(ok ? 'idle' : 'failed');
  };
  if (!s.waitingOnClient && !s.snippetOnly && !s.clippedLatest) return null;
  return (
    <div className="dc-thread-status" data-testid="thread-status" data-status={s.waitingOnClient ? 'waiting-on-client' : 'client-spoke-last'}>
      {s.waitingOnClient && (
        <p className="dc-thread-status__waiting" data-testid="waiting-on-client">
          <strong>Waiting on the client:</strong> the latest message in this thread is your own reply. Below is their last message, in case you follow up.
        </p>
      )}
      {s.clippedLatest && (
        <p data-testid="clipped-notice">
          {mail} shows only part of the client's latest message (“View entire message”), so Dealcraft did not analyse it. Open it in full in {mail}.
        </p>
      )}
      {s.snippetOnly > 0 && (
        <div className="dc-thread-status__snippets">
          <p data-testid="snippet-count" data-count={s.snippetOnly}>
            {s.snippetOnly} of {s.total} messages {s.snippetOnly === 1 ? 'is' : 'are'} collapsed in {mail}, so Dealcraft read {s.snippetOnly === 1 ? 'it' : 'them'} only as a
            snippet{s.hidden > 0 ? ` (${s.hidden} hidden behind “older messages”, not even that)` : ''}.
          </p>
          {page.expandThread && (
            <Button size="sm" onClick={readAll} disabled={expand === 'busy'} data-testid="read-whole-thread">
              {expand === 'busy' ? 'Opening the messages…' : 'Read the whole thread'}
            </Button>
          )}
          {expand === 'failed' && (
            <p role="status" data-testid="read-whole-thread-failed">
              {mail} showed no way to open them here: open the collapsed messages in {mail} and Dealcraft reads them as they open.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
