// Node (`npm run zip`): store listing assets from a real run of the built extension on the demo mailbox: 1280×800
// screenshots of the mail page with the panel beside it (Gmail and Outlook), a 440×280 promo tile, the description.
// `--docs` also copies the screenshots to docs/screenshots/ for the README.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { errorText } from '../../lib/error-text';
import { BrowserNotFoundError, describeBrowser, requireBrowser } from './find-browser';
import { launch, type Harness } from './harness';
import { gmailMailbox, gmailThreadUrl, loadDemoThreads, outlookMailbox, outlookThreadUrl, type DemoThread } from './mailbox';
import { fillProfileSetup } from './screens';

const ROOT = resolve(import.meta.dirname, '../..');
export const STORE_DIR = resolve(ROOT, '.output/store');
const DOCS_DIR = resolve(ROOT, 'docs/screenshots');

/** Chrome Web Store and AMO screenshot size; the panel takes the width Chrome gives a side panel by default. */
export const SHOT = { width: 1280, height: 800 };
export const PANEL_WIDTH = 400;
export const TILE = { width: 440, height: 280 };

interface Shot {
  file: string;
  caption: string;
}

async function shoot(h: Harness, mail: Page, panel: Page, file: string, caption: string, shots: Shot[]): Promise<void> {
  const [mailPng, panelPng] = await Promise.all([mail.screenshot({ type: 'png' }), panel.screenshot({ type: 'png' })]);
  const path = resolve(STORE_DIR, file);
  await compose(h, path, mailPng, panelPng);
  shots.push({ file: path, caption });
}

/** Lays the two real screenshots side by side, as Chrome shows a side panel: mail on the left, a 1px rule, panel on the right. */
async function compose(h: Harness, path: string, mailPng: Buffer, panelPng: Buffer): Promise<void> {
  const page = await h.context.newPage();
  try {
    await page.setViewportSize(SHOT);
    const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    await page.setContent(`<!doctype html><body style="margin:0;display:flex;width:${SHOT.width}px;height:${SHOT.height}px;overflow:hidden;background:#fff">
<img src="${img(mailPng)}" style="width:${SHOT.width - PANEL_WIDTH - 1}px;height:${SHOT.height}px;display:block">
<div style="width:1px;background:#c4c7c5"></div>
<img src="${img(panelPng)}" style="width:${PANEL_WIDTH}px;height:${SHOT.height}px;display:block"></body>`);
    await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    await page.screenshot({ path, type: 'png' });
  } finally {
    await page.close();
  }
}

