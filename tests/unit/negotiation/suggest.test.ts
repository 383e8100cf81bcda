// Node: the reply writer answers every move in order, with the profile's figures, in the chosen tone, as valid Suggestions.
import { describe, expect, it } from 'vitest';
import { MOVE_IDS, MOVES } from '../../../lib/negotiation/playbook';
import { SuggestionSchema, type Suggestion, type Tone } from '../../../lib/negotiation/schemas';
import { suggestReplies } from '../../../lib/negotiation/suggest';
import { AGREEMENT, EMPTY_PROFILE, FULL_PROFILE, SINGLE, input, type Message } from './suggest-fixtures';

const TONES: Tone[] = ['warm', 'neutral', 'formal'];
const SIGN_OFFS = ['All the best,', 'Best regards,', 'Kind regards,'];
const CONTRACTION = /\b(here's|what's|I'm|I'll|I'd|I've|don't|can't|isn't|doesn't|you're|you'd|you'll|it's|that's|let's|won't|wouldn't|there's|we'll)\b/i;

function paragraphs(text: string): string[] {
  return text.split(/\n{2,}/);
}

/** The paragraph just before the sign-off: where the question or next step must be. */
function closing(text: string): string {
  const paras = paragraphs(text);
  const signOff = paras.findIndex((p) => SIGN_OFFS.some((s) => p.startsWith(s)));
  expect(signOff, 'sign-off paragraph').toBeGreaterThan(1);
  return paras[signOff - 1]!;
}

function sentences(text: string): Set<string> {
  return new Set(text.split(/(?<=[.!?:])\s+|\n/).map((s) => s.trim()).filter((s) => s.length > 12));
}

/** Share of a's sentences that b does not contain. */
function novelty(a: string, b: string): number {
  const sa = sentences(a);
  const sb = sentences(b);
  return [...sa].filter((s) => !sb.has(s)).length / sa.size;
}

function checkShape(list: Suggestion[], moveCount: number) {
  expect(list.length).toBeGreaterThanOrEqual(2);
  expect(list.length).toBeLessThanOrEqual(4);
  expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
  for (const s of list) {
    expect(() => SuggestionSchema.parse(s)).not.toThrow();
    expect(s.moves).toHaveLength(moveCount);
    expect(s.rationale.map((r) => r.principle)).toEqual(s.principles);
    expect(s.principles.at(-1)).toBe('keep_dialogue');
    for (const r of s.rationale) expect(r.text.length).toBeGreaterThan(15);
    expect(s.text).not.toMatch(/undefined|NaN|\bnull\b|\[\]|  |\uE000|\uE001/);
    expect(s.text).not.toMatch(/^(Hi|Hello|Dear) ,/);
    expect(closing(s.text).trim()).toMatch(/\?$/);
    // Every detected move is answered with at least one of the principles the playbook names for it.
    for (const m of s.moves) expect(s.principles.some((p) => MOVES[m].answer.includes(p)), `${s.id} answers ${m}`).toBe(true);
  }
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      expect(novelty(list[i]!.text, list[j]!.text), `${list[i]!.id} vs ${list[j]!.id}`).toBeGreaterThan(0.3);
    }
  }
}

