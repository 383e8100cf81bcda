// Unit test (Node + happy-dom, fast-check): reading a mail body's text is total and bounded on any tree, keeps every visible word and no hidden one.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { elementToText } from '../../../lib/webmail/dom-text';
import { loadPage } from '../../../lib/webmail/load-page';
import { URLS } from './helpers';

const page = loadPage('<!DOCTYPE html><html><body></body></html>', URLS.gmailThread);
const doc = page.document;
afterAll(() => page.close());

type Tree = { text: string } | { tag: string; hidden: boolean; children: Tree[] };
const TAGS = ['div', 'p', 'span', 'br', 'blockquote', 'pre', 'table', 'tr', 'td', 'li', 'b', 'script', 'style', 'h1'];
const SKIPPED = new Set(['script', 'style']);
const word = fc.oneof(fc.stringMatching(/^[a-z]{1,8}$/), fc.constantFrom('$2,500', '1.1.1.', '\u200f', '😀', 'On', 'wrote:', '--', '\u00a0'));
const textNode = fc.array(word, { maxLength: 6 }).chain((ws) => fc.constantFrom(' ', '\n', '\t', '  ').map((sep) => ({ text: ws.join(sep) })));
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textNode,
    fc.record({ tag: fc.constantFrom(...TAGS), hidden: fc.constantFrom(false, false, false, true), children: fc.array(tie('tree'), { maxLength: 5 }) }),
  ),
}));

function build(t: Tree, parent: Node): void {
  if ('text' in t) {
    parent.appendChild(doc.createTextNode(t.text));
    return;
  }
  const el = doc.createElement(t.tag);
  if (t.hidden) el.setAttribute('style', 'display: none');
  for (const c of t.children) build(c, el);
  parent.appendChild(el);
}

/** Words a reader sees: text outside script/style and hidden elements. */
function visibleWords(t: Tree, out: string[], shown = true): string[] {
  if ('text' in t) {
    if (shown) out.push(...t.text.split(/[\s\u00a0]+/).filter(Boolean));
    return out;
  }
  const s = shown && !t.hidden && !SKIPPED.has(t.tag) && t.tag !== 'br';
  for (const c of t.children) visibleWords(c, out, s);
  return out;
}

describe('elementToText properties', () => {
  it('never throws, keeps every visible word in order and nothing from script, style or hidden elements', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const root = doc.createElement('div');
        build(t, root);
        const text = elementToText(root);
        const words = visibleWords(t, []);
        const got = text.split(/[\s\u00a0]+/).filter(Boolean).join(' ');
        // Block edges may split a word's neighbours apart but never reorder, drop or invent words.
        expect(got.replace(/ /g, '')).toBe(words.join('').replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on wide and deep trees', () => {
    const wide = doc.createElement('div');
    for (let i = 0; i < 20_000; i++) wide.appendChild(doc.createElement(i % 2 ? 'br' : 'span')).appendChild(doc.createTextNode('a '));
    let deep: Element = doc.createElement('div');
    const deepRoot = deep;
    for (let i = 0; i < 5_000; i++) deep = deep.appendChild(doc.createElement(i % 2 ? 'div' : 'blockquote'));
    deep.appendChild(doc.createTextNode('bottom'));
    const t0 = performance.now();
    expect(elementToText(wide).length).toBeGreaterThan(10_000);
    expect(elementToText(deepRoot)).toBe('bottom');
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
