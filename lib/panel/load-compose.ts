// Side panel (extension page): loads a mail tab's insertion code (gmail-compose.js / outlook-compose.js, see
// lib/webmail/compose-module.ts) when the content script says it is not there yet, then tries the insert once more.
import { errorText } from '../error-text';
import type { InsertResult, WebmailId } from '../webmail/types';

/** The on-demand scripts, as the build names them (entrypoints/*-compose.ts). */
export const COMPOSE_SCRIPTS: Record<WebmailId, string> = { gmail: 'gmail-compose.js', outlook: 'outlook-compose.js' };

/**
 * The injection APIs: `scripting` (Chrome MV3, and Firefox's MV2 package since Firefox 102) or, where a browser lacks it,
 * MV2's `tabs.executeScript`. Both run the file in the extension's isolated world, where the content script looks for it.
 */
export interface InjectApiLike {
  scripting?: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]> };
  tabs: { executeScript?(tabId: number, details: { file: string }): Promise<unknown[]> };
}

export type LoadResult = { ok: true } | { ok: false; detail: string };

/** Runs the compose script for `webmail` in the tab; ok only when the script itself answered with its webmail's id. */
export async function loadCompose(api: InjectApiLike, tabId: number, webmail: WebmailId): Promise<LoadResult> {
  const file = COMPOSE_SCRIPTS[webmail];
  let result: unknown;
  try {
    if (api.scripting) result = (await api.scripting.executeScript({ target: { tabId }, files: [file] }))[0]?.result;
    else if (api.tabs.executeScript) result = (await api.tabs.executeScript(tabId, { file: `/${file}` }))[0];
    else return { ok: false, detail: 'This browser cannot load Dealcraft’s insert code into the mail page.' };
  } catch (e) {
    return { ok: false, detail: `Could not load Dealcraft’s insert code into the mail page: ${errorText(e)}` };
  }
  return result === webmail ? { ok: true } : { ok: false, detail: `Dealcraft’s insert code (${file}) did not start in the mail page.` };
}

const isNotLoaded = (r: unknown) => (r as { reason?: unknown } | null)?.reason === 'not-loaded' || r === 'not-loaded';

/**
 * `attempt` as is while the compose code is in the page; when the page answers 'not-loaded' (first insert in this tab, or
 * the page was reloaded since), `load` and one more attempt. A failed load is the answer, with its reason.
 */
export async function withCompose<T>(attempt: () => Promise<T>, load: () => Promise<LoadResult>, onLoadFailed: (detail: string) => T): Promise<T> {
  const first = await attempt();
  if (!isNotLoaded(first)) return first;
  const loaded = await load();
  return loaded.ok ? attempt() : onLoadFailed(loaded.detail);
}

/** An insert that could not get its code into the page. */
export const notLoaded = (detail: string): InsertResult => ({ ok: false, reason: 'not-loaded', detail });
