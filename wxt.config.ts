// Build config (Node): manifest, permissions and modules for every browser target.
import { defineConfig } from 'wxt';
import { adaptManifestForFirefox } from './lib/build/firefox-manifest';
import { OUTLOOK_HOSTS } from './lib/webmail/outlook/detect';

/**
 * zod builds fast parsers with the Function constructor (its JIT). The panel runs zod jitless
 * (lib/zod-jitless.ts), so that code never runs, but it still ships: store reviews and addons-linter flag
 * it as eval. Here it is replaced by a constructor that throws, which zod already treats as "no eval
 * allowed". The build fails if zod's code changed so the pattern is gone, and a test greps the bundles.
 */
function noFunctionConstructor() {
  const ZOD_EVAL = /[\\/]zod[\\/]v4[\\/]core[\\/](?:util|doc|compile)\.js$/;
  return {
    name: 'dealcraft:no-function-constructor',
    transform(this: { error(message: string): never }, code: string, id: string) {
      if (!ZOD_EVAL.test(id)) return null;
      const out = code.replace(/\bconst F = Function;/g, 'const F = function () { throw new EvalError("no eval in Dealcraft"); };');
      if (/\bFunction\b(?!\s*\.)/.test(out.replace(/\/\/.*|\/\*[^]*?\*\/|"[^"\n]*"|`[^`]*`/g, '').replace(/isAsyncFunction|AsyncFunction/g, ''))) {
        this.error(`${id} uses the Function constructor in a way dealcraft:no-function-constructor does not know`);
      }
      return { code: out, map: null };
    },
  };
}

export const GMAIL_MATCHES = ['https://mail.google.com/*'];
export const OUTLOOK_MATCHES = OUTLOOK_HOSTS.map((h) => `https://${h}/*`);
export const MAIL_HOSTS = [...GMAIL_MATCHES, ...OUTLOOK_MATCHES];
/** Outlook on an organisation's own domain: asked for at run time, for that one origin, when the user allows it in the panel. */
export const OPTIONAL_HOSTS = ['https://*/*'];

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
  // The engine worker is an ES module: it shares the panel's chunks (the learned weights are their own chunk,
  // awaited at the top level), which the default iife worker format cannot split.
  vite: () => ({ plugins: [noFunctionConstructor()], worker: { format: 'es' as const, plugins: () => [noFunctionConstructor()] } }),
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
