// Node (Playwright + vitest): the built extension in real Chromium on Gmail- and Outlook-shaped mailboxes at their real URLs:
// Gmail with collapsed and hidden messages, Outlook at outlook.cloud.microsoft, and Outlook on a custom domain once allowed.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, grantSiteAccess, launch, type Harness } from './harness';
import { LONG, WAITING } from './long-threads';
import { gmailMailbox, gmailThreadUrl, loadDemoThreads, outlookMailbox, outlookThreadUrl } from './mailbox';

export const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

const threads = [...loadDemoThreads(), LONG, WAITING];
const byMoves = (s: string) => threads.find((t) => t.subject.includes(s))!;
const RUSH = byMoves('URGENT');
const DISCOUNT = byMoves('Website copy');
const NEUTRAL = byMoves('Final case studies');
const CUSTOM_HOST = 'mail.contoso.example';

const SITES = {
  'mail.google.com': gmailMailbox(threads),
  'outlook.cloud.microsoft': outlookMailbox(threads, { build: 'cloud' }),
  [CUSTOM_HOST]: outlookMailbox(threads, { customDomain: true }),
  'example.com': '<!doctype html><title>Example</title><p>Not a mail page.</p>',
};

const GMAIL_EDITOR = '[g_editable=true][contenteditable=true]';
const OWA_EDITOR = '[role=textbox][contenteditable=true]';

const MAILS = [
  { name: 'Gmail', url: gmailThreadUrl, editor: GMAIL_EDITOR, custom: false, owa: false, hidden: 3 },
  { name: 'Outlook at outlook.cloud.microsoft', url: (id: string) => outlookThreadUrl(id, 'outlook.cloud.microsoft'), editor: OWA_EDITOR, custom: false, owa: true, hidden: 0 },
  { name: 'Outlook on a custom domain, once allowed', url: (id: string) => outlookThreadUrl(id, CUSTOM_HOST), editor: OWA_EDITOR, custom: true, owa: true, hidden: 0 },
] as const;

/** The panel follows the tab used last: bring the mail tab forward, then look at the panel. */
async function focusMail(mail: Page, panel: Page): Promise<void> {
  await mail.bringToFront();
  await panel.bringToFront();
}

const autosaves = async (mail: Page) => Number((await mail.locator('body').getAttribute('data-autosaves')) ?? 0);

