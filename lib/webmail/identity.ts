// Runs everywhere (content scripts, Node): who the signed-in user is, so messages can be marked as written by them.
import { squash } from './common';
import type { Address } from './types';

const LOCAL = /[A-Za-z0-9._%+'-]/;
const DOMAIN = /[A-Za-z0-9.-]/;
const LETTER = /[A-Za-z]/;

/**
 * Every e-mail address in `s` (what /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g matches), lower-cased, in
 * order. Scanned from each "@" outwards, so a long title without one costs one pass: the regular expression
 * retried its local part from every character of a 50,000-character title (2.4 s, on every re-read).
 */
export function emailsIn(s: string | null | undefined): string[] {
  const text = s ?? '';
  const out: string[] = [];
  let done = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', Math.max(at + 1, done))) {
    let start = at;
    while (start > done && LOCAL.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN.test(text[end]!)) end++;
    if (start === at) continue;
    // The longest domain that ends in "." and two or more letters, with something before the dot.
    for (let e = end; e > at + 3; e--) {
      let k = e;
      while (k > at + 1 && LETTER.test(text[k - 1]!)) k--;
      if (e - k >= 2 && text[k - 1] === '.' && k - 1 > at + 1) {
        out.push(text.slice(start, e).toLowerCase());
        done = e;
        break;
      }
      // Every end inside this run of letters fails alike: go on from the character before the run.
      e = Math.min(e, k + 1);
    }
  }
  return out;
}

export interface UserIdentity {
  emails: string[];
  /** Display names, only used when a message shows a name but no address. */
  names: string[];
}

const norm = (s: string) => squash(s.normalize('NFKC')).toLowerCase();

export function isFromUser(from: Address, user: UserIdentity | null): boolean {
  if (!user) return false;
  const email = from.email.trim().toLowerCase();
  if (email) return user.emails.includes(email);
  const name = norm(from.name);
  return name !== '' && user.names.some((n) => norm(n) === name);
}
