// Content script and Node: tells Outlook on the web from any other page, on Microsoft's hosts and on an organisation's own domain.
import { OUTLOOK } from './selectors';

/** Microsoft's hosts for Outlook on the web: personal, older work URLs, and where work and school accounts now open. */
export const OUTLOOK_HOSTS = ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'];

/** True on Microsoft's hosts, and on any other https page that loads OWA's bundle or its CDN (custom domains). */
export function isOutlookPage(doc: Document): boolean {
  const loc = doc.location;
  return !!loc && loc.protocol === 'https:' && (OUTLOOK_HOSTS.includes(loc.hostname) || doc.querySelector(OUTLOOK.owaMarker) !== null);
}
