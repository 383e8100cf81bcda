// Build config (Node): manifest, permissions and modules for every browser target.
import { defineConfig } from 'wxt';
import { adaptManifestForFirefox } from './lib/build/firefox-manifest';

export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The sources zip that addons.mozilla.org reviewers build from: the repository, without local run output.
  zip: { excludeSources: ['test-results/**', 'coverage/**'] },
  hooks: {
    // Firefox's manifest differs from Chrome's in lib/build/firefox-manifest.ts only.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') adaptManifestForFirefox(manifest);
    },
  },
  manifest: {
    name: 'Dealcraft',
    description:
      'Negotiation coach for freelancers in Gmail and Outlook: see what the client is doing, reply on proven principles. Runs locally.',
    permissions: ['storage', 'sidePanel', 'clipboardWrite'],
    host_permissions: MAIL_HOSTS,
    action: { default_title: 'Open Dealcraft' },
  },
});
