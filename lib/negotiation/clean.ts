// Runs everywhere (Node, side panel, content scripts): strips quoted history and signatures so only the sender's newest words remain.
// Pure string code on purpose: it is bundled into the content scripts, which have a tight size budget.

export interface CleanedMessage {
  /** The sender's newest words, trimmed. */
  body: string;
  /** Quoted history (attribution line, `>` lines, forwarded/original message blocks). */
  quote: string;
  /** Sign-off, name/contact block, "Sent from my iPhone" lines. */
  signature: string;
}

// Bidi marks surround names and dates in RTL mail clients (Gmail in Hebrew) and break anchored patterns.
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const strip = (line: string) => line.replace(BIDI, '').trim();

// "On <date>, <name> wrote:" and its translations. Anchored at both ends so a sentence that merely contains "wrote" is safe.
const ATTRIBUTION = [
  /^On\b.{4,}\bwrote\s*:$/i,
  /^Den\b.{4,}\bskrev\b.*:$/i,
  /^Am\b.{4,}\bschrieb\b.*:$/i,
  /^Le\b.{4,}\ba\s+écrit\s*:$/i,
  /^El\b.{4,}\bescribió\s*:$/i,
  /^Op\b.{4,}\bschreef\b.*:$/i,
  /^Il\b.{4,}\bha\s+scritto\s*:$/i,
  /^בתאריך.{4,}:$/,
];
// Attributions without a leading keyword ("Tom Baker <tom@…> wrote:", "… כתב/ה:") must carry an address or a date/time,
// so "Here is what my colleague wrote:" stays content.
const LOOSE_ATTRIBUTION = [/^.{4,}\bwrote\s*:$/i, /^.{4,}(?:כתב|כתבה|כתב\/ה)\s*:$/];
const matchesAttribution = (l: string) =>
  l.length <= MAX_ATTRIBUTION && (ATTRIBUTION.some((re) => re.test(l)) || (/@|\d/.test(l) && LOOSE_ATTRIBUTION.some((re) => re.test(l))));
const MAX_ATTRIBUTION = 300;

const SEPARATOR = [
  /^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Originalmeddelande|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Исходное сообщение)\s*-{2,}$/i,
  /^-{2,}\s*(?:Forwarded message|Vidarebefordrat meddelande|Weitergeleitete Nachricht|Message transféré)\s*-{2,}$/i,
  /^Begin forwarded message:$/i,
];
// Outlook draws this line above its header block; alone it is not a quote, so it only counts when a header block follows.
const RULE = /^(?:_{10,}|-{10,}|={10,})$/;

// Header keys of a quoted message, by role, in the languages our users write in.
const FROM_KEYS = 'From|Från|Von|De|Van|Da|Fra|От|מאת';
const DATE_KEYS = 'Sent|Date|Skickat|Datum|Gesendet|Envoyé|Enviado|Verzonden|Inviato|Sendt|Отправлено|Дата|נשלח|תאריך';
const TO_KEYS = 'To|Till|An|À|A|Para|Aan|Til|Кому|אל';
const SUBJECT_KEYS = 'Subject|Ämne|Betreff|Objet|Asunto|Onderwerp|Oggetto|Emne|Тема|נושא';
const keyAt = (keys: string) => new RegExp(`^\\*?(?:${keys})\\*?\\s*:`, 'i');
// Inside one line (HTML turned to text often drops the <br> between header fields), a key is found without a word boundary
// when it is long enough not to be a fragment ("AlexanderSubject:"), and with one when short ("To:").
const keyIn = (keys: string) => {
  const long = keys.split('|').filter((k) => k.length >= 4);
  const short = keys.split('|').filter((k) => k.length < 4);
  const parts = [long.length ? `(?:${long.join('|')})` : '', short.length ? `(?<![\\p{L}])(?:${short.join('|')})` : ''].filter(Boolean);
  return new RegExp(`(?:${parts.join('|')})\\s*:`, 'iu');
};
const FROM_AT = keyAt(FROM_KEYS);
const DATE_AT = keyAt(DATE_KEYS);
const FROM_IN = keyIn(FROM_KEYS);
const DATE_IN = keyIn(DATE_KEYS);
const TO_IN = keyIn(TO_KEYS);
const SUBJECT_IN = keyIn(SUBJECT_KEYS);

