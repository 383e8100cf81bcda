// Side panel (React): follows the tab the panel is about and that tab's page state (thread + draft), as the user navigates.
import { useEffect, useState } from 'react';
import type { PageState, TabInfo } from '../../lib/panel/services';
import { useServices } from '../services-context';
import { errorText } from '../../lib/error-text';

export type ActivePage =
  | { status: 'loading'; tab: TabInfo | null }
  | { status: 'no-tab' }
  | { status: 'ready'; tab: TabInfo; state: PageState };

export function useActivePage(): ActivePage {
  const { tabs, page } = useServices();
  const [active, setActive] = useState<ActivePage>({ status: 'loading', tab: null });

  useEffect(() => {
    let disposed = false;
    // Every switch bumps the generation so a slow answer for a tab we already left is dropped.
    let generation = 0;
    let currentTabId: number | null = null;

    const load = async (tab: TabInfo | null) => {
      const gen = ++generation;
      currentTabId = tab?.tabId ?? null;
      if (!tab) {
        setActive({ status: 'no-tab' });
        return;
      }
      setActive((prev) =>
        // Same tab, new URL: keep showing what we have until the new reading arrives, so nothing flashes.
        prev.status === 'ready' && prev.tab.tabId === tab.tabId ? prev : { status: 'loading', tab },
      );
      let state: PageState;
      try {
        state = await page.getPageState(tab.tabId);
      } catch (e) {
        state = { ok: false, reason: 'no-content-script', detail: errorText(e) };
      }
      if (disposed || gen !== generation) return;
      setActive({ status: 'ready', tab, state });
    };

    const offTabs = tabs.onChange((tab) => void load(tab));
    const offPage = page.onPageChanged((tabId, state) => {
      if (disposed || tabId !== currentTabId) return;
      // A push supersedes any request still in flight for the same tab.
      generation++;
      setActive((prev) => {
        const tab = prev.status === 'ready' || (prev.status === 'loading' && prev.tab) ? (prev as { tab: TabInfo }).tab : null;
        return tab && tab.tabId === tabId ? { status: 'ready', tab, state } : prev;
      });
    });
    tabs
      .current()
      .then((tab) => {
        // A tab change may already have arrived; the listener's answer is newer.
        if (!disposed && generation === 0) void load(tab);
      })
      .catch(() => {
        if (!disposed && generation === 0) setActive({ status: 'no-tab' });
      });

    return () => {
      disposed = true;
      offTabs();
      offPage();
    };
  }, [tabs, page]);

  return active;
}
