// Node (tests): hand-built inputs for the reply writer — a full and an empty profile, one message per move.
import type { MoveId } from '../../../lib/negotiation/playbook';
import { EMPTY_PROFILE, ProfileSchema, type AgreementTerms, type DetectedMove, type Entities, type Profile, type Tone } from '../../../lib/negotiation/schemas';
import type { SuggestInput } from '../../../lib/negotiation/suggest';

export const TODAY = '2025-11-24';

export const FULL_PROFILE: Profile = ProfileSchema.parse({
  name: 'Ana Levi',
  signature: 'Ana Levi\nConversion copywriter',
  currency: 'USD',
  services: [
    { name: 'Logo design', price: 900, keywords: ['logo'], lineItems: [{ name: 'Concepts' }, { name: 'Final files' }] },
    {
      name: 'Landing page copy',
      price: 2400,
      keywords: ['landing page', 'website', 'site'],
      lineItems: [
        { name: 'Audience and competitor research', price: 500 },
        { name: 'Offer and unique selling point', price: 400 },
        { name: 'Page structure', price: 300 },
        { name: 'Writing', price: 900 },
        { name: 'Proofreading', price: 300 },
      ],
    },
  ],
  depositPercent: 30,
  revisionRounds: 2,
  workingHours: 'Mon–Fri, 9:00–17:00 CET',
  responseTime: 'within one working day',
  rushSurchargePercent: 25,
  ndaSurchargePercent: 35,
  portfolioUrl: 'https://ana.example/work',
});

export { EMPTY_PROFILE };

export const AGREEMENT: AgreementTerms = {
  deliverables: ['Homepage copy', 'About page copy'],
  deadlines: [{ what: 'final copy', date: '2025-12-12' }],
  price: { amount: 3000, currency: 'USD', model: 'fixed' },
  depositPercent: 40,
  revisionRounds: 3,
  workingHours: 'Mon–Thu, 10:00–16:00',
  responseTime: 'within two working days',
};

interface MoveSpec {
  id: MoveId;
  evidence: string;
}

export interface Message {
  text: string;
  moves: MoveSpec[];
  entities?: Partial<Entities>;
}

/** Indices are computed from the text, as the detectors would report them. */
export function input(message: Message, opts: { profile?: Profile; tone?: Tone; agreement?: AgreementTerms; clientName?: string | null } = {}): SuggestInput {
  const moves: DetectedMove[] = message.moves
    .map((m) => {
      const index = message.text.indexOf(m.evidence);
      if (index < 0) throw new Error(`evidence "${m.evidence}" not in fixture text`);
      return { id: m.id, confidence: 0.9, evidence: m.evidence, index };
    })
    .sort((a, b) => a.index - b.index);
  const at = (needle: string) => {
    const i = message.text.indexOf(needle);
    if (i < 0) throw new Error(`entity "${needle}" not in fixture text`);
    return i;
  };
  const e = message.entities ?? {};
  return {
    text: message.text,
    moves,
    entities: {
      amounts: (e.amounts ?? []).map((a) => ({ ...a, index: at(a.text) })),
      percentages: (e.percentages ?? []).map((p) => ({ ...p, index: at(p.text) })),
      dates: (e.dates ?? []).map((d) => ({ ...d, index: at(d.text) })),
      durations: (e.durations ?? []).map((d) => ({ ...d, index: at(d.text) })),
      clientName: opts.clientName === undefined ? 'Tom Baker' : opts.clientName,
    },
    profile: opts.profile ?? FULL_PROFILE,
    agreement: opts.agreement,
    tone: opts.tone ?? 'neutral',
    today: TODAY,
  };
}

