// Node (Playwright): real-browser timings with the built extension: thread opened → suggestions shown, Insert → text in the compose box.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { EXTENSION_DIR, launch } from '../e2e/harness';
import { gmailMailbox, gmailThreadUrl, loadDemoThreads } from '../e2e/mailbox';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchBrowser(): Promise<Record<string, number>> {
  if (!existsSync(EXTENSION_DIR)) throw new Error(`no build at ${EXTENSION_DIR}: run npm run build first`);
  const threads = loadDemoThreads();
  const h = await launch({ sites: { 'mail.google.com': gmailMailbox(threads) } });
  try {
    const mail = await h.context.newPage();
    await mail.goto('https://mail.google.com/mail/u/0/#inbox');
    const panel = await h.openPanel();
    const negotiations = threads.filter((t) => !t.subject.includes('Final case studies'));
    const cold: number[] = [];
    const warm: number[] = [];
    for (const round of [cold, warm]) {
      for (const t of negotiations) {
        const last = t.messages[t.messages.length - 1]!;
        await mail.bringToFront();
        const t0 = performance.now();
        await mail.goto(gmailThreadUrl(t.id));
        await panel.bringToFront();
        // The suggestion shown must be for this thread: its text greets this client.
        const first = last.fromName.split(' ')[0]!;
        await panel.waitForFunction(
          (name) => {
            const area = document.querySelector('[data-testid=suggestion] textarea') as HTMLTextAreaElement | null;
            return Boolean(area && area.value.includes(name));
          },
          first,
          { timeout: 30_000 },
        );
        round.push(performance.now() - t0);
      }
    }

    const inserts: number[] = [];
    for (let i = 0; i < 5; i++) {
      await mail.bringToFront();
      await mail.goto(gmailThreadUrl(negotiations[i % negotiations.length]!.id));
      await panel.bringToFront();
      const card = panel.getByTestId('suggestion').first();
      await card.waitFor();
      await panel.waitForTimeout(500);
      const text = (await card.locator('textarea').inputValue()).trim();
      const probe = text.split('\n').find((l) => l.trim().length > 20) ?? text.split('\n')[0]!;
      const t0 = performance.now();
      await card.getByTestId('insert-button').click();
      await mail.waitForFunction((p) => Boolean(document.querySelector('[g_editable=true]')?.textContent?.includes(p)), probe, { timeout: 15_000 });
      inserts.push(performance.now() - t0);
    }
    return {
      'thread opened → suggestions shown, first visit, median (ms)': median(cold),
      'thread opened → suggestions shown, revisit, median (ms)': median(warm),
      'Insert clicked → text in the compose box, median (ms)': median(inserts),
      runs: cold.length,
    };
  } finally {
    await h.close();
  }
}
