// Node benchmark entry (`npm run bench`): prints every figure measured in this one process.
import { benchEngine } from './engine';

function print(title: string, figures: Record<string, number>): void {
  console.log(`\n${title}`);
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [k, v] of Object.entries(figures)) {
    const shown = Number.isInteger(v) ? String(v) : v < 1 ? v.toFixed(3) : v.toFixed(2);
    console.log(`  ${k.padEnd(width)}  ${shown}`);
  }
}

async function main(): Promise<void> {
  print('Negotiation engine', benchEngine());
  const { benchBounded } = await import('./bounded');
  const bounded = benchBounded();
  print('Bounded time (prose curve at 1k/10k/100k/1M chars; hostile shapes at 100 kB)', bounded.figures);
  for (const c of bounded.checks) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}`);
  if (bounded.checks.some((c) => !c.ok)) process.exitCode = 1;
  const { benchDb } = await import('./db');
  print('Local database (fake-indexeddb in Node)', await benchDb());
  const { benchBrowser } = await import('./browser');
  print('Real browser (Chromium, built extension, demo mailbox at Gmail URLs)', await benchBrowser());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