const DEVICE = [
  /^Sent from my\b.{0,40}$/i,
  // "Sent between batches, excuse typos", "Excuse brevity": a phone sign-off, no revision of ours to make.
  /^(?:(?:sent|typed|written|dictated)\b.{0,40}[,.;:-]\s*)?(?:please\s+)?(?:excuse|pardon|forgive|sorry for)\s+(?:the\s+|any\s+|my\s+)?(?:typos|brevity|spelling|mistakes|autocorrect|errors)\W{0,3}$/i,
  /^Sent (?:from|via|with) (?:Mail|Outlook|Yahoo Mail|Gmail|Proton ?Mail|Spark|BlackBerry|Samsung)\b.{0,40}$/i,
  /^Get Outlook for (?:iOS|Android)\b.{0,20}$/i,
  /^Skickat från min\b.{0,40}$/i,
  /^Von meinem\b.{0,40}\bgesendet\.?$/i,
  /^Envoyé de mon\b.{0,40}$/i,
  /^Enviado desde mi\b.{0,40}$/i,
  /^נשלח מה.{0,40}$/,
];

const SIGNOFF_WORDS = [
  'best(?: regards| wishes)?', 'all the best', 'kind(?:est)? regards', 'warm(?:est)? regards', 'best wishes', 'regards', 'many thanks',
  'thanks(?: a lot| again| so much| in advance)?', 'thank you(?: so much| again| in advance)?', 'thx', 'cheers', 'sincerely',
  'yours(?: sincerely| truly| faithfully)?', 'take care', 'talk soon', 'speak soon', 'warmly', 'respectfully', 'with thanks',
  'med vänliga hälsningar', 'vänliga hälsningar', 'vänlig hälsning', 'mvh', 'hälsningar', 'tack(?: så mycket)?',
  'mit freundlichen grüßen', 'freundliche grüße', 'viele grüße', 'beste grüße', 'liebe grüße', 'lg', 'vg',
  'cordialement', 'bien cordialement', 'bien à vous', 'merci(?: beaucoup)?', 'salutations', 'saludos', 'un saludo', 'atentamente',
  'בברכה', 'תודה(?: רבה)?', 'с уважением', 'спасибо',
];
// A name as written after a sign-off: one to four capitalised words or initials ("Jo", "Tom B.", "Anna-Karin").
const NAME = "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,3}|\\p{Lo}+(?:\\s+\\p{Lo}+){0,2}";
const SIGNOFF = new RegExp(`^(?:${SIGNOFF_WORDS.join('|')})\\s*[,.!]*(?:\\s*[-–—]?\\s*(${NAME}))?\\s*$`, 'iu');
// Same test, but the name group may not be any capitalised word: "Thanks, Tom" vs "Thanks, But".
const NOT_A_NAME = /^(?:but|and|so|i|we|that|this|it|for|see|just|please|again|everyone|all|guys|team)$/i;

const DISCLAIMER_CUES = /\b(?:confidential(?:ity)?|intended recipient|legally privileged|privileged|notify the sender|delete (?:this|the) (?:e-?mail|message)|disclaimer|unauthori[sz]ed (?:use|disclosure)|strictly prohibited|registered (?:office|in)|company (?:no|number)|virus(?:es)?|this (?:e-?mail|message) (?:and any|is intended))\b/gi;

const PHONE = /(?:\+|\b)\d[\d\s().\-]{6,}\d\b/;
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+/i;

function isAttribution(lines: string[], i: number): number {
  const one = strip(lines[i] ?? '');
  if (!one) return 0;
  if (matchesAttribution(one)) return 1;
  // Clients wrap long attribution lines; the first half must not end a sentence.
  const next = strip(lines[i + 1] ?? '');
  const two = `${one} ${next}`;
  if (next && !/[.?!]$/.test(one) && /^(?:On|Den|Am|Le|El|Op|Il)\b|^בתאריך/i.test(one) && matchesAttribution(two)) return 2;
  return 0;
}