describe('suggestReplies', () => {
  it('returns nothing when the client made no move', () => {
    expect(suggestReplies(input({ text: 'Thanks, talk soon.', moves: [] }))).toEqual([]);
  });

  describe.each(MOVE_IDS)('%s alone', (id) => {
    const { message, expect: expected } = SINGLE[id];

    it.each(TONES)('writes 2–4 distinct, complete replies (%s, full profile)', (tone) => {
      const list = suggestReplies(input(message, { tone }));
      checkShape(list, 1);
      for (const s of list) {
        expect(s.tone).toBe(tone);
        expect(s.moves).toEqual([id]);
        expect(s.text.split('\n')[0]).toMatch(/Tom,$/);
        for (const re of expected) expect(s.text, `${s.id} ${re}`).toMatch(re);
        expect(s.text).not.toContain('[');
        expect(s.missing).toEqual([]);
        expect(s.text.trimEnd().endsWith('Ana Levi\nConversion copywriter')).toBe(true);
      }
    });

    it('marks and lists every gap when the profile is empty', () => {
      const list = suggestReplies(input(message, { profile: EMPTY_PROFILE }));
      checkShape(list, 1);
      for (const s of list) {
        const inText = [...new Set(s.text.match(/\[[^\]\n]+\]/g) ?? [])].filter((p) => !message.text.includes(p));
        expect(inText.length).toBeGreaterThan(0);
        expect([...s.missing].sort()).toEqual(inText.sort());
        expect(s.missing).toContain('[your name]');
      }
    });

    it('changes the wording with the tone, not only the greeting', () => {
      const byTone = Object.fromEntries(TONES.map((t) => [t, suggestReplies(input(message, { tone: t }))])) as Record<Tone, Suggestion[]>;
      for (let i = 0; i < byTone.warm.length; i++) {
        const body = (t: Tone) => byTone[t][i]!.text.split('\n').slice(1).join('\n');
        expect(body('warm')).not.toBe(body('neutral'));
        expect(body('neutral')).not.toBe(body('formal'));
        expect(novelty(body('warm'), body('formal'))).toBeGreaterThan(0.5);
        expect(byTone.formal[i]!.text).not.toMatch(CONTRACTION);
        expect(byTone.formal[i]!.text).toMatch(/^Dear Tom,/);
        expect(byTone.warm[i]!.text).toMatch(/^Hi Tom,/);
      }
      expect(byTone.warm.some((s) => CONTRACTION.test(s.text))).toBe(true);
    });

    it('greets without a name when the client is unknown', () => {
      for (const tone of TONES) {
        for (const s of suggestReplies(input(message, { tone, clientName: null }))) {
          expect(s.text.split('\n')[0]).toMatch(/^(Hi there|Hello|Dear Sir or Madam),$/);
        }
      }
    });
  });
});

describe('strategies', () => {
  const ids = (message: Message, opts = {}) => suggestReplies(input(message, opts)).map((s) => s.id);

  it('offers hold-firm, trade and staged answers to a discount request', () => {
    expect(ids(SINGLE.discount_request.message)).toEqual(['hold-firm-on-discount', 'discount-for-scope-or-time', 'keep-price-spread-cost']);
  });

  it('holds firm with the line items and total, or trades a visible cut', () => {
    const [firm, trade, staged] = suggestReplies(input(SINGLE.discount_request.message));
    expect(firm!.text).toContain('- Audience and competitor research: $500');
    expect(firm!.text).toContain('- Proofreading: $300\nTotal: $2,400');
    expect(firm!.principles).toContain('line_item_breakdown');
    // The cheapest step comes out and the new total is shown; their 15% is traded for a later deadline.
    expect(trade!.text).toMatch(/Leaving out (page structure|proofreading) brings the total from \$2,400 down to \$2,100/);
    expect(trade!.text).toContain('15%');
    expect(trade!.principles).toEqual(expect.arrayContaining(['transparent_discount', 'concession_for_concession']));
    expect(staged!.principles).toContain('phased_payment');
  });

  it('answers a rush with a rush fee, a smaller scope by their date, or staged delivery', () => {
    const list = suggestReplies(input(SINGLE.rush_deadline.message));
    expect(list.map((s) => s.id)).toEqual(['rush-fee', 'smaller-scope-by-their-date', 'staged-delivery']);
    expect(list[0]!.text).toMatch(/25%/);
    expect(list[0]!.text).toMatch(/\$3,000/);
    expect(list[1]!.text).toMatch(/audience and competitor research, offer and unique selling point, and page structure/);
    for (const s of list) expect(s.text).toMatch(/by Friday \(28 November\)/);
  });

  it('fits the scope to a client budget using the priced line items', () => {
    const [, fit, stage] = suggestReplies(input(SINGLE.budget_anchor.message));
    expect(fit!.text).toMatch(/for your \$1,500 I can deliver .*\(\$1,200\)/);
    expect(stage!.text).toMatch(/writing and proofreading \(\$1,200\)/);
  });

  it('offers phased payment or deposit with a contract on payment terms', () => {
    const [phased, contract] = suggestReplies(input(SINGLE.payment_terms.message));
    expect(phased!.id).toBe('phased-payment');
    expect(phased!.text).toMatch(/\(\$1,200\)/);
    expect(contract!.id).toBe('deposit-with-contract');
    expect(contract!.text).toMatch(/contract/);
    expect(contract!.text).toMatch(/guarantee/);
  });

  it('points to the portfolio or offers a paid trial instead of free work', () => {
    const [portfolio, trial] = suggestReplies(input(SINGLE.free_work.message));
    expect(portfolio!.text).toContain('https://ana.example/work');
    expect(trial!.text).toMatch(/paid trial: the first step, audience and competitor research, for \$500/);
  });

  it('refunds and parts only when a complaint is severe', () => {
    expect(ids(SINGLE.complaint.message)).toEqual(['clarify-and-fix', 'admit-and-fix']);
    const severe: Message = { text: 'This is unacceptable. I want a refund.', moves: [{ id: 'complaint', evidence: 'This is unacceptable' }] };
    expect(ids(severe)).toEqual(['clarify-and-fix', 'admit-and-fix', 'refund-and-part']);
  });

  it('answers a wrong direction by asking why, agreeing then turning, or a written disclaimer', () => {
    const list = suggestReplies(input(SINGLE.wrong_direction.message));
    expect(list.map((s) => s.id)).toEqual(['ask-why-then-options', 'agree-then-turn', 'do-it-with-disclaimer']);
    expect(list[0]!.principles[0]).toBe('ask_why');
    expect(list[2]!.text).toMatch(/confirm by email/);
  });

  it('puts the NDA surcharge into the price', () => {
    const [surcharge] = suggestReplies(input(SINGLE.nda_request.message));
    expect(surcharge!.text).toMatch(/35% surcharge, which makes the total \$3,240/);
  });

  it('uses the service the message names, else the first one', () => {
    const logo: Message = { text: 'What would a logo cost?', moves: [{ id: 'price_question', evidence: 'What would a logo cost' }] };
    expect(suggestReplies(input(logo))[0]!.text).toMatch(/logo design is \$900/i);
    const none: Message = { text: 'What are your rates?', moves: [{ id: 'price_question', evidence: 'What are your rates' }] };
    expect(suggestReplies(input(none))[0]!.text).toMatch(/\$900/);
  });

  it('formats other currencies with their code', () => {
    const sek = { ...FULL_PROFILE, currency: 'SEK' };
    expect(suggestReplies(input(SINGLE.price_question.message, { profile: sek }))[0]!.text).toContain('Total: 2,400 SEK');
  });
});

