// Node (Playwright + vitest): the branded-Chrome path (Extensions.loadUnpacked over Playwright's pipe), proven on the Chromium found here.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { requireBrowser } from './find-browser';
import { launch, type Harness } from './harness';
import { gmailMailbox, gmailThreadUrl, loadDemoThreads } from './mailbox';

// Google Chrome cannot be installed on the development machines, but it loads extensions with the same CDP command
// that Chromium implements; forcing that path here keeps the code that branded Chrome needs from rotting.
let h: Harness;
beforeAll(async () => {
  h = await launch({ sites: { 'mail.google.com': gmailMailbox() }, browser: { ...requireBrowser(), load: 'cdp' } });
});
afterAll(async () => {
  const violations = h.violations;
  await h.close();
  expect(violations).toEqual([]);
});

it('loads the extension without --load-extension, and the panel reads the open thread', async () => {
  expect(h.args.filter((a) => a.includes('load-extension') || a.includes('disable-extensions-except'))).toEqual([]);
  expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  const thread = loadDemoThreads().find((t) => t.subject.includes('URGENT'))!;
  const mail = await h.context.newPage();
  await mail.goto(gmailThreadUrl(thread.id));
  const panel = await h.openPanel();
  await mail.bringToFront();
  await panel.bringToFront();
  await expect.poll(() => panel.getByTestId('client-card').textContent(), { timeout: 20_000 }).toContain('Kevin');
});
