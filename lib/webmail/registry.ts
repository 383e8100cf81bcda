// Runs everywhere (side panel, Node CLI): the one place that knows every webmail adapter. Content scripts import their own adapter directly to stay small.
import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';
import type { WebmailAdapter } from './types';

export const ADAPTERS: readonly WebmailAdapter[] = [gmailAdapter, outlookAdapter];

export function adapterFor(url: URL | string): WebmailAdapter | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  return ADAPTERS.find((a) => a.matches(u)) ?? null;
}

/** True for a URL one of our content scripts runs on. */
export function isMailUrl(url: string | undefined): boolean {
  return !!url && adapterFor(url) !== null;
}
