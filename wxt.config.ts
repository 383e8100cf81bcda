// Build config (Node): manifest, permissions and modules for every browser target.
import { defineConfig } from 'wxt';
import { OUTLOOK_HOSTS } from './lib/webmail/outlook/detect';

export const GMAIL_MATCHES = ['https://mail.google.com/*'];
export const OUTLOOK_MATCHES = OUTLOOK_HOSTS.map((h) => `https://${h}/*`);
export const MAIL_HOSTS = [...GMAIL_MATCHES, ...OUTLOOK_MATCHES];
/** Outlook on an organisation's own domain: asked for at run time, for that one origin, when the user allows it in the panel. */
export const OPTIONAL_HOSTS = ['https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ manifestVersion }) => ({
    name: 'Dealcraft',
    description:
      'Negotiation coach for freelancers in Gmail and Outlook: see what the client is doing, reply on proven principles. Runs locally.',
    // activeTab: the toolbar button lets the panel see the address of the tab it was clicked on (a custom-domain Outlook);
    // scripting: the on-demand page report, and Outlook on a custom domain once the user allowed it.
    permissions: ['storage', 'sidePanel', 'clipboardWrite', 'activeTab', 'scripting'],
    host_permissions: MAIL_HOSTS,
    ...(manifestVersion === 3 ? { optional_host_permissions: OPTIONAL_HOSTS } : { optional_permissions: OPTIONAL_HOSTS }),
    action: { default_title: 'Open Dealcraft' },
    // Unlisted scripts declared here rather than *.content.ts: WXT's content-script context alone is ~3 kB of a 20 kB budget.
    content_scripts: [
      { matches: GMAIL_MATCHES, js: ['gmail-content.js'], run_at: 'document_idle' },
      { matches: OUTLOOK_MATCHES, js: ['outlook-content.js'], run_at: 'document_idle' },
    ],
  }),
});
