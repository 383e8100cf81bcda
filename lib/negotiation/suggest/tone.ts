// Runs everywhere (Node, side panel): per-tone phrase bank and the wording pass that gives each tone its register.
import type { Tone } from '../schemas';

/**
 * Values from the client's mail or the profile are wrapped in these private-use marks while the tone
 * pass runs, so "It is" inside a company name or a signature is never rewritten, then the marks are removed.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
export function protect(value: string): string {
  return `${OPEN}${value}${CLOSE}`;
}

/** Text with the value markers taken out, for comparing what a reader would see. */
export function unmarked(text: string): string {
  return text.replace(/[\uE000\uE001]/gu, '');
}

export type ByTone = Record<Tone, string>;

/** Written once in a plain register without contractions; each tone then adjusts it. */
const CONTRACTIONS: Array<[RegExp, string, Tone[]]> = [
  [/\bI am\b/g, "I'm", ['warm', 'neutral']],
  [/\bI will\b/g, "I'll", ['warm', 'neutral']],
  [/\bdo not\b/g, "don't", ['warm', 'neutral']],
  [/\bDo not\b/g, "Don't", ['warm', 'neutral']],
  [/\bcannot\b/g, "can't", ['warm', 'neutral']],
  [/\bdoes not\b/g, "doesn't", ['warm', 'neutral']],
  [/\bis not\b/g, "isn't", ['warm', 'neutral']],
  [/\bI would\b/g, "I'd", ['warm']],
  [/\bI have\b/g, "I've", ['warm']],
  [/\byou are\b/g, "you're", ['warm']],
  [/\bYou are\b/g, "You're", ['warm']],
  [/\byou would\b/g, "you'd", ['warm']],
  [/\byou will\b/g, "you'll", ['warm']],
  [/\bwe will\b/g, "we'll", ['warm']],
  [/\bWe will\b/g, "We'll", ['warm']],
  [/\bit is\b/g, "it's", ['warm']],
  [/\bIt is\b/g, "It's", ['warm']],
  [/\bthat is\b/g, "that's", ['warm']],
  [/\bThat is\b/g, "That's", ['warm']],
  [/\blet us\b/g, "let's", ['warm']],
  [/\bLet us\b/g, "Let's", ['warm']],
  [/\bwould not\b/g, "wouldn't", ['warm']],
  [/\bwill not\b/g, "won't", ['warm']],
  [/\bthere is\b/g, "there's", ['warm']],
  [/\bThere is\b/g, "There's", ['warm']],
];

/** Word choices that carry register beyond contractions. */
const WORDING: Array<[RegExp, string, Tone[]]> = [
  [/\bglad to\b/g, 'happy to', ['warm']],
  [/\bglad to\b/g, 'pleased to', ['formal']],
  [/\b(?<!please )let me know\b/g, 'please let me know', ['formal']],
  [/\bLet me know\b/g, 'Please let me know', ['formal']],
  [/\bget started\b/g, 'begin', ['formal']],
  [/\bright away\b/g, 'promptly', ['formal']],
  [/\ba quick call\b/g, 'a short call', ['formal', 'neutral']],
  [/\bsend over\b/g, 'send', ['formal']],
  [/\bsend over\b/g, 'send', ['neutral']],
  [/\bsure\b/g, 'certain', ['formal']],
  [/\bthanks\b/g, 'thank you', ['formal']],
  [/\bThanks\b/g, 'Thank you', ['formal']],
  [/\bOK\b/g, 'acceptable', ['formal']],
];

function adjust(segment: string, tone: Tone): string {
  let out = segment;
  for (const [pattern, replacement, tones] of [...CONTRACTIONS, ...WORDING]) {
    if (tones.includes(tone)) out = out.replace(pattern, replacement);
  }
  return out;
}

/** Applies the tone to our own wording only, then drops the protection marks and tidies spacing. */
export function applyTone(text: string, tone: Tone): string {
  const parts = text.split(new RegExp(`(${OPEN}[^${CLOSE}]*${CLOSE})`, 'u'));
  const toned = parts.map((part) => (part.startsWith(OPEN) ? part.slice(1, -1) : adjust(part, tone))).join('');
  return tidy(toned);
}

export function tidy(text: string): string {
  return text
    .replace(/[\uE000\uE001]/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function greeting(tone: Tone, name: string | null): string {
  if (tone === 'warm') return name ? `Hi ${protect(name)},` : 'Hi there,';
  if (tone === 'neutral') return name ? `Hello ${protect(name)},` : 'Hello,';
  return name ? `Dear ${protect(name)},` : 'Dear Sir or Madam,';
}

export function signOff(tone: Tone): string {
  return { warm: 'All the best,', neutral: 'Best regards,', formal: 'Kind regards,' }[tone];
}

/** Openers by what the message is mostly about; a complaint is not answered with "great to hear from you". */
export type OpenerKind = 'default' | 'complaint' | 'acceptance' | 'price';
const OPENERS: Record<OpenerKind, ByTone> = {
  default: {
    warm: 'Thanks so much for your message!',
    neutral: 'Thank you for your message.',
    formal: 'Thank you for your message and for setting out your requirements.',
  },
  price: {
    warm: 'Thanks so much for getting back to me on the price.',
    neutral: 'Thank you for coming back to me on the price.',
    formal: 'Thank you for your reply regarding the price.',
  },
  complaint: {
    warm: 'Thank you for telling me straight away. I really appreciate the honesty.',
    neutral: 'Thank you for letting me know.',
    formal: 'Thank you for raising this with me directly.',
  },
  acceptance: {
    warm: 'That is wonderful news, thank you!',
    neutral: 'Thank you, that is good news.',
    formal: 'Thank you for confirming your decision.',
  },
};
export function opener(tone: Tone, kind: OpenerKind): string {
  return OPENERS[kind][tone];
}

/**
 * Rotating banks for phrases several paragraphs need, so a three-move reply does not say
 * "I understand" three times. Each entry takes the clause it acknowledges.
 */
const ACKNOWLEDGE: Record<Tone, Array<(clause: string) => string>> = {
  warm: [
    (c) => `I completely get it: ${c}.`,
    (c) => `That makes total sense, ${c}.`,
    (c) => `I hear you: ${c}.`,
  ],
  neutral: [
    (c) => `I understand: ${c}.`,
    (c) => `I see where you are coming from: ${c}.`,
    (c) => `That is a fair point: ${c}.`,
  ],
  formal: [
    (c) => `I fully appreciate that ${c}.`,
    (c) => `I understand entirely that ${c}.`,
    (c) => `I recognise that ${c}.`,
  ],
};

const BUT: Record<Tone, string[]> = {
  warm: ['Honestly, though,', 'The thing is,', 'That said,'],
  neutral: ['That said,', 'However,', 'At the same time,'],
  formal: ['However,', 'Nevertheless,', 'That being said,'],
};

export class PhraseBank {
  private readonly used = new Map<string, number>();
  constructor(readonly tone: Tone) {}

  private next<T>(slot: string, options: T[]): T {
    const i = this.used.get(slot) ?? 0;
    this.used.set(slot, i + 1);
    return options[i % options.length]!;
  }

  acknowledge(clause: string): string {
    return this.next('ack', ACKNOWLEDGE[this.tone])(clause);
  }

  but(): string {
    return this.next('but', BUT[this.tone]);
  }
}
