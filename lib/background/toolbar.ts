// Background (Chrome service worker, Firefox event page): makes the toolbar button open Dealcraft beside the mail.
// Chrome has a side panel that the browser opens itself; Firefox has a sidebar that the extension must toggle.

interface ClickEvent {
  addListener(cb: () => void): void;
}

/** The slice of either browser's API used here; each browser has only its own half. */
export interface ToolbarApiLike {
  sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> };
  sidebarAction?: { toggle(): Promise<void> };
  /** MV3 (Chrome, and Firefox if it ever ships MV3 here). */
  action?: { onClicked: ClickEvent };
  /** MV2 (the Firefox build). */
  browserAction?: { onClicked: ClickEvent };
}

export type ToolbarWiring = 'side-panel' | 'sidebar' | 'none';

export function wireToolbarButton(api: ToolbarApiLike, onError: (e: unknown) => void = () => undefined): ToolbarWiring {
  if (api.sidePanel?.setPanelBehavior) {
    api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(onError);
    return 'side-panel';
  }
  const button = api.action ?? api.browserAction;
  const sidebar = api.sidebarAction;
  if (sidebar?.toggle && button) {
    // toggle() only works while the click's user gesture lasts: call it right away, await nothing before it.
    button.onClicked.addListener(() => {
      sidebar.toggle().catch(onError);
    });
    return 'sidebar';
  }
  return 'none';
}
