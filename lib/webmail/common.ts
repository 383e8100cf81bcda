// Content script / Node: small helpers shared by the adapters.

/** Reply/forward subject prefixes in the UI languages we support (Re, AW, SV, RV, Fwd, WG, VS, TR, השב). */
export const REPLY_SUBJECT = /^\s*(re|aw|sv|rv|ré|fw|fwd|wg|vs|tr|השב|הע)\s*(\[\d+\])?\s*:/i;

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text of a heading where emoji are images: their alt is the character. */
export function textWithEmoji(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (e.tagName === 'IMG') out += e.getAttribute('alt') ?? '';
      else for (let c = e.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

export function isVisibleish(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || /display\s*:\s*none/i.test(e.getAttribute('style') ?? '')) return false;
  }
  return true;
}
