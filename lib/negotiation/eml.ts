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

/**
 * Plain text of mail HTML. html-to-text walks the tree recursively, so HTML nested thousands deep
 * overflows the stack; such mail is read by a flat pass instead: tags out, block ends as line breaks.
 */
export function htmlToPlainText(html: string): string {
  try {
    return convert(html, HTML_OPTIONS);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return flatHtmlToText(html);
  }
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euro: '€', pound: '£', yen: '¥', cent: '¢',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©',
};

/** Linear and recursion-free: drops scripts and styles, turns <br> and block ends into line breaks, removes tags, decodes entities. */
export function flatHtmlToText(html: string): string {
  // `[^<>]*` rather than `[^>]*`: a run of unclosed "<" must not make each match scan to the end.
  const tag = /<(\/?)([a-z][a-z0-9]*)\b[^<>]*>/gi;
  let out = '';
  let skipping = '';
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!skipping) out += html.slice(last, m.index);
    last = tag.lastIndex;
    const name = m[2]!.toLowerCase();
    if (skipping) {
      if (m[1] && name === skipping) skipping = '';
    } else if (!m[1] && HIDDEN.has(name)) skipping = name;
    else if (name === 'br' || (m[1] && BLOCKS.has(name))) out += '\n';
  }
  if (!skipping) out += html.slice(last);
  return out
    .replace(/<[^<>]*>/g, '')
    .replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi, (m, dec?: string, hex?: string, name?: string) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
      if (code >= 0) return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
      return ENTITIES[name!.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const HIDDEN = new Set(['script', 'style', 'head', 'title']);
const BLOCKS = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table']);

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
