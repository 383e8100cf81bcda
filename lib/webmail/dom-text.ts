// Runs in any DOM (content scripts, happy-dom in Node): turns a mail body element into plain text, keeping paragraphs, without ever reading HTML strings.
import { isHidden } from './common';

export const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY THEAD TFOOT TR UL CENTER'.split(' '),
);
const SKIP = new Set('SCRIPT STYLE TEMPLATE NOSCRIPT HEAD TEXTAREA INPUT SELECT BUTTON SVG'.split(' '));

export interface ToTextOptions {
  /** Everything from the first element matching this selector onwards is quoted history: stop there. */
  cutAt?: string;
  /** Elements matching this selector are left out (signatures, UI chrome). */
  skip?: string;
}

/**
 * Plain text of `root`: block elements and <br> become line breaks, <p> (except Word's margin-less
 * MsoNormal) a blank line, runs of whitespace collapse as a browser would render them.
 */
export function elementToText(root: Element, options: ToTextOptions = {}): string {
  const lines: string[] = [];
  let cur = '';
  let stopped = false;
  const softBreak = () => {
    if (cur.trim() !== '') lines.push(cur.trimEnd());
    // A block holding only &nbsp; is how mail editors write an empty line.
    else if (cur.includes('\u00a0')) lines.push('');
    cur = '';
  };
  const hardBreak = () => {
    lines.push(cur.trimEnd());
    cur = '';
  };
  const paragraphBreak = () => {
    softBreak();
    if (lines.at(-1)) lines.push('');
  };
  const addText = (s: string, pre: boolean) => {
    let t = pre ? s : s.replace(/[\t\n\r\f ]+/g, ' ');
    if (pre && t.includes('\n')) {
      const parts = t.split('\n');
      parts.forEach((p, i) => {
        if (i > 0) hardBreak();
        cur += p;
      });
      return;
    }
    if (cur === '' || cur.endsWith(' ')) t = t.replace(/^ /, '');
    cur += t;
  };

  const matches = (el: Element, selector?: string) => !!selector && el !== root && el.matches(selector);
  const walk = (node: Node, pre: boolean) => {
    if (stopped) return;
    if (node.nodeType === 3) {
      addText(node.nodeValue ?? '', pre);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (matches(el, options.cutAt)) {
      stopped = true;
      return;
    }
    if (SKIP.has(tag) || isHidden(el)) return;
    if (matches(el, options.skip)) return;
    if (tag === 'BR') {
      hardBreak();
      return;
    }
    if (tag === 'IMG') {
      // Emoji are images whose alt is the character; other images carry no text worth reading.
      const alt = el.getAttribute('alt') ?? '';
      if (el.hasAttribute('data-emoji') || /^\p{Extended_Pictographic}/u.test(alt)) addText(alt, pre);
      return;
    }
    const isParagraph = tag === 'P' && !/(?:^|[\s_])MsoNormal\b/.test(el.getAttribute('class') ?? '');
    const edge = isParagraph ? paragraphBreak : BLOCK.has(tag) ? softBreak : undefined;
    edge?.();
    const inPre = pre || tag === 'PRE';
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, inPre);
    if (tag === 'TD' || tag === 'TH') cur += ' ';
    edge?.();
  };

  walk(root, false);
  softBreak();
  return lines
    .join('\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