describe.each(MAILS)('$name', ({ name, url, editor, custom, owa, hidden }) => {
  let h: Harness;
  let mail: Page;
  let panel: Page;
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');

  /** Clicks Reply as the user does; OWA then moves the caret to the To field, and the user waits for that before typing. */
  async function openReply(): Promise<void> {
    await mail.locator('[aria-label=Reply]').last().click();
    if (owa) await mail.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'To');
  }

  beforeAll(async () => {
    h = await launch({ sites: SITES, toolbar: custom });
    mail = await h.context.newPage();
    await mail.goto(url(LONG.id));
    if (custom) {
      // The user clicks Dealcraft's toolbar button on their organisation's Outlook: the panel may now see that tab's address.
      await clickToolbarButton(h, mail);
    }
    panel = await h.openPanel();
    await focusMail(mail, panel);
    if (custom) {
      const allow = panel.getByTestId('allow-site-button');
      await allow.waitFor({ timeout: 20_000 });
      expect(await allow.textContent()).toBe(`Allow Dealcraft on ${CUSTOM_HOST}`);
      // The user accepts the browser's prompt for this one site (headless Chromium cannot show it: granted as chrome://extensions does).
      await grantSiteAccess(h, `https://${CUSTOM_HOST}/*`);
      await focusMail(mail, panel);
      await allow.click();
    }
  });

  afterAll(async () => {
    const violations = h.violations;
    await h.close();
    expect(violations, 'requests outside the routed fixtures').toEqual([]);
  });

  it('reads the whole thread: the client, their moves in the latest message, and how much was read only as a snippet', async () => {
    const card = panel.getByTestId('client-card');
    await expect.poll(() => card.textContent(), { timeout: 20_000 }).toContain('Priya');
    const move = panel.locator('[data-testid=move][data-move-id=discount_request]');
    await move.waitFor({ timeout: 20_000 });
    const evidence = (await move.locator('mark').first().textContent())!.trim();
    expect(LONG.messages.at(-1)!.body).toContain(evidence);
    await expect.poll(() => panel.getByTestId('suggestion').count()).toBeGreaterThanOrEqual(2);
    // Five of six messages are collapsed (Gmail: three of them behind "3 older messages"): said before anything is clicked.
    const count = panel.getByTestId('snippet-count');
    expect(await count.getAttribute('data-count')).toBe('5');
    expect(await count.textContent()).toMatch(hidden ? /^5 of 6 messages .*\(3 hidden behind “older messages”/ : /^5 of 6 messages are collapsed in Outlook/);
    expect(await panel.getByTestId('thread-status').getAttribute('data-status')).toBe('client-spoke-last');
    await panel.screenshot({ path: resolve(SHOTS, `${slug}-thread-collapsed-light.png`), fullPage: true });

    await panel.getByTestId('read-whole-thread').click();
    // The mail client opened every message; the new reading has nothing collapsed left.
    await panel.getByTestId('thread-status').waitFor({ state: 'detached', timeout: 15_000 });
    await expect.poll(() => mail.locator('[role=document], .a3s').count()).toBe(6);
    await expect.poll(() => panel.locator('[data-testid=move][data-move-id=discount_request]').count()).toBe(1);
  });

  it('inserts a reply into the compose box, keeps the earlier draft, the mail client saves it, and Ctrl+Z undoes it', async () => {
    await mail.bringToFront();
    await openReply();
    const box = mail.locator(editor).first();
    await box.click();
    await mail.keyboard.press('Control+Home');
    await mail.keyboard.type('My own opening line.');
    const savedBefore = await autosaves(mail);
    await panel.bringToFront();
    const first = panel.getByTestId('suggestion').first();
    const reply = (await first.locator('textarea').inputValue()).trim();
    await first.getByTestId('insert-button').click();
    await expect.poll(() => panel.getByTestId('insert-status').first().textContent(), { timeout: 10_000 }).toMatch(/^Inserted/);
    const firstLine = reply.split('\n')[0]!;
    await expect.poll(() => box.innerText()).toContain(firstLine);
    const text = await box.innerText();
    expect(text).toContain('My own opening line.');
    expect(text).toContain('Dana Levi'); // the signature stays below
    // Gmail saves drafts on key events with a real keyCode: the insert's nudge must have sent one.
    await expect.poll(() => autosaves(mail)).toBeGreaterThan(savedBefore);
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

  it('reads a thread whose last message is the user\'s own collapsed reply as waiting on the client', async () => {
    await mail.bringToFront();
    await mail.goto(url(WAITING.id));
    await panel.bringToFront();
    const status = panel.getByTestId('thread-status');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 20_000 }).toBe('waiting-on-client');
    expect(await panel.getByTestId('waiting-on-client').textContent()).toMatch(/^Waiting on the client/);
    await expect.poll(() => panel.getByTestId('client-card').textContent()).toContain('Sam');
  });

  it('opens a reply itself when none is open, and inserts once the mail client has settled', async () => {
    await mail.bringToFront();
    await mail.goto(url(RUSH.id));
    await panel.bringToFront();
    // The previous thread's cards stay until this one is read: wait for this client, or the line read below is stale.
    await expect.poll(() => panel.getByTestId('client-card').textContent(), { timeout: 20_000 }).toContain(RUSH.messages.at(-1)!.fromName.split(' ')[0]!);
    const first = panel.getByTestId('suggestion').first();
    await first.waitFor({ timeout: 20_000 });
    const line = (await first.locator('textarea').inputValue()).trim().split('\n')[0]!;
    await first.getByTestId('insert-button').click();
    // Outlook re-initialises the body when it moves the caret to To; an insert made at once would be gone.
    await expect.poll(() => panel.getByTestId('insert-status').first().textContent(), { timeout: 15_000 }).toMatch(/^Inserted/);
    const box = mail.locator(editor).first();
    await mail.waitForTimeout(owa ? 1_000 : 100);
    expect(await box.innerText()).toContain(line);
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
