// Content script (mail page): keeps the page from switching our content script off through WXT's "newer script started" event.
//
// WXT 0.21 (through 0.21.4, the newest on npm) stops a content script when a DOM event named
// `${extensionId}:${entrypoint}:wxt:content-script-started` reaches `document` with another script's id in
// its detail, and posts that very name to the page with window.postMessage when the script starts. Script
// in the page can therefore switch our content script off in its tab with one event. Not reported upstream
// yet (related: wxt-dev/wxt#1937, #1359, PR #2265); report text: docs/upstream/wxt-content-script-kill.md.

/** What WXT's ContentScriptContext exposes at run time (a private static in its types). */
export interface WxtContextClass {
  SCRIPT_STARTED_MESSAGE_TYPE?: unknown;
}

/**
 * While our extension is alive, no "newer script started" event reaches WXT's listener: a genuinely newer
 * copy of this script only exists after the extension was reloaded or updated, and then this copy's
 * runtime is gone (`alive()` false) and the event passes. Listening on `window` in the capture phase runs
 * before any listener on `document`, wherever in the page the event is dispatched. Returns a remover.
 */
export function guardScriptStartedEvent(win: Window, eventName: string, alive: () => boolean): () => void {
  const block = (e: Event) => {
    if (alive()) e.stopImmediatePropagation();
  };
  win.addEventListener(eventName, block, true);
  return () => win.removeEventListener(eventName, block, true);
}

/** The event name WXT listens for: read from its class when it exposes it, else built as WXT 0.21 builds it. */
export function scriptStartedEventName(ctxClass: WxtContextClass, extensionId: string, entrypoint: string): string {
  const name = ctxClass.SCRIPT_STARTED_MESSAGE_TYPE;
  return typeof name === 'string' ? name : `${extensionId}:${entrypoint}:wxt:content-script-started`;
}
