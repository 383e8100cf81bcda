// Build config (Node): manifest, permissions and modules for every browser target.
import { defineConfig } from 'wxt';
import { adaptManifestForFirefox } from './lib/build/firefox-manifest';

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
  vite: () => ({ plugins: [noFunctionConstructor()] }),
  manifest: {
    name: 'Dealcraft',
    description:
      'Negotiation coach for freelancers in Gmail and Outlook: see what the client is doing, reply on proven principles. Runs locally.',
    permissions: ['storage', 'sidePanel', 'clipboardWrite'],
    host_permissions: MAIL_HOSTS,
    action: { default_title: 'Open Dealcraft' },
  },
});
