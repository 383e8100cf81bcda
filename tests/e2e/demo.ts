// Node (`npm start`): opens Chromium with the built extension on an offline demo mailbox served at Gmail's and Outlook's URLs.
import { resolve } from 'node:path';
import { launch } from './harness';
import { gmailMailbox, loadDemoThreads, outlookMailbox, USER } from './mailbox';
import { walkStates } from './screens';

const OUT = resolve(import.meta.dirname, '../../test-results/demo');

async function main(): Promise<void> {
  const threads = loadDemoThreads();
  const sites = {
    'mail.google.com': gmailMailbox(threads),
    'outlook.office.com': outlookMailbox(threads),
    'example.com': '<!doctype html><title>Example</title><p>Not a mail page: the panel offers paste mode here.</p>',
  };
  const windowed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

  if (!windowed) {
    console.log('No display: running the demo headless and writing screenshots.');
    const h = await launch({ sites });
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

  const h = await launch({ sites, headless: false });
  const mail = await h.context.newPage();
  await mail.goto('https://mail.google.com/mail/u/0/#inbox');
  await h.openPanel();
  await mail.bringToFront();
  console.log(`Demo mailbox of ${USER.name}: ${threads.length} threads at https://mail.google.com/mail/u/0/#inbox (Outlook: https://outlook.office.com/mail/).
Open a thread, then the Dealcraft tab (or click the toolbar icon for the side panel). Close the browser to stop.`);
  await new Promise<void>((done) => h.context.on('close', () => done()));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
