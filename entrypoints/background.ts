// Background service worker: opens the side panel from the toolbar button.
export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox uses sidebar_action instead.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
});
