// Test helper (Node + happy-dom): loads the webmail fixtures at realistic URLs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPage, type LoadedPage } from '../../../lib/webmail/load-page';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/webmail/', import.meta.url));
/** A real Gmail compose dialog (see tests/fixtures/real-webmail/README.md). */
export const REAL_COMPOSE = fileURLToPath(new URL('../../fixtures/real-webmail/gmail-2020-compose-dialog.html', import.meta.url));

export const URLS = {
  gmailThread: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRKkqwJbXmTnLpDgHsQcWvBz',
  gmailInbox: 'https://mail.google.com/mail/u/0/#inbox',
  outlookThread: 'https://outlook.live.com/mail/0/inbox/id/AQMkADAwATNiZmYAZC1kOTg4LTE2ZjYtMDACLTAwCgBGAAAD%2FAbc',
  outlookInbox: 'https://outlook.live.com/mail/0/inbox',
  outlookPopout: 'https://outlook.office.com/mail/deeplink/compose/AAMkAGI2TG93AAA3?popoutv2=1',
  outlookCloud: 'https://outlook.cloud.microsoft/mail/id/AAkALgAAAAAAHYQDEapmEc2byACqAC%2FEWg0AyMj4zStSpkeg9EIx4kB9IAAGkQFb7AAA',
};

export function fixture(name: string, url: string): LoadedPage {
  return loadPage(readFileSync(`${FIXTURES}${name}`, 'utf8'), url);
}

/** The real captured compose dialog is a fragment: wrap it in a page. */
export function realCompose(): LoadedPage {
  const fragment = readFileSync(REAL_COMPOSE, 'utf8');
  return loadPage(`<!DOCTYPE html><html><head><title>Inbox - jane@gmail.com - Gmail</title></head><body>${fragment}</body></html>`, 'https://mail.google.com/mail/u/0/#inbox?compose=new');
}

/** Local wall-clock time as ISO, so date assertions hold in any time zone. */
export const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).toISOString();
