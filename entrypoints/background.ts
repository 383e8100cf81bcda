// Background (Chrome service worker, Firefox event page): wires the toolbar button to the side panel or the sidebar.
import { wireToolbarButton, type ToolbarApiLike } from '../lib/background/toolbar';

// Not persistent in Firefox: it only has to be awake for a click; Chrome's MV3 worker is never persistent anyway.
export default defineBackground({
  persistent: false,
  main() {
    wireToolbarButton(browser as unknown as ToolbarApiLike);
  },
});