/** One message per move, and what every reply to it must say with the full profile. */
export const SINGLE: Record<MoveId, { message: Message; expect: RegExp[] }> = {
  price_question: {
    message: { text: 'How much would you charge for a landing page for our app?', moves: [{ id: 'price_question', evidence: 'How much would you charge' }] },
    expect: [/\$2,400/],
  },
  price_objection: {
    message: {
      text: 'Honestly that is too expensive. Another writer quoted $900 for the same landing page.',
      moves: [{ id: 'price_objection', evidence: 'that is too expensive' }],
      entities: { amounts: [{ text: '$900', value: 900, currency: 'USD', index: 0 }] },
    },
    expect: [/\$900/, /\$2,400/],
  },
  discount_request: {
    message: {
      text: 'Could you do 15% off the landing page price?',
      moves: [{ id: 'discount_request', evidence: 'Could you do 15% off' }],
      entities: { percentages: [{ text: '15%', value: 15, index: 0 }] },
    },
    expect: [/\$2,400/],
  },
  budget_anchor: {
    message: {
      text: 'Our budget for the landing page is $1,500, that is all we have.',
      moves: [{ id: 'budget_anchor', evidence: 'Our budget for the landing page is $1,500' }],
      entities: { amounts: [{ text: '$1,500', value: 1500, currency: 'USD', index: 0 }] },
    },
    expect: [/your \$1,500/i, /\$2,400/],
  },
  rush_deadline: {
    message: {
      text: 'We launch soon, so we need the landing page by Friday.',
      moves: [{ id: 'rush_deadline', evidence: 'we need the landing page by Friday' }],
      entities: { dates: [{ text: 'by Friday', iso: '2025-11-28', deadline: true, index: 0 }] },
    },
    expect: [/by Friday \(28 November\)/],
  },
  payment_terms: {
    message: { text: 'We only pay after delivery, that is our company policy for a landing page like this.', moves: [{ id: 'payment_terms', evidence: 'We only pay after delivery' }] },
    expect: [/30%/, /deposit/],
  },
  free_work: {
    message: { text: 'Before we decide, could you write a free sample landing page for us?', moves: [{ id: 'free_work', evidence: 'write a free sample' }] },
    expect: [/unpaid/],
  },
  future_promise: {
    message: {
      text: 'If you give us a good rate on the landing page now, there will be plenty more work for you later.',
      moves: [{ id: 'future_promise', evidence: 'there will be plenty more work for you later' }],
    },
    expect: [/\$2,400/, /volume|book the next/],
  },
  scope_creep: {
    message: { text: 'While you are at it, could you also write an FAQ section for the landing page?', moves: [{ id: 'scope_creep', evidence: 'could you also write an FAQ section' }] },
    expect: [/two revision rounds/, /\$2,400/],
  },
  revision_request: {
    message: { text: 'Please make the headline shorter and punchier.', moves: [{ id: 'revision_request', evidence: 'make the headline shorter' }] },
    expect: [/two revision rounds/],
  },
  complaint: {
    message: { text: 'This is not what I asked for at all. I am really disappointed.', moves: [{ id: 'complaint', evidence: 'This is not what I asked for' }] },
    expect: [/This is not what I asked for/],
  },
  boundary_push: {
    message: { text: 'Can you be on WhatsApp on weekends in case we need something?', moves: [{ id: 'boundary_push', evidence: 'on WhatsApp on weekends' }] },
    expect: [/Mon–Fri, 9:00–17:00 CET/, /within one working day/],
  },
  nda_request: {
    message: { text: 'Our legal team needs you to sign an NDA first for the landing page.', moves: [{ id: 'nda_request', evidence: 'sign an NDA' }] },
    expect: [/NDA/, /35%/],
  },
  vague_brief: {
    message: { text: 'We are not sure yet what we need, something to make the website better.', moves: [{ id: 'vague_brief', evidence: 'not sure yet what we need' }] },
    expect: [/landing page copy/, /\?/],
  },
  wrong_direction: {
    message: { text: 'Just copy what Acme does on their homepage, it works for them.', moves: [{ id: 'wrong_direction', evidence: 'Just copy what Acme does' }] },
    expect: [/Just copy what Acme does/],
  },
  acceptance: {
    message: { text: 'Sounds good, let us go ahead with the landing page.', moves: [{ id: 'acceptance', evidence: 'Sounds good, let us go ahead' }] },
    expect: [/30%/, /\$2,400/, /confirm/i, /two revision rounds/],
  },
};
