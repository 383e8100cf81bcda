// Content script / Node: small helpers shared by the adapters.

/** Reply/forward subject prefixes in the UI languages we support (Re, AW, SV, RV, Fwd, WG, VS, TR, השב). */
export const REPLY_SUBJECT = /^\s*(re|aw|sv|rv|ré|fw|fwd|wg|vs|tr|השב|הע)\s*(\[\d+\])?\s*:/i;

/** The most messages a thread may report (older ones a page only counts included). */
export const MAX_MESSAGES = 500;

/** Collapses whitespace runs the way a browser renders them. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export const textOf = (el: Element | null | undefined) => squash(el?.textContent ?? '');

/** Text of a heading where emoji are images: their alt is the character. */
export function textWithEmoji(el: Element): string {
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    out += n.nodeType === 3 ? n.nodeValue : (n as Element).tagName === 'IMG' ? ((n as Element).getAttribute('alt') ?? '') : '';
  }
  return squash(out);
}

/** Hidden by the page itself (computed styles are not available in every DOM we run in). */
export const isHidden = (el: Element) => el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');

export function isVisibleish(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isHidden(e)) return false;
  return true;
}
