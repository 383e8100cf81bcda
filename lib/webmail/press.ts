// Content script (any webmail page; happy-dom in tests): clicks a webmail button the way a pointer does.

/** mousedown, mouseup, then click: Gmail does not always honour a bare element.click() (InboxSDK, gmail.js do the same). */
export function press(el: Element): void {
  const win = el.ownerDocument.defaultView;
  if (!win) return;
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new win.MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
}
