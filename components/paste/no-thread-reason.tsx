// Side panel (React): says in one sentence why there is no thread to read in the current tab.
import type { PageState } from '../../lib/panel/services';

export type NoThreadReason = 'no-tab' | 'not-mail-page' | 'no-content-script' | 'blocked-by-browser' | 'no-thread-open' | 'unrecognised-markup';

export const NO_THREAD_SENTENCES: Record<NoThreadReason, string> = {
  'no-tab': 'There is no browser tab to read right now, so paste a message below instead.',
  'not-mail-page': 'This tab is not Gmail or Outlook on the web, so there is no email thread to read here.',
  'no-content-script': 'Dealcraft cannot reach this mail tab yet; reload the page once so it can read the thread.',
  'blocked-by-browser':
    'Microsoft Edge does not let extensions run on outlook.cloud.microsoft, so Dealcraft cannot read this tab. Open Outlook in another browser (Chrome or Firefox), or at outlook.office.com if your organisation still serves it there.',
  'no-thread-open': 'No email conversation is open in this tab; open one to see what the client is asking.',
  'unrecognised-markup': "Dealcraft couldn't read this page's layout (the mail app may have changed), but pasting still works.",
};

/** Edge hides the address of a tab it blocks: when the address is hidden, say what it may be. */
export const EDGE_HINT =
  'On Microsoft Edge, Outlook at outlook.cloud.microsoft is closed to extensions: if this tab is Outlook, open it in another browser or at outlook.office.com.';

/** The reason a page state yields no thread, or null when a thread was read. */
export function noThreadReason(state: PageState): NoThreadReason | null {
  if (!state.ok) return state.reason;
  return state.thread.ok ? null : state.thread.reason;
}

/** What the adapter said it missed: shown under the sentence when the layout was not recognised. */
export function noThreadDetail(state: PageState): string | null {
  if (state.ok && !state.thread.ok && state.thread.reason === 'unrecognised-markup') return state.thread.detail;
  return null;
}

export function NoThreadNotice({ reason, detail, edge }: { reason: NoThreadReason; detail?: string | null; edge?: boolean }) {
  const notice = (
    <p className="dc-reason" data-testid="no-thread-reason" data-reason={reason}>
      {NO_THREAD_SENTENCES[reason]}
    </p>
  );
  if (!detail && !edge) return notice;
  return (
    <div className="dc-reason-group">
      {notice}
      {detail && (
        <p className="dc-reason__detail" data-testid="no-thread-detail">
          {detail}
        </p>
      )}
      {edge && <p className="dc-reason__detail">{EDGE_HINT}</p>}
    </div>
  );
}
