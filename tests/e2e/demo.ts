// Node (`npm start`): opens a Chromium-family browser with the built extension on an offline demo mailbox served at Gmail's and Outlook's URLs.
import { resolve } from 'node:path';
import { errorText } from '../../lib/error-text';
import { BrowserNotFoundError, describeBrowser, findBrowser } from './find-browser';
import { launch } from './harness';
import { gmailMailbox, loadDemoThreads, outlookMailbox, USER } from './mailbox';
import { walkStates } from './screens';

const OUT = resolve(import.meta.dirname, '../../test-results/demo');

async function main(): Promise<void> {
  const found = findBrowser();
  if (!found.ok) throw new BrowserNotFoundError(found.message);
  const browser = found.browser;
  console.log(describeBrowser(browser));
  const threads = loadDemoThreads();
  const sites = {
    'mail.google.com': gmailMailbox(threads),
    'outlook.office.com': outlookMailbox(threads),
    'example.com': '<!doctype html><title>Example</title><p>Not a mail page: the panel offers paste mode here.</p>',
  };
  const windowed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

  if (!windowed) {
    console.log('No display: running the demo headless and writing screenshots.');
    const h = await launch({ sites, browser });
    try {
      const shots = await walkStates(h, OUT);
      console.log(`\nThe side panel in ${shots.length / 2} states, light and dark:\n${shots.map((s) => `  ${s}`).join('\n')}`);
      if (h.violations.length) throw new Error(`unexpected requests: ${h.violations.join(', ')}`);
      console.log('\nNo request left the machine.');
    } finally {
      await h.close();
    }
    return;
  }

  const h = await launch({ sites, browser, headless: false });
  const mail = await h.context.newPage();
  await mail.goto('https://mail.google.com/mail/u/0/#inbox');
  await h.openPanel();
  await mail.bringToFront();
  console.log(`Demo mailbox of ${USER.name}: ${threads.length} threads at https://mail.google.com/mail/u/0/#inbox (Outlook: https://outlook.office.com/mail/).
Open a thread, then the Dealcraft tab (or click the toolbar icon for the side panel). Close the browser to stop.`);
  await new Promise<void>((done) => h.context.on('close', () => done()));
}

main().catch((err) => {
  console.error(errorText(err));
  // 2: nothing to run the demo in (the message says what to install); 1: the demo itself failed.
  process.exit(err instanceof BrowserNotFoundError ? 2 : 1);
});
