// Node (Playwright + vitest): the built extension in real Chromium on Gmail- and Outlook-shaped mailboxes at their real URLs.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { gmailMailbox, gmailThreadUrl, loadDemoThreads, outlookMailbox, outlookThreadUrl } from './mailbox';

export const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

const threads = loadDemoThreads();
const byMoves = (s: string) => threads.find((t) => t.subject.includes(s))!;
const RUSH = byMoves('URGENT');
const DISCOUNT = byMoves('Website copy');
const NEUTRAL = byMoves('Final case studies');

const SITES = { 'mail.google.com': gmailMailbox(threads), 'outlook.office.com': outlookMailbox(threads), 'example.com': '<!doctype html><title>Example</title><p>Not a mail page.</p>' };

const MAILS = [
  { name: 'Gmail', url: gmailThreadUrl, editor: '[g_editable=true][contenteditable=true]' },
  { name: 'Outlook', url: outlookThreadUrl, editor: '[role=textbox][contenteditable=true]' },
] as const;

/** The panel follows the tab used last: bring the mail tab forward, then look at the panel. */
async function focusMail(mail: Page, panel: Page): Promise<void> {
  await mail.bringToFront();
  await panel.bringToFront();
}

describe.each(MAILS)('$name', ({ name, url, editor }) => {
  let h: Harness;
  let mail: Page;
  let panel: Page;

  beforeAll(async () => {
    h = await launch({ sites: SITES });
    mail = await h.context.newPage();
    await mail.goto(url(RUSH.id));
    panel = await h.openPanel();
    await focusMail(mail, panel);
  });

  afterAll(async () => {
    const violations = h.violations;
    await h.close();
    expect(violations, 'requests outside the routed fixtures').toEqual([]);
  });

  it('shows the client, their moves with evidence, and suggestions for the open thread', async () => {
    const card = panel.getByTestId('client-card');
    await expect.poll(() => card.textContent(), { timeout: 20_000 }).toContain('Kevin');
    const move = panel.locator('[data-testid=move][data-move-id=rush_deadline]');
    await move.waitFor({ timeout: 20_000 });
    const evidence = (await move.locator('mark').first().textContent())!.trim();
    expect(evidence.length).toBeGreaterThan(5);
    expect(RUSH.messages.at(-1)!.body).toContain(evidence);
    const suggestions = panel.getByTestId('suggestion');
    await expect.poll(() => suggestions.count()).toBeGreaterThanOrEqual(2);
    expect(await suggestions.first().getAttribute('data-principles')).toMatch(/negotiate_deadline|offer_options|agree_before_refusing/);
    await panel.screenshot({ path: resolve(SHOTS, `${name.toLowerCase()}-thread-light.png`), fullPage: true });
  });

  it('inserts a reply into the compose box, keeps the earlier draft, and Ctrl+Z undoes it', async () => {
    await mail.bringToFront();
    await mail.getByRole('button', { name: 'Reply' }).first().click();
    const box = mail.locator(editor).first();
    await box.click();
    await mail.keyboard.press('Control+Home');
    await mail.keyboard.type('My own opening line.');
    await panel.bringToFront();
    const first = panel.getByTestId('suggestion').first();
    const reply = (await first.locator('textarea').inputValue()).trim();
    await first.getByTestId('insert-button').click();
    await expect.poll(() => panel.getByTestId('insert-status').first().textContent(), { timeout: 10_000 }).toMatch(/insert/i);
    const firstLine = reply.split('\n')[0]!;
    await expect.poll(() => box.innerText()).toContain(firstLine);
    const text = await box.innerText();
    expect(text).toContain('My own opening line.');
    expect(text).toContain('Dana Levi'); // the signature stays below
    expect(Number(await mail.locator('body').getAttribute('data-autosaves'))).toBeGreaterThan(0);
    await mail.bringToFront();
    await box.focus();
    await mail.keyboard.press('Control+z');
    await expect.poll(() => box.innerText()).not.toContain(firstLine);
    expect(await box.innerText()).toContain('My own opening line.');
  });

  it('coaches a pushy draft typed in the compose box', async () => {
    await mail.bringToFront();
    const box = mail.locator(editor).first();
    await box.click();
    // Users write above the signature: start of the body.
    await mail.keyboard.press('Control+Home');
    await mail.keyboard.type('This offer expires today, so you need to decide now. ');
    await panel.bringToFront();
    await panel.locator('[data-testid=draft-check][data-check-id=pushy]').waitFor({ timeout: 15_000 });
  });

  it('follows navigation to another thread', async () => {
    await mail.bringToFront();
    await mail.goto(url(DISCOUNT.id));
    await panel.bringToFront();
    await panel.locator('[data-testid=move][data-move-id=discount_request]').waitFor({ timeout: 20_000 });
    await expect.poll(() => panel.getByTestId('client-card').textContent()).toContain('Rachel');
    await mail.bringToFront();
    await mail.goto(url(NEUTRAL.id));
    await panel.bringToFront();
    await expect.poll(() => panel.locator('[data-testid=move]').count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => panel.getByTestId('client-card').textContent()).toContain('Omer');
  });
});

