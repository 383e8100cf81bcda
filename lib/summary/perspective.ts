// Runs everywhere (Node, side panel): turns notes written about the client ("she sends", "their logo") into words addressed to them ("you send", "your logo").

const IRREGULAR: Record<string, string> = {
  is: 'are', was: 'were', has: 'have', does: 'do', "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't", goes: 'go',
};
const KEEP_S = new Set(['has', 'is', 'was', 'does', 'this', 'us', 'plus', 'thus', 'yes', 'less', 'across', 'always', 'sometimes', 'perhaps']);

/** "sends" → "send", "pushes" → "push", "is" → "are"; words that are not third-person verbs pass through. */
export function baseVerb(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower]!;
  if (KEEP_S.has(lower) || lower.length < 4 || /ss$|us$|is$/.test(lower) || !/s$/.test(lower)) return word;
  if (/(?:sh|ch|x|z|o)es$/.test(lower)) return word.slice(0, -2);
  if (/[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}y`;
  return word.slice(0, -1);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Followed by one of these, "her" is the object ("send her the file") rather than a possessive ("her logo"). */
const AFTER_OBJECT_HER = /^(?:$|[\s]*[.,;:!?)\-–]|\s+(?:the|a|an|to|by|on|at|in|for|with|and|about|that|this|know|before|after|when|if|asap|tomorrow|today|\d))/i;

/**
 * Addresses the client. `names` are the client's own names (full, first): only they become "you";
 * anyone else named in the notes stays named.
 */
export function toSecondPerson(text: string, names: string[]): string {
  let out = text;
  const nameAlt = names.filter((n) => n.length > 1).sort((a, b) => b.length - a.length).map(escape).join('|');
  const subj = `(?:he|she|they${nameAlt ? `|${nameAlt}` : ''}|the client|client)`;
  out = out.replace(new RegExp(`\\b(?:${nameAlt ? `${nameAlt}|` : ''}the client|client)'s\\b`, 'gi'), 'your');
  // Subject + verb: fix the verb's person first, while the subject is still recognisable.
  out = out.replace(new RegExp(`\\b${subj}\\s+((?:also|just|still|then|probably|only|now|usually)\\s+)?([a-z']+)`, 'gi'), (_m, adv: string | undefined, verb: string) => {
    return `you ${adv ?? ''}${baseVerb(verb)}`;
  });
  out = out.replace(/\b(?:he|she|they)'(ll|d|ve|re|s)\b/gi, (_m, c: string) => (c.toLowerCase() === 's' ? "you're" : `you'${c}`));
  out = out.replace(new RegExp(`\\b(?:he|she|they|him|them|the client|client${nameAlt ? `|${nameAlt}` : ''})\\b`, 'gi'), 'you');
  out = out.replace(/\b(?:his|their)\b/gi, 'your');
  out = out.replace(/\b(?:theirs|hers)\b/gi, 'yours');
  out = out.replace(/\b(?:themselves|himself|herself)\b/gi, 'yourself');
  out = out.replace(/\bher\b/gi, (m, offset: number, s: string) => (AFTER_OBJECT_HER.test(s.slice(offset + m.length)) ? 'you' : 'your'));
  return out;
}
