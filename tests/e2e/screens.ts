// Node (Playwright): walks the side panel through its main states on the demo mailbox and screenshots each, light and dark.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';
import { gmailThreadUrl, loadDemoThreads } from './mailbox';

export type Scheme = 'light' | 'dark';

const PANEL_VIEWPORT = { width: 420, height: 1000 };

async function shoot(panel: Page, dir: string, name: string, schemes: Scheme[], shots: string[]): Promise<void> {
  for (const scheme of schemes) {
    await panel.emulateMedia({ colorScheme: scheme });
    const path = resolve(dir, `${name}-${scheme}.png`);
    await panel.screenshot({ path, fullPage: true });
    shots.push(path);
  }
  await panel.emulateMedia({ colorScheme: 'light' });
}

/** Brings the mail tab forward, then the panel, so the panel follows that tab. */
async function follow(mail: Page, panel: Page): Promise<void> {
  await mail.bringToFront();
  await panel.bringToFront();
}

/** Fills the first-run profile setup the way a new user would. */
export async function fillProfileSetup(panel: Page): Promise<void> {
  const setup = panel.getByTestId('profile-setup');
  if (!(await setup.isVisible().catch(() => false))) return;
  await panel.getByTestId('setup-name').fill('Dana Levi');
  await panel.getByTestId('setup-signature').fill('Dana Levi\nCopywriter · levi.studio');
  await panel.getByTestId('setup-currency').fill('ILS');
  await panel.getByTestId('setup-service-name').fill('Website copy');
  await panel.getByTestId('setup-service-price').fill('6000');
  await panel.getByTestId('setup-deposit').fill('40');
  await panel.getByTestId('setup-rounds').fill('2');
  await panel.getByTestId('setup-hours').fill('Mon–Fri, 9:00–17:00 CET');
  await panel.getByTestId('profile-save').click();
  await setup.waitFor({ state: 'detached', timeout: 10_000 });
}

export async function walkStates(h: Harness, dir: string, schemes: Scheme[] = ['light', 'dark']): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const threads = loadDemoThreads();
  const find = (s: string) => threads.find((t) => t.subject.includes(s))!;
  const shots: string[] = [];

  const mail = await h.context.newPage();
  await mail.goto(gmailThreadUrl(find('Website copy').id));
  const panel = await h.openPanel();
  await panel.setViewportSize(PANEL_VIEWPORT);
  await follow(mail, panel);
  await fillProfileSetup(panel);

  await panel.getByTestId('suggestion').first().waitFor({ timeout: 30_000 });
  await shoot(panel, dir, '1-thread-discount', schemes, shots);

  await mail.bringToFront();
  await mail.goto(gmailThreadUrl(find('URGENT').id));
  await mail.getByRole('button', { name: 'Reply' }).first().click();
  const box = mail.locator('[g_editable=true][contenteditable=true]').first();
  await box.click();
  await mail.keyboard.press('Control+Home');
  await mail.keyboard.type("Hi Kevin, no. Sorry, I know it's a lot, but my price is $900. You need to decide today. ");
  await panel.bringToFront();
  // The coach updates as the draft arrives; wait for the check the last sentence raises.
  await panel.locator('[data-testid=draft-check][data-check-id=pushy]').waitFor({ timeout: 20_000 });
  await shoot(panel, dir, '2-thread-rush-draft-coach', schemes, shots);

  await panel.getByTestId('nav-summary').click();
  await panel.getByTestId('summary-notes').fill('- launch email ~300 words + 3 subject lines\n- $900 total, 50% upfront\n- I send draft tmrw by 3pm\n- Kevin sends product one-pager today\n- 1 revision round?');
  await panel.getByTestId('summary-text').waitFor();
  await shoot(panel, dir, '3-call-summary', schemes, shots);

  await panel.getByTestId('nav-thread').click();
  await panel.getByTestId('client-card').waitFor();
  const save = panel.getByTestId('save-client');
  if (await save.isVisible().catch(() => false)) await save.click();
  await panel.getByTestId('nav-clients').click();
  await panel.getByTestId('client-row').first().click();
  await shoot(panel, dir, '4-client-agreement', schemes, shots);

  const other = await h.context.newPage();
  await other.goto('https://example.com/');
  await follow(other, panel);
  await panel.getByTestId('nav-thread').click();
  await panel.getByTestId('paste-box').fill('Hi! Love your portfolio. Before we commit, could you do a quick test article for free? If we like it there will be lots of work. Best, Ana');
  await panel.locator('[data-testid=move]').first().waitFor({ timeout: 20_000 });
  await shoot(panel, dir, '5-paste-mode', schemes, shots);
  return shots;
}
