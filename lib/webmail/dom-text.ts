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
  // An explicit stack, not recursion: mail HTML nested thousands deep must not overflow the call stack.
  // An entry is a node to read, or the end of an element (its block edge and table-cell space still to add).
  type Entry = { node: Node; pre: boolean } | { end: string; edge?: () => void };
  const stack: Entry[] = [{ node: root, pre: false }];
  while (stack.length > 0 && !stopped) {
    const entry = stack.pop()!;
    if ('end' in entry) {
      if (entry.end === 'TD' || entry.end === 'TH') cur += ' ';
      entry.edge?.();
      continue;
    }
    const { node, pre } = entry;
    if (node.nodeType === 3) {
      addText(node.nodeValue ?? '', pre);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (matches(el, options.cutAt)) {
      stopped = true;
      break;
    }
    if (SKIP.has(tag) || isHidden(el)) continue;
    if (matches(el, options.skip)) continue;
    if (tag === 'BR') {
      hardBreak();
      continue;
    }
    if (tag === 'IMG') {
      // Emoji are images whose alt is the character; other images carry no text worth reading.
      const alt = el.getAttribute('alt') ?? '';
      if (el.hasAttribute('data-emoji') || /^\p{Extended_Pictographic}/u.test(alt)) addText(alt, pre);
      continue;
    }
    const isParagraph = tag === 'P' && !/(?:^|[\s_])MsoNormal\b/.test(el.getAttribute('class') ?? '');
    const edge = isParagraph ? paragraphBreak : BLOCK.has(tag) ? softBreak : undefined;
    edge?.();
    stack.push({ end: tag, edge });
    const inPre = pre || tag === 'PRE';
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push({ node: child, pre: inPre });
  }

  softBreak();
  return lines
    .join('\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
