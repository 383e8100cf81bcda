// Runs everywhere (Node, side panel): the summary email's wording in the profile's tone (warm, neutral, formal); our own phrasing.
import type { Tone } from '../negotiation/schemas';
import { longDate } from './dates';

export interface EmailParts {
  tone: Tone;
  firstName: string | null;
  callDate: string;
  agreed: string[];
  mine: string[];
  theirs: string[];
  questions: string[];
  signature: string;
  /** What the call was about, as the notes phrase it ("the landing page"). */
  topic: string | null;
  /** The client has not confirmed terms in writing yet: ask before work starts. */
  beforeStart: boolean;
}

const WORDING: Record<Tone, {
  greet: (name: string | null) => string;
  thanks: (date: string) => string;
  agreed: string;
  steps: string;
  mine: string;
  theirs: string;
  questions: string;
  close: (beforeStart: boolean) => string;
  signOff: string;
}> = {
  warm: {
    greet: (n) => (n ? `Hi ${n},` : 'Hi there,'),
    thanks: (d) => `Thanks so much for the call on ${d}, it was great to talk it through. Here is what I took away from it, so we are both on the same page.`,
    agreed: "Here's what we agreed:",
    steps: 'Next steps:',
    mine: 'On my side:',
    theirs: 'On your side:',
    questions: 'Still open:',
    close: (b) => `Could you reply to confirm this matches what you remember${b ? ' before I get started' : ''}? And if I've misunderstood anything, just tell me and I'll correct it.`,
    signOff: 'Speak soon,',
  },
  neutral: {
    greet: (n) => (n ? `Hello ${n},` : 'Hello,'),
    thanks: (d) => `Thank you for the call on ${d}. Below is a summary of what we discussed.`,
    agreed: 'What we agreed:',
    steps: 'Next steps:',
    mine: 'Me:',
    theirs: 'You:',
    questions: 'Open questions:',
    close: (b) => `Please reply to confirm that this summary is correct${b ? ' before work starts' : ''}, or let me know what I have misunderstood so I can correct it.`,
    signOff: 'Best regards,',
  },
  formal: {
    greet: (n) => (n ? `Dear ${n},` : 'Dear Sir or Madam,'),
    thanks: (d) => `Thank you for taking the time to speak with me on ${d}. For the record, please find below a summary of our conversation.`,
    agreed: 'Points agreed:',
    steps: 'Next steps:',
    mine: 'My actions:',
    theirs: 'Your actions:',
    questions: 'Points still to be settled:',
    close: (b) => `I would be grateful if you could reply to confirm the above in writing${b ? ' before work begins' : ''}, or point out anything I may have misunderstood so that I can correct it.`,
    signOff: 'Kind regards,',
  },
};

export function composeEmail(p: EmailParts): string {
  const w = WORDING[p.tone];
  const when = `${longDate(p.callDate)}${p.topic ? ` about ${p.topic}` : ''}`;
  const out: string[] = [w.greet(p.firstName), '', w.thanks(when)];
  const list = (items: string[]) => items.map((i) => `- ${i}`);
  if (p.agreed.length) out.push('', w.agreed, ...list(p.agreed));
  if (p.mine.length || p.theirs.length) {
    out.push('', w.steps);
    if (p.mine.length) out.push(w.mine, ...list(p.mine));
    if (p.theirs.length) out.push(w.theirs, ...list(p.theirs));
  }
  if (p.questions.length) out.push('', w.questions, ...list(p.questions));
  out.push('', w.close(p.beforeStart), '', w.signOff, p.signature);
  return out.join('\n');
}
