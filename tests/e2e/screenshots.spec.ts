// Node (Playwright + vitest): the side panel's main states, light and dark, written to test-results/screenshots.
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { gmailMailbox, outlookMailbox } from './mailbox';
import { walkStates } from './screens';

let h: Harness;
beforeAll(async () => {
  h = await launch({ sites: { 'mail.google.com': gmailMailbox(), 'outlook.office.com': outlookMailbox(), 'example.com': '<!doctype html><p>Not mail.</p>' } });
});
afterAll(async () => {
  const violations = h.violations;
  await h.close();
  expect(violations).toEqual([]);
});

it('walks every main state and follows the system colour scheme', async () => {
  const shots = await walkStates(h, resolve(import.meta.dirname, '../../test-results/screenshots'));
  expect(shots.length).toBe(10);
  const panel = h.context.pages().find((p) => p.url().includes('sidepanel.html'))!;
  const luminance = async () =>
    panel.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    });
  await panel.emulateMedia({ colorScheme: 'light' });
  const light = await luminance();
  await panel.emulateMedia({ colorScheme: 'dark' });
  const dark = await luminance();
  expect(light).toBeGreaterThan(200);
  expect(dark).toBeLessThan(60);
});
