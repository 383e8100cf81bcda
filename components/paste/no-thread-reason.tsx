// Side panel (React): says in one sentence why there is no thread to read in the current tab.
import type { PageState } from '../../lib/panel/services';

export type NoThreadReason = 'no-tab' | 'not-mail-page' | 'no-content-script' | 'no-thread-open' | 'unrecognised-markup';

export const NO_THREAD_SENTENCES: Record<NoThreadReason, string> = {
  'no-tab': 'There is no browser tab to read right now, so paste a message below instead.',
  'not-mail-page': 'This tab is not Gmail or Outlook on the web, so there is no email thread to read here.',
  'no-content-script': 'Dealcraft cannot reach this mail tab yet; reload the page once so it can read the thread.',
  'no-thread-open': 'No email conversation is open in this tab; open one to see what the client is asking.',
  'unrecognised-markup': "Dealcraft couldn't read this page's layout (the mail app may have changed), but pasting still works.",
};

/** The reason a page state yields no thread, or null when a thread was read. */
export function noThreadReason(state: PageState): NoThreadReason | null {
  if (!state.ok) return state.reason;
  return state.thread.ok ? null : state.thread.reason;
}

export function NoThreadNotice({ reason }: { reason: NoThreadReason }) {
  return (
    <p className="dc-reason" data-testid="no-thread-reason" data-reason={reason}>
      {NO_THREAD_SENTENCES[reason]}
    </p>
  );
}
