// Background (Chrome service worker, Firefox event page): the toolbar button opens Dealcraft beside the mail; a custom-domain
// Outlook the user takes back loses its registered content script.
import { wireToolbarButton, type ToolbarApiLike } from '../lib/background/toolbar';
import { PANEL_CHANNEL } from '../lib/messaging/protocol-constants';
import { forgetSites, type SitesApi } from '../lib/panel/custom-sites';

type PermissionsEvents = { permissions?: { onRemoved?: { addListener(cb: (p: { origins?: string[] }) => void): void } } };

// Not persistent in Firefox: it only has to be awake for a click; Chrome's MV3 worker is never persistent anyway.
export default defineBackground({
  persistent: false,
  main() {
    const api = browser as unknown as ToolbarApiLike & SitesApi & PermissionsEvents;
    wireToolbarButton(api, () => undefined, () => {
      browser.runtime.sendMessage({ channel: PANEL_CHANNEL, type: 'actionClicked' }).catch(() => undefined);
    });
    api.permissions?.onRemoved?.addListener((p) => void forgetSites(api, p.origins ?? []).catch(() => undefined));
  },
});
