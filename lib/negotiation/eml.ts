// Runs in Node (CLI, tests) and the side panel: reads a raw .eml message into the plain text the engine analyses.
import { convert } from 'html-to-text';
import PostalMime from 'postal-mime';
import { z } from 'zod';

export interface EmlMessage {
  text: string;
  /** "Name <email>", or the bare address when the sender gave no name. */
  from?: string;
  subject?: string;
  /** ISO 8601 when the Date header parses, else the header as written. */
  date?: string;
}

const RawEmlSchema = z.union([
  z.string().min(1, 'the .eml message is empty'),
  z.instanceof(ArrayBuffer).refine((b) => b.byteLength > 0, 'the .eml message is empty'),
  z.instanceof(Uint8Array).refine((b) => b.byteLength > 0, 'the .eml message is empty'),
]);

// html-to-text keeps link targets and image alts by default; the engine wants only the words the sender wrote.
const HTML_OPTIONS = {
  wordwrap: false as const,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
  ],
};

export function htmlToPlainText(html: string): string {
  return convert(html, HTML_OPTIONS);
}

function formatFrom(name: string | undefined, address: string | undefined): string | undefined {
  const n = (name ?? '').trim();
  const a = (address ?? '').trim();
  if (!a) return n || undefined;
  if (!n || n === a) return a;
  // A name with a comma or angle bracket must be quoted, or "Baker, Tom <t@x>" would read as two addresses.
  const safe = /[,<>"]/.test(n) ? `"${n.replace(/"/g, "'")}"` : n;
  return `${safe} <${a}>`;
}

export async function readEml(raw: string | ArrayBuffer | Uint8Array): Promise<EmlMessage> {
  const checked = RawEmlSchema.safeParse(raw);
  if (!checked.success) {
    throw new Error(`Not a readable .eml message: ${checked.error.issues.map((i) => i.message).join('; ')}`);
  }
  const email = await PostalMime.parse(checked.data);
  const plain = email.text?.trim();
  const text = plain ? email.text! : email.html ? htmlToPlainText(email.html) : '';
  const out: EmlMessage = { text: text.replace(/\r\n?/g, '\n').trim() };
  const from = email.from;
  if (from) {
    const mailbox = from.address !== undefined ? from : from.group[0];
    const formatted = formatFrom(mailbox?.name || from.name, mailbox?.address);
    if (formatted) out.from = formatted;
  }
  if (email.subject) out.subject = email.subject;
  if (email.date) out.date = email.date;
  return out;
}