/** Scrolls the mail page so the newest message (or the open reply) starts at the top, as the user would read it. */
async function scrollMail(mail: Page, selector: string): Promise<void> {
  await mail.locator(selector).last().evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

async function openPanelBeside(h: Harness, mail: Page): Promise<Page> {
  const panel = await h.openPanel();
  await panel.setViewportSize({ width: PANEL_WIDTH, height: SHOT.height });
  await mail.bringToFront();
  await panel.bringToFront();
  // A fresh profile: the first-run setup appears once the panel has read its (empty) database.
  await panel.getByTestId('profile-setup').waitFor({ timeout: 15_000 });
  await fillProfileSetup(panel);
  return panel;
}

async function follow(mail: Page, panel: Page): Promise<void> {
  await mail.bringToFront();
  await panel.bringToFront();
}

async function walkStore(h: Harness, threads: DemoThread[]): Promise<Shot[]> {
  const find = (s: string) => threads.find((t) => t.subject.includes(s))!;
  const shots: Shot[] = [];

  // Gmail: what the client is doing, and replies built on it.
  const gmail = await h.context.newPage();
  await gmail.setViewportSize({ width: SHOT.width - PANEL_WIDTH - 1, height: SHOT.height });
  await gmail.goto(gmailThreadUrl(find('Website copy').id));
  const panel = await openPanelBeside(h, gmail);
  await panel.getByTestId('suggestion').first().waitFor({ timeout: 30_000 });
  await scrollMail(gmail, '[role=listitem]');
  await shoot(h, gmail, panel, 'screenshot-1-gmail-client-moves.png', "Gmail: the client's moves, with the words that show them, and replies built on negotiation principles", shots);

  // Gmail: the coach reads the user's own draft as it is typed.
  await gmail.bringToFront();
  await gmail.goto(gmailThreadUrl(find('URGENT').id));
  await gmail.getByRole('button', { name: 'Reply' }).first().click();
  const box = gmail.locator('[g_editable=true][contenteditable=true]').first();
  await box.click();
  await gmail.keyboard.press('Control+Home');
  await gmail.keyboard.type("Hi Kevin, sorry, I know it's a lot, but my price is $900. You need to decide today. ");
  await panel.bringToFront();
  const check = panel.locator('[data-testid=draft-check]').first();
  await panel.locator('[data-testid=draft-check][data-check-id=pushy]').waitFor({ timeout: 20_000 });
  await check.scrollIntoViewIfNeeded();
  await scrollMail(gmail, '[g_editable=true]');
  await shoot(h, gmail, panel, 'screenshot-2-gmail-draft-coach.png', 'Gmail: the draft coach flags what weakens your reply while you type it', shots);

  // Outlook: one click puts a suggested reply into the compose box, above the signature.
  const outlook = await h.context.newPage();
  await outlook.setViewportSize({ width: SHOT.width - PANEL_WIDTH - 1, height: SHOT.height });
  await outlook.goto(outlookThreadUrl(find('Proposal').id));
  await outlook.getByRole('button', { name: 'Reply' }).first().click();
  await follow(outlook, panel);
  await panel.getByTestId('nav-thread').click();
  await panel.getByTestId('client-card').waitFor({ timeout: 20_000 });
  await panel.waitForFunction(() => document.querySelector('[data-testid=client-card]')?.textContent?.includes('Shira'), undefined, { timeout: 20_000 });
  const suggestion = panel.getByTestId('suggestion').first();
  await suggestion.waitFor({ timeout: 30_000 });
  await suggestion.getByTestId('insert-button').click();
  await panel.getByTestId('insert-status').first().waitFor({ timeout: 15_000 });
  await outlook.waitForFunction(() => (document.querySelector('[role=textbox][contenteditable=true]')?.textContent ?? '').length > 60, undefined, { timeout: 15_000 });
  await suggestion.scrollIntoViewIfNeeded();
  await scrollMail(outlook, '[role=textbox][contenteditable=true]');
  await shoot(h, outlook, panel, 'screenshot-3-outlook-reply-inserted.png', 'Outlook: one click inserts the reply above your signature; Ctrl+Z takes it out again', shots);

  // Outlook: rough call notes become a summary email that asks the client to confirm.
  await outlook.bringToFront();
  await outlook.goto(outlookThreadUrl(find('URGENT').id));
  await follow(outlook, panel);
  await panel.getByTestId('nav-summary').click();
  await panel.getByTestId('summary-notes').fill('- launch email ~300 words + 3 subject lines\n- $900 total, 50% upfront\n- I send draft tmrw by 3pm\n- Kevin sends product one-pager today\n- 1 revision round?');
  await panel.waitForFunction(() => ((document.querySelector('[data-testid=summary-text]') as HTMLTextAreaElement | null)?.value ?? '').includes('$900'), undefined, {
    timeout: 15_000,
  });
  await scrollMail(outlook, '[data-item-id]');
  await shoot(h, outlook, panel, 'screenshot-4-outlook-call-summary.png', 'Outlook: call notes become a summary email: what was agreed, who does what by when', shots);

  // Outlook: another client, another move, replies in the user's terms from their profile.
  await outlook.bringToFront();
  await outlook.goto(outlookThreadUrl(find('Patient newsletter').id));
  await follow(outlook, panel);
  await panel.getByTestId('nav-thread').click();
  await panel.waitForFunction(() => document.querySelector('[data-testid=client-card]')?.textContent?.includes('Jonathan'), undefined, { timeout: 20_000 });
  await panel.getByTestId('suggestion').first().waitFor({ timeout: 30_000 });
  await panel.locator('[data-testid=move]').first().scrollIntoViewIfNeeded();
  await scrollMail(outlook, '[data-item-id]');
  await shoot(h, outlook, panel, 'screenshot-5-outlook-client-moves.png', "Outlook: the same reading of the client's message, and replies in your own terms from your profile", shots);
  return shots;
}

/** 440×280: the icon, the name, one line, and a slice of the real panel from the first screenshot. */
async function promoTile(h: Harness, firstShot: string): Promise<string> {
  const page = await h.context.newPage();
  const path = resolve(STORE_DIR, 'promo-tile-440x280.png');
  try {
    await page.setViewportSize(TILE);
    const icon = readFileSync(resolve(ROOT, 'docs/icon.svg')).toString('base64');
    const shot = readFileSync(firstShot).toString('base64');
    const panelLeft = SHOT.width - PANEL_WIDTH;
    await page.setContent(`<!doctype html><body style="margin:0;width:${TILE.width}px;height:${TILE.height}px;overflow:hidden;font-family:Arial,'Liberation Sans',sans-serif;background:linear-gradient(135deg,#1f8a70,#145a4a);color:#fff;position:relative">
<div style="position:absolute;left:22px;top:26px;width:200px">
  <img src="data:image/svg+xml;base64,${icon}" style="width:56px;height:56px;display:block">
  <div style="font-size:30px;font-weight:700;margin-top:12px;letter-spacing:-.5px">Dealcraft</div>
  <div style="font-size:15px;line-height:1.35;margin-top:8px">Negotiation coach for freelancers, inside Gmail and Outlook.</div>
  <div style="font-size:12px;margin-top:12px;opacity:.85">Runs locally. Sends nothing.</div>
</div>
<div style="position:absolute;left:236px;top:22px;width:190px;height:280px;overflow:hidden;border-radius:10px 10px 0 0;box-shadow:0 4px 18px rgba(0,0,0,.35);background:#fff">
  <img src="data:image/png;base64,${shot}" style="position:absolute;left:${-panelLeft * 0.5}px;top:0;width:${SHOT.width * 0.5}px;height:${SHOT.height * 0.5}px">
</div></body>`);
    await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    await page.screenshot({ path, type: 'png' });
  } finally {
    await page.close();
  }
  return path;
}

/** Reads width and height from a PNG's IHDR chunk, so the sizes are checked on the files written, not assumed. */
export function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  if (b.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

async function main(): Promise<void> {
  const browser = requireBrowser();
  console.log(`Store assets: ${describeBrowser(browser)}`);
  rmSync(STORE_DIR, { recursive: true, force: true });
  mkdirSync(STORE_DIR, { recursive: true });
  const threads = loadDemoThreads();
  const h = await launch({ browser, sites: { 'mail.google.com': gmailMailbox(threads), 'outlook.office.com': outlookMailbox(threads) } });
  let shots: Shot[];
  let tile: string;
  try {
    shots = await walkStore(h, threads);
    tile = await promoTile(h, shots[0]!.file);
    if (h.violations.length) throw new Error(`unexpected requests: ${h.violations.join(', ')}`);
  } finally {
    await h.close();
  }
  for (const s of shots) {
    const { width, height } = pngSize(s.file);
    if (width !== SHOT.width || height !== SHOT.height) throw new Error(`${s.file} is ${width}×${height}, not ${SHOT.width}×${SHOT.height}`);
  }
  const t = pngSize(tile);
  if (t.width !== TILE.width || t.height !== TILE.height) throw new Error(`${tile} is ${t.width}×${t.height}, not ${TILE.width}×${TILE.height}`);

  copyFileSync(resolve(ROOT, 'docs/store-listing.md'), resolve(STORE_DIR, 'description.md'));
  writeFileSync(resolve(STORE_DIR, 'captions.txt'), shots.map((s) => `${s.file.split(/[\\/]/).pop()}: ${s.caption}`).join('\n') + '\n');
  if (process.argv.includes('--docs')) {
    mkdirSync(DOCS_DIR, { recursive: true });
    for (const f of readdirSync(DOCS_DIR)) if (/^screenshot-.*\.png$/.test(f)) rmSync(resolve(DOCS_DIR, f));
    for (const s of shots) copyFileSync(s.file, resolve(DOCS_DIR, s.file.split(/[\\/]/).pop()!));
  }
  console.log(`Wrote ${shots.length} screenshots (${SHOT.width}×${SHOT.height}), the ${TILE.width}×${TILE.height} promo tile and the description to ${STORE_DIR}`);
}

main().catch((err) => {
  console.error(errorText(err));
  process.exit(err instanceof BrowserNotFoundError ? 2 : 1);
});
