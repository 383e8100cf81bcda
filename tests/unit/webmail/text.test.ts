// Unit tests (Node + happy-dom): body-to-text conversion and webmail date parsing.
import { afterEach, describe, expect, it } from 'vitest';
import { parseMailDate } from '../../../lib/webmail/dates';
import { elementToText } from '../../../lib/webmail/dom-text';
import { loadPage, type LoadedPage } from '../../../lib/webmail/load-page';
import { local } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function body(html: string): Element {
  page = loadPage(`<!DOCTYPE html><html><body><div id="b">${html}</div></body></html>`, 'https://mail.google.com/mail/u/0/');
  return page.document.getElementById('b')!;
}

describe('elementToText', () => {
  it('keeps paragraphs from divs, <br>, <p> and blank-line divs like a browser shows them', () => {
    expect(elementToText(body('<div>Hi,</div><div><br></div><div>Line one<br>Line two</div><p>Para</p><p>Next</p>'))).toBe('Hi,\n\nLine one\nLine two\n\nPara\n\nNext');
  });
  it('collapses source whitespace, drops scripts/styles/hidden parts, reads emoji images', () => {
    expect(elementToText(body('\n  <div>  a \n  b </div><style>x{}</style><script>1</script><div style="display:none">hidden</div><img data-emoji="😀" alt="😀"><img alt="logo">'))).toBe('a b\n😀');
  });
  it('stops at quoted history and skips signatures', () => {
    expect(elementToText(body('<div>Mine</div><div class="sig">Jane</div><div class="q">Old</div><div>after</div>'), { cutAt: '.q', skip: '.sig' })).toBe('Mine');
  });
  it('keeps Word-style MsoNormal paragraphs single-spaced and turns &nbsp; paragraphs into blank lines', () => {
    expect(elementToText(body('<p class="MsoNormal">One</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Two</p><p class="MsoNormal">Three</p>'))).toBe('One\n\nTwo\nThree');
  });
});

describe('parseMailDate', () => {
  it.each([
    ['Mon, Mar 4, 2024, 9:15 AM', local(2024, 3, 4, 9, 15)],
    ['Mon, Mar 4, 2024, 12:30 PM', local(2024, 3, 4, 12, 30)],
    ['Mar 4, 2024, 12:05\u202fAM', local(2024, 3, 4, 0, 5)],
    ['tis 5 mars 2024 14:03', local(2024, 3, 5, 14, 3)],
    ['Di., 5. März 2024, 14:03', local(2024, 3, 5, 14, 3)],
    ['Fri 4/10/2026 8:23 AM', local(2026, 4, 10, 8, 23)],
    ['05.03.2024 14:03', local(2024, 3, 5, 14, 3)],
    ['2024-03-05 14:03', local(2024, 3, 5, 14, 3)],
  ])('%s', (raw, iso) => expect(parseMailDate(raw)).toBe(iso));
  it.each([[''], ['yesterday'], ['Feb 30, 2024, 9:00 AM'], [null]])('returns null for %s', (raw) => expect(parseMailDate(raw)).toBeNull());
});
