// Runs everywhere (Node, side panel, background): address normalisation and a company name guessed from the domain.

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Whole domains of mailbox providers: an address there says nothing about the sender's company. */
const FREE_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'passport.com',
  'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me',
  'aol.com', 'ymail.com', 'rocketmail.com', 'zoho.com', 'zohomail.com', 'fastmail.com', 'fastmail.fm',
  'tutanota.com', 'tuta.io', 'hey.com', 'mail.com', 'email.com', 'web.de', 't-online.de', 'freenet.de',
  'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru', 'ukr.net', 'seznam.cz', 'wp.pl', 'o2.pl',
  'interia.pl', 'libero.it', 'orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'qq.com', '163.com',
  '126.com', 'sina.com', 'naver.com', 'daum.net', 'rediffmail.com', 'walla.co.il', 'bezeqint.net',
]);
/** Providers with one domain per country (yahoo.co.uk, hotmail.fr, gmx.de, yandex.ru…). */
const FREE_MAIL_LABELS = new Set(['gmail', 'yahoo', 'hotmail', 'outlook', 'live', 'gmx', 'yandex', 'icloud', 'protonmail', 'aol']);

/** Second-level labels under a country code that are not the organisation (acme.co.uk → acme). */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc', 'or', 'ne', 'go', 'gob', 'nic']);

export function isFreeMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  if (FREE_MAIL_DOMAINS.has(d)) return true;
  const labels = d.split('.');
  // yahoo.co.uk, hotmail.fr, gmx.net: the provider is the label just before the public suffix.
  return labels.length >= 2 && FREE_MAIL_LABELS.has(organisationLabel(labels));
}

function organisationLabel(labels: string[]): string {
  const n = labels.length;
  if (n >= 3 && labels[n - 1]!.length === 2 && GENERIC_SECOND_LEVEL.has(labels[n - 2]!)) return labels[n - 3]!;
  return labels[n - 2] ?? labels[0] ?? '';
}

/**
 * "ana@mail.acme-studio.co.uk" → "Acme-studio"; undefined for free-mail addresses, where the domain
 * is the provider's, not the client's.
 */
export function companyFromEmail(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 0) return undefined;
  const domain = normalizeEmail(email.slice(at + 1));
  if (!domain || isFreeMailDomain(domain)) return undefined;
  const labels = domain.split('.').filter(Boolean);
  if (labels.length < 2) return undefined;
  const label = organisationLabel(labels);
  if (!label || /^\d+$/.test(label)) return undefined;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