/** A quoted message's header block ("From: … Sent: … To: … Subject: …"), on separate lines or run together on one. */
function isHeaderBlock(lines: string[], i: number): boolean {
  const first = strip(lines[i] ?? '');
  if (!FROM_AT.test(first) && !DATE_AT.test(first)) return false;
  const window: string[] = [];
  // Bounded look-ahead: a page of blank lines after every "From:" must not make the scan quadratic.
  for (let j = i; j < lines.length && j < i + 40 && window.length < 6; j++) {
    const l = strip(lines[j] ?? '');
    if (l) window.push(l);
  }
  const text = window.join('\n');
  return FROM_IN.test(text) && DATE_IN.test(text) && (TO_IN.test(text) || SUBJECT_IN.test(text));
}

const isQuoted = (line: string) => /^\s*>/.test(line);

/**
 * Where the quoted history starts, plus attribution lines to drop when the sender answered below or between `>` lines
 * (bottom-posting): then the attribution is quote, but the text after the `>` block is the sender's.
 */
function findQuoteStart(lines: string[]): { start: number; dropped: Set<number> } {
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const l = strip(lines[i]!);
    if (!l) continue;
    if (SEPARATOR.some((re) => re.test(l))) return { start: i, dropped };
    const n = isAttribution(lines, i);
    if (n) {
      let j = i + n;
      while (j < lines.length && (!strip(lines[j]!) || isQuoted(lines[j]!))) j++;
      const quotedRun = lines.slice(i + n, j).some(isQuoted);
      if (!quotedRun || j >= lines.length) return { start: i, dropped };
      for (let k = i; k < i + n; k++) dropped.add(k);
      i = j - 1;
      continue;
    }
    if (isHeaderBlock(lines, i)) {
      // Take the rule Outlook draws above the block with it.
      let k = i - 1;
      while (k >= 0 && !strip(lines[k]!)) k--;
      return { start: k >= 0 && RULE.test(strip(lines[k]!)) ? k : i, dropped };
    }
  }
  return { start: lines.length, dropped };
}

/** A line of a contact block: a phone, address or link, with few other words. */
function isContactLine(l: string): boolean {
  // Contact lines are short; PHONE backtracks on long digit runs ("1.1.1.…"), so long lines are never tested.
  if (l.length > 200) return false;
  if (!PHONE.test(l) && !URL_OR_EMAIL.test(l)) return false;
  const rest = l.replace(new RegExp(PHONE.source, 'g'), ' ').replace(new RegExp(URL_OR_EMAIL.source, 'gi'), ' ');
  const words = rest.split(/[\s|•·,/:]+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= 5 && !/[?]/.test(l);
}

/** A short line that reads like a name, title or company, not a sentence. */
function isNameOrTitleLine(l: string): boolean {
  if (l.length > 60 || /[?!]$/.test(l) || /\.$/.test(l.replace(/\b(?:Ltd|Inc|Co|Corp|AB|GmbH|Jr|Sr)\.$/, ''))) return false;
  const words = l.split(/\s+/);
  return words.length <= 7 && /^[\p{Lu}\p{Lo}\p{N}]/u.test(l);
}

/** Lines after a sign-off that can only be a signature: few, short, no sentences or questions. */
function isSignatureTail(tail: string[]): boolean {
  const lines = tail.map(strip).filter(Boolean);
  if (lines.length > 6) return false;
  return lines.every((l) => l.length <= 90 && (isContactLine(l) || isNameOrTitleLine(l)));
}

function splitSignature(lines: string[]): { body: string[]; signature: string[] } {
  let end = lines.length;
  const sig: string[] = [];
  const cut = (at: number) => {
    sig.unshift(...lines.slice(at, end));
    end = at;
  };
  // Non-blank lines from i to the end, so "how many lines below" is O(1) and many "--" lines stay linear.
  const filled = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) filled[i] = filled[i + 1]! + (strip(lines[i]!) ? 1 : 0);
  const filledBetween = (a: number, b: number) => filled[a]! - filled[b]!;
  const hasContentBefore = (at: number) => filledBetween(0, at) > 0;

  // A legal footer at the bottom ("This e-mail and any attachments are confidential… intended recipient…") is no part of
  // the message: left in, it reads as a confidentiality demand or a grievance. Paragraph by paragraph from the end.
  for (let guard = 0; guard < 3; guard++) {
    let last = end;
    while (last > 0 && !strip(lines[last - 1]!)) last--;
    let first = last;
    while (first > 0 && strip(lines[first - 1]!)) first--;
    if (first >= last || !hasContentBefore(first)) break;
    const para = lines.slice(first, last).join(' ');
    const cues = para.match(DISCLAIMER_CUES)?.length ?? 0;
    if (cues < 2 || para.length > 3000) break;
    cut(first);
  }
  // RFC 3676 delimiter: everything below "-- " is signature.
  for (let i = 0; i < end; i++) {
    if (/^--\s?$/.test(lines[i]!) && filledBetween(i + 1, end) <= 12 && hasContentBefore(i)) {
      cut(i);
      break;
    }
  }
  for (let i = 0; i < end; i++) {
    if (DEVICE.some((re) => re.test(strip(lines[i]!))) && filledBetween(i + 1, end) <= 8) {
      cut(i);
      break;
    }
  }
  // The lowest sign-off whose tail is a signature; a sign-off followed by paragraphs is content.
  for (let i = end - 1; i >= 0; i--) {
    const l = strip(lines[i]!);
    const m = SIGNOFF.exec(l);
    if (!m || (m[1] && NOT_A_NAME.test(m[1].split(/\s/)[0]!))) continue;
    if (!isSignatureTail(lines.slice(i + 1, end))) break;
    if (hasContentBefore(i)) cut(i);
    break;
  }
  // No sign-off, but a trailing name/title/contact block with at least one phone, link or address in it.
  let k = end;
  while (k > 0 && !strip(lines[k - 1]!)) k--;
  let start = k;
  let contact = false;
  while (start > 0) {
    const l = strip(lines[start - 1]!);
    if (!l) break;
    if (isContactLine(l)) contact = true;
    else if (!isNameOrTitleLine(l)) break;
    start--;
  }
  if (contact && start < k && k - start <= 5 && (start === 0 ? false : !strip(lines[start - 1]!)) && hasContentBefore(start)) cut(start);
  return { body: lines.slice(0, end), signature: sig };
}

