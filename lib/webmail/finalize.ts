// Runs in the side panel and Node: finishes raw page state from a content script (quote/signature stripping, ISO dates).
import { cleanMessage } from '../negotiation/clean';
import { parseMailDate } from './dates';
import type { TextPost } from './post';
import type { PageState } from './watch';

export const FULL_POST: TextPost = {
  clean: (t) => cleanMessage(t).body.trim(),
  date: (r) => parseMailDate(r),
};

/** Applies FULL_POST to a state read with RAW_POST. Not idempotent for dates: call once per raw state. */
export function finalizeState(state: PageState): PageState {
  if (!state.thread.ok) return state;
  const t = state.thread.thread;
  return {
    ...state,
    thread: {
      ok: true,
      thread: { ...t, messages: t.messages.map((m) => ({ ...m, body: m.collapsed ? m.body : FULL_POST.clean(m.body), date: FULL_POST.date(m.date) })) },
    },
  };
}
