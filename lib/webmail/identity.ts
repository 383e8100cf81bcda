// Runs everywhere (content scripts, Node): who the signed-in user is, so messages can be marked as written by them.
import { squash } from './common';
import type { Address } from './types';

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Every e-mail address in `s`, lower-cased, in order of appearance. */
export function emailsIn(s: string | null | undefined): string[] {
  return (s ?? '').match(EMAIL)?.map((e) => e.toLowerCase()) ?? [];
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
