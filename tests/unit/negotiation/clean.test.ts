// @vitest-environment happy-dom
// Node + happy-dom: quote and signature stripping on real mail-client reply bodies and on hand-written plain-text cases.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanMessage, parseAddress } from '../../../lib/negotiation/clean';

const TALON = resolve(__dirname, '../../../../shared/fixtures/real-webmail/talon');

/** Text of a reply body as a content script sees it: the DOM's rendered text. */
function htmlToText(html: string, brAsNewline: boolean): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // happy-dom's innerText drops <br>; a browser renders it as a line break. Test both renderings.
  if (brAsNewline) for (const br of [...doc.querySelectorAll('br')]) br.replaceWith('\n');
  return doc.body.innerText;
}

const EXPECTED: Record<string, string> = {
  'reply-gmail.html': 'Hi. I am fine.',
  'reply-hotmail.html': 'Hi. I am fine.',
  'reply-ms_outlook_2003.html': 'Hi. I am fine.',
  'reply-ms_outlook_2007.html': 'Hi. I am fine.',
  'reply-ms_outlook_2010.html': 'Hi. I am fine.',
  'reply-outlook-mac-OLK_SRC_BODY_SECTION.html': 'Reply',
};

// The fixtures live in the shared workspace, outside the repo, like the playbook spec.
describe.runIf(existsSync(TALON))('cleanMessage on real reply bodies (mailgun/talon fixtures)', () => {
  const files = existsSync(TALON) ? readdirSync(TALON).filter((f) => f.endsWith('.html')) : [];
  it('has a fixture for every expectation', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const file of files) {
    for (const brAsNewline of [false, true]) {
      it(`${file} (${brAsNewline ? '<br> as newline' : 'happy-dom innerText'}) keeps only the newest reply`, () => {
        const text = htmlToText(readFileSync(resolve(TALON, file), 'utf8'), brAsNewline);
        const cleaned = cleanMessage(text);
        expect(cleaned.body).toBe(EXPECTED[file]);
        expect(cleaned.quote).toMatch(/Hello! How are you\?|Hi/);
        expect(cleaned.body).not.toMatch(/Hello! How are you|Sasha|From:|Subject:/);
      });
    }
  }
  it('puts the sign-off and name of the Gmail reply in the signature', () => {
    const cleaned = cleanMessage(htmlToText(readFileSync(resolve(TALON, 'reply-gmail.html'), 'utf8'), false));
    expect(cleaned.signature).toBe('Thanks,\nAlex');
    expect(cleaned.quote.startsWith('On Thu, Jun 26, 2014 at 2:14 PM, Alexander L <a@example.com> wrote:')).toBe(true);
  });
});

