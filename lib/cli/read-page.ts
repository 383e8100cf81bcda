// Node CLI: reads a saved Gmail/Outlook page, or a page report copied from the panel, as the content script would and prints the thread and draft as JSON.
// Usage: npm run --silent read-page -- FILE.html --url https://mail.google.com/mail/u/0/#inbox/FMfcg… [--webmail outlook]
//        npm run --silent read-page -- REPORT.json
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { adapterFor } from '../webmail/registry';
import { gmailAdapter } from '../webmail/gmail';
import { outlookAdapter } from '../webmail/outlook';
import { loadPage } from '../webmail/load-page';
import { rebuildInto, summarize, type PageReport } from '../webmail/page-report';
import { PageReportSchema, sameReading } from '../webmail/page-report-schema';
import type { WebmailAdapter } from '../webmail/types';
import { errorText } from '../error-text';

const URL_HELP = '--url must be an https address of the page (e.g. https://mail.google.com/mail/u/0/#inbox/…)';
const ArgsSchema = z.strictObject({
  file: z.string().min(1, 'give the saved page or page report: read-page FILE.html --url URL, or read-page REPORT.json'),
  url: z.union([z.literal(''), z.url({ protocol: /^https$/, error: URL_HELP })]),
  webmail: z.enum(['', 'gmail', 'outlook'], { error: '--webmail is gmail or outlook' }),
});
type Args = z.infer<typeof ArgsSchema>;

export function parseArgs(argv: string[]): Args {
  let file = '';
  let url = '';
  let webmail = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') url = argv[++i] ?? '';
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--webmail') webmail = argv[++i] ?? '';
    else if (a.startsWith('--webmail=')) webmail = a.slice(10);
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else if (!file) file = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  const r = ArgsSchema.safeParse({ file, url, webmail });
  if (!r.success) throw new Error(r.error.issues[0]?.message ?? 'bad arguments');
  return r.data;
}

const BY_ID: Record<string, WebmailAdapter> = { gmail: gmailAdapter, outlook: outlookAdapter };
const BLANK = '<!DOCTYPE html><html><head></head><body></body></html>';

/** A report file: valid JSON of the report's shape, or one line saying what is wrong with it. */
function parseReport(text: string): PageReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('the file starts like a page report (JSON) but is not valid JSON');
  }
  const r = PageReportSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`not a Dealcraft page report: ${issue?.path.join('.') || 'report'}: ${issue?.message ?? 'invalid'}`);
  }
  return r.data;
}

export async function main(argv: string[]): Promise<number> {
  let args: Args;
  let text: string;
  let report: PageReport | null = null;
  let adapter: WebmailAdapter;
  let url: string;
  try {
    args = parseArgs(argv);
    text = readFileSync(args.file, 'utf8');
    if (/^\s*\{/.test(text)) {
      report = parseReport(text);
      url = args.url || report.url || 'https://invalid/';
      adapter = BY_ID[args.webmail || report.webmail]!;
    } else {
      if (!args.url) throw new Error(`give the page's address: ${URL_HELP}`);
      url = args.url;
      const found = args.webmail ? BY_ID[args.webmail] : adapterFor(url);
      if (!found) throw new Error(`no adapter for ${new URL(url).hostname} (Gmail: mail.google.com; Outlook: outlook.live.com, outlook.office.com, outlook.office365.com, outlook.cloud.microsoft; another host: add --webmail outlook)`);
      adapter = found;
    }
  } catch (e) {
    process.stderr.write(`read-page: ${errorText(e)}\n`);
    return 2;
  }
  let page: ReturnType<typeof loadPage> | undefined;
  try {
    page = loadPage(report ? BLANK : text, url);
    if (report) rebuildInto(page.document, report.page);
    const thread = adapter.readThread(page.document);
    const draft = adapter.readDraft(page.document);
    const out: Record<string, unknown> = { webmail: adapter.id, thread, draft };
    // A report carries the reading made on the live page: say whether this one matches it.
    if (report) out.report = { reading: report.reading, reproduced: sameReading(report.reading, summarize(thread, draft)) };
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
