// Node: .eml files are decoded (MIME structure, transfer encodings, charsets) into the text the engine reads.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatHtmlToText, htmlToPlainText, readEml } from '../../../lib/negotiation/eml';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/eml', name)));

describe('readEml', () => {
  it('reads a plain 7bit message with its headers', async () => {
    const m = await readEml(fixture('plain.eml'));
    expect(m.from).toBe('Tom Baker <tom.baker@acme.example>');
    expect(m.subject).toBe('Landing page quote');
    expect(m.date).toBe('2026-11-23T09:15:00.000Z');
    expect(m.text).toMatch(/^Hi Ana,\n\nThanks for the proposal\. \$2,500 is above our budget/);
    // The quoted history is still there: stripping it is cleanMessage's job, not the MIME reader's.
    expect(m.text).toContain('> Hi Tom, the landing page would be $2,500');
  });

  it('accepts the same message as a string and as an ArrayBuffer', async () => {
    const bytes = fixture('plain.eml');
    const fromString = await readEml(new TextDecoder().decode(bytes));
    const fromBuffer = await readEml(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(fromString.text).toBe(fromBuffer.text);
    expect(fromString.from).toBe('Tom Baker <tom.baker@acme.example>');
  });

  it('prefers text/plain in multipart/alternative and decodes quoted-printable (soft breaks, UTF-8, no-break space)', async () => {
    const m = await readEml(fixture('alternative-qp.eml'));
    expect(m.subject).toBe('Re: Offert för webbplats');
    expect(m.from).toBe('"Svensson, Maria" <maria.svensson@bolag.example>');
    expect(m.text).toContain("The price looks fine — but we'd rather pay 100\u00a0% after delivery instead of a 30 % deposit.");
    // Only the plain part: the HTML alternative has no "Could we start" line, the plain one has.
    expect(m.text).toContain('Could we start on Monday?');
    expect(m.text).not.toContain('<p>');
    expect(m.text.match(/The price looks fine/g)).toHaveLength(1);
  });

  it('converts an HTML-only message to text without markup, scripts, styles, link targets or images', async () => {
    const m = await readEml(fixture('html-only.eml'));
    expect(m.from).toBe('hello@agency.example');
    expect(m.text).toContain('Hi there,');
    expect(m.text).toContain('Could you send us a free sample first? If we like it, we will order more.');
    expect(m.text).toContain('Our budget is €500.');
    for (const junk of ['<', 'tracking', 'color: red', 'https://', 'pixel']) expect(m.text).not.toContain(junk);
  });

  it('decodes a base64 windows-1251 body and RFC 2047 encoded-word headers (Cyrillic)', async () => {
    const m = await readEml(fixture('cyrillic-windows-1251.eml'));
    expect(m.subject).toBe('Логотип');
    expect(m.from).toBe('Иван Петров <ivan@firma.example>');
    expect(m.text).toContain('Сколько стоит логотип? Наш бюджет 10 000 рублей.');
    expect(m.text).toContain('Ёжик');
  });

  it('decodes a quoted-printable ISO-8859-8 body (Hebrew)', async () => {
    const m = await readEml(fixture('hebrew-iso-8859-8.eml'));
    expect(m.subject).toBe('מחיר');
    expect(m.from).toBe('דנה כהן <dana@hevra.example>');
    expect(m.text).toBe('שלום,\nאפשר הנחה? התקציב שלנו 1,200 ש"ח.');
  });

  it('rejects empty input with a clear error', async () => {
    await expect(readEml('')).rejects.toThrow(/empty/);
    await expect(readEml(new Uint8Array())).rejects.toThrow(/empty/);
  });
});

describe('flatHtmlToText (the reader for HTML too deep for html-to-text)', () => {
  it('keeps the words and line breaks, drops styles and tags, decodes entities', () => {
    expect(flatHtmlToText('<style>p{color:red}</style><p>Hi&nbsp;Ana,</p><div>1800 &euro;? &amp; <b>soon</b><br>Tom &#x1F44D;</div>')).toBe('Hi Ana,\n1800 €? & soon\nTom 👍');
  });

  it('stays linear on hostile input: unclosed tags, a style that never ends', () => {
    const t0 = performance.now();
    flatHtmlToText('<'.repeat(500_000));
    flatHtmlToText(`<style>${'<a'.repeat(200_000)}`);
    flatHtmlToText('<div '.repeat(200_000));
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it('reads HTML nested 10,000 deep without overflowing the stack', async () => {
    const html = `${'<div>'.repeat(10_000)}Could you do it for 1800?${'</div>'.repeat(10_000)}`;
    expect(htmlToPlainText(html)).toBe('Could you do it for 1800?');
    const m = await readEml(`From: Tom <tom@acme.example>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`);
    expect(m).toMatchObject({ text: 'Could you do it for 1800?', from: 'Tom <tom@acme.example>' });
  });
});