describe('cleanMessage on plain text', () => {
  const cases: Array<{ name: string; text: string; body: string; signature?: string; quote?: RegExp }> = [
    {
      name: 'Gmail attribution line',
      text: 'Can you do it for $1,800?\n\nOn Mon, Nov 23, 2026 at 10:00 AM Ana <ana@studio.example> wrote:\n> The price is $2,500.',
      body: 'Can you do it for $1,800?',
      quote: /^On Mon, Nov 23.*wrote:\n> The price is \$2,500\.$/s,
    },
    {
      name: 'attribution wrapped over two lines',
      text: 'Sounds good, let us start.\n\nOn Mon, Nov 23, 2026 at 10:00 AM Ana Freelance <\nana@studio.example> wrote:\n\n> Shall we start?',
      body: 'Sounds good, let us start.',
      quote: /^On Mon/,
    },
    {
      name: 'Swedish attribution',
      text: 'Kan ni sänka priset?\n\nDen mån 23 nov. 2026 kl 10:00 skrev Ana <ana@studio.example>:\n> Priset är 20 000 kr.',
      body: 'Kan ni sänka priset?',
    },
    {
      name: 'German attribution',
      text: 'Wir brauchen es bis Freitag.\n\nAm Mo., 23. Nov. 2026 um 10:00 Uhr schrieb Ana <ana@studio.example>:\n> Lieferung in zwei Wochen.',
      body: 'Wir brauchen es bis Freitag.',
    },
    {
      name: 'French attribution (space before the colon)',
      text: "C'est trop cher pour nous.\n\nLe lun. 23 nov. 2026 à 10:00, Ana <ana@studio.example> a écrit :\n> Le prix est de 2 500 €.",
      body: "C'est trop cher pour nous.",
    },
    {
      name: 'Hebrew attribution',
      text: 'אפשר הנחה?\n\nב-23 בנוב׳ 2026, 10:00, ‏Ana <ana@studio.example>‏ כתב/ה:\n> המחיר הוא 5,000 ש"ח.',
      body: 'אפשר הנחה?',
    },
    {
      name: 'only `>` lines, no attribution',
      text: 'Yes, that works for us.\n\n> Can we start on Monday?\n> Ana',
      body: 'Yes, that works for us.',
      quote: /^> Can we start on Monday\?\n> Ana$/,
    },
    {
      name: 'inline answers between `>` lines keep the answers',
      text: '> Can you pay a 30% deposit?\nYes, no problem.\n> Is Friday OK for delivery?\nFriday is too late, we need Wednesday.',
      body: 'Yes, no problem.\nFriday is too late, we need Wednesday.',
    },
    {
      name: '-----Original Message-----',
      text: 'We cannot pay upfront.\n\n-----Original Message-----\nFrom: Ana [mailto:ana@studio.example]\nSent: Monday, November 23, 2026 10:00 AM\nTo: Tom\nSubject: Quote\n\nA 50% deposit, please.',
      body: 'We cannot pay upfront.',
      quote: /^-----Original Message-----/,
    },
    {
      name: 'Outlook header block with the underscore rule',
      text: 'Please send the invoice.\n\n________________________________\nFrom: Ana Freelance <ana@studio.example>\nSent: Monday, November 23, 2026 10:00\nTo: Tom Baker <tom@acme.example>\nSubject: Invoice\n\nHere is the quote.',
      body: 'Please send the invoice.',
      quote: /^_{32}\nFrom: Ana/,
    },
    {
      name: 'Swedish Outlook header block (Från/Skickat/Till/Ämne)',
      text: 'Vi behöver det till fredag.\n\nFrån: Ana Freelance <ana@studio.example>\nSkickat: den 23 november 2026 10:00\nTill: Tom Baker <tom@acme.example>\nÄmne: Offert\n\nHej!',
      body: 'Vi behöver det till fredag.',
      quote: /^Från: Ana/,
    },
    {
      name: 'Sent from my iPhone',
      text: 'OK, go ahead.\n\nSent from my iPhone\n\nOn Nov 23, 2026, at 10:00, Ana <ana@studio.example> wrote:\n> Shall I start?',
      body: 'OK, go ahead.',
      signature: 'Sent from my iPhone',
    },
    {
      name: '"-- " signature delimiter',
      text: 'Could you lower the price a bit?\n\n-- \nTom Baker\nHead of Marketing, Acme Ltd\nwww.acme.example',
      body: 'Could you lower the price a bit?',
      signature: '-- \nTom Baker\nHead of Marketing, Acme Ltd\nwww.acme.example',
    },
    {
      name: 'sign-off + name + company/phone line',
      text: 'We need it by Friday.\n\nBest,\nTom\nAcme Ltd | +1 555 123 4567',
      body: 'We need it by Friday.',
      signature: 'Best,\nTom\nAcme Ltd | +1 555 123 4567',
    },
    {
      name: '"Thanks," + first name',
      text: 'Is the price negotiable?\n\nThanks,\nMaria',
      body: 'Is the price negotiable?',
      signature: 'Thanks,\nMaria',
    },
    {
      name: 'sign-off and name on one line',
      text: 'Let us talk on Monday.\nCheers, Jo',
      body: 'Let us talk on Monday.',
      signature: 'Cheers, Jo',
    },
    {
      name: 'bare "Kind regards" at the end',
      text: 'Please confirm the deadline.\n\nKind regards',
      body: 'Please confirm the deadline.',
      signature: 'Kind regards',
    },
    {
      name: 'Swedish sign-off with title and phone',
      text: 'Kan ni leverera i december?\n\nMed vänliga hälsningar\nAnna-Karin Lind\nVD, Bolaget AB\n070-123 45 67',
      body: 'Kan ni leverera i december?',
      signature: 'Med vänliga hälsningar\nAnna-Karin Lind\nVD, Bolaget AB\n070-123 45 67',
    },
    {
      name: 'name/contact block without a sign-off',
      text: 'Our budget is 1500 for the whole site.\n\nTom Baker\nAcme Ltd\ntom@acme.example | +44 20 7946 0958',
      body: 'Our budget is 1500 for the whole site.',
    },
    {
      name: 'a sign-off followed by long paragraphs is content, not a signature',
      text:
        'Thanks,\nI had a look at your proposal and I think the scope is larger than what we discussed on the phone last week.\n\nCould you split it into two stages so that we can pay for the first one now and decide on the second one in January?',
      body:
        'Thanks,\nI had a look at your proposal and I think the scope is larger than what we discussed on the phone last week.\n\nCould you split it into two stages so that we can pay for the first one now and decide on the second one in January?',
      signature: '',
    },
    {
      name: '"Thanks, but …" is a sentence, not a sign-off',
      text: 'I saw the quote.\nThanks, but that is too expensive for us.',
      body: 'I saw the quote.\nThanks, but that is too expensive for us.',
      signature: '',
    },
    {
      name: 'a message with no quote and no signature is unchanged (but trimmed)',
      text: '\n  Hi Ana,\n\nhow much would a logo cost?  \nWe are a small bakery.\n\n',
      body: 'Hi Ana,\n\nhow much would a logo cost?  \nWe are a small bakery.',
      signature: '',
      quote: /^$/,
    },
    {
      name: 'a message that is only a quote has an empty body',
      text: 'On Mon, Nov 23, 2026 at 10:00 AM Ana <ana@studio.example> wrote:\n> Hi Tom, any news?',
      body: '',
      quote: /^On Mon.*\n> Hi Tom, any news\?$/s,
    },
    {
      name: 'a message that is only `>` lines has an empty body',
      text: '> Hi Tom,\n> any news?\n',
      body: '',
    },
    {
      name: '"wrote:" in a sentence without a date or address is content',
      text: 'Here is what my colleague wrote:\nThe deadline is too tight for us.',
      body: 'Here is what my colleague wrote:\nThe deadline is too tight for us.',
    },
    {
      name: 'Windows line endings',
      text: 'Fine by me.\r\n\r\nOn Mon, Nov 23, 2026 at 10:00 AM Ana <ana@studio.example> wrote:\r\n> ok?',
      body: 'Fine by me.',
    },
    {
      name: 'a "From:" line in content without a header block is content',
      text: 'From: our side the scope is fixed.\nTo be honest, the price is fine.',
      body: 'From: our side the scope is fixed.\nTo be honest, the price is fine.',
    },
    {
      name: 'bottom-posted reply below the quoted block',
      text: 'On Mon, Nov 23, 2026 at 10:00 AM Ana <ana@studio.example> wrote:\n> The price is $2,500.\n> Is that ok?\n\nToo expensive for us. Could you do 1800?\n\nThanks,\nTom',
      body: 'Too expensive for us. Could you do 1800?',
      signature: 'Thanks,\nTom',
      quote: /^On Mon.*wrote:\n> The price is \$2,500\.\n> Is that ok\?$/s,
    },
    {
      name: "the message's own header block at the top is not quoted history: the words below it are the sender's",
      text: 'From: Tom Baker\nSent: Thursday, 12 March 2026 17:05\nTo: Ana Freelance\nSubject: RE: Draft 2\n\nThe second draft still reads too formal.\n\nThanks,\nTom\n\n-----Original Message-----\nFrom: Ana Freelance\nSent: Wednesday, 11 March 2026 10:12\nTo: Tom Baker\nSubject: Draft 2\n\nHere is draft 2.',
      body: 'The second draft still reads too formal.',
      quote: /^From: Tom Baker\n.*-----Original Message-----.*Here is draft 2\.$/s,
    },
    {
      name: 'a forwarded header block with nothing after it stays quote',
      text: '________________________________\nFrom: Ana Freelance <ana@studio.example>\nSent: Monday, November 23, 2026 10:00\nTo: Tom Baker <tom@acme.example>\nSubject: Invoice',
      body: '',
    },
    {
      name: 'forwarded message',
      text: 'See below, can you quote for this?\n\n---------- Forwarded message ---------\nFrom: Boss <boss@acme.example>\nDate: Mon, Nov 23, 2026\nSubject: Site\nTo: Tom <tom@acme.example>\n\nGet a quote.',
      body: 'See below, can you quote for this?',
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const cleaned = cleanMessage(c.text);
      expect(cleaned.body).toBe(c.body);
      if (c.signature !== undefined) expect(cleaned.signature).toBe(c.signature);
      if (c.quote) expect(cleaned.quote).toMatch(c.quote);
    });
  }

  it('stays small enough for the content-script bundle', () => {
    const source = readFileSync(resolve(__dirname, '../../../lib/negotiation/clean.ts'), 'utf8');
    expect(source).not.toMatch(/from ['"](?!\.)/);
    expect(Buffer.byteLength(source)).toBeLessThan(16_000);
  });
});

describe('parseAddress', () => {
  it.each([
    ['Tom Baker <tom@acme.example>', { name: 'Tom Baker', email: 'tom@acme.example' }],
    ['"Baker, Tom" <tom@acme.example>', { name: 'Baker, Tom', email: 'tom@acme.example' }],
    ['tom.baker@acme.example', { name: null, email: 'tom.baker@acme.example' }],
    ['<tom@acme.example>', { name: null, email: 'tom@acme.example' }],
    ['tom@acme.example (Tom Baker)', { name: 'Tom Baker', email: 'tom@acme.example' }],
    ["'Maria Svensson' <maria@bolag.example>", { name: 'Maria Svensson', email: 'maria@bolag.example' }],
    ['Tom Baker', { name: 'Tom Baker', email: null }],
    ['   ', { name: null, email: null }],
  ])('%s', (input, expected) => {
    expect(parseAddress(input)).toEqual(expected);
  });
});
