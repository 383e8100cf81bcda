// Content script (mail page): starts one bridge per page with the few lifecycle duties a content script has, in a few
// hundred bytes instead of WXT's ContentScriptContext (~3 kB), which kept the scripts over their 20 kB budget. Without that
// context there is also no page event that can switch the script off (docs/upstream/wxt-content-script-kill.md).
import { forgetCompose } from '../webmail/compose-module';
import type { PageAdapter } from '../webmail/types';
import { startContentBridge, type RuntimeLike } from './content-bridge';

type Scope = typeof globalThis & { navigation?: EventTarget; dealcraftStop?: () => void };

/**
 * Answers the panel and reports page changes until the extension goes away (update, reload, uninstall). A copy injected
 * later into the same page (after the user allowed a custom domain) takes over from the earlier one: content scripts of
 * this extension share one isolated world per frame, so the handover is invisible to the page.
 */
export function runContentScript(runtime: RuntimeLike, adapter: PageAdapter, scope: Scope = globalThis): void {
  scope.dealcraftStop?.();
  // The compose code an earlier copy used may be an older version's: the panel injects the current one at the next insert.
  forgetCompose(scope);
  const stop = startContentBridge(runtime, adapter, scope.document, {
    raw: true,
    // OWA navigates with history.pushState, which fires no event of its own; the Navigation API sees it.
    subscribeLocation: (cb) => scope.navigation?.addEventListener('navigate', () => scope.setTimeout(cb, 0)),
    isAlive: () => !!runtime.id,
  });
  scope.dealcraftStop = stop;
}
