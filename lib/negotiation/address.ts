// Runs everywhere (content scripts too, so it stays tiny): parses "Name <email>" style addresses.

/** Splits "Name <email>", "\"Last, First\" <email>", "email (Name)" or a bare address. */
export function parseAddress(s: string): { name: string | null; email: string | null } {
  const input = s.trim();
  const angle = /^(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/.exec(input);
  const unquote = (n: string) => n.trim().replace(/^(["'])(.*)\1$/, '$2').replace(/\\(.)/g, '$1').trim() || null;
  if (angle) return { name: unquote(angle[1]!), email: angle[2]! };
  const paren = /^([^\s()<>]+@[^\s()<>]+)\s*\((.*)\)$/.exec(input);
  if (paren) return { name: unquote(paren[2]!), email: paren[1]! };
  if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(input)) return { name: null, email: input };
  return { name: unquote(input), email: null };
}
