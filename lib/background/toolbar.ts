// Background (Chrome service worker, Firefox event page): makes the toolbar button open Dealcraft beside the mail.
// Chrome has a side panel that the browser opens itself; Firefox has a sidebar that the extension must toggle.

interface ClickEvent {
  addListener(cb: (tab: { windowId?: number }) => void): void;
}

/** The slice of either browser's API used here; each browser has only its own half. */
export interface ToolbarApiLike {
  sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>; open?(o: { windowId: number }): Promise<void> };
  sidebarAction?: { toggle(): Promise<void> };
  /** MV3 (Chrome, and Firefox if it ever ships MV3 here). */
  action?: { onClicked: ClickEvent };
  /** MV2 (the Firefox build). */
  browserAction?: { onClicked: ClickEvent };
}

export type ToolbarWiring = 'side-panel' | 'sidebar' | 'none';

/**
 * Chrome: the click is handled here rather than by openPanelOnActionClick, because only a click the extension handles
 * grants activeTab, which lets the panel see the address of a custom-domain Outlook tab and offer to allow it.
 * `onClick` runs after the panel is asked to open (the panel learns the tab's address is now visible).
 */
export function wireToolbarButton(api: ToolbarApiLike, onError: (e: unknown) => void = () => undefined, onClick: () => void = () => undefined): ToolbarWiring {
  const button = api.action ?? api.browserAction;
  if (api.sidePanel?.setPanelBehavior) {
    const panel = api.sidePanel;
    if (!panel.open || !button) {
      panel.setPanelBehavior({ openPanelOnActionClick: true }).catch(onError);
      return 'side-panel';
    }
    panel.setPanelBehavior({ openPanelOnActionClick: false }).catch(onError);
    button.onClicked.addListener((tab) => {
      // Synchronously, inside the click: sidePanel.open needs the user gesture.
      if (tab.windowId !== undefined) panel.open!({ windowId: tab.windowId }).catch(onError);
      onClick();
    });
    return 'side-panel';
  }
  const sidebar = api.sidebarAction;
  if (sidebar?.toggle && button) {
    // toggle() only works while the click's user gesture lasts: call it right away, await nothing before it.
    button.onClicked.addListener(() => {
      sidebar.toggle().catch(onError);
      onClick();
    });
    return 'sidebar';
  }
  return 'none';
}
