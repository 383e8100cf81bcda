// Node (Playwright + vitest): negotiation memory in real Chromium on Gmail and Outlook: the ledger warning in the coach, no
// card under the private floor, the contradiction flag with its date, and the follow-up card that inserts.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workingDaysBetween } from '../../lib/negotiation/memory/follow-up';
import { launch, type Harness } from './harness';
import { gmailMailbox, gmailThreadUrl, outlookMailbox, outlookThreadUrl, type DemoMessage, type DemoThread } from './mailbox';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

const DANA = { fromName: 'Dana Levi', fromEmail: 'dana@levi.studio' };
const MIA = { fromName: 'Mia Chen', fromEmail: 'mia@chen-foods.example' };
const TOM = { fromName: 'Tom Reed', fromEmail: 'tom@reed.example' };
const LEA = { fromName: 'Lea Novak', fromEmail: 'lea@novak.example' };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The calendar day `n` working days before today (the panel counts in the user's own calendar). */
function workingDaysAgo(n: number): string {
  const today = localDay(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  while (workingDaysBetween(iso(d), today) < n) d.setUTCDate(d.getUTCDate() - 1);
  return iso(d);
}

function msg(id: string, who: typeof DANA, to: typeof DANA, date: string, body: string): DemoMessage {
  return { id, ...who, toName: to.fromName, toEmail: to.fromEmail, date, fromUser: who === DANA, body, state: 'expanded' };
}

/** The client pushes a third free round after two plain yeses. */
const FREE_ROUNDS: DemoThread = {
  id: '3c4d5e6f708192a3b4c5d6e7f8091a2b',
  subject: 'Packaging copy: one more round?',
  messages: [
    msg('3c4d5e6f70819001', MIA, DANA, '2026-11-02T09:00:00Z', 'Hi Dana,\n\nWe love the first draft. Could we have one more round of changes on the front panel?\n\nMia'),
    msg('3c4d5e6f70819002', DANA, MIA, '2026-11-03T10:00:00Z', 'Hi Mia,\n\nSure, no problem. I will send the new version on Thursday.\n\nDana'),
    msg('3c4d5e6f70819003', MIA, DANA, '2026-11-06T09:00:00Z', 'Thanks Dana! Could you do another round on the back panel too, at no extra cost?\n\nMia'),
    msg('3c4d5e6f70819004', DANA, MIA, '2026-11-09T10:00:00Z', "Hi Mia,\n\nOf course, happy to. I'll include it.\n\nDana"),
    msg('3c4d5e6f70819005', MIA, DANA, '2026-11-12T09:00:00Z', 'Hi Dana,\n\nAlmost there! Could we have a third round for the side panels? It should be quick, and free like the others.\n\nMia'),
  ],
};

/** A budget under the private floor of the service. */
const BELOW_FLOOR: DemoThread = {
  id: '4d5e6f708192a3b4c5d6e7f8091a2b3c',
  subject: 'Landing page copy for our app',
  messages: [msg('4d5e6f708192a001', LEA, DANA, '2026-11-20T09:00:00Z', 'Hi Dana,\n\nWe need copy for our landing page. Our budget is $900 for it. Could you do it for that?\n\nLea')],
};

/** Against an agreement of $2,400 and a 40% deposit saved on 12 November. */
const CONTRADICTS: DemoThread = {
  id: '5e6f708192a3b4c5d6e7f8091a2b3c4d',
  subject: 'Website copy: next steps',
  messages: [msg('5e6f708192a3b001', TOM, DANA, '2026-11-24T09:00:00Z', 'Hi Dana,\n\nAs agreed, the total for the website copy is $1,900. We will pay after the launch.\n\nTom')],
};

/** The user's proposal, sent 5 working days ago, unanswered. */
const QUIET: DemoThread = {
  id: '6f708192a3b4c5d6e7f8091a2b3c4d5e',
  subject: 'Landing page proposal',
  messages: [
    msg('6f708192a3b4c001', LEA, DANA, `${workingDaysAgo(7)}T09:00:00Z`, 'Hi Dana,\n\nCould you send us a quote for the landing page copy?\n\nLea'),
    msg('6f708192a3b4c002', DANA, LEA, `${workingDaysAgo(5)}T12:00:00Z`, 'Hi Lea,\n\nHere is my proposal: the landing page copy is $1,800, with a 40% deposit to book the work and delivery within ten working days.\n\nDana'),
  ],
};

const THREADS = [FREE_ROUNDS, BELOW_FLOOR, CONTRADICTS, QUIET];
const SITES = { 'mail.google.com': gmailMailbox(THREADS), 'outlook.cloud.microsoft': outlookMailbox(THREADS, { build: 'cloud' }) };
const MAILS = [
  { name: 'Gmail', url: gmailThreadUrl, editor: '[g_editable=true][contenteditable=true]', owa: false },
  { name: 'Outlook', url: (id: string) => outlookThreadUrl(id, 'outlook.cloud.microsoft'), editor: '[role=textbox][contenteditable=true]', owa: true },
] as const;

const FLOOR = 1500;
const CLIENT_ID = '0b6c1f4e-2a7d-4c1e-9a3b-5d8e7f6a1b2c';

/** Stores the profile (with a private floor) and Tom's agreement the way the extension does, then reloads the panel to read them. */
async function seed(panel: Page): Promise<void> {
  await panel.evaluate(
    async ({ floor, clientId }) => {
      const open = () =>
        new Promise<IDBDatabase>((res, rej) => {
          const r = indexedDB.open('dealcraft');
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
      const db = await open();
      const tx = db.transaction(['profile', 'clients', 'agreements', 'history'], 'readwrite');
      const at = '2026-11-12T10:00:00.000Z';
      const price = { amount: 2400, currency: 'USD', model: 'fixed' };
      tx.objectStore('profile').put(
        {
          name: 'Dana Levi',
          signature: 'Dana Levi',
          currency: 'USD',
          depositPercent: 40,
          revisionRounds: 2,
          tone: 'neutral',
          services: [
            {
              name: 'Landing page copy',
              price: 1800,
              unit: 'project',
              keywords: ['landing page'],
              lineItems: [],
              smallerVersions: [{ name: 'a one-section landing page', price: 1100 }],
              turnaroundDays: 10,
              floor,
            },
            { name: 'Website copy', price: 2400, unit: 'project', keywords: ['website'], lineItems: [], smallerVersions: [], turnaroundDays: 15 },
          ],
        },
        'me',
      );
      tx.objectStore('clients').put({ id: clientId, name: 'Tom Reed', emails: ['tom@reed.example'], createdAt: at, updatedAt: at });
      tx.objectStore('agreements').put({ clientId, terms: { price, depositPercent: 40, revisionRounds: 2 }, updatedAt: at });
      tx.objectStore('history').put({ id: '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b', clientId, at, source: 'thread', by: 'user', field: 'price', after: price });
      tx.objectStore('history').put({ id: '2f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b', clientId, at, source: 'thread', by: 'user', field: 'depositPercent', after: 40 });
      await new Promise<void>((res, rej) => {
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    },
    { floor: FLOOR, clientId: CLIENT_ID },
  );
  await panel.reload();
}

describe.each(MAILS)('negotiation memory in $name', ({ name, url, editor, owa }) => {
  let h: Harness;
  let mail: Page;
  let panel: Page;
  const slug = name.toLowerCase();

  async function show(id: string): Promise<void> {
    await mail.bringToFront();
    await mail.goto(url(id));
    await panel.bringToFront();
  }

  beforeAll(async () => {
    h = await launch({ sites: SITES });
    mail = await h.context.newPage();
    await mail.goto(url(BELOW_FLOOR.id));
    panel = await h.openPanel();
    // The width Chrome gives a side panel by default, so the README's pictures look like the real thing.
    await panel.setViewportSize({ width: 400, height: 900 });
    await mail.bringToFront();
    await panel.bringToFront();
    await panel.locator('[data-testid=client-card], [data-testid=profile-setup], [data-testid=suggestion]').first().waitFor({ timeout: 30_000 });
    await seed(panel);
    await mail.bringToFront();
    await panel.bringToFront();
  });

  afterAll(async () => {
    const violations = h.violations;
    await h.close();
    expect(violations, 'requests outside the routed fixtures').toEqual([]);
  });

  it('a budget below the floor yields no card under the floor', async () => {
    await show(BELOW_FLOOR.id);
    await panel.locator('[data-testid=suggestion][data-suggestion-id=decline-door-open]').waitFor({ timeout: 30_000 });
    const ids = await panel.getByTestId('suggestion').evaluateAll((els) => els.map((e) => e.getAttribute('data-suggestion-id')));
    expect(ids).not.toContain('smaller-version');
    expect(ids).not.toContain('discount-for-terms');
    for (const text of await panel.getByTestId('suggestion-text').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))) {
      expect(text).not.toContain('$1,100'); // the smaller version sits under the floor
      expect(text).not.toContain('$1,500'); // the floor itself is never written
    }
    await panel.getByTestId('suggestion').first().screenshot({ path: resolve(SHOTS, `${slug}-memory-floor.png`) });
  });

  it('a message contradicting the agreement shows the flag with the date', async () => {
    await show(CONTRADICTS.id);
    const flag = panel.getByTestId('contradiction-flag');
    await flag.waitFor({ timeout: 30_000 });
    const price = flag.locator('[data-testid=contradiction][data-field=price]');
    expect(await price.textContent()).toContain('agreed $2,400');
    expect(await price.getByTestId('contradiction-when').textContent()).toContain('on 12 November');
    expect(await price.textContent()).toContain('As agreed, the total for the website copy is $1,900.');
    expect(await flag.locator('[data-field=payment]').count()).toBe(1);
    await panel.getByTestId('suggestion').first().waitFor({ timeout: 20_000 });
    expect(await panel.getByTestId('suggestion-text').first().inputValue()).toContain('As we agreed on 12 November, the price is $2,400, and a 40% deposit before work starts is part of our terms.');
    await flag.screenshot({ path: resolve(SHOTS, `${slug}-memory-contradiction.png`) });
  });

  it('a client pushing a third free round gets the ledger warning when the user types "sure, no problem"', async () => {
    await show(FREE_ROUNDS.id);
    await expect.poll(() => panel.getByTestId('ledger-balance').textContent(), { timeout: 30_000 }).toContain('You gave 2, got 0');
    await mail.bringToFront();
    await mail.locator('[aria-label=Reply]').last().click();
    if (owa) await mail.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'To');
    const box = mail.locator(editor).first();
    await box.click();
    await mail.keyboard.press('Control+Home');
    await mail.keyboard.type('sure, no problem');
    await panel.bringToFront();
    const warning = panel.locator('[data-testid=draft-check][data-check-id=one_sided_concession]');
    await warning.waitFor({ timeout: 20_000 });
    expect(await warning.textContent()).toContain('You gave 2, got 0');
    await panel.getByTestId('ledger').screenshot({ path: resolve(SHOTS, `${slug}-memory-ledger.png`) });
    await warning.screenshot({ path: resolve(SHOTS, `${slug}-memory-ledger-coach.png`) });
  });

  it("a thread whose last message is the user's proposal from 5 working days ago offers the follow-up card, and it inserts", async () => {
    await show(QUIET.id);
    const section = panel.locator('[data-testid=follow-up][data-stage=proposal][data-due=yes]');
    await section.waitFor({ timeout: 30_000 });
    expect(await section.getByTestId('follow-up-summary').textContent()).toMatch(/^5 working days since your proposal/);
    const card = section.getByTestId('suggestion');
    const text = await card.getByTestId('suggestion-text').inputValue();
    expect(text).toContain('Is it still relevant, or should the start date move?');
    await card.getByTestId('insert-button').click();
    await expect.poll(() => card.getByTestId('insert-status').textContent(), { timeout: 15_000 }).toMatch(/^Inserted/);
    const box = mail.locator(editor).first();
    await expect.poll(() => box.innerText(), { timeout: 10_000 }).toContain('Is it still relevant, or should the start date move?');
    await section.screenshot({ path: resolve(SHOTS, `${slug}-memory-follow-up.png`) });
  });

  it('lists the quiet thread under "Waiting on the client"', async () => {
    await panel.getByTestId('nav-clients').click();
    const entry = panel.getByTestId('waiting-entry').filter({ hasText: 'Landing page proposal' });
    await entry.waitFor({ timeout: 15_000 });
    expect(await entry.getAttribute('data-days')).toBe('5');
    await panel.getByTestId('waiting-list').screenshot({ path: resolve(SHOTS, `${slug}-memory-waiting.png`) });
  });
});