/**
 * A header block with nothing above it is the message's own (a mail saved or pasted with its headers, or exported from
 * Outlook): its fields end at the first blank line, and the sender's words start there. Returns that line, or 0.
 */
function ownHeaderEnd(lines: string[]): number {
  const first = lines.findIndex((l) => strip(l));
  if (first < 0 || !isHeaderBlock(lines, first)) return 0;
  let j = first;
  while (j < lines.length && strip(lines[j]!)) j++;
  return lines.slice(j).some((l) => strip(l)) ? j : 0;
}

export function cleanMessage(text: string): CleanedMessage {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  const head = ownHeaderEnd(all);
  const lines = all.slice(head);
  const { start: qs, dropped } = findQuoteStart(lines);
  const quoted: string[] = [];
  const kept: string[] = [];
  lines.slice(0, qs).forEach((l, i) => (dropped.has(i) || isQuoted(l) ? quoted : kept).push(l));
  // Trailing blank lines left by removed `>` lines must not hide the signature at the end.
  while (kept.length && !strip(kept[kept.length - 1]!)) kept.pop();
  const { body, signature } = splitSignature(kept);
  return {
    body: body.join('\n').trim(),
    quote: [...all.slice(0, head), ...quoted, ...lines.slice(qs)].join('\n').trim(),
    signature: signature.join('\n').trim(),
  };
}

/** The name a signature is signed with: after the sign-off ("Best,\nTom", "Cheers, Jo") or atop a "-- " block. */
export function nameFromSignature(signature: string): string | null {
  const lines = signature.replace(/\r\n?/g, '\n').split('\n').map(strip);
  const nameLike = (l: string | undefined) =>
    l && l.length <= 40 && !/[\d@|:/]/.test(l) && new RegExp(`^(?:${NAME})$`, 'u').test(l) && !NOT_A_NAME.test(l.split(/\s/)[0]!) ? l : null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = SIGNOFF.exec(lines[i]!);
    if (!m) continue;
    if (m[1]) return nameLike(m[1]);
    return nameLike(lines.slice(i + 1).find(Boolean));
  }
  const dash = lines.findIndex((l) => /^--$/.test(l));
  return dash >= 0 ? nameLike(lines.slice(dash + 1).find(Boolean)) : null;
}

export { parseAddress } from './address';
