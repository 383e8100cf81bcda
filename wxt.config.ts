// Build config (Node): manifest, permissions and modules for every browser target.
import { defineConfig } from 'wxt';

export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Dealcraft',
    description:
      'Negotiation coach for freelancers in Gmail and Outlook: see what the client is doing, reply on proven principles. Runs locally.',
    permissions: ['storage', 'sidePanel', 'clipboardWrite'],
    host_permissions: MAIL_HOSTS,
    action: { default_title: 'Open Dealcraft' },
  },
});