describe('several moves in one message', () => {
  const MULTI: Array<{ name: string; message: Message; markers: RegExp[] }> = [
    {
      name: 'rush, then budget, then payment',
      message: {
        text: 'We need the landing page by Friday. Honestly, $1,500 is all we have. And we only pay after delivery.',
        moves: [
          { id: 'rush_deadline', evidence: 'We need the landing page by Friday' },
          { id: 'budget_anchor', evidence: '$1,500 is all we have' },
          { id: 'payment_terms', evidence: 'we only pay after delivery' },
        ],
        entities: {
          amounts: [{ text: '$1,500', value: 1500, currency: 'USD', index: 0 }],
          dates: [{ text: 'by Friday', iso: '2025-11-28', deadline: true, index: 0 }],
        },
      },
      markers: [/Friday \(28 November\)/, /your \$1,500/i, /deposit/],
    },
    {
      name: 'discount for future work',
      message: {
        text: 'Can you lower the landing page price a bit? We will have lots more work for you next year.',
        moves: [
          { id: 'discount_request', evidence: 'Can you lower the landing page price' },
          { id: 'future_promise', evidence: 'lots more work for you next year' },
        ],
      },
      markers: [/\$2,400/, /volume|book the next/],
    },
    {
      name: 'complaint with changes',
      message: {
        text: 'I am not happy with the draft. Please rewrite the intro and make the headline shorter.',
        moves: [
          { id: 'complaint', evidence: 'I am not happy with the draft' },
          { id: 'revision_request', evidence: 'rewrite the intro' },
        ],
      },
      markers: [/not happy with the draft/, /revision rounds?/],
    },
    {
      name: 'NDA, then acceptance',
      message: {
        text: 'We would need an NDA signed. Otherwise all good, let us start.',
        moves: [
          { id: 'nda_request', evidence: 'an NDA signed' },
          { id: 'acceptance', evidence: 'all good, let us start' },
        ],
      },
      markers: [/35%/, /30%/],
    },
    {
      name: 'vague brief, price and weekends',
      message: {
        text: 'Not sure exactly what we need for the site. What do you charge? Also we often work weekends, can you be reachable then?',
        moves: [
          { id: 'vague_brief', evidence: 'Not sure exactly what we need' },
          { id: 'price_question', evidence: 'What do you charge' },
          { id: 'boundary_push', evidence: 'can you be reachable then' },
        ],
      },
      markers: [/understood|questions/, /\$2,400/, /Mon–Fri/],
    },
  ];

  describe.each(MULTI)('$name', ({ message, markers }) => {
    it.each(TONES)('answers every move in the client\'s order (%s)', (tone) => {
      const list = suggestReplies(input(message, { tone }));
      checkShape(list, message.moves.length);
      for (const s of list) {
        expect(s.moves).toEqual(message.moves.map((m) => m.id));
        const body = s.text.slice(s.text.indexOf('\n'));
        const positions = markers.map((re) => body.search(re));
        for (const [i, p] of positions.entries()) expect(p, `${s.id} marker ${markers[i]}`).toBeGreaterThanOrEqual(0);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        expect(s.text).not.toContain('[');
      }
    });
  });

  it('keeps one stance across moves: firm price with a rush fee, staged price with staged delivery', () => {
    const list = suggestReplies(input(MULTI[0]!.message));
    expect(list[0]!.title).toBe('Show what the full job costs and why; rush fee');
    expect(list[0]!.text).toMatch(/25% surcharge/);
    expect(list[2]!.text).toMatch(/Let us split the delivery/);
    expect(list[2]!.text).toMatch(/stages/);
  });

  it('shows the breakdown and the stage split once per reply', () => {
    const message: Message = {
      text: 'What does the landing page cost? It sounds too expensive already, can you give a discount?',
      moves: [
        { id: 'price_question', evidence: 'What does the landing page cost' },
        { id: 'price_objection', evidence: 'too expensive' },
        { id: 'discount_request', evidence: 'can you give a discount' },
      ],
    };
    for (const s of suggestReplies(input(message))) {
      expect(s.text.match(/Total: \$2,400/g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(s.text.match(/\(\$1,200\)/g)?.length ?? 0).toBeLessThanOrEqual(2);
    }
  });

  it('answers a repeated move once', () => {
    const message: Message = {
      text: 'Any discount? Really, any discount would help.',
      moves: [
        { id: 'discount_request', evidence: 'Any discount?' },
        { id: 'discount_request', evidence: 'any discount would help' },
      ],
    };
    for (const s of suggestReplies(input(message))) expect(s.moves).toEqual(['discount_request']);
  });
});

describe('agreement terms', () => {
  it('cites the agreed rounds, price and deliverables on scope creep', () => {
    for (const s of suggestReplies(input(SINGLE.scope_creep.message, { agreement: AGREEMENT }))) {
      expect(s.text).toMatch(/Our agreement covers Homepage copy and About page copy for \$3,000, (with|including) three revision rounds/);
    }
  });

  it('cites the agreed deposit when the client pushes on payment', () => {
    for (const s of suggestReplies(input(SINGLE.payment_terms.message, { agreement: AGREEMENT }))) {
      expect(s.text).toMatch(/agreed/);
      expect(s.text).toMatch(/40% deposit/);
      expect(s.text).not.toMatch(/30%/);
    }
  });

  it('restates every agreed term on acceptance and asks for written confirmation', () => {
    for (const tone of TONES) {
      for (const s of suggestReplies(input(SINGLE.acceptance.message, { agreement: AGREEMENT, tone }))) {
        for (const term of ['Homepage copy and About page copy', '12 December', '$3,000', '40%', 'three revision rounds']) expect(s.text, `${s.id} ${term}`).toContain(term);
        expect(s.text).toMatch(/confirm/i);
        expect(s.principles.slice(0, 2)).toEqual(['confirm_in_writing', 'deposit_first']);
      }
    }
  });

  it('lets agreed values fill gaps in an empty profile', () => {
    const [s] = suggestReplies(input(SINGLE.acceptance.message, { agreement: AGREEMENT, profile: EMPTY_PROFILE }));
    expect(s!.missing).toEqual(['[your name]']);
  });
});