describe('data that must survive', () => {
  it('keeps a saved client, agreement change and note across a browser restart', async () => {
    let h = await launch({ sites: SITES });
    const dir = h.userDataDir;
    let mail = await h.context.newPage();
    await mail.goto(gmailThreadUrl(DISCOUNT.id));
    let panel = await h.openPanel();
    await focusMail(mail, panel);
    await panel.getByTestId('save-client').click();
    await panel.getByTestId('note-input').fill('Prefers calls on Tuesdays.');
    await panel.getByTestId('add-note').click();
    await panel.getByTestId('note').first().waitFor();
    await h.close({ keepProfile: true });

    h = await launch({ sites: SITES, userDataDir: dir });
    mail = await h.context.newPage();
    await mail.goto(gmailThreadUrl(DISCOUNT.id));
    panel = await h.openPanel();
    await focusMail(mail, panel);
    await panel.getByTestId('nav-clients').click();
    await panel.getByTestId('client-row').first().waitFor({ timeout: 15_000 });
    expect(await panel.getByTestId('client-row').first().textContent()).toContain('Rachel');
    await panel.getByTestId('client-row').first().click();
    await expect.poll(() => panel.getByTestId('note').first().textContent()).toContain('Prefers calls on Tuesdays.');
    const violations = h.violations;
    await h.close();
    expect(violations).toEqual([]);
  });
});

describe('without a mail thread', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ sites: SITES });
  });
  afterAll(async () => {
    const violations = h.violations;
    await h.close();
    expect(violations).toEqual([]);
  });

  it('explains why and offers paste mode on a non-mail tab', async () => {
    const other = await h.context.newPage();
    await other.goto('https://example.com/');
    const panel = await h.openPanel();
    await focusMail(other, panel);
    await panel.getByTestId('no-thread-reason').waitFor({ timeout: 15_000 });
    const box = panel.getByTestId('paste-box');
    await box.fill('Hi, could you do it for less? Our budget is only $800. Thanks, Ana');
    await panel.locator('[data-testid=move][data-move-id=budget_anchor]').waitFor({ timeout: 15_000 });
    await panel.screenshot({ path: resolve(SHOTS, 'paste-mode-light.png'), fullPage: true });
  });

  it('inserts a call summary into a reply', async () => {
    const mail = await h.context.newPage();
    await mail.goto(gmailThreadUrl(RUSH.id));
    const panel = await h.openPanel();
    await focusMail(mail, panel);
    await panel.getByTestId('nav-summary').click();
    await panel.getByTestId('summary-notes').fill('- launch email 300 words + 3 subject lines\n- $900 total, 50% upfront\n- I send draft tmrw 3pm\n- Kevin sends one-pager today');
    await expect.poll(() => panel.getByTestId('summary-text').inputValue(), { timeout: 10_000 }).toContain('$900');
    await panel.getByTestId('summary-insert').click();
    const box = mail.locator('[g_editable=true][contenteditable=true]').first();
    await expect.poll(() => box.innerText(), { timeout: 15_000 }).toContain('$900');
    expect(await box.innerText()).toContain('50%');
  });
});
