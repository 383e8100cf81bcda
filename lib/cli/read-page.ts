// Node CLI: reads a saved Gmail/Outlook page as the content script would and prints the thread and draft as JSON.
// Usage: npm run --silent read-page -- FILE.html --url https://mail.google.com/mail/u/0/#inbox/FMfcg…
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { adapterFor } from '../webmail/registry';
import { loadPage } from '../webmail/load-page';
import { errorText } from '../error-text';

const ArgsSchema = z.strictObject({
  file: z.string().min(1, 'give the saved page: read-page FILE.html --url URL'),
  url: z.url({ protocol: /^https$/, error: '--url must be an https address of the page (e.g. https://mail.google.com/mail/u/0/#inbox/…)' }),
});

export function parseArgs(argv: string[]): z.infer<typeof ArgsSchema> {
  let file = '';
  let url = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') url = argv[++i] ?? '';
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else if (!file) file = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  const r = ArgsSchema.safeParse({ file, url });
  if (!r.success) throw new Error(r.error.issues[0]?.message ?? 'bad arguments');
  return r.data;
}

export async function main(argv: string[]): Promise<number> {
  let args: z.infer<typeof ArgsSchema>;
  let html: string;
  try {
    args = parseArgs(argv);
    const adapter = adapterFor(args.url);
    if (!adapter) throw new Error(`no adapter for ${new URL(args.url).hostname} (Gmail: mail.google.com; Outlook: outlook.live.com, outlook.office.com, outlook.office365.com)`);
    html = readFileSync(args.file, 'utf8');
  } catch (e) {
    process.stderr.write(`read-page: ${errorText(e)}\n`);
    return 2;
  }
  let page;
  try {
    page = loadPage(html, args.url);
    const adapter = adapterFor(args.url)!;
    const out = { webmail: adapter.id, thread: adapter.readThread(page.document), draft: adapter.readDraft(page.document) };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  } catch (e) {
    // happy-dom builds and walks some trees recursively: a page nested many thousand deep cannot be read here.
    const why = e instanceof RangeError ? 'the page is nested too deeply to read' : errorText(e);
    process.stderr.write(`read-page: ${why}\n`);
    return 1;
  } finally {
    await page?.close();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
