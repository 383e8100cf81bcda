// Background service worker: the toolbar button opens the side panel (and tells it the tab's address is now visible);
// a custom-domain Outlook the user takes back loses its registered content script.
import { PANEL_CHANNEL } from '../lib/messaging/protocol-constants';
import { forgetSites, type SitesApi } from '../lib/panel/custom-sites';

interface ActionApi {
  sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>; open(o: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  action?: { onClicked: { addListener(cb: (tab: { windowId?: number }) => void): void } };
  browserAction?: ActionApi['action'];
  permissions?: SitesApi['permissions'] & { onRemoved?: { addListener(cb: (p: { origins?: string[] }) => void): void } };
}

export default defineBackground(() => {
  const api = browser as unknown as ActionApi & SitesApi;
  // The click is handled here rather than by openPanelOnActionClick: only a click the extension handles grants activeTab,
  // which lets the panel see the address of a custom-domain Outlook tab and offer to allow it.
  api.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  (api.action ?? api.browserAction)?.onClicked.addListener((tab) => {
    // Synchronously, inside the click: sidePanel.open needs the user gesture.
    if (api.sidePanel && tab.windowId !== undefined) api.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
    else api.sidebarAction?.open().catch(() => undefined);
    browser.runtime.sendMessage({ channel: PANEL_CHANNEL, type: 'actionClicked' }).catch(() => undefined);
  });
  api.permissions?.onRemoved?.addListener((p) => void forgetSites(api, p.origins ?? []).catch(() => undefined));
});
