// Runs everywhere (Node, side panel): the note a client forwards from their own colleagues ("see below from our AP team") — procurement's conditions, accounts' rejection — read as part of what the client asks of us, not as old history.

const FORWARD = /^\s*(?:-{2,}\s*(?:Forwarded message|Vidarebefordrat meddelande|Weitergeleitete Nachricht|Message transféré)\s*-{2,}|Begin forwarded message:)\s*$/im;
const HEADER = /^\s*\*?(?:From|Date|Sent|To|Cc|Subject|Från|Datum|Till|Ämne|Von|An|Betreff|De|Para|Asunto|Objet)\*?\s*:/i;
/** Where the forwarded note ends: an attribution, another separator, quoted lines, a header block of an older mail. */
const END = /^\s*(?:On\b.{4,}\bwrote\s*:|-{2,}\s*(?:Original Message|Forwarded message)|>|_{10,}|From\s*:)/i;
const DISCLAIMER = /\b(?:confidential information|intended recipient|notify the sender|delete (?:this|the) (?:e-?mail|message))\b/i;
const MAX = 3000;

function domainOf(address: string | undefined): string | undefined {
  return /@([\w.-]+\.[a-z]{2,})/i.exec(address ?? '')?.[1]?.toLowerCase();
}

/**
 * The text of a note forwarded to us by the client from their own organisation: the block under a "Forwarded message"
 * line, without its header lines, up to the next older message. Only when it comes from the client's own domain or the
 * client points at it ("see below", "their email below"); our own earlier mail, forwarded back, is history, not a request.
 * Bounded: one pass over at most the first 200 lines of the quote.
 */
export function forwardedNote(body: string, quote: string, from: string | undefined): string {
  const m = FORWARD.exec(quote.slice(0, 20_000));
  if (!m || quote.slice(0, m.index).trim().length > 0) return '';
  const lines = quote.slice(m.index + m[0].length).split('\n').slice(0, 200);
  let i = 0;
  const headers: string[] = [];
  while (i < lines.length && (HEADER.test(lines[i]!) || !lines[i]!.trim())) {
    if (lines[i]!.trim()) headers.push(lines[i]!);
    i++;
  }
  const sender = headers.find((h) => /^\s*\*?(?:From|Från|Von|De)\*?\s*:/i.test(h));
  const same = domainOf(sender) !== undefined && domainOf(sender) === domainOf(from);
  const pointed = /\b(?:see (?:below|their (?:e-?mail|message|note)|the (?:e-?mail|message|note) below)|(?:e-?mail|message|note) below|below from)\b/i.test(body);
  if (!same && !pointed) return '';
  const out: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (END.test(line)) break;
    if (DISCLAIMER.test(line)) break;
    out.push(line);
  }
  return out.join('\n').trim().slice(0, MAX);
}
