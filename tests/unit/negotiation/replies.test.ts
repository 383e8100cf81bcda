// Node (vitest): reply cards as a freelancer reads them — the right figure in the right role, one price per card, every ask answered, no card repeating another, the guardrails, the length, and the product's own coach finding nothing to flag.
import { describe, expect, it } from 'vitest';
import { analyzeDraft, analyzeMessage, type AnalyzeOptions } from '../../../lib/negotiation/analyze';
import { ProfileSchema, type Suggestion, type Tone } from '../../../lib/negotiation/schemas';
import { ourBlocks } from '../../../lib/negotiation/understand/deal';

const TODAY = '2026-12-07'; // a Monday

const DESIGNER = ProfileSchema.parse({
  name: 'Noa Berg',
  signature: 'Noa Berg\nBrand and web design',
  currency: 'USD',
  services: [
    {
      name: 'Logo and brand identity',
      price: 2400,
      keywords: ['logo', 'brand', 'branding', 'identity'],
      lineItems: [
        { name: 'Discovery and moodboard', price: 300 },
        { name: 'Three logo concepts', price: 900 },
        { name: 'Refinement of the chosen concept', price: 600 },
        { name: 'Brand guide and final files', price: 600 },
      ],
      smallerVersions: [{ name: 'the logo and final files (no brand guide)', price: 1800 }],
      turnaroundDays: 15,
    },
    {
      name: 'Website design and build',
      price: 5600,
      keywords: ['website', 'site', 'pages', 'homepage'],
      lineItems: [
        { name: 'Discovery and sitemap', price: 600 },
        { name: 'Wireframes', price: 800 },
        { name: 'Visual design', price: 1800 },
        { name: 'Build', price: 1800 },
        { name: 'Testing and launch', price: 600 },
      ],
      smallerVersions: [
        { name: 'a 3-page site (home, services, contact)', price: 3800 },
        { name: 'a one-page site', price: 2200 },
      ],
      turnaroundDays: 30,
    },
    { name: 'Product photography', price: 90, unit: 'hour', keywords: ['photos', 'photography', 'product shots'] },
  ],
  depositPercent: 40,
  revisionRounds: 2,
  workingHours: 'Mon–Fri, 9:00–17:00',
  responseTime: 'within one working day',
  rushSurchargePercent: 30,
  ndaSurchargePercent: 20,
  portfolioUrl: 'https://noa.example/work',
});

function cards(text: string, opts: AnalyzeOptions = {}): Suggestion[] {
  return analyzeMessage(text, { today: TODAY, from: 'Sam Reed <sam@client.example>', profile: DESIGNER, ...opts }).suggestions;
}

/** The email between greeting and sign-off. */
function body(s: Suggestion): string {
  const lines = s.text.split('\n');
  const end = lines.findIndex((l) => /^(?:Best regards|Kind regards|All the best),$/.test(l));
  return lines.slice(1, end < 0 ? undefined : end).join('\n').trim();
}

function paragraphs(s: Suggestion): string[] {
  return body(s).split(/\n{2,}/).map((p) => p.trim());
}

const MONEY = /[$€£]\s?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[$€£]\s?\d+(?:\.\d+)?/g;
/** The figures a card states as the price of the job: "stays at $X", "the total would be $X", "go ahead at $X". */
function pricesStated(s: Suggestion): string[] {
  const out = new Set<string>();
  for (const raw of body(s).split(/(?<=[.?!])\s+/)) {
    // The client's own figures restated in the opening, and a breakdown's line items in brackets, are not the card's price.
    if (/^(?:I understand|Thank you|Good news)/.test(raw)) continue;
    const sentence = raw.replace(/\([^()]*(?:\([^()]*\)[^()]*)*\)/g, '');
    if (!/\b(?:stays at|stays|total (?:would be|comes to|is)|in total|go ahead at|is \$|come to|comes to|price (?:is|for))\b/i.test(sentence)) continue;
    if (/\b(?:instead of|difference|deposit|per (?:hour|word|page|article)|extra|separately|the rest)\b/i.test(sentence)) continue;
    for (const m of sentence.match(MONEY) ?? []) out.add(m);
  }
  return [...out];
}

function words(s: Suggestion): number {
  return body(s).split(/\s+/).filter(Boolean).length;
}

describe('figures in the right role', () => {
  it('never reads our own quote back as a competitor’s price', () => {
    const all = cards('Hi Noa, $5,600 is more than we budgeted for the website; another studio quoted $3,900. Sam');
    expect(all.length).toBeGreaterThan(1);
    for (const s of all) {
      expect(s.text).not.toMatch(/\$5,600 (?:elsewhere|from another)/);
      expect(s.text).not.toMatch(/your \$5,600/);
    }
    expect(all[0]!.text).toMatch(/\$3,900 from another studio/);
  });
  it('answers a budget above our price by confirming our price, not by rising to it', () => {
    const [first] = cards('Hi Noa, what would a logo cost? We have about $3,000 set aside for it.');
    expect(first!.text).toMatch(/\$2,400, within your budget of \$3,000/);
    expect(first!.text).not.toMatch(/\$3,000[^.]*(?:stays|total)/);
  });
  it('takes our price from the client restating it instead of a placeholder', () => {
    for (const s of cards('Your quote of $2,750 for the logo is more than we hoped. Can you do better?', { profile: undefined })) {
      expect(s.text).not.toContain('[your price]');
      expect(s.text).toContain('$2,750');
    }
  });
  it('treats equity offered to us as a share, never as a discount we give', () => {
    for (const s of cards('We are pre-seed, so we would like to offer 0.5% equity instead of your fee for the website.')) {
      expect(s.text).toMatch(/0\.5% equity|fee/);
      expect(s.text).not.toMatch(/0\.5% (?:off|discount)/);
    }
  });
  it('reads "moved up by a week" as a week earlier than planned', () => {
    const all = cards('Hi Noa, our launch has moved up by a week, so we need the website by Friday 29 January instead of 5 February.');
    expect(all[0]!.text).toMatch(/Friday 29 January[^.]*(?:a week earlier than planned|instead of Friday 5 February)/);
  });
  it('reads figures typed on a phone with no currency: our price called crazy, their budget asked as a question', () => {
    const all = cards('saw ur prices. 2400 for a logo is nuts for us lol we r a tiny bakery\n\nwhat could u do for like 500??');
    const [first] = all;
    expect(first!.text).toMatch(/budget of \$500/);
    expect(first!.text).toMatch(/can't do it for \$500/);
    expect(first!.text).not.toMatch(/website/i);
    expect(all.some((s) => /\$1,800/.test(s.text))).toBe(true);
  });
  it('takes a coming event the work is for as the limit when no date is asked for the work', () => {
    // 11 December is four working days away: far too soon for a 15-day logo, and the card says so.
    const [first] = cards('Hi Noa, how much for a logo? The sign guy prints on Friday 11 December.');
    expect(first!.text).toMatch(/too late for your print run|ahead of your print run/);
  });
  it('greets the client by the name they sign with when the From line has none', () => {
    const [first] = analyzeMessage('Hi, how much would a logo be?\n\nThanks,\nPriya', { today: TODAY, profile: DESIGNER }).suggestions;
    expect(first!.text.split('\n')[0]).toMatch(/Priya,$/);
  });
});

describe('one settled position per card', () => {
  const MESSAGES = [
    'Hi Noa, the logo at $2,400 is too expensive for us. Could you do it for $1,500? We also need it by Friday.',
    'We need the website by 18 December, and we would also need you to sign our NDA. Can you do it for less than $5,600?',
    'Could you knock 15% off the logo? We might have more work for you next year.',
    'Can we pay the full $5,600 after launch instead of a deposit? Our finance team only pays on completion.',
  ];
  it.each(MESSAGES)('states one price per card: %s', (text) => {
    for (const s of cards(text)) expect(pricesStated(s).length, `${s.id}: ${pricesStated(s).join(', ')}`).toBeLessThanOrEqual(1);
  });
  it.each(MESSAGES)('never says "no cost" and a fee in the same card: %s', (text) => {
    for (const s of cards(text)) expect(/no cost|free of charge/i.test(s.text) && /surcharge|fee of|billed/i.test(s.text)).toBe(false);
  });
  it.each(MESSAGES)('cards differ in position and share no paragraph: %s', (text) => {
    const all = cards(text);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    const seen = new Set<string>();
    for (const s of all) {
      for (const p of paragraphs(s)) {
        expect(seen.has(p), `repeated paragraph: ${p}`).toBe(false);
        seen.add(p);
      }
    }
  });
  it('puts the rush surcharge into the one total when a price card meets an earlier date', () => {
    const all = cards('The logo is more than we hoped at $2,400, and we need it by Friday 18 December for a trade fair.');
    const rushed = all.filter((s) => /rush/i.test(s.text) && /\$3,120/.test(s.text));
    expect(rushed.length).toBeGreaterThan(0);
    for (const s of rushed) expect(s.text).not.toMatch(/go ahead at \$2,400/);
  });
  it('builds counter-offers from smaller versions the client can use, never from steps cut out of the process', () => {
    const all = cards('Our budget for the website is $3,000 max.');
    const smaller = all.find((s) => /smaller/i.test(s.title));
    expect(smaller?.text).toMatch(/a 3-page site \(home, services, contact\) for \$3,800|a one-page site for \$2,200/);
    for (const s of all) expect(s.text).not.toMatch(/without (?:testing|the build|wireframes|discovery)/i);
  });
});

describe('every ask gets an answer', () => {
  it.each([
    ['Can you sign our supplier code of conduct?', /read the supplier code of conduct and return it/i],
    ['Can you promise a 20% lift in sign-ups?', /cannot honestly promise a 20% lift|can't honestly promise a 20% lift/i],
    ['Are you free for a call on Tuesday?', /Tuesday 8 December works for a call/],
    ['Do you also do the photos?', /photography/i],
    ['Do you also do the packaging?', /packaging/i],
  ])('%s', (ask, answer) => {
    const all = cards(`Hi Noa, thanks for the logo quote of $2,400, that works for us. ${ask}`);
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(s.text).toMatch(answer);
  });
  it('writes a card for a message with no move: acknowledges it, answers it, gives a next step', () => {
    const all = cards('Hi Noa, the office is closed on Friday, so please send the files on Thursday. Is that OK?');
    expect(all).toHaveLength(1);
    expect(body(all[0]!)).toMatch(/\?\s*$/);
  });
  it('ends every card with exactly one question or next step', () => {
    for (const text of ['Could you do the logo for $1,500?', 'Can you do the website by Friday? We need it urgently.', 'We cannot pay a deposit, sorry.']) {
      for (const s of cards(text)) expect((body(s).match(/\?/g) ?? []).length, s.text).toBe(1);
    }
  });
});

describe('guardrails', () => {
  it('never agrees to free work or exposure', () => {
    for (const text of [
      'Before we commit, please do a free test logo so we can see your style.',
      'We cannot pay, but it would be great exposure for you: our page has 40k followers.',
    ]) {
      for (const s of cards(text)) {
        expect(s.text).not.toMatch(/\b(?:happy|glad) to do (?:a|the) free\b|\bfor free\b(?! test)|\bno charge\b/i);
        expect(s.text).not.toMatch(/\$0\b/);
      }
    }
  });
  it('never gives a discount for a promise of future work', () => {
    for (const s of cards('If you do the logo for $1,800 there will be lots more work next year, we promise.')) {
      expect(s.text).not.toMatch(/\$1,800 (?:works|is fine)|agree to \$1,800/);
      expect(s.text).not.toMatch(/\b1\d% off (?:this|the logo)\b/i);
    }
  });
  it('never charges to fix our own mistake', () => {
    for (const s of cards('The logo files you sent have a typo in our name ("Acme Bakry") and the PNG is blurry. Please fix it by tomorrow.')) {
      expect(s.text).not.toMatch(/surcharge|rush|\+\d+%|billed|extra round/i);
    }
  });
  it('treats a change beyond the included rounds as paid work', () => {
    const all = cards('This is our third round of changes on the logo: can you make the icon bigger again?');
    expect(all.some((s) => /extra|further round|billed|paid/i.test(s.text))).toBe(true);
  });
  it('never apologises for the price', () => {
    for (const text of ['That logo price is way too high.', 'Your website price is crazy for a small business.']) {
      for (const s of cards(text)) expect(s.text).not.toMatch(/\b(?:sorry|apologi[sz]e)\b[^.]*\b(?:price|expensive|cost)\b/i);
    }
  });
  it('answers a chargeback threat explicitly and calmly, without praising the client’s honesty', () => {
    for (const s of cards('The logo is awful and nothing like the brief. Refund me or I will do a chargeback with my bank.')) {
      expect(s.text).toMatch(/chargeback|card provider|your bank/);
      expect(s.text).not.toMatch(/honest/i);
    }
  });
});

describe('what a coach flagged on the development set (review v3)', () => {
  it('states one deposit per card when a rush surcharge changes the total', () => {
    for (const s of cards('Hi Noa, $2,400 for the logo is a lot. We need it by Friday 18 December for the shop opening. Sam')) {
      const deposits = body(s).match(/\d+% deposit \([$€£][\d,.]+\)/g) ?? [];
      expect(new Set(deposits).size, s.text).toBeLessThanOrEqual(1);
    }
  });
  it('says no to a launch date the work cannot meet instead of offering a date after the launch', () => {
    const all = cards('Hi Noa, we urgently need the new website live by this Thursday for our launch event. Can you do it? Sam');
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(s.text).not.toMatch(/Would [A-Z]\w+day \d+ \w+ work for you\?/);
    expect(all.some((s) => /too late for you/.test(s.text) && /Could the date move/.test(s.text))).toBe(true);
  });
  it('reads a bare figure after our rate as their counter-rate, per the same unit', () => {
    const [first] = cards('Your rate of $90 per hour for the product photography is too high. We think $60 is fair.');
    expect(first!.text).toMatch(/\$60 per hour/);
    expect(first!.text).not.toMatch(/budget of \$60\b/);
  });
  it('promises to read a code of conduct before returning it, and signs a letter holding an exclusivity only once it is settled', () => {
    const text = 'Please sign our engagement letter (it includes a 24-month non-compete: you will not work for any other law firm) and our supplier code of conduct.';
    for (const s of cards(text)) {
      expect(s.text).not.toMatch(/happy to sign the engagement letter/i);
      expect(s.text).toMatch(/read the supplier code of conduct/i);
    }
  });
  it('answers a budget range at its top, in full figures', () => {
    const [first] = cards('Hi Noa, could you do the logo? Our budget is $1-2k. Sam');
    expect(first!.text).toMatch(/\$2,000/);
    expect(first!.text).not.toMatch(/\$[12](?![\d,.])/);
  });
  it('says yes to more work in our own trade once, with one promise of a separate quote', () => {
    for (const s of cards('Hi Noa, $2,400 for the logo is fine, let us go ahead. Would you be able to design our menu boards too? Sam')) {
      expect(s.text).toMatch(/Yes, I can do (?:your|the) menu boards as well/);
      expect(s.text.match(/quote it separately/g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(s.text).not.toContain('[your answer]');
    }
  });
  it('names a brand to copy without its possessive or the next sentence', () => {
    const [first] = cards("Make the homepage basically a copy of Lumière Skin's. Same layout, same fonts, just swap our products in.");
    expect(first!.text).toMatch(/I can see why Lumière Skin appeals/);
    expect(first!.text).not.toMatch(/Skin's\. Same/);
  });
  it('never says phone shorthand back, and keeps the "we" of what we discussed', () => {
    for (const s of cards('sent u a load of voice notes last night, did u not get them?? the logo is wrong tbh')) expect(s.text).not.toMatch(/\bu\b|\?\?|tbh/);
    const [first] = cards("This isn't what we talked about. The logo colours are nothing like the moodboard.");
    expect(first!.text).not.toMatch(/what you talked about/);
  });
  it('offers a narrower exclusivity that is also shorter than the one asked', () => {
    const [first] = cards('We need an NDA and 12 months of exclusivity: you will not design for any other bakery.');
    expect(first!.text).toMatch(/narrower version \(named direct competitors, 6 months\)/);
  });
});

describe('length and tone', () => {
  const ORDINARY = [
    'How much for a logo?',
    'Could you do the logo for $1,500?',
    'We need the website by Friday 18 December, can you do it?',
    'Can we skip the deposit? We pay everything on completion.',
    'Please do a free test logo first.',
    'Can you add two more pages to the website for the same price?',
    'We need you to sign an NDA before we share the brief.',
    'Can I WhatsApp you at the weekend if something comes up?',
    'Make the logo like Apple’s, exactly the same style.',
    'Great, let’s go ahead with the logo.',
  ];
  it('keeps replies short: median under 140 words, none over 220', () => {
    const counts = ORDINARY.flatMap((t) => cards(t).map(words)).sort((a, b) => a - b);
    expect(counts[Math.floor(counts.length / 2)]!).toBeLessThan(140);
    expect(Math.max(...counts)).toBeLessThanOrEqual(220);
  });
  it('changes the wording with the tone, not the figures', () => {
    const byTone = (tone: Tone) => cards('Could you do the logo for $1,500?', { tone });
    const [warm, neutral, formal] = (['warm', 'neutral', 'formal'] as const).map(byTone);
    expect(warm!.map((s) => s.id)).toEqual(formal!.map((s) => s.id));
    for (let i = 0; i < warm!.length; i++) {
      expect((warm![i]!.text.match(MONEY) ?? []).sort()).toEqual((formal![i]!.text.match(MONEY) ?? []).sort());
      expect(warm![i]!.text).not.toBe(neutral![i]!.text);
    }
  });
  it('marks and lists every gap when the profile is empty', () => {
    for (const s of cards('How much would a logo cost?', { profile: undefined })) {
      for (const p of s.missing) expect(s.text).toContain(p);
      expect(s.missing.length).toBeGreaterThan(0);
    }
  });
});

describe('the product agrees with itself', () => {
  it.each([
    'How much for a logo?',
    'The logo at $2,400 is too expensive. Could you do it for $1,500?',
    'Could you knock 15% off the website?',
    'We need the website by Friday 18 December.',
    'Can we pay after launch instead of a deposit?',
    'Please do a free test logo first.',
    'We would like to offer 1% equity instead of your fee.',
    'Can you add two more pages for the same price?',
    'The second round is worse. Can you change the colours again?',
    'The logo is awful. Refund me or I will do a chargeback.',
    'Can I call you at the weekend?',
    'We need you to sign an NDA.',
    'We are not sure what we want yet, something modern.',
    'Make it exactly like our competitor’s site.',
    'Great, let’s go ahead!',
    'Thanks, the files arrived.',
  ])('no draft check fires on any card: %s', (text) => {
    for (const profile of [DESIGNER, undefined]) {
      for (const s of cards(text, { profile })) {
        const checks = analyzeDraft(s.text).checks.map((c) => `${c.id}: ${c.evidence}`);
        expect(checks, s.text).toEqual([]);
      }
    }
  });
});

describe('answers what a freelancer would answer without a blank (session 4)', () => {
  it('says yes to how the work is handed over, in our voice, with names spelt properly', () => {
    const c = cards('Thanks, looks good, go ahead. Could you make your corrections in tracked changes, and add comments where you are unsure rather than changing things? also can we get the final files in figma not illustrator, nobody here uses adobe');
    expect(c.length).toBeGreaterThan(0);
    for (const s of c) {
      expect(body(s)).toContain("Yes, I'll make my corrections in tracked changes, and add comments where I'm unsure rather than changing things.");
      expect(body(s)).toContain('final files in Figma rather than Illustrator');
      expect(body(s)).not.toMatch(/\[your answer\]|nobody here/);
    }
  });

  it('keeps "US English" a country, not "you English"', () => {
    const c = cards('ok $2,400 is fine for the logo. can you write the brand guide in US english or only british?');
    const all = c.map(body).join('\n');
    expect(all).toContain('US English');
    expect(all).not.toMatch(/\byou english\b/i);
  });

  it('does not answer "Can you make that work?" with a blank when the card already takes a position on the date', () => {
    const c = cards('Change of plans: we need the logo by Friday 18 December, not January. Can you make that work? That ok?');
    for (const s of c) expect(body(s)).not.toMatch(/\[your answer\]|make that work/i);
  });

  it('takes the figure they accept or restate as our price ("€900 is fine", "the full $1,650")', () => {
    const c = cards('Our office manager says we don\'t do deposits. So the full $1,650 after launch for the logo. That ok?');
    const all = c.map(body).join('\n');
    expect(all).toContain('$1,650');
    expect(all).not.toContain('$2,400');
  });

  it('treats a translation that does not match the original, with a fee to cover, as our error: no rush fee, the refund answered', () => {
    const c = cards('WES rejected my application because the date of birth in your translation doesn\'t match my passport. I need a corrected version by Friday and I expect you to cover the resubmission fee. I\'m also considering asking for my $300 back.');
    expect(c.length).toBeGreaterThan(0);
    for (const s of c) expect(body(s)).not.toMatch(/rush|surcharge|stays at/i);
    expect(body(c[0]!)).toMatch(/my (?:responsibility|mistake)/);
    expect(body(c[0]!)).toMatch(/refund/i);
  });

  it('a new direction after the included rounds are used is a paid round, not a free one', () => {
    const c = cards(`hey, showed it to the team and honestly we're not feeling it. can you try a couple of new directions? more vintage, darker.

On Fri, 4 Dec 2026 at 17:05, Noa Berg <noa@noa.example> wrote:
> Hi Sam,
> Attached is round 2 of the logo. Just a heads-up that this was the second of the two revision rounds included in the package ($2,400). Further changes are billed at $95/hour, with an estimate first.
> Noa`);
    expect(c.length).toBeGreaterThan(0);
    expect(body(c[0]!)).toMatch(/rounds? of revisions included in the price are used|further round/i);
    expect(body(c[0]!)).toContain('$95');
    for (const s of c) expect(body(s)).not.toMatch(/as part of the two rounds|\[your answer\]/);
  });
});

describe('reads the situation before the position (session 4, second pass)', () => {
  it('a date for our answer is not the delivery date: no rush fee for "a number for the deck today"', () => {
    const c = cards('We need a new website for our startup, budget around $8-10k. Can you give me a ballpark price and timeline? I need a number for the deck today or tomorrow, even rough is fine.');
    for (const s of c) expect(body(s)).not.toMatch(/rush|surcharge/i);
  });

  it('a budget above the price, with a yes, is not answered as a price objection', () => {
    const c = cards("Great news, we want to go ahead with the logo! To be honest we expected it to be more expensive, we had put aside $4,000. Can we pay the deposit with credit card?");
    expect(c.length).toBeGreaterThan(0);
    for (const s of c) expect(body(s)).not.toMatch(/more than you (?:hoped|want) to spend|stays at/i);
  });

  it('"even rough" by tomorrow gets a rough first version for the rush fee, the finished one on the planned date', () => {
    const c = cards(`investor demo moved. need the logo tomorrow by 9am latest, even rough. will pay the rush whatever it is

On Mon, 30 Nov 2026 at 10:00, Noa Berg <noa@noa.example> wrote:
> Hi Sam, the logo ($2,400) will be ready on Friday 18 December, as agreed.`);
    const rough = c.find((s) => /rough draft/i.test(body(s)));
    expect(rough, c.map(body).join('\n---\n')).toBeDefined();
    expect(body(rough!)).toContain('$3,120');
    expect(body(rough!)).toContain('Friday 18 December');
  });

  it('a listed point that asks for a new tone is quoted, not swallowed by the free fix of our errors', () => {
    const c = cards(`Thanks for the logo files. Before we pay:
1. The brand guide says "founded 2019". We were founded in 2016, which was in the brief.
2. The tagline is misspelt on the letterhead.
3. Our new co-owner feels the style is too classic; could you rework everything to be more playful?`);
    expect(body(c[0]!)).toMatch(/the two errors you listed at no cost/);
    expect(body(c[0]!)).toMatch(/new brief rather than a correction/);
  });

  it('a refund of half the fee is answered as half, not as the whole price', () => {
    const c = cards('The brochure you designed has real mistakes: the phone number is wrong on page 2. I expected better for $2,400. It is only fair that you either redo it at no cost or refund half of the fee.');
    expect(c.map(body).join('\n')).toMatch(/half of the fee/);
  });
});

describe('an error of ours needs work of ours (after the second blind review)', () => {
  it('a first enquiry about a broken old site is not answered as our mistake', () => {
    const c = cards("Hello, the current website is wrong in many places and the typos need fixing. How much would a new 5-page site cost?");
    expect(c.length).toBeGreaterThan(0);
    for (const s of c) expect(body(s)).not.toMatch(/my (?:mistake|responsibility)|at no cost|corrected version/i);
  });
});

describe('first enquiries and quote deadlines (after the second blind review)', () => {
  it('a first enquiry that is unhappy with its current supplier gets no apology of ours', () => {
    const c = cards('Hello, we are really unhappy with our current logo, it looks cheap and our customers hate it. What would a new logo and brand identity cost?');
    for (const s of c) expect(body(s)).not.toMatch(/sorry this has|put it right|my (?:mistake|responsibility)/i);
  });

  it('a deadline for quotes is not a delivery date', () => {
    const c = cards('We are collecting three quotes for a new website. Please submit your quote by Friday 11 December. The site itself should launch in March.');
    for (const s of c) expect(body(s)).not.toMatch(/rush|surcharge|too tight/i);
  });
});

describe('read from five cards for messages I did not write (closing read)', () => {
  it('"my friend said you did his" is someone else\'s job: a typo apology in a first enquiry is no error of ours', () => {
    const c = cards("Hi, sorry for any weird typos, I'm on my phone. My friend Ravi said you did his website and were really patient. How much would a simple 3-page site cost?");
    expect(c.length).toBeGreaterThan(0);
    for (const s of c) expect(body(s)).not.toMatch(/my (?:mistake|responsibility)|at no cost|corrected version/i);
  });

  it('the deadline of an unpaid test gets the no to free work, not our pace or a rush fee for the whole site', () => {
    const c = cards("We're shortlisting designers for our 5-page website. Before we commit we do a test: mock up our homepage hero. Unpaid obviously. Need the test by Monday.");
    expect(c.length).toBeGreaterThan(0);
    expect(body(c[0]!)).toMatch(/unpaid|free test|paid trial/i);
    for (const s of c) expect(body(s)).not.toMatch(/rush|surcharge|too tight|isn't possible/i);
  });
});

describe('asks said back only when they read as English', () => {
  it('drops greetings, bare "please" lines and one-word topics, and reads past an aside to the question', () => {
    const text = cards(
      "Hi Noa, how are you? We'd like a logo for our cafe. Please note the following requirements: square and round versions. Totally unrelated, do you set up Google Business profiles? Probably a silly question but not sure?",
    )
      .map((s) => s.text)
      .join('\n');
    expect(text).not.toMatch(/On whether (?:please|\w+, how are)|how are me|On your question about \w+:/);
    expect(text).not.toMatch(/On whether totally unrelated/);
  });
});

describe('an enquiry for several services at once', () => {
  const text = "We're opening a bakery in March and need a logo and a website. What would both cost? Do we need the brand guide or is that overkill? Budget is around $4,000 all in.";
  it('prices every service named, the total, and what fits the budget, in one card', () => {
    const first = cards(text)[0]!;
    expect(first.text).toContain('$2,400');
    expect(first.text).toContain('$5,600');
    expect(first.text).toContain('$8,000');
    // The smallest usable versions of both: $1,800 + $2,200 = $4,000.
    expect(first.text).toMatch(/\$1,800[\s\S]*\$2,200[\s\S]*\$4,000 in total/);
    expect(first.text).toMatch(/40% deposit \(\$3,200\)/);
  });
  it('answers "do we need the brand guide?" with what leaving it out costs', () => {
    for (const s of cards(text)) expect(s.text).toContain('The brand guide is optional: without it, the logo and final files come to $1,800.');
  });
  it('a second card starts with one service, every price still named', () => {
    const second = cards(text)[1]!;
    expect(second.id).toBe('several-one-first');
    expect(second.text).toMatch(/start with the logo and brand identity at \$2,400/);
    expect(second.text).toContain('$5,600');
  });
});

describe('figures and answers read from a hurried or non-native enquiry', () => {
  const WRITER = ProfileSchema.parse({
    name: 'Ana Holm',
    currency: 'EUR',
    services: [{ name: 'Blog article (1,500 words)', price: 280, unit: 'item', keywords: ['blog', 'article', 'articles'], lineItems: [{ name: 'Topic research and outline' }, { name: 'Writing' }, { name: 'SEO pass' }], turnaroundDays: 5 }],
    depositPercent: 50,
    revisionRounds: 2,
  });
  const TRANSLATOR = ProfileSchema.parse({
    name: 'Ola Berg',
    currency: 'EUR',
    services: [
      { name: 'Translation (Russian into English)', price: 0.12, unit: 'word', keywords: ['translation', 'translate', 'translating', 'russian'] },
      { name: 'Certified translation', price: 45, unit: 'page', keywords: ['certified', 'certificate', 'diploma', 'visa'], turnaroundDays: 2 },
    ],
    depositPercent: 30,
    rushSurchargePercent: 50,
  });
  it('one count named twice is one count, and each article has its own turnaround', () => {
    const text = 'We are thinking in 8 articles to start. Is the keyword research included? In how much time you can deliver the 8 articles? You deliver in Google Docs or Word? Could we do a quick call next week? I am available Tuesday or Wednesday at 10h Lisbon time.';
    const all = analyzeMessage(text, { today: TODAY, from: 'Rui Sousa <rui@client.example>', profile: WRITER }).suggestions.map((s) => s.text).join('\n');
    expect(all).not.toContain('16 articles');
    expect(all).not.toContain('€4,480');
    expect(all).toContain('Yes: topic research and outline is part of the price.');
    expect(all).toContain('Either works: I can deliver in Google Docs or Word, whichever suits you.');
    expect(all).toMatch(/Tuesday 15 December at 10h Lisbon time works for a call\./);
  });
  it('a certified translation is priced per page even when "translated" is said and "certified" misspelt; "how much?" and "??" are asks', () => {
    const text = 'hi i need birth certificate and diploma translated russian to english, certifed. 3 pages total. need it by tmrw latest!! how much? can u also do the apostille??';
    const a = analyzeMessage(text, { today: TODAY, from: 'Anya Ivanova <anya@client.example>', profile: TRANSLATOR });
    expect(a.asks.map((x) => x.topic)).toEqual(expect.arrayContaining(['price', 'other_service']));
    const all = a.suggestions.map((s) => s.text).join('\n');
    expect(all).toContain('€135');
    expect(all).toContain('€202.50'); // €135 + 50%, not rounded to €203
    expect(all).not.toMatch(/per word/);
    expect(all).toMatch(/apostille/i);
  });
});

describe('a buyer bound by purchasing rules', () => {
  const rfq =
    'Dear Ms Berg,\n\nThe City Library requests quotations for the design and build of a five-page website. Quotations must be itemised and must be received by 4:00 p.m. on Friday 18 December. The approved budget is $5,000 including all fees; quotations above this amount cannot be considered. Under our purchasing policy the Library does not make advance payments or deposits; invoicing against delivered milestones is permitted. Standard terms are Net 45.\n\nKind regards,\nMarta Ruiz\nProcurement Officer';
  it('offers what fits the ceiling, invoices by milestone, and takes the quote deadline for no delivery date', () => {
    const all = cards(rfq);
    expect(all.length).toBeGreaterThan(0);
    const first = all[0]!;
    expect(first.text).toContain('$3,800'); // the 3-page site fits the $5,000 ceiling
    for (const s of all) {
      expect(s.id).not.toBe('hold-price-show-value');
      expect(s.id).not.toBe('deposit-with-contract');
      expect(s.text).not.toMatch(/I (?:do need|ask for) a 40% deposit|full amount upfront/);
      expect(s.text).not.toMatch(/Friday 18 December (?:is too tight|isn't possible)/);
    }
    expect(all.map((s) => s.text).join('\n')).toMatch(/milestone/);
  });
});

describe('questions the profile answers', () => {
  const TRANSLATOR = ProfileSchema.parse({
    name: 'Ola Berg',
    currency: 'EUR',
    services: [{ name: 'Translation (German/Russian into English)', price: 0.12, unit: 'word', keywords: ['translation', 'translate'] }],
    depositPercent: 30,
  });
  const DEV = ProfileSchema.parse({
    name: 'Raj Patel',
    currency: 'GBP',
    services: [
      { name: 'Shopify store build', price: 4800, keywords: ['shopify', 'store', 'shop'], turnaroundDays: 25 },
      { name: 'Maintenance', price: 300, unit: 'month', keywords: ['maintenance', 'support'] },
    ],
    depositPercent: 30,
  });
  it('says which languages a translator works into, and no to a version in a source language', () => {
    const all = analyzeMessage('Please translate our 2,000-word leaflet from German. Could you also make a Russian version of the website? Do you do French, or do you know someone?', { today: TODAY, from: 'Katrin Vogel <k@client.example>', profile: TRANSLATOR }).suggestions.map((s) => s.text).join('\n');
    expect(all).toMatch(/I translate from German and Russian into English only, so a Russian version isn't something I can do myself/);
    expect(all).toMatch(/so a French version isn't something I can do myself, but I'm happy to recommend a colleague/);
    expect(all).not.toMatch(/On whether[^.]*(?:Russian|French)/);
  });
  it('names the concepts and rounds from the service, and the maintenance plan for help after launch', () => {
    const logo = cards('What would a logo cost? How many logo proposals we can see, and how many times we can ask modification?').map((s) => s.text).join('\n');
    expect(logo).toContain('You will see three logo concepts, and two rounds of revisions are included.');
    const shop = analyzeMessage('How much is a Shopify shop with you roughly? What happens after it is live if something breaks, do you do ongoing help?', { today: TODAY, from: 'Megan Hart <m@client.example>', profile: DEV }).suggestions.map((s) => s.text).join('\n');
    expect(shop).toMatch(/after launch I offer maintenance at £300 (?:a|per) month/);
  });
});

describe('small misreadings that sink a card', () => {
  it('a question whether a call time suits us is scheduling, not a push for evening availability', () => {
    const first = cards('What would a logo cost? Is it possible to have online meeting? It is evening of the previous day in New York, is it OK for you?')[0]!;
    expect(first.id).not.toBe('working-hours');
    expect(first.text).toContain('$2,400');
  });
  it('half now and half on delivery is no pushback on the deposit, and gets a plain yes', () => {
    const all = cards('How much would a website cost with you roughly? Also is it possible to pay in two parts, like half now and half after?');
    expect(all[0]!.id).not.toMatch(/deposit|stage|instalment/);
    expect(all.map((s) => s.text).join('\n')).toContain('Yes, half now and half on delivery works for me.');
  });
  it('no volume discount for a client who asked for no lower price', () => {
    const all = cards('We would like to go ahead with the website at $5,600. If it goes well there could be more sites for our other brands next year.');
    for (const s of all) expect(s.id).not.toBe('rate-for-booked-volume');
  });
});

describe('paperwork in a yes', () => {
  it('answers the onboarding form, the VAT number, the insurance and the start date, each in its own words', () => {
    const text = 'Dear Ms Berg,\n\nFurther to your proposal for the website ($5,600), we would like to proceed. Before we can issue a purchase order, please complete our supplier onboarding form and send us your VAT number and proof of professional indemnity insurance. Could you also confirm whether you can start on 4 January?\n\nKind regards,\nAgnieszka Nowak';
    const all = cards(text).map((s) => s.text).join('\n');
    expect(all).toMatch(/onboarding form/);
    expect(all).toContain('My VAT number is [your VAT number].');
    expect(all).toMatch(/On insurance:/);
    expect(all).toMatch(/I can start on Monday 4 January 2027/);
    expect(all).not.toMatch(/On whether I could also confirm/);
  });
});

describe('every message gets a card', () => {
  it('a yes under a rule against advances, with no price known, still gets an answer and a next step', () => {
    const text = 'We are pleased to proceed. Under firm policy we do not make advance payments to vendors; invoices are settled net 60. Could you confirm whether you carry professional liability insurance? We propose a kick-off meeting on Thursday 10 December at 2:00 pm.';
    const all = analyzeMessage(text, { today: TODAY, from: 'Eleanor Whitcombe <e@firm.example>' }).suggestions;
    expect(all.length).toBeGreaterThan(0);
    expect(all[0]!.text).toMatch(/milestones/);
    expect(all[0]!.text).toMatch(/Thursday 10 December at 2:00 pm works for the meeting/);
  });
});

describe('from the third review: footers, payment words, unasked cheaper versions, weekend calls', () => {
  it('a legal footer is not read as the client asking for confidentiality or complaining', () => {
    const text = 'Dear Ms Berg,\n\nWhat would a logo cost, and how long does it take?\n\nKind regards,\nHenrik Aalto\nHead of Marketing\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete this e-mail.';
    const a = analyzeMessage(text, { today: TODAY, from: 'Henrik Aalto <h@corp.example>', profile: DESIGNER });
    expect(a.text).not.toMatch(/CONFIDENTIALITY/);
    expect(a.moves.map((m) => m.id)).not.toContain('nda_request');
    for (const s of a.suggestions) expect(s.text).not.toMatch(/NDA|confidential/i);
  });
  it('no cheaper version is offered to a client who only asked the price, and no fear of paying is put in their mouth', () => {
    const all = cards('What would a logo cost, and how long does it take?');
    for (const s of all) expect(s.id).not.toBe('quote-with-smaller-version');
    const pay = cards('We would like to go ahead with the logo at $2,400. Our company pays invoices 45 days after receipt.');
    for (const s of pay) expect(s.text).not.toMatch(/rather not pay before seeing results/);
  });
  it('a Saturday call is moved to Monday, inside working hours', () => {
    const all = cards('What would a logo cost? Could we have a quick call on Saturday 12 December at 10am?').map((s) => s.text).join('\n');
    expect(all).toMatch(/Weekends are when I'm offline, so I would suggest Monday 14 December at 10am for a call instead\./);
  });
});

describe('a rule against advances, in cards about something else', () => {
  it('says the work is invoiced as delivered, never "the balance as agreed" when nothing was agreed', () => {
    const text = 'Dear Ms Berg,\n\nWe would like a logo designed for our pitch on Thursday 31 December. Under company policy we do not make advance payments; our payment terms are Net 60.\n\nKind regards,\nAnna de Vries';
    for (const s of cards(text)) {
      expect(s.text).not.toMatch(/as agreed/);
      expect(s.text).not.toMatch(/I (?:do need|ask for) a 40% deposit/);
    }
  });
});

describe('from the fourth review, read again (fifth session)', () => {
  it('a rival quote named as "another quote from a freelancer … for €1.500" is the competitor, and "€900 more" is nobody\'s budget', () => {
    const a = analyzeMessage("Thanks for the quote. My partner got another quote from a freelancer in Utrecht for $1,500 for the whole site and now he asks why we would pay $900 more?? Is there anything you can do on the price?", { today: TODAY, from: 'Femke de Vries <femke@shop.example>', profile: DESIGNER });
    expect(a.entities.amounts.find((x) => x.value === 1500)?.role).toBe('competitor');
    expect(a.entities.amounts.find((x) => x.value === 900)?.role).toBe('other');
    for (const s of a.suggestions) expect(s.text).not.toMatch(/your budget of \$(?:1,500|900)|\$900 you have in mind/);
  });
  it('splitting an overdue balance after delivery is answered with the balance in two dated halves, not "half now and half on delivery"', () => {
    const text = "Hi Noa,\n\nSo sorry, I just saw your reminder about the final invoice for the website. Would it be ok to split the balance into two payments? Say half now and half end of January?\n\nPriya";
    const all = cards(text).map((s) => s.text).join('\n');
    expect(all).not.toMatch(/half on delivery/);
    // $5,600 less the 40% deposit is $3,360: two halves of $1,680, the second on the last working day of January.
    expect(all).toMatch(/\$1,680 by .+ and the remaining \$1,680 by Friday 29 January/);
  });
  it('"can you resend it to accounts@…" after an invoice is a plain yes naming the invoice, and "could you add that?" names what "that" is', () => {
    const text = "Hi Noa,\n\nOur bookkeeper never got the final invoice. Anyway can you resend it to accounts@physio.example and cc me.\n\nAlso the boss wants a Careers page on the site, same style as the Team page. Could you add that?\n\nPriya";
    const all = cards(text).map((s) => s.text).join('\n');
    expect(all).toMatch(/Yes, I(?:'ll| will) resend the invoice to accounts@physio\.example and cc you\./);
    expect(all).toMatch(/The Careers page is a separate piece of work/);
    expect(all).not.toMatch(/On whether anyway/);
  });
  it('a date the client ties to their go-live with "because that\'s when" is the event, not the delivery date', () => {
    const all = cards("We'd like a logo. We need it before Monday 1 February because that's when the new collection goes online.").map((s) => s.text).join('\n');
    expect(all).toMatch(/Thursday 28 January(?: 2027)? \(ahead of your go-live on Monday 1 February/);
  });
});

describe('from the fourth review, delivered work and new briefs (fifth session)', () => {
  it('a published error of ours quoted back is owned and fixed, not investigated, and "taken the post down" is no outage', () => {
    const text = 'Hi Noa,\n\nJust following up on my email from yesterday morning, as I haven\'t heard back.\n\nAs I mentioned, the landing page that went live on Tuesday says we offer "free delivery on all orders". We don\'t. I checked the brief I sent and it says "free delivery over $50". I\'ve taken the page down for now. Could you let me know how you\'d like to handle this, and whether I need to be worried about the other two pages?\n\nHelen';
    const all = cards(text);
    expect(all[0]!.id).toBe('own-and-fix');
    expect(all[0]!.text).toMatch(/says you offer "free delivery on all orders"/);
    expect(all[0]!.text).not.toMatch(/ahead of your go-live|as you mentioned|what is causing it/i);
    expect(all[0]!.text).toMatch(/the other two pages against your brief/);
  });
  it('a site that stopped working after delivery is looked into first, with a call to the number given', () => {
    const all = cards('noa site is down!!! just a white page. we have ads running all weekend. i know we said no to the maintenance thing but this is an emergency. pls fix asap or call me 07700 900418');
    expect(all[0]!.id).toBe('investigate-now');
    expect(all[0]!.text).toMatch(/I(?:'ll| will) call you on 07700 900418/);
    for (const s of all) expect(s.text).not.toMatch(/deposit before I start|Thank you for asking about/);
  });
  it('a new audience for work under way is a new brief, priced, not a free revision round', () => {
    const text = "hi noa client came back on the landing page. they dont want to target HR managers anymore its now CFOs, whole angle is cost saving. new positioning deck attached. can u redo by fri?? counts as a revision round right\n\nOn Mon, 30 Nov 2026 at 10:00, Noa Berg <noa@noa.example> wrote:\n> Hi Jonas, attached is the first draft of the landing page design. Deposit received, thank you.";
    const all = cards(text);
    expect(all).toHaveLength(1);
    expect(all[0]!.id).toBe('new-brief-rework');
    expect(all[0]!.text).toMatch(/new brief rather than a revision round/);
    expect(all[0]!.text).not.toMatch(/at no cost|within the two rounds|included rounds/);
  });
  it('an enquiry that mentions work done for a friend and a logo they already have does not quote that logo', () => {
    const text = "Hi! My friend Priya (you did the logo for her bakery) said you're fast. What we have: logo and brand colors, that part is fine. What we need: one landing page for our donation drive. What would it cost? Also is Figma ok for the handoff?";
    const all = cards(text);
    for (const s of all) expect(s.text).not.toMatch(/logo and brand identity is \$2,400|start with the logo/);
    expect(all.map((s) => s.text).join('\n')).toMatch(/Yes, Figma is fine for me\./);
  });
  it('a call asked for tonight at 8 is moved to the next working morning, inside the hours', () => {
    const all = cards('Love the new hero! Could you swap the green button to terracotta? Also can we hop on a quick call tonight around 8?\n\nOn Mon, 30 Nov 2026 at 10:00, Noa Berg <noa@noa.example> wrote:\n> Hi Brooke, here is round 1 of the landing page design.');
    expect(all.map((s) => s.text).join('\n')).toMatch(/Evenings are outside my working hours, but I could do Tuesday 8 December at 10:00/);
  });
  it('exposure offered for extra work is declined as payment, and a discount for two more weeks is never offered against a tight date', () => {
    const shout = cards("Could you also do a business card? Happy to give you a shoutout on our IG (11k followers!!)\n\nOn Mon, 30 Nov 2026 at 10:00, Noa Berg <noa@noa.example> wrote:\n> Hi Brooke, here is round 1 of the logo.").map((s) => s.text).join('\n');
    expect(shout).toMatch(/(?:cannot|can't) (?:stand in for|replace) the fee/);
    const rush = cards('We need a landing page designed by Friday 11 December for our appeal. Anything over $1,500 needs sign-off. Do you do a nonprofit rate?');
    for (const s of rush) expect(s.text).not.toMatch(/two more weeks on the deadline/);
  });
});

describe('complaints that are not about our errors (fifth session)', () => {
  it('features demanded "at no extra cost" that the scope never had: the work as agreed stands, the features are quoted', () => {
    const text = "Noa,\n\nWe launched the site eight days ago and we STILL can't take bookings in euros. I expect multi-currency and a members area working by Friday at no extra cost. If it isn't done my solicitor will be in touch.\n\nDarren\n\nOn Mon, 2 Nov 2026 at 10:00, Noa Berg <noa@noa.example> wrote:\n> Hi Darren, the site is now live. Final invoice attached.";
    const all = cards(text);
    expect(all[0]!.id).toBe('scope-dispute');
    expect(all[0]!.text).toMatch(/Multi-currency and a members area were not in the scope we agreed/);
    expect(all[0]!.text).toMatch(/rather settle this between us than through lawyers/);
    for (const s of all) expect(s.text).not.toMatch(/rework it within|at no cost/);
  });
  it('"our lawyer needs you to sign the agreement" and a contract\'s penalty clause are paperwork, not a threat or a complaint', () => {
    const text = "Hello Noa,\n\nThe deposit ($2,240) was sent yesterday, please confirm when you receive it. Before kick-off our lawyer needs that you sign the attached framework agreement. §11 Contractual penalty: 2% of the fee for each day of delay.\n\nBest regards,\nKatarzyna";
    for (const s of cards(text)) {
      expect(s.text).not.toMatch(/through lawyers|sorry this has|left you unhappy/);
    }
  });
  it('restates a client\'s verdict on concepts without mistaking "the R one" for phone shorthand', () => {
    const text = "noa i looked at the 3 logos with my wife last night and honestly none of them work. the house one looks like a real estate agent, the shield one looks like insurance and the R one is just boring. I paid you almost a thousand bucks already so I expect 3 new ones by end of week\n\nOn Mon, 2 Nov 2026 at 10:00, Noa Berg <noa@noa.example> wrote:\n> Hi Gary, attached are the three logo concepts.";
    const all = cards(text).map((s) => s.text).join('\n');
    expect(all).toMatch(/the house one looks like a real estate agent/);
    expect(all).not.toMatch(/you paid me almost a thousand/);
  });
});

describe('read from the spent third review (fifth session)', () => {
  it('the total of our earlier price list is our price, not a line item, even when the deposit follows it', () => {
    const text = "€900 for ONE page? seriously. ill do €400, thats already generous\n\nOn Wed, 2 Dec 2026 at 10:48, Noa Berg <noa@noa.example> wrote:\n> Hi Lukas,\n>\n> - Research: €200\n> - Structure and first draft: €350\n> - Editing: €350\n>\n> Total: €900, with 40% (€360) upfront and the rest on delivery.\n>\n> Noa";
    const all = cards(text, { profile: ProfileSchema.parse({ ...DESIGNER, currency: 'EUR' }) });
    for (const s of all) expect(s.text).not.toMatch(/is €350|€350, within your budget/);
    expect(all.map((s) => s.text).join('\n')).toMatch(/€900/);
  });
  it('how a new client found us ("the business group on Facebook") is no review threat, and their breakage is a first look by the hour', () => {
    const DEV = ProfileSchema.parse({ ...DESIGNER, services: [{ name: 'Development work', price: 65, unit: 'hour', keywords: ['fix', 'development'] }, { name: 'Monthly maintenance', price: 300, unit: 'month', keywords: ['maintenance', 'support'] }] });
    const text = "Hi Noa,\n\nWe haven't worked together before, I got your details from the Leeds Indie Business group on Facebook.\n\nBit of a panic here – our WooCommerce click & collect plugin has stopped working since an update on Wednesday. Could you take a look? How much would it be? Tomorrow's Saturday and it's our busiest day so if there's ANY chance of you looking at it this weekend I'd be so grateful. Do you do monthly support?\n\nPriya";
    const all = analyzeMessage(text, { today: '2026-12-11', from: 'Priya <p@shop.example>', profile: DEV }).suggestions;
    expect(all[0]!.id).toBe('emergency-first-look');
    expect(all[0]!.text).toMatch(/\$65 per hour/);
    expect(all[0]!.text).toMatch(/Saturday at my rush rate/);
    for (const s of all) expect(s.text).not.toMatch(/review|rework it within|left you unhappy|\[your answer\]/);
  });
  it('a shop someone else has ("you made the website for his barber shop") is not a service asked for', () => {
    const text = "Dear Mr Noa, my cousin give me your email, you make the website for his barber shop. We need new website for our restaurant: home, menu, about us, contact. How much it cost? We have maximum $4,000.";
    const SHOPS = ProfileSchema.parse({ ...DESIGNER, services: [...DESIGNER.services, { name: 'Shopify store build', price: 4800, keywords: ['shopify', 'shop', 'store'] }] });
    const all = cards(text, { profile: SHOPS });
    for (const s of all) expect(s.text).not.toMatch(/shopify|store build/i);
    expect(all[0]!.text).toMatch(/website design and build/i);
  });
});

describe('paperwork after delivery (fifth session)', () => {
  it('"thank you for your reminder … re-issue the invoice referencing PO …" is a delivered job: the re-issue is a plain yes and no deposit is asked', () => {
    const text = "Dear Ms Berg,\n\nThank you for your reminder of 16 November.\n\nOur Accounts Payable department was unable to process invoice no. 2026-041 as it did not reference a valid purchase order number. All supplier invoices are settled on 60-day payment terms. I would therefore ask you to re-issue the invoice referencing PO 4500-118734 and send it to invoices@kestrel.example (not to me directly).\n\nFurther, we would like the first two articles of a new series by 15 January 2027.\n\nKind regards\nSabine Vogt";
    const all = cards(text);
    const joined = all.map((s) => s.text).join('\n');
    expect(joined).toMatch(/Yes, I(?:'ll| will) re-issue the invoice referencing PO 4500-118734/);
    for (const s of all) {
      expect(s.text).not.toMatch(/deposit (?:\(|before I start)|I ask for a 40% deposit/);
      expect(s.text).not.toMatch(/waiting until Friday 15 January/);
    }
  });
});

describe('no deposit speech once the work exists (fifth session)', () => {
  it('an error of ours with the balance held back: the balance follows the fix, no "deposit before I start"', () => {
    const text = "Hi Noa,\n\nYour email below literally says the contact form was \"set up and tested\". It isn't: every enquiry goes to an old address. We're holding the balance until it's fixed.\n\nTom\n\nOn Mon, 30 Nov 2026 at 10:00, Noa Berg <noa@noa.example> wrote:\n> Hi Tom, the site is now live and the contact form is set up and tested. Final invoice attached.";
    const all = cards(text);
    for (const s of all) expect(s.text).not.toMatch(/deposit before I start|\(\$2,240\) before/);
    expect(all[0]!.text).not.toMatch(/You are right: my email below/);
  });
  it('payment terms raised on work under way get the balance terms, and "reimbursement" in a brief is no refund demand', () => {
    const text = "Dear Noa,\n\nThank you for the revised version of the landing page. Marketing is happy with the direction. RA asked whether we could add a short FAQ block on reimbursement and ordering. Please note that under our group payment policy, invoices are paid 45 days end of month following receipt.\n\nBest regards,\nInes\n\nOn Mon, 30 Nov 2026 at 10:00, Noa Berg <noa@noa.example> wrote:\n> Hi Ines, here is the revised version (round 1).";
    for (const s of cards(text)) {
      expect(s.text).not.toMatch(/before I start|On the refund/);
    }
  });
});

describe('our figure restated at length is ours (fifth session)', () => {
  it('"your offer for the translation of our user manual (18,400 words, German > English) for €2,208" is our price, never "within your budget"', () => {
    const text = 'Ms Berg,\n\nI received your offer for the translation of our user manual (18,400 words, German > English) for €2,208. Honestly, I was quite surprised. €0.12 per word in 2026? DeepL does this for €25 a month.\n\nRegards\nMatthias';
    const a = analyzeMessage(text, { today: TODAY, from: 'Matthias <m@sw.example>', profile: ProfileSchema.parse({ ...DESIGNER, currency: 'EUR' }) });
    expect(a.entities.amounts.find((x) => x.value === 2208)?.role).toBe('our_price');
    for (const s of a.suggestions) expect(s.text).not.toMatch(/within your budget|Good news/);
  });
  it('a rival tool or intern "reads like" is not a draft of ours, and a purchase order mentioned in rules is not an order placed', () => {
    const intern = "Got your quote. Our intern put the brief into ChatGPT and got six pages in forty seconds. Granted, it reads like a toaster manual. What are we paying for? Our hard cap is $1,000.";
    for (const s of cards(intern)) expect(s.text).not.toMatch(/two rounds of revisions included and send you the revised|revised version/);
    const rules = 'Dear Ms Berg,\n\nWe are looking for a designer for our new website. 1. Work is commissioned via Purchase Order. 2. Invoices must quote a valid PO number. Please send a fixed price.\n\nKind regards,\nAnna';
    for (const s of cards(rules)) expect(s.text).not.toMatch(/Thank you for (?:the|your) (?:order|go-ahead)|glad you want to go ahead/i);
  });
});

describe('a site someone else built (fifth session)', () => {
  it('an inherited site whose form stopped sending gets a first look by the hour, never "my mistake", and "can we speak on Thursday" is a call', () => {
    const DEV = ProfileSchema.parse({ ...DESIGNER, services: [{ name: 'Development work', price: 65, unit: 'hour', keywords: ['fix', 'development'] }, { name: 'Monthly maintenance', price: 300, unit: 'month', keywords: ['maintenance', 'support'] }] });
    const text = "Hello Noa,\n\nOur WordPress site was made 3 years ago by a freelance who now doesn't answer the emails. The contact form doesn't send the emails since two weeks.\n\n1. How much costs to fix the form?\n2. Your maintenance of 300 dollars per month, what is included exactly?\n3. Can we speak on Thursday at 15:00?\n\nJavier";
    const all = analyzeMessage(text, { today: TODAY, from: 'Javier <j@academia.example>', profile: DEV }).suggestions;
    expect(all[0]!.id).toBe('emergency-first-look');
    for (const s of all) expect(s.text).not.toMatch(/my mistake|my responsibility|at no cost/);
    expect(all[0]!.text).toMatch(/Thursday 10 December at 15:00 works for a call/);
  });
});

describe('the service and stage from our own last message (fifth session)', () => {
  it('our plan for the $1,800 landing page, with the deposit arrived, makes a date moved earlier a change to that job', () => {
    const text = "Hi Noa,\n\nDemo day moved up. We'd need the handoff files by Monday 14 December?? I know that's earlier than the plan. Is that even possible?\n\nSofia\n\nOn Mon, 30 Nov 2026 at 16:40, Noa Berg <noa@noa.example> wrote:\n> Hi Sofia,\n>\n> Great to have you on board. Your deposit of $720 has arrived, thank you.\n>\n> Here's the plan for the landing page ($1,800 total):\n> - Wireframe: Friday 4 December\n> - Handoff files to Marcus: Monday 21 December\n>\n> Noa";
    const LP = ProfileSchema.parse({ ...DESIGNER, services: [...DESIGNER.services, { name: 'Landing page design', price: 1800, keywords: ['landing page'], turnaroundDays: 10 }] });
    const all = cards(text, { profile: LP });
    for (const s of all) {
      expect(s.text).not.toMatch(/website design and build|deposit \(\$720\) before I start|40% deposit before I start/);
    }
    expect(all.map((s) => s.text).join('\n')).toMatch(/landing page/);
  });
});

describe('an error of ours inside a list of wishes (fifth session)', () => {
  it('owns the one error, makes the wishes changes within the rounds, and says a new page is new work', () => {
    const text = 'Hi Noa,\n\nPage 6, the price table: "$1,500,000" in the brief has become "$1,500" on the page. Do you check numbers at all?\n\nWhile we are at it:\n- Our CEO does not like "cutting-edge". Everywhere it should be "innovative".\n- We need one page more for Events.\n\nAnd I suppose you will now charge us for fixing your own mistakes?\n\nDmitri\n\nOn Mon, 30 Nov 2026 at 10:00, Noa Berg <noa@noa.example> wrote:\n> Hi Dmitri, the site is now live. Final invoice attached.';
    const all = cards(text);
    const own = all.find((s) => s.id === 'own-and-fix' || s.id === 'own-it-and-fix')!;
    expect(own.text).not.toMatch(/those are my mistakes/);
    expect(own.text).toMatch(/has become "\$1,500"/);
    expect(all.map((s) => s.text).join('\n')).toMatch(/No: fixing my own errors costs you nothing\./);
  });
});

describe('an invoice of ours that is wrong (fifth session)', () => {
  it('is owned and corrected the same day, with the PO and without the VAT, never answered with a deposit speech', () => {
    const text = "Noa,\n\nOur accounts payable team has just rejected your invoice no. 2026-031. You have added 25% VAT to a B2B invoice for a German company whose VAT ID we sent you. There is also no PO number on it.\n\nPlease send a corrected invoice today. And I assume the kickoff on Monday is still happening regardless?\n\nKatrin";
    const all = cards(text);
    expect(all[0]!.id).toBe('correct-invoice');
    expect(all[0]!.text).toMatch(/corrected invoice today, without the VAT/);
    expect(all[0]!.text).toMatch(/PO number/);
    for (const s of all) expect(s.text).not.toMatch(/I do need a 40% deposit|stage by stage/);
  });
});

describe('cancellations and offered hours (fifth session)', () => {
  it('a cancellation before work starts gets the deposit back as agreed, and a new account is confirmed by phone first', () => {
    const text = "Noa,\n\nBad news: the new website is off, at least for now. As per your terms I'd like the deposit back please. Please DON'T send it to the account it came from, send it to my personal account instead: Account 83021946. Can you do it today?\n\nMartin\n\nOn Tue, 1 Dec 2026 at 09:55, Noa Berg <noa@noa.example> wrote:\n> Hi Martin,\n>\n> Deposit of $2,240 received, thanks. That secures your start date for the website ($5,600 in total). The deposit is refundable in full if you cancel before work starts.";
    const all = cards(text);
    expect(all[0]!.id).toBe('refund-before-start');
    expect(all[0]!.text).toMatch(/refund the \$2,240/);
    expect(all[0]!.text).toMatch(/call you to confirm the new details before I transfer it/);
    expect(all[0]!.text).not.toMatch(/\[your answer\]/);
  });
  it('a client offering their own hours for a call ("anytime after 1 works") is no boundary push', () => {
    const a = analyzeMessage("We need a proper page for our holiday pre-orders. Would $1,500 be in the ballpark? Also happy to hop on the phone, I'm at the bakery from 5am so mornings are chaos but anytime after 1 works.", { today: TODAY, from: 'Priya <p@bakery.example>', profile: DESIGNER });
    for (const s of a.suggestions) expect(s.text).not.toMatch(/Outside those hours I'm offline|URGENT in the subject/);
  });
});

describe('"our landing page" is the job for a copywriter (fifth session)', () => {
  it('copy for "our landing page" is still the landing page service', () => {
    const LP = ProfileSchema.parse({ ...DESIGNER, services: [...DESIGNER.services, { name: 'Landing page copy', price: 1800, keywords: ['landing page'] }] });
    const all = cards('Hi Noa,\n\nWe need copy for our landing page. Our budget is $900 for it. Could you do it for that?\n\nLea', { profile: LP });
    expect(all.map((s) => s.text).join('\n')).toMatch(/landing page copy/);
  });
});

describe('a question only the freelancer can answer is said back readably (sixth session)', () => {
  const ask = (question: string) => cards(`Hi Noa, thanks for the logo quote of $2,400, that works for us. ${question}`).map((s) => s.text).join('\n');
  it('a plain one-clause question is said back in indirect speech', () => {
    expect(ask('Do you use Midjourney for your sketches?')).toMatch(/On whether I use Midjourney for my sketches: \[your answer\]\./);
  });
  it('a question with an aside, a dash or a second clause is quoted as the client wrote it, never reworded', () => {
    const text = ask('Just to check, when it is done it will be online right?');
    expect(text).toMatch(/On your question “Just to check, when it is done it will be online right\?”: \[your answer\]\./);
    expect(text).not.toMatch(/On whether just to check/);
    expect(ask('Can we have one of those before/after sliders you drag?')).toMatch(/“Can we have one of those before\/after sliders you drag\?”/);
    expect(ask('Does this list count as our first round?')).toMatch(/“Does this list count as our first round\?”/);
  });
  it('courtesy lines and a call for the yes the card already gives are not said back', () => {
    const text = ask('How are you? Kindly do the needful and revert at the earliest. Let me know if you are in.');
    expect(text).not.toMatch(/How are you|do the needful|if you are in|how I am/i);
  });
  it('a formal request without money and a payment to confirm get a plain yes', () => {
    const text = ask('We would also ask you to confirm your bank details on headed paper for our supplier set-up form. The deposit was sent yesterday, please confirm when you receive it.');
    expect(text).toMatch(/Yes, I(?:'ll| will) confirm my bank details on headed paper for your supplier set-up form\./);
    expect(text).toMatch(/I(?:'ll| will) confirm as soon as it arrives\./);
  });
});

describe('a job priced per unit that grew (sixth session)', () => {
  const TRANSLATOR = ProfileSchema.parse({ ...DESIGNER, name: 'Ola Berg', currency: 'EUR', services: [{ name: 'Translation (German into English)', price: 0.12, unit: 'word', keywords: ['translation', 'words'] }], depositPercent: 30, revisionRounds: 1 });
  const text = 'Hi Ola,\n\nthe client sent v3 of the manual. A few small changes in chapters 2 to 4, please work from this one. Same deadline. Word count went up a bit, 10,900 now instead of 8,500.\n\nJonas\n\nOn Fri, 4 Dec 2026 at 12:30, Ola Berg <ola@berg.example> wrote:\n> Hi Jonas,\n>\n> As confirmed: 8,500 words at €0.12 = €1,020; the 30% deposit (€306) came in on 1 December, thank you. Delivery Friday 18 December by 12:00.';
  it('prices the extra words at the agreed rate, says the new total once with the deposit paid counted, and checks the date', () => {
    const all = cards(text, { profile: TRANSLATOR });
    expect(all[0]!.id).toBe('more-units');
    const t = all[0]!.text;
    expect(t).toMatch(/extra 2,400 words come to €288 at €0\.12 per word, so the total becomes €1,308, or €1,002 after the €306 deposit/);
    expect(t).toMatch(/changes marked/);
    expect(t).toMatch(/whether Friday 18 December still holds/);
    expect(t).not.toMatch(/Thank you for the update\.\s+Is there anything else/);
  });
  it('a count that went down, or a count with no deal behind it, is no growth', () => {
    expect(cards(text.replace('10,900 now instead of 8,500', '7,900 now instead of 8,500'), { profile: TRANSLATOR })[0]!.id).not.toBe('more-units');
    expect(cards('Hi Ola, our manual is 10,900 words now instead of 8,500 last year. What would the translation cost?', { profile: TRANSLATOR })[0]!.id).not.toBe('more-units');
  });
});

describe('work under way, read as what it is (sixth session)', () => {
  const TRANSLATOR = ProfileSchema.parse({ ...DESIGNER, name: 'Ola Berg', currency: 'EUR', services: [{ name: 'Translation (German into English)', price: 0.12, unit: 'word', keywords: ['translation', 'words'] }], depositPercent: 30, revisionRounds: 1, rushSurchargePercent: 50 });
  it('a changed source after delivery is new work on the changed share, rush for the next morning, and their investor call is not a call with us', () => {
    const text = 'ola quick one. legal changed the german memo a bit, new version attached. its basically the same maybe 10% different. can u just update the english, need it tomorrow 8am for the investor call\n\nthx\nLukas\n\nOn Mon, 30 Nov 2026 at 15:12, Ola Berg <ola@berg.example> wrote:\n> Hi Lukas,\n> Attached is the revised English version of your memo, with your comments worked in: that was the included revision round.\n> Total as quoted: 3,200 words × EUR 0.12 = EUR 384. You paid the EUR 115.20 deposit, so the balance is EUR 268.80.';
    const all = cards(text, { profile: TRANSLATOR });
    expect(all[0]!.id).toBe('source-update');
    expect(all[0]!.text).toMatch(/roughly 320 of the 3,200 words, about €38\.40/);
    expect(all[0]!.text).toMatch(/50% rush rate applies, so about €57\.60 in total/);
    expect(all[0]!.text).not.toMatch(/works for a call|I translate from/);
  });
  it('a new executive sending the work back to discovery for a repositioning is a new brief, priced, with their launch at risk, not absorbed', () => {
    const text = 'Dear Ms Berg,\n\nOur new VP has reviewed the designs. Following the firm\'s repositioning, we would request that the engagement return to the discovery phase, with seven pages rather than five. We trust this can be accommodated within the existing engagement, and we remain committed to the launch date of Friday, 15 January 2027.\n\nKind regards,\nCatherine\n\nOn Tue, 10 Nov 2026 at 16:40, Noa Berg <noa@noa.example> wrote:\n> Please find attached the visual design for all five pages. Project fee $5,600; deposit of $2,240 received. One revision round remains.';
    const all = cards(text);
    expect(all[0]!.id).toBe('new-brief-rework');
    expect(all[0]!.text).toMatch(/seven pages instead of five/);
    expect(all[0]!.text).toMatch(/Friday 15 January 2027 at risk/);
    expect(all[0]!.text).not.toMatch(/within the (?:existing|included)/);
  });
  it('a sign-off after a silence is thanked as one, the pause is resumed with the deposit counted, and a new page is an addition', () => {
    const text = 'Hi Noa,\n\nSorry for going dark. I went back through the wireframes and they\'re great, please take this as sign-off, no more changes from us on those.\n\nAre we still good to pick up where we left off? We\'ve started a new service since. Could we add a page for it?\n\nBen\n\nOn Wed, 9 Sep 2026 at 16:02, Noa Berg <noa@noa.example> wrote:\n> Attached are the revised wireframes (the second of the two included rounds). Quick recap: 5-page site design and build, $5,600 total. Your deposit of $2,240 is received.';
    const t = cards(text)[0]!.text;
    expect(t).toMatch(/Thank you for signing off the wireframes/);
    expect(t).toMatch(/pick up where we left off, and the deposit you paid still counts/);
    expect(t).toMatch(/A new page is an addition to the 5-page site we agreed/);
    expect(t).not.toMatch(/further round is extra work|rounds of revisions included in the price are used/);
  });
});

describe('questions with one answer across the trade are answered, not left blank (sixth session)', () => {
  it('ownership, a logo\'s files and the price, under a card that declines a free sketch', () => {
    const t = cards('Hello, before we decide, is possible you make one small sketch for free so we see your style? Which files we receive? After, the logo is ours? We can use where we want? How much cost?').map((s) => s.text).join('\n');
    expect(t).toMatch(/the work and its rights are yours/);
    expect(t).toMatch(/vector files \(SVG, EPS and PDF\)/);
    expect(t).toMatch(/My price for the logo and brand identity is \$2,400/);
    expect(t).not.toMatch(/On whether you can use where you want/);
  });
  it('a shop platform\'s plan is theirs to pay; a developer says so', () => {
    const DEV = ProfileSchema.parse({ ...DESIGNER, services: [{ name: 'Shopify store build', price: 4800, keywords: ['shopify', 'store', 'shop'] }] });
    const t = cards('Hi, we are moving to Shopify. Who pays for the plan, the theme and any apps, is that all in your $4,800 or separate?', { profile: DEV })[0]!.text;
    expect(t).toMatch(/Shopify's own plan \(and any paid theme or apps\) is paid by you directly to Shopify/);
  });
  it('a card keeps at most three blanks and promises the rest in a note', () => {
    const t = cards('Hi Noa, thanks for the logo quote of $2,400, that works for us. Do you use Midjourney? Do you work in Figma? Do you sketch on paper first? Do you have a cat? Do you like jazz?')[0]!.text;
    expect((t.match(/\[your answer\]/g) ?? []).length).toBeLessThanOrEqual(3);
    expect(t).toMatch(/I(?:'ll| will) answer your other (?:question|\d questions) point by point in a separate note today/);
  });
});

describe('a budget put as a question after a cheap comparison (sixth session)', () => {
  it('"the fiverr guys do it for like 50 so would 200 work for u??": $200 is their offer, answered in so many words, with the smaller version offered', () => {
    const all = cards('hey how much for a logo. opening a small bakery in march nothing fancy. my cousin says the fiverr guys do it for like 50 so would 200 work for u?? need it for the sign and instagram');
    const t = all.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/\$200 from your cousin/);
    expect(all[0]!.text).toMatch(/I can't do it for \$200/);
    expect(t).toMatch(/\$2,400/);
  });
  it('a price never quoted before "is" that price; it does not "stay" at it', () => {
    for (const s of cards('Hi Noa, your logo price seems a lot to me, can you do a discount?')) expect(s.text).not.toMatch(/My price for the logo and brand identity stays at/);
  });
});

describe('accounts letters and ballpark budgets (sixth session)', () => {
  it('an invoice "placed on hold" by accounts is no pause of the project', () => {
    const text = 'Dear Mr Berg,\n\nYour invoice does not reference a Purchase Order and was addressed to the wrong entity. It has therefore been placed on hold. A Purchase Order has now been raised: PO 4500-22817. Please reissue the invoice quoting this PO number.\n\nAccounts Payable\n\nOn Fri, 2 Oct 2026 at 10:00, Noa Berg <noa@noa.example> wrote:\n> The site is live! Attached is the final invoice for the remaining $3,360, due in 14 days as agreed.';
    for (const s of cards(text)) expect(s.id).not.toBe('pause-project');
  });
  it('"would something like $1,500 be in the ballpark?" is their budget', () => {
    const t = cards('Hi Noa, we need a landing page. Tomás said you were super reasonable, would something like $1,500 be in the ballpark?', { profile: ProfileSchema.parse({ ...DESIGNER, services: [{ name: 'Landing page design', price: 1800, keywords: ['landing page'] }] }) })[0]!.text;
    expect(t).toMatch(/budget of \$1,500/);
  });
});

describe('delivered files the printer cannot use (sixth session)', () => {
  it('are our error, fixed free at once ahead of their date, and the business card is the new work, not the logo', () => {
    const text = 'noa the print shop says the files r no good for the trucks. they need cmyk pdf or eps vector w the pantone numbers. wrap guy needs it by fri or we lose the slot\n\nalso can u do a quick business card while ur in there nothing fancy same logo\n\nRick\n\nOn Mon, 23 Nov 2026 at 11:47, Noa Berg <noa@noa.example> wrote:\n> Final files for the identity are in the shared folder: the logo as PNG and SVG (RGB), plus the brand guide.\n> The invoice for the balance of $1,440 is attached.';
    const all = cards(text);
    expect(all[0]!.id).toBe('own-and-fix');
    expect(all[0]!.text).toMatch(/at no cost/);
    expect(all[0]!.text).toMatch(/by Tuesday 8 December, well ahead of Friday 11 December/);
    expect(all[0]!.text).toMatch(/business card/);
    expect(all[0]!.text).not.toMatch(/I also do logo and brand identity|rush/i);
  });
});

describe('no error of ours where there is none (after the sixth review)', () => {
  it.each([
    ['a client apologising for their English', 'Hi Noa, sorry for the mistakes, my english is not perfect. We need a logo and a website, is 5.000 dollars enough for both?'],
    ['"if that doesn\'t work for you" about a payment plan', `Hi Noa, I love the site! Cash is tight, would it be possible to split the $3,360 into three payments? I totally understand if that doesn't work for you.${'\n\nOn Wed, 18 Nov 2026 at 16:20, Noa Berg <noa@noa.example> wrote:\n> Round 2 changes are done and everything is on the staging site. The balance of $3,360 is due at launch.'}`],
    ['pages missing from the file the client sent', 'Dear Mrs Berg, our technician found that 3 pages are missing in the file we sent, approx. 900 words. These must also be inside. Please tell me what this costs additional.\n\nOn Thu, 12 Nov 2026 at 09:05, Noa Berg <noa@noa.example> wrote:\n> Thank you, the deposit arrived, so I have started.'],
  ])('%s', (_, text) => {
    for (const s of cards(text)) {
      expect(s.id).not.toMatch(/own-and-fix|investigate/);
      expect(s.text).not.toMatch(/that is my mistake|my mistakes/);
    }
  });
  it('"will I be able to change the prices myself, or do I have to email you every time?" gets a plain yes from a web designer', () => {
    const t = cards('Hi Noa, we need a website for the studio. Will I be able to change the class schedule and prices myself, or do I have to email you every time?').map((s) => s.text).join('\n');
    expect(t).toMatch(/you will be able to change texts, prices and dates yourself/);
  });
});

describe('instalments of a balance (after the sixth review)', () => {
  it('"split the $3,360 into three payments?" gets a yes with the first at delivery, and no "no payment in advance" misreading', () => {
    const text = `Hi Noa, I love the site! Cash is tight until the insurance pays. Would it be at all possible to split the $3,360 into three payments? Also, who pays for the Webflow hosting after launch, and roughly what does it cost?\n\nMaggie\n\nOn Wed, 18 Nov 2026 at 16:20, Noa Berg <noa@noa.example> wrote:\n> Round 2 changes are done and everything is on the staging site. Thank you for the deposit of $2,240; the balance of $3,360 is due at launch.`;
    const all = cards(text);
    expect(all[0]!.id).toBe('balance-in-parts');
    expect(all[0]!.text).toMatch(/split the remaining \$3,360 into three payments of \$1,120: the first (?:now|on delivery)/);
    expect(all[0]!.text).not.toMatch(/no payment in advance|balance due on delivery as agreed/);
  });
});

describe('a formal request is a plain yes only when it moves no money (review of the sixth session)', () => {
  it('"we would also ask you to absorb the printing costs" is never answered "Yes, I will absorb…"', () => {
    const t = cards('Dear Ms Berg,\n\nthanks for the files. We would also ask you to absorb the printing costs for the second run.').map((s) => s.text).join('\n');
    expect(t).not.toMatch(/Yes, I(?:'ll| will) absorb/);
  });
});

describe('money and counters where the deal stands (seventh session)', () => {
  const WRITER = ProfileSchema.parse({
    name: 'Ana Holm',
    currency: 'EUR',
    services: [{ name: 'Blog article', price: 280, unit: 'item', keywords: ['blog', 'article', 'articles'], lineItems: [{ name: 'Topic research and outline' }, { name: 'Writing' }], turnaroundDays: 5 }],
    depositPercent: 50,
    revisionRounds: 2,
  });
  it('answers a budget just under a number of units with that number at its price, not one unit fewer', () => {
    const all = cards('Hi Ana, we want 5 blog articles a month from January. Our budget is €1,100 a month, is that ok?', { profile: WRITER });
    const t = all.map((s) => s.text).join('\n');
    expect(t).toMatch(/4 articles of the 5 for €1,120, €20 above your figure/);
    expect(t).not.toMatch(/3 articles/);
  });
  it('says yes to proposing the topics when topic research is part of the price', () => {
    const t = cards('Hi Ana, could you write 4 blog articles for us? Would you come up with the topics yourself or should we send a list?', { profile: WRITER }).map((s) => s.text).join('\n');
    expect(t).toMatch(/happy to propose the topics myself/);
    expect(t).not.toMatch(/topics[^.]*\[your answer\]/);
  });
  it('with the deposit invoice rejected and work under way, invoices what is delivered instead of a balance after a deposit never paid', () => {
    const text = "Hi Ana, bad news from accounts, see below: they won't pay anything in advance. Can you just invoice all four articles at the end? Articles 1 and 2 are live already and look great.\n\nAna\n\n---------- Forwarded message ---------\nFrom: Accounts <ap@client.example>\n\nInvoice AH-031 (EUR 560, 50% deposit) has been rejected: we do not make advance payments.\n\nOn Mon, 2 Nov 2026 at 09:15, Ana Holm <ana@holm.example> wrote:\n> Four blog articles at €280 = €1,120. My 50% deposit is €560; invoice AH-031 is attached. One article a week, on Fridays.";
    const all = cards(text, { profile: WRITER });
    expect(all[0]!.id).toBe('invoice-delivered-now');
    expect(all[0]!.text).toMatch(/reissue invoice AH-031 now for the work already delivered/);
    for (const s of all) expect(s.text).not.toMatch(/Thank you for the deposit|remaining €560/);
  });
  it('a procurement letter: numbered requests are answered, the price confirmed as fixed, and "as soon as the deposit is in" is no deposit received', () => {
    const text = "Dear Ms Holm,\n\nThank you for your quotation. Marketing wishes to proceed. Please note:\n\n1. We do not make advance payments to new suppliers.\n2. Please complete the attached Supplier Onboarding Form.\n3. Please confirm that the quoted price is fixed and includes all costs. Invoices must state amounts excluding VAT.\n\nKind regards,\nEline\n\nOn Thu, 3 Dec 2026 at 11:02, Ana Holm <ana@holm.example> wrote:\n> Four blog articles at €280 = €1,120. A 50% deposit (€560) books the start date. I can start as soon as the deposit is in.";
    const all = cards(text, { profile: WRITER });
    const t = all.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/Thank you for the deposit|remaining €560/);
    expect(t).toMatch(/supplier onboarding form and complete it/i);
    expect(t).toMatch(/€1,120 is a fixed price[^.]*no other costs[^.]*excluding VAT/);
  });
  it('a new service asked for after a job we closed is quoted on its own, not the finished job again', () => {
    const text = "Hi Noa, the site has been brilliant! Now we'd like a logo refresh to match. Any returning-customer discount? We had about $1,500 in mind.\n\nSam\n\nOn Fri, 30 Oct 2026 at 12:08, Noa Berg <noa@noa.example> wrote:\n> Balance of $3,360 received, thank you. That means the website project ($5,600) is fully paid and closed.";
    const all = cards(text);
    const t = all.map((s) => s.text).join('\n');
    expect(all[0]!.text).toMatch(/\$2,400/);
    expect(t).not.toMatch(/\$5,600|website design and build/i);
    expect(t).toMatch(/40% deposit \(\$960\)/);
  });
});

describe('a note the client forwards from their own organisation (seventh session)', () => {
  const WRITER = ProfileSchema.parse({ name: 'Ana Holm', currency: 'EUR', services: [{ name: 'Website copy', price: 2400, keywords: ['copy', 'website copy', 'pages'] }], depositPercent: 50, revisionRounds: 2 });
  it('reads procurement\'s conditions below the client\'s words: paperwork, no advance, a non-compete; the code\'s confidentiality section is no NDA to price', () => {
    const text = "Dear Ana,\n\nBefore we can raise the PO for the website copy (EUR 2,400 as per your quote), procurement needs a few things, please see their email below. I'd love to start on 7 December as planned.\n\nBest,\nAnnika\n\n---------- Forwarded message ---------\nFrom: Procurement <procurement@client.example>\nDate: Fri, 27 Nov 2026 at 14:02\nSubject: New supplier\nTo: Annika <annika@client.example>\n\nPlease ask the supplier to return by 4 December:\n1. Signed acceptance of our Supplier Code of Conduct v4.2, in particular:\n- Section 5: Data protection and confidentiality\n- Section 7: Payment terms - net 45 days. We do not make advance payments.\n- Section 9: Conflict of interest - the supplier shall not provide comparable services to direct competitors for 12 months after the engagement.\n2. Completed vendor registration form.\n\nRegards,\nProcurement";
    const all = analyzeMessage(text, { today: '2026-11-30', from: 'Annika <annika@client.example>', profile: WRITER }).suggestions;
    const t = all.map((s) => s.text).join('\n');
    expect(all.length).toBeGreaterThan(0);
    expect(all[0]!.id).not.toBe('answer-and-next-step');
    expect(t).toMatch(/code of conduct and vendor registration form/i);
    expect(t).toMatch(/exclusivity/);
    expect(t).not.toMatch(/NDA[^.]*adds|surcharge/);
  });
});

describe('new pieces asked for during the job (seventh session)', () => {
  it('"a few more bits came up … can we use the revision round for these?" is paid work with its own date, and the round stays for the agreed work', () => {
    const text = "hey Noa! the new homepage is great\n\na few more bits came up, all small I think:\n- a careers page\n- an FAQ page\n\nwe still have one revision round left right? so maybe we can use that for these? launch is Friday 18 December so ideally by then\n\nSam\n\nOn Mon, 30 Nov 2026 at 11:32, Noa Berg <noa@noa.example> wrote:\n> The website is $5,600; your 40% deposit of $2,240 arrived, thank you. Round 1 is applied, so one revision round is left. Delivery is planned for Friday 11 December.";
    const all = cards(text);
    expect(all[0]!.id).toMatch(/addition/);
    const t = all.map((s) => s.text).join('\n');
    expect(t).toMatch(/one revision round is left, but it is for changes to the work we agreed/);
    expect(t).not.toMatch(/rush work|too tight/);
  });
});

describe('dates and deposits in a formal change of plan (seventh session)', () => {
  const TRANSLATOR = ProfileSchema.parse({ name: 'Ola Berg', currency: 'EUR', services: [{ name: 'Translation', price: 0.12, unit: 'word', keywords: ['translation', 'translate', 'report'] }], depositPercent: 30, revisionRounds: 1, rushSurchargePercent: 50 });
  it('answers the date the text is needed by, not the board meeting it is for, from our delivery date, with the deposit of EUR 432.00 counted as paid', () => {
    const text = "Dear Ms Berg,\n\nThe meeting of the Supervisory Board is moved forward from 10 December to Thursday, 26 November 2026. As a consequence we need the complete English text for the typesetting latest on Friday, 20 November 2026, 12:00 CET.\n\nFor your information, the deposit of EUR 432.00 was transferred on 5 November 2026.\n\nKind regards\nHenrike\n\nOn Mon, 2 Nov 2026 at 15:10, Ola Berg <ola@berg.example> wrote:\n> To confirm: approx. 12,000 words at €0.12 per word = €1,440. The 30% deposit of €432 is invoiced today. Delivery: Friday 4 December.";
    const [first] = analyzeMessage(text, { today: '2026-11-09', from: 'Henrike <h@client.example>', profile: TRANSLATOR }).suggestions;
    expect(first!.text).toMatch(/by Friday 20 November instead of Friday 4 December/);
    expect(first!.text).not.toMatch(/26 November|10 December|5 November/);
    expect(first!.text).not.toMatch(/deposit \(€648\) before I start/);
  });
});

describe('a selling season named as the date (seventh session)', () => {
  it('"we want this absolutely for Christmas" is a date well before Christmas Day, never Christmas Day itself', () => {
    const t = cards('Hi Noa, how much would a new logo be? We want this absolutely for Christmas, our best month.', { today: '2026-11-02' }).map((s) => s.text).join('\n');
    expect(t).not.toMatch(/Friday 25 December (?:works|is possible)/);
    expect(t).toMatch(/your Christmas sales/);
  });
});

describe('a shop of bricks and mortar, and the smaller option (seventh session)', () => {
  const DEV = ProfileSchema.parse({ ...DESIGNER, services: [{ name: 'Shopify store build', price: 4800, keywords: ['shopify', 'store', 'shop', 'online shop'] }, { name: 'WordPress site', price: 3200, keywords: ['wordpress', 'website', 'site'], smallerVersions: [{ name: 'a 3-page WordPress site', price: 1900 }] }] });
  it('"I am opening a yarn shop in Dunblane and need a website" asks for a site, not a Shopify store; "a smaller option" is named with its price', () => {
    const text = "Hi Noa, I'm opening a wool and yarn shop in Dunblane in January and need a website. I don't need to sell online yet. Roughly what would this cost? I saw there's a smaller option on your site, would that be enough for me? The shop opens on Friday 15 January.";
    const t = cards(text, { profile: DEV, today: '2026-11-16' }).map((s) => s.text).join('\n');
    expect(t).not.toMatch(/Shopify/);
    expect(t).toMatch(/\$3,200/);
    expect(t).toMatch(/The smaller option is a 3-page WordPress site for \$1,900/);
  });
});

describe('the same job again after a finished one (seventh session)', () => {
  it('"can u do another one same style?" after the final files went out is a new job at the list price, with its deposit', () => {
    const text = "hey noa the site is live and converting great, paid ur invoice this morning\n\ncan u do another one same style for our winter sale? how much?\n\nm\n\nOn Nov 16, 2026, at 11:05 AM, Noa Berg <noa@noa.example> wrote:\n> Final handoff files for the website are attached. The balance of $3,360 is on invoice NB-041, due within 14 days.";
    const [first] = cards(text, { today: '2026-11-23' });
    expect(first!.text).toMatch(/\$5,600/);
    expect(first!.text).toMatch(/40% deposit \(\$2,240\)/);
    expect(first!.text).not.toMatch(/another one same style[^.]*\[your answer\]/);
  });
});

describe('the opening of a card that answers questions (seventh session)', () => {
  it('says what the mail is about instead of "Thank you for your message."', () => {
    const [first] = cards('Hi Noa, two quick things: do you work in Figma? And can we have a call on Tuesday at 10am?');
    expect(first!.text).not.toMatch(/Thank you for your message\./);
    expect(first!.text).toMatch(/Thank you for your questions; here are my answers\./);
  });
});

describe('"is that enough time?" (seventh session)', () => {
  it('is answered from the schedule when the date fits, not left as a blank', () => {
    const t = cards('Hi Noa, how much would a logo be? We open on Friday 26 February. Is that enough time, given the holidays?', { today: '2026-12-07' }).map((s) => s.text).join('\n');
    expect(t).toMatch(/Yes, there is enough time/);
    expect(t).not.toMatch(/enough time[^.]*\[your answer\]/);
  });
});

describe('an apostille asked of a translator (seventh session)', () => {
  it('is never a "yes, I also do certified translation"', () => {
    const TR = ProfileSchema.parse({ name: 'Ola Berg', currency: 'EUR', services: [{ name: 'Certified translation', price: 45, unit: 'page', keywords: ['certified', 'diploma', 'certificate'], turnaroundDays: 2 }], depositPercent: 30 });
    const t = cards('Hello, I need my diploma translated, 6 pages. Please tell me the price. My diploma also need apostille, can you make it also or you know where I can make it?', { profile: TR }).map((s) => s.text).join('\n');
    expect(t).not.toMatch(/Yes, I also do certified translation/);
    expect(t).toMatch(/apostille is issued by the authorities/);
  });
});

describe('counts, the date they ask for and the service they name (seventh session, after the review)', () => {
  const WRITER = ProfileSchema.parse({ name: 'Ana Holm', currency: 'EUR', services: [{ name: 'Blog article', price: 280, unit: 'item', keywords: ['blog', 'article', 'articles'], turnaroundDays: 5 }], depositPercent: 50 });
  it('"we need 10 articles … the first 2 articles before 1 July … the 10 articles" is 10 articles, not 22', () => {
    const t = cards('Hello Ana, we need 10 articles for our blog. Our budget is 1.500€ for all the 10 articles. We would like the first 2 articles before the 1 of July.', { profile: WRITER, today: '2026-06-15' }).map((s) => s.text).join('\n');
    expect(t).toMatch(/10 articles come to €2,800/);
    expect(t).not.toMatch(/22 articles|12 articles/);
  });
  it('"send me a corrected pricing block asap" is a correction sent today, never a rush fee', () => {
    const t = cards('the pricing section says 49/mo. our price is 59. send me a corrected pricing block asap\n\nK\n\nOn 2 Mar 2026, at 14:37, Ana Holm <ana@holm.example> wrote:\n> Here is the final landing page copy with the prices from your brief.', { profile: WRITER, today: '2026-03-10' }).map((s) => s.text).join('\n');
    expect(t).not.toMatch(/budget of €59|can't do it for €59|rush/);
  });
});

describe('a supplier onboarding letter (seventh session, after the review)', () => {
  it('reads no error of ours in "Errors & Omissions" cover, no budget in an insurance limit, no free work in "returned unpaid", and starts on the date they commence', () => {
    const text = "Dear Ms Berg,\n\nYour proposal for the website was approved. To set you up as a supplier we require:\n\n1. A completed New Supplier Form.\n2. A Certificate of Insurance evidencing Professional Liability (Errors & Omissions) cover with a minimum limit of $1,000,000 per claim.\n\nWe are unable to make advance payments. Invoices received without a PO number will be returned unpaid. Kindly return the above documents by Friday, 18 December 2026 so that the project can commence as planned on Monday, 4 January 2027.\n\nKind regards,\nRebecca";
    const t = cards(text).map((s) => s.text).join('\n');
    expect(t).not.toMatch(/my mistake|error in your list|unpaid samples|budget of \$1,000,000/);
    expect(t).not.toMatch(/I can start on Friday 18 December/);
  });
});

describe('asking for less by what it leaves out (seventh session, after the review)', () => {
  it('"can u do it cheaper if we skip the guide thing" leads with the smaller version, and "any food ones u did?" gets the portfolio', () => {
    const all = cards('hi noa we need a logo + brand for our bakery. how much?? and can u do it cheaper if we skip the guide thing, we just need the logo on the banner. also do u have any food ones u did, want to see');
    expect(all[0]!.id).toBe('smaller-version');
    expect(all[0]!.text).toMatch(/the logo and final files \(no brand guide\) for \$1,800/);
    expect(all[0]!.text).toMatch(/You can see my work at https:\/\/noa\.example\/work/);
  });
});

describe('no "good to hear" for bad news (seventh session, after the eighth review)', () => {
  it('a sarcastic "Great work. Really." and a budget freeze are never answered "Thank you, that is good to hear."', () => {
    for (const text of [
      "Noa,\n\nGreat work. Really. My CEO asked why we're using our 2019 colors. I won't approve the invoice until it's fixed.\n\nGreg",
      'Dear Ms Berg,\n\nthank you for your work so far. Unfortunately our budget has been frozen until March, so we must pause the project.\n\nKind regards',
    ]) {
      for (const s of cards(text)) expect(s.text).not.toMatch(/that is good to hear/);
    }
  });
});

/** A translator who also offers certified pages and proofreading (the eighth session's tests). */
const CERTIFYING_TRANSLATOR = ProfileSchema.parse({
  ...DESIGNER,
  name: 'Ola Berg',
  currency: 'EUR',
  services: [
    { name: 'Translation (German/Russian into English)', price: 0.12, unit: 'word', keywords: ['translation', 'translate'] },
    { name: 'Certified translation', price: 45, unit: 'page', keywords: ['certified', 'sworn'], turnaroundDays: 2 },
    { name: 'Proofreading', price: 0.05, unit: 'word', keywords: ['proofreading', 'proofread'] },
  ],
  depositPercent: 30,
  revisionRounds: 1,
});

describe('asks a freelancer answers from what they do (eighth session)', () => {
  const TRANSLATOR = CERTIFYING_TRANSLATOR;
  const DEVELOPER = ProfileSchema.parse({
    ...DESIGNER,
    name: 'Ari Patel',
    currency: 'GBP',
    services: [{ name: 'Shopify store build', price: 4800, unit: 'project', keywords: ['shopify', 'store', 'shop'], lineItems: [{ name: 'Setup and theme configuration', price: 900 }, { name: 'Custom sections and design changes', price: 1600 }, { name: 'Testing and launch', price: 2300 }], turnaroundDays: 25 }],
  });

  it('another trade\'s work is said to be another trade\'s, and our own unlisted work is quoted separately, never left blank', () => {
    const designer = cards('Hi Noa, we are opening a bakery and need a logo. Do you write the text for the website too or do we need to do that ourselves? And do u do the menu boards / cups or is that someone else?\n\nRosa').map(body).join('\n');
    expect(designer).toMatch(/I don't write the words myself/);
    expect(designer).toMatch(/menu boards \/ cups as well; I'll quote it separately/);
    expect(designer).not.toMatch(/\[your answer\]/);
    const dev = cards('Hello, I need a Shopify shop for my ceramics, about 40 products. You make the design also or I need separate designer?\n\nAnn', { profile: DEVELOPER }).map(body).join('\n');
    expect(dev).toMatch(/custom sections and design changes in my price I do myself[^.]*a design from scratch would need a designer/);
    expect(dev).not.toMatch(/\[your answer\]/);
  });

  it('a hidden "quick look" at a text is proofreading at the listed rate, priced for the words named and back before their date; praise and a referral are thanked', () => {
    const text = "Dear Ola,\n\nI just wanted to say a big thank you for the English version of our annual report. The board was delighted. I've also passed your name on to two colleagues.\n\nOne small thing: our chair has written a short foreword herself, directly in English (about 1,100 words, attached). Would you be able to give it a quick look before it goes to the printer on Friday?\n\nWarm regards,\nJonas";
    const t = analyzeMessage(text, { today: '2026-11-10', from: 'Jonas Weber <jonas@stiftung.example>', profile: TRANSLATOR }).suggestions.map((s) => s.text).join('\n');
    expect(t).toMatch(/1,100 words at €0\.05 per word come to €55/);
    expect(t).toMatch(/back by Thursday 12 November/);
    expect(t).toMatch(/thank you for passing my name on/);
    expect(t).not.toMatch(/\[your answer\]|Thank you for your question\./);
  });

  it('scans versus originals and whether an authority accepts a certified translation are answered without promising the authority\'s decision', () => {
    const text = 'Hello Ola, I need certified translation of my diploma (1 page) and birth certificate (1 page) from Russian for UK visa. Do you need the original documents or are scans good enough? Your translation will be accepted by UK Home Office?\n\nIrina';
    const t = analyzeMessage(text, { today: '2026-11-10', from: 'Irina Volkova <irina@mail.example>', profile: TRANSLATOR }).suggestions.map(body).join('\n');
    expect(t).toMatch(/scans or phone photos of every page are enough/);
    expect(t).toMatch(/signed statement[^.]*please also check the current guidance/);
    expect(t).not.toMatch(/will be accepted|guarantee/);
  });

  it('"does it count as one of our rounds?" is answered by the card\'s position, and "can I give her your email?" gets a yes', () => {
    const text = 'Hi Noa,\n\nThanks for the new homepage. Two changes: make the header photo smaller and swap the green for the darker one. Can you tell me if this counts as one of our 2 revisions? Also my friend needs a logo, can I give her your email?\n\nSam\n\nOn 1 Dec 2026, Noa Berg <noa@noa.example> wrote:\n> Here is the homepage design, two rounds of revisions are included.';
    const all = cards(text);
    const within = all.find((s) => s.id === 'changes-within-rounds');
    expect(within).toBeDefined();
    expect(body(within!)).toMatch(/counts? as one of the two rounds of revisions included/);
    expect(body(within!)).toMatch(/please do pass on my email/);
    expect(body(within!)).not.toMatch(/\[your answer\]/);
  });

  it('"Is the 18th even possible?" is answered from the schedule', () => {
    const t = cards('Hi Noa, we need a logo for our food truck, we launch on 18 June. Is the 18th even possible?\n\nAnn', { today: '2026-05-04' }).map(body).join('\n');
    expect(t).toMatch(/Yes, there is enough time/);
    expect(t).not.toMatch(/\[your answer\]/);
  });
});

describe('an event is not the delivery date (eighth session)', () => {
  it('a fair seven weeks away gets the normal-pace date, well ahead of it, not the day before the fair', () => {
    const t = cards('Hello Noa, I need a logo for my new food brand. We launch it at a food fair on 28 June. How much is it?\n\nFernanda', { today: '2026-05-11' }).map(body).join('\n');
    expect(t).toMatch(/for your (?:fair|launch) on Sunday 28 June/);
    expect(t).toMatch(/ready by [A-Z][a-z]+day \d+ (?:May|June), well ahead of your (?:fair|launch) on Sunday 28 June/);
    expect(t).not.toMatch(/(?:Wednesday 24|Thursday 25|Friday 26) June/);
  });
});

describe('documents for an authority are certified pages (eighth session)', () => {
  const TRANSLATOR = CERTIFYING_TRANSLATOR;
  it('a diploma for a visa is priced per certified page, a sheet printed on both sides counts twice, and a birth certificate asked about is certified too', () => {
    const text = 'Hello Ola,\n\nI need translation of my documents from russian to english for UK visa. Documents:\n- diploma (1 page)\n- diploma supplement with all marks, it is 2 sheets but printed on both side\n\nHow much it will cost? Is needed also my birth certificate translate?\n\nAnna';
    const t = analyzeMessage(text, { today: '2026-07-01', from: 'Anna Sokolova <anna@mail.example>', profile: TRANSLATOR }).suggestions.map(body).join('\n');
    expect(t).toMatch(/€45 per page, so your 5 pages come to €225/);
    expect(t).toMatch(/certified translation, at €45 per page/);
    expect(t).not.toMatch(/€0\.12 per word/);
  });
  it('a word count beside a diploma keeps the per-word translation as the job', () => {
    const text = 'Dear Ms Berg,\n\nwe need (1) the translation of our research report, about 11,500 words, and (2) a diploma and transcript, 4 pages. Please note that for item 1 the budget allows a maximum of 1,300 EUR.\n\nRegards';
    const t = analyzeMessage(text, { today: '2026-11-30', from: 'Sabine Roth <roth@uni.example>', profile: TRANSLATOR }).suggestions.map(body).join('\n');
    expect(t).toMatch(/11,500 words come to €1,380/);
  });
});

describe('no error of ours read into courtesy or a restated term (eighth session)', () => {
  it('"please don\'t take this the wrong way" and "the date as stated in the PO remains unchanged" own no mistake', () => {
    for (const text of [
      "Hi Noa,\n\nWe genuinely love the logo. So please don't take this the wrong way.\n\nThe shop has been open six weeks and sales are slow. We'd like to hold the remaining $1,440 until sales pick up.\n\nHannah\n\nOn Tue, 1 Dec 2026 at 09:30, Noa Berg <noa@noa.example> wrote:\n> Here are the final files for the logo and brand identity, and the invoice for the balance of $1,440.",
      'Dear Ms Berg,\n\nWith reference to our purchase order for the logo (USD 2,400), the delivery date of 29 January 2027 as stated in the PO remains unchanged. Please note that your deposit invoice cannot be processed, as advance payments are not provided for in our terms.\n\nKind regards\n\nOn Wed, 2 Dec 2026 at 14:10, Noa Berg <noa@noa.example> wrote:\n> Thank you for the order. Here is the deposit invoice for $960.',
    ]) {
      const all = cards(text);
      expect(all.map((s) => s.id)).not.toContain('own-and-fix');
      for (const s of all) expect(s.text).not.toMatch(/my mistake|at no cost/i);
    }
  });
});

describe('a job restarting after a silence (eighth session)', () => {
  it('is welcomed back, the deposit paid still counts, "start over" is no redo, and "is that included or extra?" names the thing before it', () => {
    const text = "Hi Noa,\n\nI owe you an apology, I went dark after June. Good news: the bakery is back on! A few questions:\n\n1. We paid the $960 deposit back in June — is that still OK to count towards the logo, or do we need to start over?\n2. We'd also like a menu board with the new logo. Is that included or extra?\n\nClaire\n\nOn 2 Jun 2026, Noa Berg <noa@noa.example> wrote:\n> Thank you, the $960 deposit for the logo and brand identity has arrived. I'll start on Monday.";
    const all = cards(text, { today: '2026-10-05' });
    const t = all.map(body).join('\n');
    expect(all.map((s) => s.id)).not.toContain('changes-within-rounds');
    expect(t).toMatch(/glad the project is back on/);
    expect(t).toMatch(/the \$960 deposit you paid still counts/);
    expect(t).not.toMatch(/once the deposit is in|Is that included or extra\? is/);
  });
});

describe('a balance held back on a condition (eighth session)', () => {
  it('"we hold the remaining €450 until the page gets to 2.5%" is a payment term answered with the invoice due, and "let me know what you think!" is no question to echo', () => {
    const WRITER = ProfileSchema.parse({ ...DESIGNER, name: 'Ana Holm', currency: 'EUR', services: [{ name: 'Landing page copy', price: 900, unit: 'project', keywords: ['landing page', 'copy'] }], depositPercent: 50 });
    const text = "Hi Ana,\n\nWe genuinely love the copy. So please don't take this the wrong way.\n\nThe page has been live for six weeks and converts at 1.2%. What we'd like to propose: we hold the remaining €450 until the page gets to 2.5%, and then pay it straight away.\n\nLet me know what you think!\n\nHannah\n\nOn Tue, 12 Jan 2027 at 09:30, Ana Holm <ana@holm.example> wrote:\n> A quick reminder that invoice 087 for €450 (the balance for the landing page copy: €900 total less the €450 deposit) was due on 1 January.";
    const all = analyzeMessage(text, { today: '2027-01-19', from: 'Hannah Pryce <hannah@fernwood.example>', profile: WRITER }).suggestions;
    expect(all[0]!.text).toMatch(/€450 invoice was due as agreed/);
    for (const s of all) expect(s.text).not.toMatch(/what I think|my mistake/);
  });
});

describe('praise with a next job is no complaint (eighth session)', () => {
  it('"It\'s perfect. Approved … our main site is a mess" gets thanks and the smaller package named, never a rework; "not because we were unhappy" is no complaint', () => {
    const WRITER = ProfileSchema.parse({ ...DESIGNER, name: 'Ana Holm', currency: 'EUR', services: [
      { name: 'Landing page copy', price: 900, unit: 'project', keywords: ['landing page'], turnaroundDays: 7 },
      { name: 'Website copy (up to 6 pages)', price: 2400, unit: 'project', keywords: ['website', 'site', 'pages'], smallerVersions: [{ name: 'copy for the three key pages (home, about, services)', price: 1400 }], turnaroundDays: 15 },
    ], depositPercent: 50 });
    const text = "ANA. It's perfect. Approved, approved, approved. The balance will go out Friday.\n\nSo, what's next: our main site is a mess. The About page still says we ship to Canada and the home page reads like it was written by a robot. I saw on your site you do a three-page thing, home, about, services?\n\nJess\n\nOn Fri, Aug 28, 2026 at 11:30 AM Ana Holm <ana@holm.example> wrote:\n> Here is the final landing page copy.";
    const all = analyzeMessage(text, { today: '2026-08-31', from: 'Jess Albright <jess@loop.example>', profile: WRITER }).suggestions;
    const t = all.map((s) => s.text).join('\n');
    expect(t).toMatch(/that is good to hear/);
    expect(t).toMatch(/copy for the three key pages \(home, about, services\) is €1,400/);
    expect(t).not.toMatch(/unhappy|rework/);
    const late = cards("Dear Noa,\n\nI am very sorry the second invoice is late. In March our biggest partner went bankrupt while owing us quite a lot of money, but I wanted you to know it was not because we were unhappy. Is it ok if we pay half now and half at the end of May? And do you charge extra for the late payment?\n\nSanne\n\nOn 20 April 2026, Noa Berg <noa@noa.example> wrote:\n> Here are the final files for the logo, and the invoice for the balance of $1,440.", { today: '2026-05-04' });
    for (const s of late) expect(s.text).not.toMatch(/unhappy|rework|Do I charge/);
    expect(late.map((s) => s.text).join('\n')).toMatch(/no extra charge for the late payment/);
  });
});

describe('the option they pick, and a bare day read from our thread (eighth session)', () => {
  it('"lets go w the cheaper one" takes our cheaper option as the price, never a line item of the other, and "the 12th" is the 12 June our mail named', () => {
    const text = "ok lets go w the cheaper one. can u start mon? needs to be live before the 12th latest\n\nSent from my iPhone\n\n> On 5 May 2026, at 10:14, Noa Berg <noa@noa.example> wrote:\n>\n> Hi Tom,\n>\n> Two ways we could do this, for the summer drop on 12 June:\n>\n> 1. Full site - $5,600\n>    - Discovery and sitemap: $600\n>    - Visual design: $1,800\n>    - Build: $3,200\n>\n> 2. A one-page site - $2,200\n>    Same launch work, on one page.\n>\n> I take 40% to book the slot. Two rounds of revisions are included.\n>\n> Noa";
    const t = cards(text, { today: '2026-05-06' }).map(body).join('\n');
    expect(t).toMatch(/\$2,200/);
    expect(t).not.toMatch(/\$1,800|\$3,200|Tuesday 12 May/);
    expect(t).toMatch(/\$880/);
  });
});

describe('the extra-round price we named (eighth session)', () => {
  it('"additional rounds are $150 each" in our earlier mail prices the round asked for, never a blank', () => {
    const text = "hey noa the team still isnt feeling it 100%. can we do another round maybe 2? mostly want the leaf bigger and the darker green from concept B again. we already paid the 960 so hoping this is just included?? my cousin says the fiverr guys do unlimited revisions. need final files before apr 10 thx\n\nOn Mar 16, 2026, at 4:12 PM, Noa Berg <noa@noa.example> wrote:\n\n> Hi Tyler,\n>\n> Attached is round 2. This was the second of the two revision rounds included in the project. If you'd like more changes after this, additional rounds are $150 each.\n>\n> Noa";
    const t = cards(text, { today: '2026-03-18' }).map(body).join('\n');
    expect(t).toMatch(/\$150 per extra round/);
    expect(t).not.toMatch(/\[price of the addition\]/);
  });
});

describe('a returning client asks a small job as a favour (eighth session)', () => {
  it('gets thanks and the listed price for what they named, never a lecture on unpaid test pieces', () => {
    const TRANSLATOR = CERTIFYING_TRANSLATOR;
    const text = "Dear Ola,\n\nHappy New Year! The university accepted my diploma translation, thank you!\n\nNow we need my husband's birth certificate and our marriage certificate with certified translation for his visa. It is only 2 pages, very short. I think for you it is 10 minutes of work, so maybe you can do it for us quickly as a small favour, because we are already your clients?\n\nIrina\n\nOn Tue, 15 Dec 2026 at 16:30, Ola Berg <ola@berg.example> wrote:\n> Please find attached the certified English translation of your diploma (3 pages). As agreed, the total is €135 (3 pages × €45).";
    const all = analyzeMessage(text, { today: '2027-01-11', from: 'Irina Volkova <irina@mail.example>', profile: TRANSLATOR }).suggestions;
    expect(all[0]!.id).toBe('favour-as-small-job');
    expect(all[0]!.text).toMatch(/€45 per page, so the 2 pages come to €90/);
    for (const s of all) expect(s.text).not.toMatch(/unpaid test pieces|paid trial/);
  });
});

describe('a repair on a site someone else built (eighth session)', () => {
  it('is hourly work, and what they pay a host each month is no budget', () => {
    const DEV = ProfileSchema.parse({ ...DESIGNER, name: 'Ari Patel', currency: 'GBP', services: [
      { name: 'WordPress site', price: 3200, unit: 'project', keywords: ['wordpress', 'wp', 'website', 'site', 'pages'], turnaroundDays: 20 },
      { name: 'Development work', price: 65, unit: 'hour', keywords: ['hourly', 'fix', 'bug', 'integration', 'api', 'plugin', 'feature'] },
      { name: 'Maintenance', price: 300, unit: 'month', keywords: ['maintenance', 'updates', 'support', 'retainer', 'hosting'] },
    ], depositPercent: 30 });
    const text = "Hello Mr Ari,\n\nWe have website on WordPress, my nephew made it 4 years ago. Problem is since two weeks the contact form not send emails to us. How much you take for repair this?\n\nAlso we want on website a calculator for the price. Now we pay hosting to GoDaddy around 15 pound in month.\n\nKrzysztof";
    const t = analyzeMessage(text, { today: '2026-06-01', from: 'Krzysztof Nowicki <k@removals.example>', profile: DEV }).suggestions.map((s) => s.text).join('\n');
    expect(t).toMatch(/£65 per hour/);
    expect(t).not.toMatch(/budget of £15|£3,200/);
  });
});

describe('the work starts when their material arrives (eighth session, after the ninth review)', () => {
  it('"the German text will be ready on Monday 12 October … we need the English latest on Friday 30 October because it goes to print" counts from the 12th, keeps the 30th, and answers "reserve this time" and "send us a short offer"', () => {
    const text = 'Dear Ms Berg,\n\nWe are finalizing the operating manual for our new gear motors. The German text will be ready on Monday, 12 October, and has approx. 6,000 words. We need the English version latest on Friday, 30 October, because it goes to print for the fair in November.\n\nCould you please confirm if you can reserve this time for us? Please send us also a short offer for our purchasing department.\n\nBest regards,\nMatthias Köhler';
    const t = analyzeMessage(text, { today: '2026-09-29', from: 'Matthias Köhler <mk@antrieb.example>', profile: CERTIFYING_TRANSLATOR }).suggestions.map(body).join('\n');
    expect(t).toMatch(/Friday 30 October/);
    expect(t).not.toMatch(/October 2026|Monday 5 October|Wednesday 28 October|\[your answer\]/);
    expect(t).toMatch(/reserved the time for it, from Monday 12 October/);
    expect(t).toMatch(/short written offer for your purchasing department/);
  });
});

describe('a contact form we pointed at the wrong address (eighth session, after the ninth review)', () => {
  it('is our error, fixed today at no cost; the new page and the monthly plan in the list are new work, and no new site is quoted', () => {
    const text = "Hello Noa,\n\nI have problem with the website. One customer asks why nobody answer his message from the contact form. I have nothing in my email from the form since the site is live. In your email from the launch the form is going to hello@bakery-example.com. We don't have this address. Please can you repair this quickly?\n\nAlso two other things:\n- my son say we need a gallery page with photos. How much is this?\n- you mention before a monthly plan. I think now is good idea, please send me the details.\n\nMarek\n\nOn Mon, 2 Nov 2026 at 17:05, Noa Berg <noa@noa.example> wrote:\n> The site is live. Contact form: tested, submissions go to hello@bakery-example.com";
    const all = cards(text, { today: '2026-11-17' });
    expect(all[0]!.id).toBe('own-and-fix');
    const t = body(all[0]!);
    expect(t).toMatch(/at no cost and send you the corrected version today/);
    expect(t).toMatch(/new work rather than corrections/);
    expect(t).not.toMatch(/\$5,600|included revision rounds/);
  });
});

describe('a deposit question and a date in words (ninth session)', () => {
  const troy = 'Noa Berg wrote:\n> The full website is $5,600. A 3-page site (home, services, contact) is $3,800.';
  it('"is it still 40% up front?" on the smaller option is answered in money for that option', () => {
    const all = cards(`5600 for 5 pages, are they hand painted\n\nif i go w the 3 page one is it still 40% up front? cant really drop 2 grand before i see anything\n\n${troy}`, { today: '2026-03-09' });
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      expect(s.text).toMatch(/\$1,520 of \$3,800 before I start, and \$2,280 on delivery/);
      expect(s.text).not.toMatch(/\[your answer\]/);
      expect(s.text).not.toMatch(/hand painted/i);
    }
  });
  it('"can it be up by mid april" is measured against our normal pace and said in their words', () => {
    const all = cards('how much for the website? and can it be up by mid april, thats when the phone starts ringing', { today: '2026-03-09' });
    const t = all.map((s) => s.text).join('\n');
    // 30 working days from Monday 9 March is Monday 20 April: three working days after Wednesday 15 April.
    expect(t).toMatch(/Monday 20 April, three working days after mid April/);
    expect(t).not.toMatch(/mid april, thats when/i);
  });
  it('"until end of June because of a fair (we have a stand there in July)" is our date, not the fair\'s', () => {
    const t = cards('We need the finished website until end of June because of a fair in the USA (we have a stand there in July).', { today: '2026-05-06' }).map((s) => s.text).join('\n');
    expect(t).not.toMatch(/your fair on/);
  });
});

describe('answers the thread already holds (ninth session)', () => {
  const TRANSLATOR = ProfileSchema.parse({
    name: 'Ola Berg',
    currency: 'EUR',
    services: [
      { name: 'Translation (German into English)', price: 0.12, unit: 'word', keywords: ['translation', 'translate', 'german'], lineItems: [{ name: 'Translation' }, { name: 'Final proofread' }] },
      { name: 'Proofreading', price: 0.05, unit: 'word', keywords: ['proofread', 'proofreading', 'post-edit', 'post-editing'] },
    ],
    depositPercent: 30,
    rushSurchargePercent: 50,
  });
  const WRITER = ProfileSchema.parse({
    name: 'Ana Holm',
    currency: 'EUR',
    services: [{ name: 'Blog article (1,500 words)', price: 280, unit: 'item', keywords: ['blog', 'article', 'articles'], turnaroundDays: 5 }],
    depositPercent: 50,
  });
  const ourQuote = '\n\nOn Thu, 19 Mar 2026, Ola Berg <ola@berg.example> wrote:\n> The manual has 6,000 words; at €0.12 per word the total is €720.\n> I ask for a 30% deposit (€216) before starting, with the balance of €504.00 on delivery.';
  const read = (text: string, profile = TRANSLATOR, today = '2026-03-23') => analyzeMessage(text, { today, from: 'Jens Ahl <jens@ahl.example>', profile }).suggestions;

  it('"we run it through DeepL and you only correct it. Is this possible?" is priced as post-editing, after a sample', () => {
    const all = read(`Our idea: we translate the manual with DeepL first and you only correct it. Is this possible for our manual?${ourQuote}`);
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      expect(s.text).toMatch(/Post-editing a machine draft is possible at €0\.05 per word \(6,000 words at €0\.05 come to €300\), once I have seen a sample/);
      expect(s.text).not.toMatch(/\[your answer\]/);
    }
  });
  it('"do you use DeepL?" is a question about our tools, not a post-editing job', () => {
    const t = read(`Do you use DeepL or other machine translation to check your work?${ourQuote}`).map((s) => s.text).join('\n');
    expect(t).not.toMatch(/Post-editing a machine draft/);
  });
  it('long invoice terms are countered with our quote\'s own "balance on delivery", not an invented 14 days', () => {
    const all = read(`In our company we pay invoices 30 days after receipt. Is it possible to pay everything after delivery, without the deposit?${ourQuote}`);
    const t = all.map((s) => s.text).join('\n');
    expect(t).toMatch(/balance on delivery, as in my quote, rather than 30 days later/);
    expect(t).not.toMatch(/14 days/);
    // The payment sentence answers the question: it is not said back as a blank as well.
    expect(t).not.toMatch(/without the deposit\?”: \[your answer\]/);
  });
  it('"could you squeeze in one more article this month?" from a regular client is a yes at the listed price, and "check it arrived" a promise to look', () => {
    const t = read('Could you squeeze in one more article this month? Also, finance says they paid your March invoice on 31 March. Could you check it actually arrived?', WRITER, '2026-04-09').map((s) => s.text).join('\n');
    expect(t).toMatch(/Yes, I can fit in one more article, at my usual €280\./);
    expect(t).toMatch(/I(?:'ll| will) check my account today and confirm whether the payment has arrived\./);
    expect(t).not.toMatch(/\[your answer\]/);
  });
  it('"our printer needs the text on Friday, 10 April at the latest" is the delivery date itself, with no lead time taken off', () => {
    const t = read(`Our printer needs the final English text on Friday, 10 April at the latest.${ourQuote}`).map((s) => s.text).join('\n');
    expect(t).toMatch(/Friday 10 April/);
    expect(t).not.toMatch(/ahead of your print run/);
  });
});

describe('whose words are quoted below, and what a hypothetical "wrong" is (ninth session)', () => {
  it('reads our quote under a "-----Ursprüngliche Nachricht-----" or an Outlook rule of underscores', () => {
    for (const rule of ['-----Ursprüngliche Nachricht-----', '________________________________']) {
      const text = `Is it possible to pay everything after delivery? We pay invoices 30 days after receipt.\n\n${rule}\nFrom: Noa Berg <noa@noa.example>\nSent: Thursday, 3 December 2026 15:12\nTo: Sam Reed <sam@client.example>\nSubject: Logo quote\n\nHi Sam,\n\nThe logo and brand identity is $2,400. I ask for a 40% deposit ($960) before starting, with the balance of $1,440 on delivery.\n\nNoa`;
      const t = cards(text).map((s) => s.text).join('\n');
      expect(t).toMatch(/balance on delivery, as in my quote, rather than 30 days later/);
    }
  });
  it('a colleague of the client quoted below is not us: only our own block counts as our words', () => {
    const quote = 'From: Helen Ash <helen@client.example>\nSent: 6 December 2026 18:41\n\nSam, the budget for this is $7,000 for the website, NDA included.\n\nFrom: Noa Berg <noa@noa.example>\nSent: 2 December 2026 12:05\n\nHi Sam, the website design and build is $5,600, delivered within 30 working days.';
    const ours = ourBlocks(quote, 'Sam Reed <sam@client.example>', DESIGNER);
    expect(ours).toHaveLength(1);
    expect(ours[0]).toContain('$5,600');
  });
  it('"tell us if a change would be wrong" and "some of this is about taste" own no mistake', () => {
    const text = 'Below are Helen\'s comments on the delivered brand guide. Honestly I think some of this is about taste, but she signs it off, so could you go through her notes and let me know what you think? I\'d rather you tell us if a change would be wrong than just do it. Also, is the revision part of what we\'ve already paid for?\n\nOn Mon, 30 Nov 2026, Noa Berg <noa@noa.example> wrote:\n> Please find attached the final logo files and brand guide. Two rounds of revisions are included.';
    const all = cards(text);
    const t = all.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/my mistake|I'm sorry|at no cost/i);
    expect(t).toMatch(/go through the notes point by point/);
    expect(t).toMatch(/Yes: this revision is part of the two rounds of revisions included, so it is already covered/);
  });
  it('"thank you again for the visual designs you shared yesterday" is work under way: no deposit asked before we start', () => {
    const text = 'Dear Noa,\n\nThank you again for the visual designs you shared yesterday. The Board would like the site live by Thursday 17 December rather than 23 December. Is that possible?\n\nPatricia';
    const t = cards(text).map((s) => s.text).join('\n');
    expect(t).not.toMatch(/deposit \(\$[\d,]+\) before I start/);
  });
});

describe('openings and trade answers (ninth session)', () => {
  it('"what do you need from us to get started?" is answered with what a design job starts from', () => {
    const t = cards('We would like a logo for our bakery. What do you need from us to get started? Is the brand guide included?').map((s) => s.text).join('\n');
    expect(t).toMatch(/To get started I need a short brief/);
    expect(t).not.toMatch(/what I need from you to get started: \[your answer\]/);
  });
  it('praise further down a chatty mail ("our third most-read post ever") is thanked, sad news or a wish is not', () => {
    const happy = cards('Hi Noa!\n\nHope your Easter was lovely. We are just back from the team offsite and still recovering.\n\nGood news first: the brand guide got picked up in two newsletters last week and the page is now our most-read post ever, so thank you.\n\nCould you design a banner for the webinar? And could you check our March payment arrived?')[0]!;
    expect(happy.text).toMatch(/Thank you, that is good to hear\./);
    const wish = cards('Dear Noa,\n\nI hope you had a good weekend. Before we can raise the purchase order for the logo project, our procurement team needs a few documents from you, please see below. I am sorry for the paperwork, it is the same for every supplier. If you could send everything back by Friday that would be wonderful. Could you confirm your VAT number?')[0]!;
    expect(wish.text).not.toMatch(/good to hear/);
  });
});

describe('a DIY subscription is no quote for the job (ninth session)', () => {
  it('"my cousin did his on squarespace for like 20 bucks a month" is $20 a month for Squarespace, not $20 from the cousin', () => {
    const all = cards('5600 for a website lol. my cousin did his on squarespace for like 20 bucks a month and it looks fine. what am i actually paying for here');
    const t = all.map((s) => s.text).join('\n');
    expect(t).toMatch(/next to \$20 a month for Squarespace/);
    expect(t).not.toMatch(/\$20 from your cousin/);
  });
});

describe('complaints read and not read (ninth session)', () => {
  it('"I won\'t be approving the $1,080 invoice until it\'s done" with a jab at our competence is a complaint, never "Thank you for letting me know"', () => {
    const text = 'Noa,\n\nGreat work. Really.\n\nThe mockups use our 2019 colours, retired in the rebrand. You\'d think checking a client\'s current brand would be step one for someone who calls herself a brand designer. I expect this corrected at no cost, and I won\'t be approving the $1,080 invoice until it\'s done.\n\nGreg\n\nOn Thu, Dec 3, 2026, Noa Berg <noa@noa.example> wrote:\n> Attached are the final landing page designs and the handoff files. The invoice for the balance of $1,080 is attached.';
    const first = cards(text)[0]!;
    expect(first.text).not.toMatch(/^Hello Greg,\n\nThank you for letting me know\./);
    expect(first.text).toMatch(/sorry|fix|correct/i);
  });
  const TRANSLATOR = ProfileSchema.parse({
    name: 'Ola Berg',
    currency: 'EUR',
    services: [{ name: 'Certified translation', price: 45, unit: 'page', keywords: ['certified', 'certificate', 'diploma', 'visa'], turnaroundDays: 2 }],
    depositPercent: 30,
    revisionRounds: 1,
  });
  const andrei = 'Hello Ola,\n\nI write you again about translations you made for me last week (birth certificate and diploma). Sorry, it is my mistake. At the visa centre they say the name in the translation must be exactly like in the passport. In my passport is ANDREI, not ANDREY. Please can you make it again with ANDREI? How much it costs? I pay of course, it was my error.\n\nThank you,\nAndrei';
  it('"I pay of course, it was my error" is the client owning the mistake: no apology of ours, no "it is your mistake" said back', () => {
    const t = analyzeMessage(andrei, { today: '2026-03-12', from: 'Andrei P <a@client.example>', profile: TRANSLATOR }).suggestions.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/I'm sorry this has (?:left you unhappy|not gone as you hoped)|it is your mistake/);
  });
  it('"the name must be exactly like in the passport" is no copying of another company', () => {
    const a = analyzeMessage(andrei, { today: '2026-03-12', from: 'Andrei P <a@client.example>', profile: TRANSLATOR });
    expect(a.suggestions.map((s) => s.text).join('\n')).not.toMatch(/reusing another company|Copying it, though/);
  });
});

describe('the date and the job a follow-up means (ninth session)', () => {
  it('"the developer needs the final copy by Wednesday at the latest" beats the ads date, "my email from Friday" is no planned date, and the job is the one their earlier mail asked for', () => {
    const WRITER = ProfileSchema.parse({ name: 'Ana Holm', currency: 'EUR', services: [{ name: 'Landing page copy', price: 900, keywords: ['landing page'], turnaroundDays: 7 }], depositPercent: 50, rushSurchargePercent: 25 });
    const text = 'Hi Ana,\n\nFollowing up on my email from Friday, a bit surprised not to have heard back.\n\nTo recap: our ads start running on Monday 21st and the developer needs the final copy by Wednesday 16th at the latest. I just need a number today.\n\nOlivia\n\nOn Fri, 11 Dec 2026 at 22:14, Olivia Hart <olivia@client.example> wrote:\n> Hi Ana,\n> We need copy for a registration landing page for our webinar series. Could you let me know price and availability?\n> Olivia';
    const t = analyzeMessage(text, { today: '2026-12-14', from: 'Olivia Hart <olivia@client.example>', profile: WRITER }).suggestions.map((s) => s.text).join('\n');
    expect(t).toMatch(/Wednesday 16 December/);
    expect(t).not.toMatch(/by Monday 21 December|instead of Friday/);
    expect(t).toMatch(/€1,125/);
    expect(t).not.toMatch(/\[your price\]/);
  });
});

describe('a returning client asks to skip the deposit (ninth session)', () => {
  it('"could we skip the deposit this time?" gets the deposit kept for the new job, not a blank', () => {
    const text = 'Noa, the logo is perfect, approved! The balance goes out Friday.\n\nNext: we need a landing page. Since we have already worked together, could we skip the deposit this time and I will just pay the whole thing when it is done?\n\nOn Mon, 30 Nov 2026, Noa Berg <noa@noa.example> wrote:\n> Attached are the final logo files. The balance of $1,440 is due on delivery.';
    const t = cards(text).map((s) => s.text).join('\n');
    expect(t).toMatch(/I keep a deposit on every new project, returning clients included/);
    expect(t).not.toMatch(/skip the deposit this time[^”]*”?: \[your answer\]/);
  });
});

describe('a balance paid within the week (ninth session)', () => {
  it('"the balance goes out Friday with our payroll run" after delivery is no late payment to push back on', () => {
    const text = 'Noa, it is perfect, approved, approved! The balance will go out Friday with our payroll run, hope that is ok!\n\nNext we need a landing page. Could we skip the deposit this time and pay the whole thing when it is done?\n\nOn Mon, 30 Nov 2026, Noa Berg <noa@noa.example> wrote:\n> Attached are the final logo files. The invoice for the balance of $1,440 is attached.';
    const t = cards(text).map((s) => s.text).join('\n');
    expect(t).not.toMatch(/a long time for finished work|I would ask for it to be paid by/);
  });
});

describe('a phone mail with emoji (ninth session, after the review)', () => {
  it('"appointment is monday 😬😬 can u do it by friday??? 🙏" is a question about the date, answered without a price that is not there', () => {
    const TRANSLATOR = ProfileSchema.parse({ name: 'Ola Berg', currency: 'EUR', services: [{ name: 'Certified translation', price: 45, unit: 'page', keywords: ['certified', 'certificate', 'diploma', 'visa'], turnaroundDays: 2 }], rushSurchargePercent: 50 });
    const text = 'Hi Ola!! 👋😊 got ur email from my friend Lena 🙏\nI need my birth certificate translated from russian for my visa 📄\nappointment is monday 😬😬 can u do it by friday??? 🙏🙏🙏\n\nSent from my iPhone';
    const all = analyzeMessage(text, { today: '2026-12-10', from: 'Alina K <alina@client.example>', profile: TRANSLATOR }).suggestions;
    const t = all.map((s) => s.text).join('\n');
    expect(t).toMatch(/Friday 11 December/);
    expect(t).not.toMatch(/^Hello Alina,\n\nThank you for letting me know\.\n\nIs there anything else/m);
    expect(t).not.toMatch(/at the price above/);
  });
});

describe('paperwork and marketing are no complaint (ninth session, after the review)', () => {
  it('an invoice rejected for the client\'s own PO and new company name, paid late "I know", owns no mistake and offers no rework', () => {
    const text = 'Hi Noa,\n\nSo sorry about this, I was out of office last week and only saw your reminder now. I checked with our finance team and it seems your invoice was not approved in the system. Two things are missing: our PO number (PO-2026-0871) and our new company name, because since 1 January we are "Northlight Collective B.V.". Can you please send a corrected invoice to invoices@northlight.example and put me in cc? Then it goes in the payment run on 25 February. I know it is already late, I asked Femke if she can make an exception but I cannot promise anything.\n\nBest,\nYoussef\n\nOn Mon, Jan 25, 2027 at 10:03 AM Noa Berg <noa@noa.example> wrote:\n> Hi Youssef,\n>\n> A friendly reminder that invoice 2027-003 for $1,440, the balance for the logo, was due on 19 January.\n>\n> Noa';
    const t = analyzeMessage(text, { today: '2027-01-27', from: 'Youssef Mansour <y.mansour@northlight.example>', profile: DESIGNER }).suggestions.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/my mistake|my responsibility|sorry this has|rework|at no cost/i);
    expect(t).toMatch(/corrected invoice/);
  });
  it('"share the link with visitors and on LinkedIn" is their marketing, not a review threat', () => {
    const text = 'Dear Noa, our team was very satisfied with the sample. Could you design a banner for our trade fair? Our sales team would like to share the link with visitors and on LinkedIn. Could you kindly offer a discount of 10%? Our payment terms are 45 days.';
    const t = cards(text).map((s) => s.text).join('\n');
    expect(t).not.toMatch(/As for a review|sorry this has left you unhappy/);
  });
});

describe('a vague payment date said as the client said it (ninth session, after the review)', () => {
  it('"not before late November at the earliest" is "late November", never an invented weekday', () => {
    const text = 'Hi Noa, about your invoice for the logo: payment is released once our end client has settled with us, so we don\'t expect to pay before late November at the earliest. Your invoice will go into the first payment run after that.\n\nOn Mon, 5 Oct 2026, Noa Berg <noa@noa.example> wrote:\n> Attached are the final logo files and the invoice for the $1,440 balance, due in 14 days.';
    const t = analyzeMessage(text, { today: '2026-10-19', from: 'Sam Reed <sam@client.example>', profile: DESIGNER }).suggestions.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/Monday 30 November/);
  });
});

describe('more of the pieces under way (ninth session, after the review)', () => {
  it('"can u add the other 2 from my list?" is a yes at the per-piece price, not a blank', () => {
    const WRITER = ProfileSchema.parse({ name: 'Ana Holm', currency: 'EUR', services: [{ name: 'Blog article (1,500 words)', price: 280, unit: 'item', keywords: ['blog', 'article', 'articles'], turnaroundDays: 5 }], depositPercent: 50 });
    const text = 'can u add the other 2 from my list? sinking funds + the money talk one. same deadline is fine right?\n\nOn Tue, 29 Sep 2026, Ana Holm <ana@holm.example> wrote:\n> Great, let\'s go with the four articles you marked, at €280 per article: €1,120 in total.';
    const t = analyzeMessage(text, { today: '2026-10-05', from: 'Nadia Haddad <nadia@client.example>', profile: WRITER }).suggestions.map((s) => s.text).join('\n');
    expect(t).toMatch(/Yes, I can add the other two articles, at €280 each \(€560\)/);
    expect(t).not.toMatch(/add the other 2 from (?:my|your) list: \[your answer\]/);
  });
});

describe('after delivery: money questions answered as what they are (tenth session)', () => {
  const delivered = '\n\nOn Mon, 30 Nov 2026, Noa Berg <noa@noa.example> wrote:\n> Hi Lou,\n>\n> The final logo files are attached: full colour, one colour and reversed, as SVG and PNG.\n>\n> Invoice 2026-118 for the balance, $1,440, is attached, due Dec 14. As in the quote, the usage rights transfer once it is paid.\n>\n> Noa';
  it('"pay next week ok?" on finished work is a yes with the balance and a day, not a blank or a dunning letter', () => {
    const all = analyzeMessage(`love them thx!! pay next week ok? waiting on a big client to pay me first${delivered}`, { today: '2026-12-07', from: 'Lou Park <lou@client.example>', profile: DESIGNER }).suggestions;
    const first = all[0]!;
    expect(first.moves).toContain('payment_terms');
    expect(body(first)).toMatch(/Yes, next week is fine: the \$1,440 balance by Friday 18 December/);
    expect(first.text).not.toMatch(/\[your answer\]|Does that answer everything|deposit/);
  });
  it('"$500 today and we call it square" after the final files holds the agreed price, counts the $500 as a part payment, and pitches no new job', () => {
    const all = analyzeMessage(`Logo is fine but come on, it's two letters and a circle. $2,400 for an afternoon? I'll send $500 today and we call it square.${delivered}`, { today: '2026-12-07', from: 'Lou Park <lou@client.example>', profile: DESIGNER }).suggestions;
    expect(all).toHaveLength(1);
    const t = body(all[0]!);
    expect(t).toMatch(/\$2,400 was the price we agreed before I started/);
    expect(t).toMatch(/\$500 today would be welcome as a part payment, and the remaining \$940 is still due by Dec 14/);
    expect(t).toMatch(/usage rights transfer once it is paid in full/);
    expect(t).not.toMatch(/deposit|go ahead|smaller version|Thank you for letting me know/i);
  });
  it('a cut to the invoice asked after delivery keeps the balance as invoiced', () => {
    const text = `Dear Noa, we were delighted with the logo. Our board asks whether you would adjust the final invoice so that the balance is $900 instead of $1,440, as we are a small charity. Kind regards, Lou${delivered}`;
    const all = analyzeMessage(text, { today: '2026-12-07', from: 'Lou Park <lou@client.example>', profile: DESIGNER }).suggestions;
    const t = body(all[0]!);
    expect(t).toMatch(/the balance stays at \$1,440, due by Dec 14 as invoiced/);
    expect(t).not.toMatch(/part payment|deposit/);
  });
});

describe('"is it done?" about agreed work (tenth session)', () => {
  it('answers with the date we agreed, read across the quote\'s hard line breaks, and offers what is finished to the person waiting', () => {
    const text = 'is it done? our printer keeps asking\n\nSent from my phone\n\nOn 1 Dec 2026, at 09:12, Lou Park <lou@client.example> wrote:\n> Hi Noa, deposit was paid this morning. The 16th works for us.\n>\n>> On 30 Nov 2026, Noa Berg <noa@noa.example> wrote:\n>> Hi Lou, the logo and brand identity is $2,400. I ask for a 40% deposit ($960) before I start; once it has arrived I can deliver the final files by\n>> Wednesday 16 December.\n>> Noa';
    const all = analyzeMessage(text, { today: '2026-12-09', from: 'Lou Park <lou@client.example>', profile: DESIGNER }).suggestions;
    const t = body(all[0]!);
    expect(t).toMatch(/It is on track for Wednesday 16 December, as agreed; if it helps with your printer, I can send what is finished before then/);
    expect(t).not.toMatch(/from the go-ahead|\[|Thank you for the update/);
  });
});

describe('no mistake of ours to own (tenth session)', () => {
  it('"maybe something can be left out?" under a capped budget is a scope question, not an error to apologise for', () => {
    const text = 'Hi Noa, thanks for the quote. Our grant only covers $2,000 for the logo, so $2,400 is above what we have. Maybe something can be left out? The brand guide is nice to have but not essential.\n\nOn Mon, 30 Nov 2026, Noa Berg <noa@noa.example> wrote:\n> Hi Lou, the logo and brand identity is $2,400, with a 40% deposit ($960) before I start.';
    const t = analyzeMessage(text, { today: '2026-12-07', from: 'Lou Park <lou@client.example>', profile: DESIGNER }).suggestions.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/mistake|my error|I'm sorry|at no cost/i);
    expect(t).toMatch(/\$1,800/);
  });
  it('a headline they propose with "get wrong" in it is no complaint about our work', () => {
    const WRITER = ProfileSchema.parse({ name: 'Ana Holm', currency: 'EUR', services: [{ name: 'Blog article (1,500 words)', price: 280, unit: 'item', keywords: ['blog', 'article', 'articles'], turnaroundDays: 5 }], depositPercent: 50 });
    const text = 'Hi Ana, the first two articles are great, thank you! Could you add one more, something along the lines of "Seven things new landlords get wrong"? Same price per article is fine.\n\nOn Mon, 30 Nov 2026, Ana Holm <ana@holm.example> wrote:\n> Hi Tess, here are the first two articles, at €280 each as agreed.';
    const t = analyzeMessage(text, { today: '2026-12-07', from: 'Tess Moor <tess@client.example>', profile: WRITER }).suggestions.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/mistake|my error|I'm sorry|corrected version/i);
  });
});

describe('a part they can let go leads to the smaller version (tenth session)', () => {
  it('"the brand guide is nice to have but not essential" under a capped budget leads with the version without it', () => {
    const text = 'Hi Noa, thanks for the quote. Our grant only covers $2,000 for the logo, so $2,400 is above what we have. Maybe something can be left out? The brand guide is nice to have but not essential.\n\nOn Mon, 30 Nov 2026, Noa Berg <noa@noa.example> wrote:\n> Hi Lou, the logo and brand identity is $2,400, with a 40% deposit ($960) before I start.';
    const [first] = analyzeMessage(text, { today: '2026-12-07', from: 'Lou Park <lou@client.example>', profile: DESIGNER }).suggestions;
    expect(body(first!)).toMatch(/the logo and final files \(no brand guide\) for \$1,800/);
    expect(body(first!)).not.toMatch(/\$2,000 .*\$1,800 .*mistake/);
  });
});

describe('finished work held for payment, and a yes that asks for the invoice (tenth session)', () => {
  it('"where are the files??" when our mail holds them until the balance is paid: the link goes out on payment, no rush fee', () => {
    const text = 'where are the files?? the embroidery shop needs them friday\n\nOn Mon, Dec 7, 2026, 2:10 PM Noa Berg <noa@noa.example> wrote:\n> Hi Lou,\n> The final logo set is done, a preview is attached. Here is invoice NB-2026-031 for the balance of $1,440.\n> As soon as it is paid I will send the download link with all the files.\n> Noa';
    const all = analyzeMessage(text, { today: '2026-12-09', from: 'Lou Park <lou@client.example>', profile: DESIGNER }).suggestions;
    const t = body(all[0]!);
    expect(t).toMatch(/as soon as the \$1,440 balance \(NB-2026-031\) is paid/);
    expect(t).toMatch(/in time for Friday 11 December/);
    expect(all.map((s) => s.text).join('\n')).not.toMatch(/rush|surcharge|too tight|noted/i);
  });
  it('"full version. send the invoice" after our quote is a go-ahead, answered with the terms and the deposit', () => {
    const text = 'full version. send the invoice\n\nOn Mon, Dec 7, 2026, 9:00 AM Noa Berg <noa@noa.example> wrote:\n> Hi Lou, the logo and brand identity is $2,400, or $1,800 without the brand guide. I take a 40% deposit to start. Which would you like?\n> Noa';
    const all = analyzeMessage(text, { today: '2026-12-08', from: 'Lou Park <lou@client.example>', profile: DESIGNER }).suggestions;
    expect(all[0]!.moves).toContain('acceptance');
    expect(all.map((s) => s.text).join('\n')).toMatch(/\$960/);
    expect(all[0]!.text).not.toMatch(/Thank you for the update|anything else you need/);
  });
});

describe('a project stopped half-way (tenth session)', () => {
  it('"please stop work… where do we stand money-wise?" keeps the deposit against the work done, invoices any more, hands over on settlement', () => {
    const text = 'Hi Noa,\n\nBad news, I am afraid: the board has decided to cancel the website project, as we are being bought by a bigger group. Please stop work today. Could you tell us where we stand money-wise? We hoped part of the deposit could come back. And could you send over the sitemap and wireframes you have done? Would you keep the same price if we restart next year?\n\nLou\n\nOn Mon, 30 Nov 2026, Noa Berg <noa@noa.example> wrote:\n> Hi Lou, the wireframes are ready for your review. Next I move on to the visual design.';
    const all = analyzeMessage(text, { today: '2026-12-07', from: 'Lou Park <lou@client.example>', profile: DESIGNER }).suggestions;
    const t = body(all[0]!);
    expect(t).toMatch(/I have stopped work as of today/);
    expect(t).toMatch(/the deposit of \$2,240 is(?:n't| not) refundable once work has started; it is set against the work already done/);
    expect(t).toMatch(/statement of the stages completed, with an invoice for any work beyond the deposit/);
    expect(all[0]!.text).toMatch(/I(?:'ll| will) send you the statement by Tuesday 8 December\./);
    expect(t).toMatch(/send (?:over )?everything completed so far/);
    expect(t).toMatch(/remaining stages at the prices in my quote/);
    expect(t).not.toMatch(/\[your answer\]|go ahead|rush/);
  });
});

describe('a repeat order on the same terms (tenth session)', () => {
  it('"can u do 3 more like the last batch? same deal as before" is a yes at the per-piece price with the new deposit, not a blank', () => {
    const WRITER = ProfileSchema.parse({ name: 'Ana Holm', currency: 'EUR', services: [{ name: 'Blog article (1,500 words)', price: 280, unit: 'item', keywords: ['blog', 'article', 'articles'], turnaroundDays: 5 }], depositPercent: 50 });
    const text = 'hi can u do 3 more like the last batch? same deal as before\n\nOn Mon, 2 Nov 2026, Ana Holm <ana@holm.example> wrote:\n> Hi Tess, all four articles are attached. The invoice for the balance, €560 of the €1,120 total, is attached too.';
    const t = analyzeMessage(text, { today: '2026-12-07', from: 'Tess Moor <tess@client.example>', profile: WRITER }).suggestions.map((s) => s.text).join('\n');
    expect(t).toMatch(/Yes, happy to do three more on the same terms: €280 each, €840 for the three, with a 50% deposit \(€420\) before I start/);
    expect(t).not.toMatch(/\[your answer\]/);
  });
});

describe('one date sentence per card (tenth session)', () => {
  it('when the position already says the normal pace is too late, the rush line does not say the normal date again', () => {
    const t = cards('hey how much for a logo for our cafe? big launch party march 20, budget is like 1k', { today: '2026-03-04' }).map((s) => body(s));
    const first = t[0]!;
    expect(first).toMatch(/too late for your (?:opening|launch)/);
    expect(first).toMatch(/possible with rush work/);
    expect(first.match(/Wednesday 25 March/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('work that already exists is not a service asked for (tenth session)', () => {
  it('"she loves the site you made for her… I\'d like a simple landing page" quotes the landing page only', () => {
    const text = 'Hi Noa, my friend Jo sent me your way, she loves the site you made for her! I am launching a pop-up bakery and would like a simple landing page for it: dates, menu and a sign-up form. My partner will build it. What would it cost?';
    const STUDIO = ProfileSchema.parse({ ...DESIGNER, services: [...DESIGNER.services, { name: 'Landing page design', price: 1800, keywords: ['landing page', 'one-page'], turnaroundDays: 10 }] });
    const [first] = analyzeMessage(text, { today: TODAY, from: 'Maya Ross <maya@client.example>', profile: STUDIO }).suggestions;
    expect(first!.text).toMatch(/landing page design is \$1,800/i);
    expect(first!.text).not.toMatch(/\$5,600|website design and build/i);
  });
});

describe('machine translation and AI, read as what they are (tenth session)', () => {
  const TRANSLATOR_P = ProfileSchema.parse({ name: 'Ola Berg', currency: 'EUR', services: [{ name: 'Translation (German into English)', price: 0.12, unit: 'word', keywords: ['translation', 'translate', 'translated', 'english version'] }, { name: 'Proofreading', price: 0.05, unit: 'word', keywords: ['proofreading', 'post-editing', 'post-edit'] }], depositPercent: 30 });
  it('"could u just run it thru deepl and fix it up??" gets the post-editing price, not "I would like to understand what you like about it"', () => {
    const text = 'hi, our shop site is about 4000 words in german, need english version. budget is 150€. could u just run it thru deepl and fix it up??';
    const t = analyzeMessage(text, { today: TODAY, from: 'Ben Roth <ben@client.example>', profile: TRANSLATOR_P }).suggestions.map((s) => s.text).join('\n');
    expect(t).toMatch(/€0\.05 per word \(4,000 words at €0\.05 come to €200\)/);
    expect(t).not.toMatch(/what you like about it/);
  });
  it('"how do I know you won\'t just use AI?" and "would you be willing to be paid in full after I see it?" are no direction and no deposit paid', () => {
    const WRITER = ProfileSchema.parse({ name: 'Ana Holm', currency: 'EUR', services: [{ name: 'Sales page copy', price: 900, keywords: ['sales page', 'copy'], turnaroundDays: 7 }], depositPercent: 50 });
    const text = 'Hi Ana, I need copy for a sales page. Would you be willing to be paid in full after I see the finished copy? And how do I know you will actually write it yourself and not just use AI? Priya';
    const a = analyzeMessage(text, { today: TODAY, from: 'Priya Shah <priya@client.example>', profile: WRITER });
    const t = a.suggestions.map((s) => s.text).join('\n');
    expect(a.situation?.depositPaid).toBe(false);
    expect(t).not.toMatch(/direction you suggest|Thank you for the deposit/);
  });
});

describe('a running maintenance plan paused (tenth session)', () => {
  it('"we have been on your £300/month maintenance plan… pause June to August and restart in September?" pauses, restarts in September, answers what happens if something breaks, quotes nothing new', () => {
    const DEV = ProfileSchema.parse({ name: 'Ari Mehta', currency: 'GBP', services: [{ name: 'Maintenance', price: 300, unit: 'month', keywords: ['maintenance', 'updates'] }, { name: 'Development work', price: 65, unit: 'hour', keywords: ['development', 'fixes'] }], depositPercent: 30 });
    const text = 'Hi Ari, we have been on your £300/month maintenance plan since 2024 and it has been great, but money is tight this summer. Could we pause for June, July and August and restart in September? If we pause, what happens if something breaks? Would there be a fee to set it up again? Claire';
    const all = analyzeMessage(text, { today: '2026-05-11', from: 'Claire Dunn <claire@client.example>', profile: DEV }).suggestions;
    const t = body(all[0]!);
    expect(t).toMatch(/restart in September/);
    expect(t).toMatch(/If something breaks while we are paused, I can still fix it, billed by the hour at my usual £65/);
    expect(t).not.toMatch(/deposit|rounds of revisions|few short questions/);
  });
});

describe('a service word used for something else is no service asked for (eleventh session)', () => {
  it('"the same brand, fonts and components" beside a landing page asked for quotes the landing page alone', () => {
    const LANDING = ProfileSchema.parse({ ...DESIGNER, services: [...DESIGNER.services, { name: 'Landing page design', price: 1800, keywords: ['landing page'], turnaroundDays: 10 }] });
    const text = 'Hi Noa, we are launching a cold brew range and would love a landing page for it. Since it is the same brand, fonts and components as last time, it should be quick. Can you quote? Priya';
    const all = analyzeMessage(text, { today: TODAY, from: 'Priya Nair <priya@client.example>', profile: LANDING }).suggestions;
    const t = all.map((s) => s.text).join('\n');
    expect(t).toMatch(/\$1,800/);
    expect(t).not.toMatch(/\$2,400|logo|\$4,200/i);
  });
  it('"a branding agency", "Brand & Communications" and "prices on the site" name no logo and no website', () => {
    const text = 'Hello Noa, I run client services at a branding agency in Chicago and our VP, Brand & Communications, saw your prices on the site. We need a white-label landing page. Rebecca';
    const LANDING = ProfileSchema.parse({ ...DESIGNER, services: [...DESIGNER.services, { name: 'Landing page design', price: 1800, keywords: ['landing page'], turnaroundDays: 10 }] });
    const t = analyzeMessage(text, { today: TODAY, from: 'Rebecca Lind <rebecca@agency.example>', profile: LANDING }).suggestions.map((s) => s.text).join('\n');
    expect(t).toMatch(/\$1,800/);
    expect(t).not.toMatch(/\$2,400|\$5,600|\$4,200/);
  });
  it('three services are "all three", never "both"', () => {
    const text = 'Hi Noa, we need a new logo, a website of 5 pages and a landing page for catering orders. What would all that cost? Budget around $5,000.';
    const LANDING = ProfileSchema.parse({ ...DESIGNER, services: [...DESIGNER.services, { name: 'Landing page design', price: 1800, keywords: ['landing page'], turnaroundDays: 10 }] });
    const t = analyzeMessage(text, { today: TODAY, from: 'Giulia Rossi <giulia@client.example>', profile: LANDING }).suggestions.map((s) => s.text).join('\n');
    expect(t).toMatch(/\$9,800/);
    expect(t).not.toMatch(/\bboth\b/);
  });
});

describe('small asks answered, bare confirmations left to the position (eleventh session)', () => {
  const LANDING = ProfileSchema.parse({ ...DESIGNER, services: [...DESIGNER.services, { name: 'Landing page design', price: 1800, keywords: ['landing page'], turnaroundDays: 10 }] });
  const text = "Hi Noa,\n\nWe are launching a cold brew range and would love a second landing page in the same style. Our new developer, Tomás, wants to go live on Friday March 6. I'm assuming we can do it for the same $1,500 as last time?\n\nTwo other small things:\n- Could you resend last year's Figma file?\n- Can the invoice go to accounts@fernleaf.example this time instead of to me?\n\nLet me know when you could start. I can send the product copy and photos by Friday.\n\nThanks!\nPriya";
  const all = () => analyzeMessage(text, { today: '2026-02-10', from: 'Priya Nair <priya@fernleaf.example>', profile: LANDING }).suggestions;
  it('"Could you resend last year\'s Figma file?" and "Can the invoice go to accounts@…?" get a yes, not a blank', () => {
    const t = body(all()[0]!);
    expect(t).toMatch(/resend last year's Figma file/);
    expect(t).toMatch(/send the invoice to accounts@fernleaf\.example/);
    expect(t).not.toMatch(/\[your answer\]/);
  });
  it('the day their copy and photos arrive is not the date the work is wanted by', () => {
    const t = body(all()[0]!);
    expect(t).toMatch(/Friday 6 March/);
    expect(t).not.toMatch(/Friday 13 February/);
  });
  it('"Is that OK on your side?" after a proposal is answered by the card, not said back with a blank', () => {
    const t = cards('Hi Noa, we want a proper website to replace our old one, around 5 pages. We have put aside roughly $6,000 for it. Does that sound doable?').map(body).join('\n');
    expect(t).toMatch(/\$5,600/);
    expect(t).not.toMatch(/Does that sound doable|\[your answer\]/);
  });
});

describe('a balance is never the whole price when an unknown share was paid up front (eleventh session)', () => {
  it('without a profile, a finished job whose deposit share is unknown is not chased for the whole €900 as "the invoice"', () => {
    const text = 'Hi Ana, the copy is great but our funding round slipped. Could we pay the invoice when the round lands, end of April?\nTom\n\nOn 10 Mar 2026, Ana Holm <ana@holm.example> wrote:\n> Hi Tom, invoice AH-011 for the landing page copy is attached: €900 in total, less the deposit you paid on 10 February, due within 14 days.\n> Ana';
    const t = analyzeMessage(text, { today: '2026-03-23', from: 'Tom Reed <tom@client.example>' }).suggestions.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/€900 invoice|full €900|remaining €900/);
  });
});

describe('a question about paying later is no change to the work (eleventh session)', () => {
  it('"Could we pay the invoice at the end of April instead?" on finished copy gets a payment card, not "I\'ll make this change"', () => {
    const text = 'Hi, we love the copy but our funding round is delayed. Could we pay the invoice at the end of April instead?\nTom\n\nOn 20 Mar 2026, Ana Holm <ana@holm.example> wrote:\n> Hi Tom, the final landing page copy is attached. The fee was €900 and your deposit is received, thank you. The rest is due within 14 days.\n> Ana';
    const all = analyzeMessage(text, { today: '2026-03-23', from: 'Tom Reed <tom@client.example>' }).suggestions;
    expect(all.map((s) => s.text).join('\n')).not.toMatch(/make this change|revision|in this round/i);
  });
});

describe('the thank-you names what the client wrote about (eleventh session)', () => {
  const thread = '\n\nOn Mon, 30 Nov 2026, Noa Berg <noa@noa.example> wrote:\n> Hi Sam, here is the second draft of the homepage for your review. Two rounds of revisions are included; this is the first.\n> Noa';
  it('notes on a draft are thanked as notes on that draft, not "Thank you for the notes"', () => {
    const t = body(cards(`Hi Noa, some notes on the second draft: can the headline be shorter, and could we swap the hero photo for the one of the team?${thread}`)[0]!);
    expect(t).toMatch(/Thank you for your notes on the second draft\./);
  });
});

describe('a direction that follows nobody is not answered as copying (eleventh session)', () => {
  it('"the website copy" is a text, not copying, and a font choice gets no "second version of someone else"', () => {
    const WRITER = ProfileSchema.parse({ name: 'Ana Holm', currency: 'EUR', services: [{ name: 'Website copy', price: 2400, keywords: ['website copy', 'copy', 'pages'] }], depositPercent: 50 });
    const text = 'Hi Ana, thanks for draft 2 of the website copy. Our CEO wants every headline in ALL CAPS with three exclamation marks, he says it grabs attention. I know you disagree but please just do it his way. Henrik';
    const t = analyzeMessage(text, { today: TODAY, from: 'Henrik Dahl <henrik@client.example>', profile: WRITER }).suggestions.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/second version of someone else|legal risk|duplicated content|appeals: it clearly works for them/);
  });
});

describe('questions the engine cannot answer get a holding reply, not "Does that answer everything?" (eleventh session)', () => {
  it('a mail whose only question has no answer in the profile gets a date to come back by', () => {
    const WRITER = ProfileSchema.parse({ name: 'Ana Holm', currency: 'EUR', services: [{ name: 'Website copy', price: 2400, keywords: ['website copy', 'copy', 'pages'] }], depositPercent: 50 });
    const text = 'Hi Ana, attached is our feedback on draft 2 of the website copy. Our CEO insists every headline is in ALL CAPS with three exclamation marks, he says it grabs attention. Please do it that way. Henrik';
    const t = analyzeMessage(text, { today: TODAY, from: 'Henrik Dahl <henrik@client.example>', profile: WRITER }).suggestions.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/Does that answer everything\?/);
  });
});

describe('no portfolio link for a client who knows our work (eleventh session)', () => {
  it('"you designed the logo for our bakery last spring… can you do it cheaper this time?" holds the price without "You can see comparable work"', () => {
    const t = cards('Hi Noa, you designed the logo for our bakery last spring and we love it. Now we need a website, but can you do it cheaper this time? Budget is tight.').map(body).join('\n');
    expect(t).toMatch(/\$5,600/);
    expect(t).not.toMatch(/comparable work/);
  });
  it('a new prospect still gets the link', () => {
    expect(cards('Hi Noa, we need a website but $5,600 is a lot for us. Can you do it cheaper?').map(body).join('\n')).toMatch(/comparable work at https:\/\/noa\.example\/work/);
  });
});

describe('a new date for work under way is not a change request (eleventh session)', () => {
  it('"I need to raise a change to the timeline… bring the launch forward" on a running build plans around the date, not "I\'ll make these changes"', () => {
    const text = 'Dear Noa,\n\nThank you for Friday\'s update on the homepage design. I\'m afraid I need to raise a change to the timeline. Our MD has decided to bring the launch forward to Friday 18 December. Could you confirm that works?\n\nKind regards,\nEleanor\n\nOn Mon, 30 Nov 2026, Noa Berg <noa@noa.example> wrote:\n> Hi Eleanor, the homepage design is ready for your review; thank you for the deposit. Launch stays on Friday 8 January 2027.\n> Noa';
    const t = analyzeMessage(text, { today: TODAY, from: 'Eleanor Hart <eleanor@client.example>', profile: DESIGNER }).suggestions.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/make these changes|make this change|in this round/i);
  });
});

describe('a thank-you for questions says what they are about (eleventh session)', () => {
  it('questions about hosting and a call are thanked as such, not "Thank you for your questions; here are my answers."', () => {
    const t = cards('Hi Noa, two quick questions before we decide: is hosting part of it or separate? And could we have a quick call on Thursday at 10am?').map(body).join('\n');
    expect(t).not.toMatch(/here are my answers/);
  });
});

describe('the NDA surcharge is said as a figure too (eleventh session)', () => {
  it('"full confidentiality adds 20%" comes with the total it makes', () => {
    const t = cards('Hi Noa, we need a new logo. Before we share anything you would need to sign our NDA. What would it cost?').map(body).join('\n');
    expect(t).toMatch(/adds 20% \(\$2,880 in total\)/);
  });
});

describe('new work under the word "changes" is priced, not put in the rounds (eleventh session)', () => {
  const WRITER = ProfileSchema.parse({ name: 'Ana Holm', currency: 'EUR', services: [{ name: 'Blog article', price: 280, unit: 'item', keywords: ['article', 'articles', 'blog'] }], depositPercent: 50, revisionRounds: 2, workingHours: 'Mon–Fri, 9:00–17:00 CET' });
  const text = 'Hi Ana!! Hope you had a lovely weekend. Our new marketing lead wants us to focus on "HR for small teams" instead:\n- article 2, could you rework it around HR for small teams?\n- articles 3 and 4, can we swap the topics completely?\n- and she wants them at 2,000 words rather than 1,500.\nIs that all ok within what we agreed?\nSophie\n\nOn Fri, 11 Sep 2026, Ana Holm <ana@holm.example> wrote:\n> Hi Sophie, here is article 2 for your review. Four articles at €280 each, €1,120 in total, with the €560 deposit already received.\n> Ana';
  it('swapped topics and longer articles are quoted as new work, with no €140,000 "extra items" and no Teams call', () => {
    const t = analyzeMessage(text, { today: '2026-09-14', from: 'Sophie Berg <sophie@client.example>', profile: WRITER }).suggestions.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/€140,000|extra 500 items/);
    expect(t).not.toMatch(/Teams call|I work Mon–Fri/);
    expect(t).toMatch(/quote it separately|separate piece of work|priced on its own/);
  });
});

describe('without a profile, the currency is the thread\'s (eleventh session)', () => {
  it('"45 euro per page is quite expensive, can you make 30 per page?" is answered in euros, not dollars', () => {
    const t = analyzeMessage('Hello, I need certified translation of 6 pages. 45 euro per page is quite expensive for me, can you make 30 per page?', { today: TODAY, from: 'Anna Petrova <anna@client.example>' }).suggestions.map((s) => s.text).join('\n');
    expect(t).not.toMatch(/\$\s?\d/);
  });
});

describe('work that exists is not quoted again (eleventh session)', () => {
  it('"we put the new logo on the van… could you do a business card with the new logo?" quotes no logo and asks no way to pay', () => {
    const t = cards('Hi Noa!! We put the new logo on the van last week and people love it. Could you do a quick business card with the new logo? And we are finally doing the website this summer, what would that cost?').map(body).join('\n');
    expect(t).not.toMatch(/\$2,400|logo and brand identity/i);
    expect(t).not.toMatch(/You can pay by/);
  });
});

describe('a broken form on delivered work is owned, and quoted words stay as written (eleventh session)', () => {
  it('"I tested the form: it says “Thank you, we\'ll be in touch” and nothing arrives in our inbox" gets a fix today, not "Thank you for letting me know"', () => {
    const DEV = ProfileSchema.parse({ name: 'Ari Mehta', currency: 'GBP', services: [{ name: 'Website build', price: 3200, keywords: ['website', 'site'] }], depositPercent: 30 });
    const text = 'Ari,\n\nA client rang to ask why nobody replied to her enquiries. I tested the enquiry form myself: it says "Thank you, we\'ll be in touch", and nothing arrives in our inbox. Not in spam either.\n\nI assume this will be sorted today and that I won\'t be seeing an invoice for it.\n\nClaire\n\nOn 2 May 2026, Ari Mehta <ari@mehta.example> wrote:\n> Hi Claire, the site is live and the final invoice is attached. Thanks for a great project!\n> Ari';
    const t = analyzeMessage(text, { today: '2026-05-14', from: 'Claire Whit <claire@client.example>', profile: DEV }).suggestions.map((s) => s.text).join('\n');
    expect(t).toMatch(/no cost|no charge|free/);
    expect(t).not.toMatch(/Thank me, you'll be in touch/);
    expect(t).not.toMatch(/Is there anything else you need from me for now\?/);
  });
});

describe('small talk is not said back as a question (eleventh session)', () => {
  it('"did you make it out to the archipelago in the end?" gets no "[your answer]"', () => {
    const t = cards('Hi Noa, hope you had a lovely weekend, did you make it out to the archipelago in the end? Quick one: could you add a third logo concept? Is that ok within what we agreed?').map(body).join('\n');
    expect(t).not.toMatch(/archipelago/);
  });
});

describe('more of the work in hand is priced from the profile (twelfth session)', () => {
  const WRITER = ProfileSchema.parse({
    name: 'Lena Holm',
    currency: 'EUR',
    services: [
      { name: 'Blog article (1,200 words)', price: 240, unit: 'item', keywords: ['blog', 'article', 'articles', 'post', 'posts'], turnaroundDays: 4 },
      {
        name: 'Website copy (up to 5 pages)',
        price: 2000,
        keywords: ['website', 'site', 'pages'],
        lineItems: [
          { name: 'Research', price: 500 },
          { name: 'Copy for five pages', price: 1250 },
          { name: 'Editing', price: 250 },
        ],
      },
    ],
    depositPercent: 50,
    revisionRounds: 2,
  });
  const TRANSLATOR = ProfileSchema.parse({ name: 'Ida Roth', currency: 'EUR', services: [{ name: 'Translation', price: 0.1, unit: 'word', keywords: ['translation', 'words'] }], depositPercent: 30, revisionRounds: 1 });

  it('"could we add a fifth post to this month\'s set? … same invoice?" gets the article price, the date and a yes to one invoice', () => {
    const a = analyzeMessage('Hi Lena,\n\nSmall thing: could we add a fifth post to this month\'s set? Topic: winter tyres for cargo bikes. By 18 December along with the other four would be perfect.\n\nCan it go on the same invoice?\n\nMo', { today: TODAY, from: 'Mo Kahn <mo@client.example>', profile: WRITER });
    const first = body(a.suggestions[0]!);
    expect(first).toMatch(/€240/);
    expect(first).toMatch(/Friday 18 December/);
    expect(first).toMatch(/same invoice/);
    expect(first).not.toMatch(/\[your answer\]/);
  });

  it('"forgot chapter 4, another 2.400 words, still need everything by 22.12." adds €240 to the agreed €600 and promises no date it cannot know', () => {
    const text = 'Ida, forgot chapter 4, another 2.400 words, attached. Still need everything by 22.12. pls.\nRegards\nK. Lutz\n\nOn Tue, 1 Dec 2026, Ida Roth <ida@roth.example> wrote:\n> Dear Mr Lutz,\n> the manual is 6,000 words; at €0.10 per word that is €600. I will deliver it by Tuesday 22 December.\n> Ida Roth';
    const first = body(analyzeMessage(text, { today: TODAY, from: 'Karl Lutz <k.lutz@client.example>', profile: TRANSLATOR }).suggestions[0]!);
    expect(first).toMatch(/€240/);
    expect(first).toMatch(/€840 in total/);
    expect(first).toMatch(/confirm whether it can also be ready by Tuesday 22 December/);
  });

  it('three more pages of a five-page job are priced pro rata from the copy line (€750), on top of the agreed €2,000', () => {
    const text = 'Hi Lena, the team loved the framework. We realised we also need a Careers page, a Press page and a Partners page. Could you add those three to what you are writing?\nThanks, Jo\n\nOn 20 Nov 2026, Lena Holm <lena@holm.example> wrote:\n> Hi Jo, to confirm: website copy for five pages, €2,000 in total. The first draft will be with you on Friday 18 December.\n> Lena';
    const first = body(analyzeMessage(text, { today: TODAY, from: 'Jo Park <jo@client.example>', profile: WRITER }).suggestions[0]!);
    expect(first).toMatch(/€750, pro rata from the €1,250/);
    expect(first).toMatch(/€2,750 in total/);
  });

  it('an addition the profile cannot price is not given a made-up figure', () => {
    const t = analyzeMessage('Hi Lena, thanks for the first draft of the five pages. Could we add a page for our podcast?', { today: TODAY, from: 'Jo Park <jo@client.example>', profile: ProfileSchema.parse({ name: 'Lena Holm', currency: 'EUR', services: [{ name: 'Website copy', price: 2000, keywords: ['website', 'pages'] }] }) }).suggestions.map(body).join('\n');
    expect(t).not.toMatch(/pro rata|my usual rate for a page/);
  });
});

describe('dates and small answers (twelfth session)', () => {
  it('"I will deliver by Wednesday 15 April (I have allowed for the Easter holidays)" keeps 15 April as the agreed date', () => {
    const text = 'Hi Ida, could you also add the glossary, another 500 words?\nRegards, Karl\n\nOn 30 Mar 2026, Ida Roth <ida@roth.example> wrote:\n> Dear Karl, 4,000 words at €0.10 is €400. I will deliver by Wednesday 15 April (I have allowed for the Easter holidays).';
    const t = analyzeMessage(text, { today: '2026-04-01', from: 'Karl Lutz <karl@client.example>', profile: ProfileSchema.parse({ name: 'Ida Roth', currency: 'EUR', services: [{ name: 'Translation', price: 0.1, unit: 'word', keywords: ['translation', 'words'] }] }) }).suggestions.map(body).join('\n');
    expect(t).toMatch(/Wednesday 15 April/);
    expect(t).not.toMatch(/\b5 April/);
  });

  it('"by 15.4." and "Mon 20.4." are dates; "section 3.2." is not', () => {
    const dates = analyzeMessage('Need it by 15.4. please, the audit is Mon 20.4. See section 3.2. for the terms.', { today: '2026-04-01' }).entities.dates.map((d) => d.iso);
    expect(dates).toEqual(['2026-04-15', '2026-04-20']);
  });

  it('"I assume a couple of extra rounds won\'t be a problem?" gets the rounds answer, not "Assume a couple of isn\'t part of…"', () => {
    const t = cards('Hi Noa, thanks for the second round of the logo. Given how many people are involved here, I assume a couple of extra rounds won\'t be a problem?').map(body).join('\n');
    expect(t).not.toMatch(/Assume a couple/i);
    expect(t).toMatch(/beyond the two rounds? (?:of revisions )?included are paid/);
  });
});

describe('dates read for what they are (twelfth session)', () => {
  it('"you mentioned you\'d send a quote by Friday, once you\'d done the count" is no date the client asks for', () => {
    const a = analyzeMessage('Hi Noa, sorry to chase. Last Wednesday you mentioned you\'d send a quote for the menu boards by Friday, once you\'d done the sizes. Nothing has come through; could it have ended up in spam?', { today: TODAY, from: 'Sam Reed <sam@client.example>', profile: DESIGNER });
    expect(a.entities.dates.filter((d) => d.role === 'requested')).toEqual([]);
    expect(a.suggestions.map(body).join('\n')).not.toMatch(/\[your answer\]/);
  });

  it('"we\'d like to have them for 18 December, because the newsletter goes out on the 22nd" keeps 18 December as the work\'s date', () => {
    const t = analyzeMessage('Dear Lena, we need the next two articles. We would like to have them for 18 December if possible, because the newsletter goes out the 22nd.', { today: TODAY, from: 'Gia Russo <gia@client.example>', profile: ProfileSchema.parse({ name: 'Lena Holm', currency: 'EUR', services: [{ name: 'Blog article', price: 240, unit: 'item', keywords: ['article', 'articles'], turnaroundDays: 4 }] }) }).suggestions.map(body).join('\n');
    expect(t).toMatch(/18 December/);
    expect(t).not.toMatch(/16 December/);
  });

  it('"the printer needs the final text, we want to print on 21 December": the rework comes before the print day', () => {
    const t = analyzeMessage('Dear Ms Roth, we received the English translation of our brochure, thank you. But we are not so happy with it: my boss says it is too stiff and it sounds like a translation. Can you please rework it? The printer needs the final text, we want to print on 21 December.', { today: TODAY, from: 'Eva Lind <eva@client.example>', profile: ProfileSchema.parse({ name: 'Ida Roth', currency: 'EUR', services: [{ name: 'Translation', price: 0.1, unit: 'word', keywords: ['translation'] }], revisionRounds: 1 }) }).suggestions.map(body)[0]!;
    expect(t).toMatch(/ahead of your print run on Monday 21 December/);
  });

  it('"I\'ll take a photo of the tin tomorrow and send it over" dates the revision after the photo arrives', () => {
    const first = body(cards('Hi Noa, we love concept 2! Only one thing: could the blue be a touch darker, closer to our tins? I\'ll take a photo of one in daylight tomorrow and send it over.\n\nOn Fri, 4 Dec 2026, Noa Berg <noa@noa.example> wrote:\n> Hi Sam, attached are the three logo concepts. Once you have picked one, I will refine it; that stage includes two rounds of revisions.')[0]!);
    expect(first).toMatch(/by Thursday 10 December, two working days after your photo arrives/);
  });

  it('"a version that works on a black background — does that come with the final files?" is a yes from the trade', () => {
    const t = cards('Hi Noa, concept 1 it is! My brother is painting the van and asked whether we get a version of the logo that works on a black background. Is that something that comes with the final files?').map(body).join('\n');
    expect(t).toMatch(/version for dark backgrounds/);
    expect(t).not.toMatch(/\[your answer\]/);
  });
});

describe('everyday asks on running work are answered (twelfth session)', () => {
  const SHOP = ProfileSchema.parse({
    name: 'Ravi Shah',
    currency: 'GBP',
    services: [{ name: 'Shopify store build', price: 4800, keywords: ['shopify', 'store', 'shop'], lineItems: [{ name: 'Setup and theme', price: 900 }, { name: 'Product and collection import', price: 700 }, { name: 'Testing and launch', price: 1000 }], turnaroundDays: 25 }],
    depositPercent: 30,
    workingHours: 'Mon–Fri, 9:00–17:00 UK time',
  });

  it('"can we move Thurs design review to Fri 11am?" answers for Friday, never the Thursday it moves from', () => {
    const t = cards('Noa - can we move Thurs design review to Fri 11am? Something came up.\n\nSam').map(body).join('\n');
    expect(t).toMatch(/Friday 11 December at 11am/);
    expect(t).not.toMatch(/Thursday 10 December/);
  });

  it('"I must ask you to move our interview of Wednesday… Is possible Thursday at 10.00?" gets Thursday at 10:00', () => {
    const t = cards('Dear Noa, I must ask you to move our interview of Wednesday 9 December, because my partner is travelling. Is possible Thursday 10 at 10.00?\nBest, Lia').map(body).join('\n');
    expect(t).toMatch(/Thursday 10 December at 10:00/);
    expect(t).not.toMatch(/\[your answer\]/);
  });

  it('"can the little leaf be bigger?" on concepts under review is a yes in this round', () => {
    const t = cards('Hi Noa,\n\nThe team is happy with draft 2 of the homepage, lovely work.\n\nOne tiny thing: in the header, can "bold" become "brave"?\n\nSam').map(body).join('\n');
    expect(t).toMatch(/Yes, I(?: will|'ll) make that change in this round/);
    expect(t).not.toMatch(/\[your answer\]/);
  });

  it('a shop client asking "can you move them over with the photos, or must we do it by hand?" hears the import is in the price', () => {
    const t = analyzeMessage('Hi Ravi, thanks for the quote of £4,800. We have 90 products on Etsy. Can you move them to Shopify with the photos and descriptions, or must we do it by hand? And can the shop show prices in GBP and EUR?', { today: TODAY, from: 'Kim Lo <kim@client.example>', profile: SHOP }).suggestions.map(body).join('\n');
    expect(t).toMatch(/part of the price \(product and collection import\)/);
    expect(t).toMatch(/can usually be done/);
    expect(t).not.toMatch(/\[your answer\]/);
  });

  it('"Can u look today pls" about a site of ours is a yes for today', () => {
    const t = analyzeMessage('Ravi the checkout is showing an error since this morning, customers cant pay. Can u look today pls', { today: TODAY, from: 'Kim Lo <kim@client.example>', profile: SHOP, ourEarlier: ['Hi Kim, the store is live and the final invoice is attached. Thanks for a great project! Ravi'] }).suggestions.map(body).join('\n');
    expect(t).toMatch(/today/);
    expect(t).not.toMatch(/\[your answer\]/);
  });
});

describe('a stopped project and a fix already promised take no stray lines (twelfth session)', () => {
  it('"Can we stop the project now? … if we start again in 4 months do we continue from where we are?" gets no rounds or start line', () => {
    const text = 'Hi Noa\n\nBad news, we lost our biggest client and I have to stop spending for a while. Can we stop the project now? What do I owe you for what is done? And if we start again in 3 or 4 months do we have to pay again for everything or do we continue from where we are?\n\nSorry\nSam\n\nOn Thu, 3 Dec 2026, Noa Berg <noa@noa.example> wrote:\n> Hi Sam, good news: the wireframes are done and I have started on the visual design. Thanks again for the $2,240 deposit.';
    const first = body(cards(text)[0]!);
    expect(first).toMatch(/stop/i);
    expect(first).not.toMatch(/revision|I can start as soon as/);
  });

  it('"Can you fix it or do we need to find someone else?" is not left blank when the card already fixes it', () => {
    const t = cards('Noa, the new homepage has the wrong phone number in the header and the contact form is broken, it sends nothing. Can you fix it or do we need to find someone else?\n\nOn Mon, 30 Nov 2026, Noa Berg <noa@noa.example> wrote:\n> Hi Sam, the site is live and the final invoice is attached.').map(body);
    expect(t[0]).not.toMatch(/\[your answer\]/);
  });
});

describe('pauses, the client\'s own delay and a signed-off stage redone (twelfth session)', () => {
  it('"we have to stop the website project for some time… is it possible to make a pause? what happens with the deposit?" pauses and answers the deposit', () => {
    const t = body(cards('Dear Ms Berg,\n\nunfortunately we have to stop the website project for some time, the bank delayed our loan. The work until now we like very much. Is it possible to make a pause until February? And what happens with the deposit, is it possible to get back a part of it?\n\nKind regards\nMaria')[0]!);
    expect(t).toMatch(/we can pause/);
    expect(t).toMatch(/set the deposit against the work done so far/);
    expect(t).not.toMatch(/\[your answer\]/);
  });

  it('"I must apologise for the silence on our side; the copy has still not been signed off" is no complaint: the pause is answered', () => {
    const text = 'Dear Noa,\n\nI must apologise for the silence on our side. The page copy has still not been signed off internally, and realistically I do not expect it before the end of January.\n\nWould it be possible to put the project on hold until then?\n\nKind regards,\nAnn\n\nOn Mon, 2 Nov 2026, Noa Berg <noa@noa.example> wrote:\n> Hi Ann, thanks for the deposit; the wireframes are attached. I am waiting for the page copy to start the design.';
    const first = body(cards(text)[0]!);
    expect(first).toMatch(/we can pause/);
    expect(first).toMatch(/at the end of January/);
    expect(first).not.toMatch(/frustrating/);
  });

  it('"I know we signed off concept 1, but can we go back to the beginning and see new concepts?" prices the concept stage, and says no rounds are used up', () => {
    const t = body(cards('Hi Noa, awkward one. My partner is back and does not like the mark at all. I know we signed off concept 1 and you have started the refinement, but she would prefer to go back to the beginning and see new concepts. Sorry!')[0]!);
    expect(t).toMatch(/new concepts are new work rather than a revision: \$900/);
    expect(t).not.toMatch(/rounds of revisions included in the price are used/);
    expect(t).not.toMatch(/questions about the goal/);
  });
});

describe('a client\'s own instalment plan (twelfth session)', () => {
  const WRITER = ProfileSchema.parse({ name: 'Lena Holm', currency: 'EUR', services: [{ name: 'Blog article (1,200 words)', price: 240, unit: 'item', keywords: ['blog', 'article', 'articles'], turnaroundDays: 4 }], depositPercent: 50 });
  it('"pay the rest of 480 euro in three times, 160 in january, 160 in february and 160 in march?" is a yes to that plan, and "same price?" a yes with the monthly sum', () => {
    const t = body(analyzeMessage('Dear Lena,\n\nthe four articles are very good, thank you. I must be honest about the payment: our biggest customer pays us only in March. So i ask if is possible to pay the rest of 480 euro in three times, 160 in january, 160 in february and 160 in march? I am sorry for this.\n\nAlso we like to continue with two articles every month from april. It is still possible with same price?\n\nGiulia', { today: TODAY, from: 'Giulia Neri <giulia@client.example>', profile: WRITER }).suggestions[0]!);
    expect(t).toMatch(/€160 in January, €160 in February and €160 in March, €480 in all/);
    expect(t).toMatch(/same price applies as agreed: €240 per article, so two articles a month come to €480/);
    expect(t).not.toMatch(/deposit/);
  });
});

describe('a plan with "now" and "at the end of" (twelfth session)', () => {
  it('"pay the £900 in three parts? £300 now, £300 at the end of January and the rest £300 in mid-February" is a yes to that plan, with no budget read into £300', () => {
    const SHOP = ProfileSchema.parse({ name: 'Ravi Shah', currency: 'GBP', services: [{ name: 'Development work', price: 65, unit: 'hour', keywords: ['hourly', 'fix'] }], depositPercent: 30 });
    const t = analyzeMessage('Dear Ravi,\n\nthank you again, the new labels are a miracle for us. I am a bit in difficulty with the invoice, our clients pay us only in February. Is it possible to pay the £900 in three parts? I was thinking £300 now, £300 at the end of January and the rest £300 in mid-February. I am sorry to ask.\n\nGiulia', { today: TODAY, from: 'Giulia Neri <giulia@client.example>', profile: SHOP }).suggestions.map(body);
    expect(t[0]).toMatch(/Yes, that plan works for me: £300 now, £300 at the end of January and £300 in mid-February, £900 in all/);
    expect(t.join('\n')).not.toMatch(/budget of £300|I can't do it for/);
  });
});

describe('a budget that cannot move (twelfth session)', () => {
  it('"our grant allocates a fixed sum of $4,000; this amount cannot be increased" leads with the smaller version that fits, and answers "within the allocated amount"', () => {
    const all = cards('Dear Noa,\n\nWe need a new website for our charity. Our grant allocates a fixed sum of $4,000 for it; this amount cannot be increased. Would you be able to do the website within the allocated amount?\n\nKind regards,\nAnn').map(body);
    expect(all[0]).toMatch(/a 3-page site \(home, services, contact\) for \$3,800/);
    expect(all[0]).not.toMatch(/\[your answer\]/);
  });
});

describe('paid-late apologies, monthly care and additions seen on staging (twelfth session)', () => {
  const DEV = ProfileSchema.parse({ name: 'Ravi Shah', currency: 'GBP', services: [{ name: 'WordPress site', price: 3200, keywords: ['wordpress', 'website', 'site'], lineItems: [{ name: 'Setup and theme', price: 600 }, { name: 'Page build', price: 1400 }], turnaroundDays: 20 }, { name: 'Maintenance', price: 300, unit: 'month', keywords: ['maintenance', 'updates', 'support'] }], depositPercent: 30 });
  it('"I can pay £1,000 this Friday (11 December) and the remaining £1,240 on Friday 18 December… maintenance, could that start in January?" is a yes to both, with no deposit', () => {
    const t = analyzeMessage('Dear Ravi,\n\nI am so sorry, I have just found your two reminders about the balance on the website. That is our failing, not yours.\n\nI can pay £1,000 this Friday (11 December) and the remaining £1,240 on Friday 18 December. Would that be acceptable?\n\nThe site has been brilliant. I would like to take up the monthly maintenance you mentioned. Could that start in January?\n\nNadia', { today: TODAY, from: 'Nadia Osei <nadia@client.example>', profile: DEV }).suggestions.map(body).join('\n');
    expect(t).toMatch(/Yes, that plan works for me: £1,000 on Friday 11 December and £1,240 on Friday 18 December, £2,240 in all/);
    expect(t).toMatch(/maintenance can start in January, at £300 a month/);
    expect(t).not.toMatch(/budget of £1,000|deposit is in|unhappy/);
  });

  it('"the director has seen the staging site … can we add an online shop, is it included or how much?" is an addition, not the site quoted again', () => {
    const first = body(analyzeMessage('Dear Ravi,\n\nmy director has seen the staging site yesterday. He likes the pages of the wines very much. Also he ask me if we can add an online shop for sell the wine on the site. He ask if this is included or how much it cost.\n\nGiulia', { today: TODAY, from: 'Giulia Neri <giulia@client.example>', profile: DEV }).suggestions[0]!);
    expect(first).not.toMatch(/My price for the WordPress site is £3,200/);
    expect(first).toMatch(/quote it separately/);
  });
});

describe('two pieces of words add up (twelfth session)', () => {
  it('"our deck (~2,000 words) + one-pager (~1,000 words)" is priced on 3,000 words', () => {
    const t = analyzeMessage('Hi Ida, how much would it cost to translate our pitch deck (~2,000 words) + investor one-pager (~1,000 words) from German into English?', { today: TODAY, from: 'Lena Ko <lena@client.example>', profile: ProfileSchema.parse({ name: 'Ida Roth', currency: 'EUR', services: [{ name: 'Translation', price: 0.1, unit: 'word', keywords: ['translation', 'translated', 'words'] }] }) }).suggestions.map(body).join('\n');
    expect(t).toMatch(/€300/);
    expect(t).not.toMatch(/€200\b/);
  });
});

describe('a referral is thanked (twelfth session)', () => {
  it('"Priya from Hollow Oak passed on your details" gets a thank-you to Priya; a directory does not', () => {
    const referred = cards('Hi Noa,\n\nPriya Shah from Hollow Oak Candles passed on your details and could not stop saying nice things. I need a logo for my ceramics studio. How much would that be?\n\nSam').map(body);
    expect(referred[0]).toMatch(/thank you to Priya for the recommendation/);
    const listed = cards('Hi Noa,\n\nGot your details from the Webflow directory. I need a logo for my ceramics studio. How much would that be?\n\nSam').map(body).join('\n');
    expect(listed).not.toMatch(/recommendation/);
  });
});

describe('a plain request for work is answered in the terms of where the deal stands (thirteenth session)', () => {
  const underway = { ourEarlier: ['Hi Sam, here are the three logo concepts for your review. Two rounds of revisions are included. Noa'] };

  it('"could you bring over the blog posts from our old site as well?" on work in hand is a yes, priced before it starts', () => {
    const t = cards('Hi Noa, thanks for the concepts, we like the second one.\n\nCould you bring over the blog posts from our old site as well?\n\nSam', underway).map(body).join('\n');
    expect(t).toMatch(/Yes, I can bring over the blog posts from your old site\. It is outside what we agreed, so I(?: will|'ll) send you a price for it before I start\./);
    expect(t).not.toMatch(/\[your answer\]/);
  });

  it('"could we try the wordmark in a serif?" on concepts under review is a change, with no price', () => {
    const t = cards('Hi Noa, got the concepts. Could we try the wordmark in a serif?\n\nSam', underway).map(body).join('\n');
    expect(t).toMatch(/Yes, I can try the wordmark in a serif/);
    expect(t).not.toMatch(/\[your answer\]|send you a price for it/);
  });

  it('a look at a delivered site reports what it finds before any paid work', () => {
    const t = cards('Hi Noa, also, while you\'re in there, can you look at why the contact page is so slow on phones?\n\nSam', { ourEarlier: ['Hi Sam, the site is live and the final invoice is attached. Noa'] }).map(body).join('\n');
    expect(t).toMatch(/Yes, I(?: will|'ll) look at why the contact page is so slow on phones and tell you what I find/);
  });

  it('money, a named platform or another language in the request is never answered with a plain yes', () => {
    for (const ask of ['Could you do the flyer for 150?', 'Could you build it in Framer?', 'Could you also write the Spanish version?']) {
      const t = cards(`Hi Noa, got the concepts, thank you. ${ask}\n\nSam`, underway).map(body).join('\n');
      expect(t, ask).not.toMatch(/Yes, I can (?:do the flyer|build it|also write)/);
    }
  });
});

describe('work in hand, read from how clients say it (thirteenth session, fifteenth review)', () => {
  const DEV = ProfileSchema.parse({ ...DESIGNER, services: [{ name: 'Development work', price: 65, unit: 'hour', keywords: ['fix', 'development'] }, { name: 'Monthly maintenance', price: 300, unit: 'month', keywords: ['maintenance', 'support'] }] });

  it('a stranger whose site someone in the family built gets a first look by the hour, no complaint and no new-site quote', () => {
    const text = "Hi Noa\n\ngot your name off Priya at the bakery. our websites been down since this morning, just says there has been a critical error. my cousin built it on wordpress years ago but hes abroad now. could you have a quick look today? probably just a plugin\n\ncheers\nDave";
    const all = analyzeMessage(text, { today: TODAY, from: 'Dave <dave@joinery.example>', profile: DEV }).suggestions;
    expect(all[0]!.id).toBe('emergency-first-look');
    expect(all[0]!.text).toMatch(/\$65 per hour/);
    // Read on a Monday: no weekend at the rush rate.
    expect(all[0]!.text).not.toMatch(/Saturday/);
    for (const s of all) expect(s.text).not.toMatch(/left you unhappy|at no cost|rework it within/);
  });

  it('"we\'d like to pay the rest over three months after launch" on a shop that "still isn\'t live" asks no deposit again', () => {
    const text = "Noa,\n\nIt's October and the shop still isn't live. Launch needs to be this Friday, not the 20th. And we'd like to pay the rest over three months after launch, cash flow is tight.\n\nSophie";
    const all = cards(text, { today: '2026-10-06' });
    for (const s of all) expect(s.text).not.toMatch(/deposit[^.]{0,30}before I start|to book the work|the deposit invoice/);
  });

  it('"half now and the rest on delivery" before any work is a plan, not a paid deposit (a guard: it passed before the change too)', () => {
    const all = cards('Hi Noa, we would like a logo. Could we pay half now and the rest on delivery?\n\nSam');
    expect(all.map(body).join('\n')).not.toMatch(/Thank you for the deposit/);
  });

  it('the client\'s embarrassment about their own change of mind is no complaint', () => {
    const text = "Hi Noa,\n\nI'm a bit embarrassed because we agreed everything only a few weeks ago, but our CEO now wants a fourth concept in a darker palette. What would that mean for you, price and timing wise?\n\nSam";
    const all = cards(text, { ourEarlier: ['Hi Sam, here are the three logo concepts for your review. Two rounds of revisions are included. Noa'] });
    for (const s of all) expect(s.text).not.toMatch(/sorry this has left you unhappy|I'm sorry/);
  });

  it('a phone sign-off "excuse typos" asks for no revision', () => {
    const r = analyzeMessage('Noa, we need a logo for our second bakery, what is your number?\n\nTomás\nSent between batches, excuse typos', { today: TODAY, profile: DESIGNER });
    expect(r.moves.map((m) => m.id)).not.toContain('revision_request');
    expect(r.text).not.toMatch(/excuse typos/);
  });
});

describe('an appointment needs the papers the day before (thirteenth session)', () => {
  const TRANSLATOR = ProfileSchema.parse({ name: 'Olga Berg', currency: 'EUR', services: [{ name: 'Certified translation', price: 45, unit: 'page', keywords: ['certified', 'certificate', 'diploma'], turnaroundDays: 2 }], depositPercent: 30, rushSurchargePercent: 50 });

  it('a Wednesday delivery for a Thursday-morning visa appointment is in time, with no rush', () => {
    const t = analyzeMessage('HELLO. I NEED CERTIFIED TRANSLATION OF MY BIRTH CERTIFICATE (1 PAGE). IS FOR VISA APPOINTMENT THURSDAY 10 IN MORNING. HOW MUCH AND CAN YOU MAKE IT IN TIME??', { today: TODAY, profile: TRANSLATOR }).suggestions.map(body).join('\n');
    expect(t).not.toMatch(/too late|rush/);
    expect(t).toMatch(/Wednesday 9 December/);
  });
});

describe('a running per-piece arrangement stopped mid-month (thirteenth session)', () => {
  const WRITER = ProfileSchema.parse({ name: 'Marta Lind', currency: 'EUR', services: [{ name: 'Blog article', price: 280, unit: 'item', keywords: ['article', 'blog'] }], depositPercent: 50 });

  it('bills the pieces delivered, offers the one nearly done, and charges nothing for what was not started', () => {
    const text = "Dear Marta,\n\nOur board has frozen all marketing spend, so we have to stop the monthly blog arrangement from today. You've already delivered two of June's four articles, and the third was nearly done, I think? Could you let me know what we owe you for June?\n\nWith thanks,\nSophie";
    const all = analyzeMessage(text, { today: TODAY, from: 'Sophie Clarke <sophie@heat.example>', profile: WRITER }).suggestions;
    const t = body(all[0]!);
    expect(all[0]!.id).toBe('stop-per-piece');
    expect(t).toMatch(/two articles already delivered come to €560 \(2 × €280\)/);
    expect(t).toMatch(/€840 in all, or we stop at two/);
    expect(t).toMatch(/not yet started (?:is not|isn't) charged/);
    expect(t).not.toMatch(/deposit|\[your answer\]/);
  });
});

describe('a maintenance client and their procurement (thirteenth session)', () => {
  const DEV = ProfileSchema.parse({ ...DESIGNER, services: [{ name: 'Development work', price: 65, unit: 'hour', keywords: ['fix', 'development'] }, { name: 'Monthly maintenance', price: 300, unit: 'month', keywords: ['maintenance', 'support'] }] });

  it('new features assumed to come under the maintenance are billed by the hour, with no deposit or plan pitched', () => {
    const text = "Hi Noa,\n\nThanks again for sorting the contact form last week!\n\nWe're starting workshops in spring, so could you add a Workshops page with a sign-up form? I'm assuming this comes under the monthly maintenance?\n\nGemma";
    const t = analyzeMessage(text, { today: TODAY, from: 'Gemma <g@yoga.example>', profile: DEV }).suggestions.map(body).join('\n');
    expect(t).toMatch(/Yes, I can add a Workshops page with a sign-up form\./);
    expect(t).toMatch(/new features rather than fixes, so they fall outside the monthly maintenance; I bill them by the hour, at \$65 per hour/);
    expect(t).not.toMatch(/deposit|I offer maintenance|\[your answer\]/);
  });

  it('terms procurement sets for invoices to come chase no invoice', () => {
    const text = "Dear Mr Berg,\n\nAs part of our annual supplier review we are standardising the terms for recurring contracts. From 1 April 2027 we require invoices quarterly in arrears, quoting PO 4413, with payment terms of 60 days from receipt.\n\nPlease confirm your acceptance by 20 December.\n\nKind regards,\nKaren Oduya\nProcurement Officer";
    const t = analyzeMessage(text, { today: TODAY, from: 'Karen Oduya <k.oduya@trust.example>', profile: DEV, ourEarlier: ['Dear Karen, the site is live and the final invoice is attached. Monthly maintenance continues at $300 a month. Noa'] }).suggestions.map(body).join('\n');
    expect(t).not.toMatch(/(?:invoice|it) (?:was|is) (?:due|overdue)|paid by \w+day/);
  });
});

describe('a final invoice asked for is sent, with the details given (thirteenth session)', () => {
  it('"Please send the final invoice … addressed to … VAT ID … PO number" gets the balance to the cent and every detail', () => {
    const TRANSLATOR = ProfileSchema.parse({ name: 'Olga Berg', currency: 'EUR', services: [{ name: 'Translation', price: 0.12, unit: 'word', keywords: ['translation'] }], depositPercent: 30 });
    const text = "Hello Olga,\n\nall good from our side, the board has approved the English version. Please send the final invoice. It must be addressed to:\n\nNordbahn Freight GmbH\nHafenstraße 12\n20457 Hamburg\nVAT ID: DE123456789\n\nand it must show our PO number 4500-7781.\n\nBest regards,\nDmitri\n\nOn 26.11.2026 at 16:40, Olga Berg wrote:\n> Dear Dmitri,\n>\n> Please find attached the English translation (18,400 words) at the agreed rate of €0.12 per word, €2,208 in total. The 30% deposit of €662.40 has been received, thank you.\n>\n> Olga";
    const t = analyzeMessage(text, { today: TODAY, from: 'Dmitri Sokolov <d.sokolov@nordbahn.example>', profile: TRANSLATOR }).suggestions.map(body).join('\n');
    expect(t).toMatch(/send the final invoice for the remaining €1,545\.60 today, addressed to Nordbahn Freight GmbH with your VAT ID DE123456789 and PO number 4500-7781/);
  });
});

describe('a "gentle reminder" of ours marks a delivered job (thirteenth session)', () => {
  it('a broken checkout with the balance held back "until the shop works" is no new-project quote', () => {
    const SHOP = ProfileSchema.parse({ ...DESIGNER, services: [{ name: 'Shopify store build', price: 4800, keywords: ['shopify', 'store', 'shop', 'checkout'] }] });
    const text = 'Checkout keeps throwing an error on mobile since this morning. Sort it please.\n\nAnd re your "gentle reminder" about the $2,880, you\'ll get it when the shop actually works.\n\nM';
    const all = analyzeMessage(text, { today: TODAY, from: 'Martin <m@shop.example>', profile: SHOP }).suggestions;
    for (const s of all) expect(s.text).not.toMatch(/to book the work|My price for|deposit/);
  });
});

describe('"what would that get us?" beside a budget is answered by the version that fits it (thirteenth session)', () => {
  it('the smaller-version card does not echo the question back with a blank', () => {
    const all = cards('Hi Noa, we have $1,500 set aside for a logo and not a cent more. What would that get us? We can skip the brand guide.\n\nRosa');
    const small = all.find((s) => s.id === 'smaller-version');
    expect(small).toBeDefined();
    expect(body(small!)).toMatch(/\$1,800/);
    expect(body(small!)).not.toMatch(/What would that get us|\[your answer\]/);
  });
});

describe("the client's invoice paperwork is done, with what each invoice carries (fourteenth session)", () => {
  it('a balance invoice split 50/50 across two cost centres with a PO: two invoices of half the balance each, no quote or deposit', () => {
    const WEB = ProfileSchema.parse({ name: 'Dana Kim', currency: 'USD', services: [{ name: 'Brochure design', price: 2400, unit: 'project', keywords: ['brochure'] }], depositPercent: 40 });
    const text = 'Hi Dana, accounts need the balance invoice for the brochure split 50/50 between CC 2210 (Sales) and CC 3105 (Training). Both need to quote PO 88-1204. Cheers, Raj';
    const all = analyzeMessage(text, { today: TODAY, from: 'Raj Patel <raj@ferro.example>', profile: WEB }).suggestions;
    const t = body(all[0]!);
    expect(all[0]!.id).toBe('invoice-paperwork');
    expect(t).toMatch(/balance invoice \(\$1,440\) as two invoices of \$720 each/);
    expect(t).toMatch(/2210 \(Sales\) and 3105 \(Training\), each referencing PO 88-1204/);
    expect(t).not.toMatch(/deposit|Shall I|proposal|\[your/);
  });

  it('an invoice reissued as one per department, the old one credited: the amount each department owes, from our own word counts', () => {
    const TRANSLATOR = ProfileSchema.parse({ name: 'Olga Berg', currency: 'EUR', services: [{ name: 'Translation', price: 0.1, unit: 'word', keywords: ['translation'] }], depositPercent: 30 });
    const text = "Dear Olga,\n\nThank you for the translations. Our finance system cannot take one invoice for several departments, so could you reissue invoice INV-2026-102 as separate invoices:\n\n- Staff guide → Human Resources, cost centre 120-HR\n- Price list → Sales, cost centre 410-SAL\n\nBoth should reference purchase order 4500112233. Please cancel the original with a credit note.\n\nKind regards,\nJane Moss\n\nOn Mon, 30 Nov 2026, Olga Berg wrote:\n> Dear Jane,\n> - Staff guide: 6,000 words\n> - Price list: 1,500 words\n> That is 7,500 words at €0.10 per word, €750 in total.\n> Olga";
    const t = body(analyzeMessage(text, { today: TODAY, from: 'Jane Moss <jane@moss.example>', profile: TRANSLATOR }).suggestions[0]!);
    expect(t).toMatch(/cancel invoice INV-2026-102 with a credit note/);
    expect(t).toMatch(/€600 to 120-HR and €150 to 410-SAL, each referencing PO 4500112233/);
  });

  it('an invoice reissued to the legal entity with a PO names the entity and keeps the invoice on its original terms, not a new 60-day cycle', () => {
    const WEB = ProfileSchema.parse({ name: 'Dana Kim', currency: 'USD', services: [{ name: 'Brochure design', price: 2400, unit: 'project', keywords: ['brochure'] }], depositPercent: 40 });
    const text = 'Dear Supplier,\n\nInvoice no.: DK-2026-031 (brochure design, balance) cannot be processed. It is addressed to "Harbour Foods" rather than to our registered entity, Harbour Foods Trading Ltd. Please reissue the invoice to the correct legal entity, quoting PO 7781-22. Our standard terms are Net 60 from receipt.\n\nAccounts Payable';
    const all = analyzeMessage(text, { today: TODAY, from: 'Accounts Payable <ap@harbour.example>', profile: WEB }).suggestions;
    const t = body(all[0]!);
    expect(all[0]!.id).toBe('invoice-paperwork');
    expect(t).toMatch(/reissue invoice DK-2026-031, addressed to Harbour Foods Trading Ltd and referencing PO 7781-22/);
    expect(t).toMatch(/paid on its original terms rather than on a new 60-day cycle/);
  });

  it('guard: a payment plan over months and an invoice they say is wrong are not paperwork', () => {
    const WEB = ProfileSchema.parse({ name: 'Dana Kim', currency: 'USD', services: [{ name: 'Brochure design', price: 2400, unit: 'project', keywords: ['brochure'] }], depositPercent: 40 });
    for (const text of ['Hi Dana, could we split the balance invoice into three monthly payments? Finance would like that. Raj', 'Hi Dana, the invoice is wrong: you added VAT and there is no PO on it. Please reissue it. Raj']) {
      const all = analyzeMessage(text, { today: TODAY, from: 'Raj <raj@ferro.example>', profile: WEB }).suggestions;
      expect(all.map((s) => s.id)).not.toContain('invoice-paperwork');
    }
  });
});

describe('a formal quote their PO waits for, and a timing question the date sentence answers (fourteenth session)', () => {
  it('"the finance office needs your quote as a PDF addressed to … before raising the PO. Can you send it today?" is the quote, today, not a rush job', () => {
    const TRANSLATOR = ProfileSchema.parse({ name: 'Olga Berg', currency: 'EUR', services: [{ name: 'Certified translation', price: 40, unit: 'page', keywords: ['certified', 'transcripts'] }], depositPercent: 30, rushSurchargePercent: 50 });
    const text = "Olga, our finance office needs your quote for the 8 pages of certified transcripts as a PDF, addressed to Hillview Community College, before they can raise the PO. Can you send it today?\n\nTom";
    const all = analyzeMessage(text, { today: TODAY, from: 'Tom Reed <t.reed@hillview.example>', profile: TRANSLATOR }).suggestions;
    const t = body(all[0]!);
    expect(all[0]!.id).toBe('formal-quote');
    expect(t).toMatch(/quote as a PDF addressed to Hillview Community College today: 8 pages at €40 per page, €320 in total/);
    expect(all.map(body).join('\n')).not.toMatch(/surcharge|rush/i);
  });

  it('"can u do it before the opening" gets no blank when the card says the normal date is ahead of the opening', () => {
    const text = 'hi, opening a small bakery on january 30 and still no logo lol. budget is like 1000. can u do it before the opening? thx, Mia';
    const all = analyzeMessage(text, { today: TODAY, from: 'Mia <mia@crumbs.example>', profile: DESIGNER }).suggestions;
    const t = all.map(body).join('\n');
    expect(t).toMatch(/ahead of your opening/);
    expect(t).not.toMatch(/before the opening: \[your answer\]/);
  });
});

describe('notes sent as a round of changes are no mistake of ours (fourteenth session)', () => {
  it('"the heading font is wrong … this feedback is the first round, yes?" is changes within the rounds, not a free fix of our error', () => {
    const WEB = ProfileSchema.parse({ name: 'Arjun Mehta', currency: 'GBP', services: [{ name: 'WordPress site', price: 1900, unit: 'project', keywords: ['site', 'wordpress'] }], depositPercent: 30, revisionRounds: 2 });
    const text = "Hello Arjun,\n\nMy partner looked at the staging site. Heading font wrong, too round, and the photos on the Projects page are too small. We have 2 rounds, yes? So this feedback is the first one I think.\n\nKasia\n\nOn 28 Apr 2026, Arjun Mehta <arjun@mehta.example> wrote:\n> Thank you for the deposit of £570. The staging site is ready for your feedback; two rounds of revisions are included.";
    const all = analyzeMessage(text, { today: TODAY, from: 'Kasia Nowak <k@nowak.example>', profile: WEB }).suggestions.map(body);
    expect(all[0]).toMatch(/as part of the two rounds of revisions/);
    expect(all[0]).toMatch(/Yes, two rounds of revisions are included\./);
    expect(all.join('\n')).not.toMatch(/my mistake|my responsibility|\[your answer\]/);
  });
});

describe('a monthly plan is quoted by the month (fourteenth session)', () => {
  it('"what does the maintenance include and how much per month? can we pay for one year together?" gets the monthly price, monthly billing and the year on one invoice, with no rounds, delivery date or deposit', () => {
    const DEV = ProfileSchema.parse({ name: 'Arjun Mehta', currency: 'GBP', services: [{ name: 'WordPress site', price: 3200, unit: 'project', keywords: ['site', 'wordpress'] }, { name: 'Maintenance', price: 300, unit: 'month', keywords: ['maintenance', 'updates', 'support'] }], depositPercent: 30, revisionRounds: 2 });
    const text = 'Hello Arjun,\n\nA friend told me you also do maintenance for websites. What is included exactly and how much it is per month? Is it possible to pay for one year together?\n\nKasia';
    const t = body(analyzeMessage(text, { today: TODAY, from: 'Kasia <k@nowak.example>', profile: DEV }).suggestions[0]!);
    expect(t).toMatch(/£300 per month, covering updates, backups and fixes/);
    expect(t).toMatch(/twelve months on one invoice, £3,600/);
    expect(t).not.toMatch(/rounds? of revisions|deliver by|deposit|\[your answer\]/);
  });
});

describe('a running per-piece arrangement changed by the client (fourteenth session)', () => {
  const WRITER = ProfileSchema.parse({ name: 'Marta Lind', currency: 'EUR', services: [{ name: 'Blog article', price: 250, unit: 'item', keywords: ['article', 'blog', 'posts'] }], depositPercent: 50 });

  it('"could we go from 3 to 5 posts a month starting in March? 4 is fine too … the new monthly total for the PO" gets both totals at the agreed price', () => {
    const text = "Hi Marta,\n\nThe posts are working well. Could we go from 3 to 5 posts a month starting in March? If 5 is too many, 4 is fine too. Let me know the new monthly total so I can update the PO.\n\nLena\n\nOn 3 Nov 2026, Marta Lind wrote:\n> Three blog posts a month at €250 each, €750 a month, invoiced at the start of each month.";
    const all = analyzeMessage(text, { today: TODAY, from: 'Lena <lena@client.example>', profile: WRITER }).suggestions;
    const t = body(all[0]!);
    expect(all[0]!.id).toBe('arrangement-volume');
    expect(t).toMatch(/From March, five posts a month at €250 each come to €1,250 a month \(four would be €1,000\)/);
    expect(t).not.toMatch(/\[your answer\]|deposit/);
  });

  it('"can we pause the posts for July and August? … back in September. The two June ones are still coming, right?" is a yes with what June still brings', () => {
    const text = 'Hi Marta, can we pause the posts for July and August? Nobody is around to review them. We would pick back up in September. The two June ones are still coming, right?\n\nJonas';
    const all = analyzeMessage(text, { today: TODAY, from: 'Jonas <j@client.example>', profile: WRITER }).suggestions;
    const t = body(all[0]!);
    expect(all[0]!.id).toBe('arrangement-pause');
    expect(t).toMatch(/pause July and August and pick up again in September/);
    expect(t).toMatch(/2 × €250 = €500/);
    expect(t).not.toMatch(/\[your answer\]/);
  });

  it('"how many hours do we have left on the block we paid for? we used about 12 in May and 9 in June; this time 25 hours" is counted from their figures, with the hours over invoiced', () => {
    const DEV = ProfileSchema.parse({ name: 'Arjun Mehta', currency: 'GBP', services: [{ name: 'Development work', price: 65, unit: 'hour', keywords: ['development', 'hours'] }] });
    const text = "Hi Arjun,\n\nNext job is the booking page, estimated 25 hours this time. Could you check how many hours we have left on the block we paid for? I think we used about 12 in May and 9 in June.\n\nTom\n\nOn 2 May 2026, Arjun Mehta wrote:\n> Here is the prepaid block: 40 hours of development at £65 per hour, £2,600, payable in advance.";
    const t = body(analyzeMessage(text, { today: TODAY, from: 'Tom <tom@client.example>', profile: DEV }).suggestions[0]!);
    expect(t).toMatch(/the package had 40 hours, and you used 12 in May and 9 in June, which leaves 19 hours/);
    expect(t).toMatch(/goes 6 hours over, which I(?: will|'ll) invoice at £65 per hour: £390/);
    expect(t).not.toMatch(/\[your answer\]/);
  });
});

describe('files in the format a printer needs, and what is still owed (fourteenth session)', () => {
  it('"the sign shop says the logo is blurry, they want a vector?? can u send it" gets the vector files today at no charge, not a new logo quote', () => {
    const all = analyzeMessage('hey the sign shop says the logo comes out blurry on the board, they want a "vector"?? can u send whatever they need. thx Rick', { today: TODAY, from: 'Rick <rick@roofs.example>', profile: DESIGNER }).suggestions;
    const t = body(all[0]!);
    expect(all[0]!.id).toBe('format-files');
    expect(t).toMatch(/at no charge: I(?: will|'ll) send it to you today as SVG, EPS and PDF/);
    expect(t).toMatch(/the one to pass to the sign shop/);
    expect(t).not.toMatch(/\$2,400|deposit|\[your answer\]/);
  });

  it('"what do we still owe? we paid the deposit in January. one invoice or split?" gets the balance after the deposit', () => {
    const WEB = ProfileSchema.parse({ name: 'Dana Kim', currency: 'USD', services: [{ name: 'Website design and build', price: 5000, unit: 'project', keywords: ['website'] }], depositPercent: 40 });
    const t = body(analyzeMessage("Dana, our bookkeeper is asking what we still owe on the website. We paid the $2,000 deposit in January. Is the rest one invoice or split? Thx M", { today: TODAY, from: 'Marcus <m@client.example>', profile: WEB }).suggestions[0]!);
    expect(t).toMatch(/You have paid the \$2,000 deposit, so \$3,000 of the \$5,000 remains/);
    expect(t).toMatch(/one invoice, due on delivery/);
    expect(t).not.toMatch(/\[your answer\]/);
  });
});

describe('our error is fixed at once, not on the day it must already be right (fourteenth session)', () => {
  it('a wrong phone number before a print run a fortnight away is fixed by the next working day, ahead of the print date', () => {
    const text = "Dana, I'm really annoyed. The brochure you sent has the wrong phone number on the back page: it says 555-0199 instead of 555-0198, the number in our brief. The printer needs the final file, we print on Friday 18 December. Fix it please.";
    const all = analyzeMessage(text, { today: TODAY, profile: DESIGNER }).suggestions;
    const t = body(all[0]!);
    expect(all[0]!.id).toBe('own-it-and-fix');
    expect(t).toMatch(/at no cost by Tuesday 8 December, ahead of Friday 18 December/);
  });
});

describe('a rate card for a tender (fourteenth session)', () => {
  it('"send a rate card with your prices for: … The deadline for offers is 6 February" lists every service and reads 6 February as the reply-by date, not a delivery date', () => {
    const TRANSLATOR = ProfileSchema.parse({ name: 'Olga Berg', currency: 'EUR', services: [{ name: 'Translation', price: 0.12, unit: 'word', keywords: ['translation', 'brochures'] }, { name: 'Certified translation', price: 45, unit: 'page', keywords: ['certified', 'certificates'] }, { name: 'Proofreading', price: 0.05, unit: 'word', keywords: ['proofreading'] }], depositPercent: 30 });
    const text = 'Dear Mrs Berg,\n\nFor a framework agreement we must collect offers from three providers. Please send a rate card with your prices for:\n\n- translation German to English (brochures, reports)\n- certified translations (school certificates)\n- proofreading\n\nThe deadline for offers is 8 January 2027.\n\nKind regards,\nDr. Katrin Vogel';
    const all = analyzeMessage(text, { today: TODAY, from: 'Katrin Vogel <k.vogel@stadt.example>', profile: TRANSLATOR }).suggestions;
    const t = body(all[0]!);
    expect(t).toMatch(/translation €0\.12 per word, certified translation €45 per page and proofreading €0\.05 per word/);
    expect(all.map(body).join('\n')).not.toMatch(/8 January 2027 (?:works|is possible)|by Friday 8 January|rush/);
  });
});

describe('money after the deal is no error in our work (fifteenth session)', () => {
  const TRANSLATOR = ProfileSchema.parse({ name: 'Olga Berg', currency: 'EUR', services: [{ name: 'Certified translation', price: 45, unit: 'page', keywords: ['certified', 'certificate', 'diploma'] }], depositPercent: 30, revisionRounds: 1 });
  const SHOP = ProfileSchema.parse({ name: 'Arjun Mehta', currency: 'GBP', services: [{ name: 'Shopify store build', price: 2900, unit: 'project', keywords: ['shop', 'store', 'shopify'] }], depositPercent: 30 });

  it('a bank commission that left us short ("so I am missing 18,60 euro") owns no mistake and promises no free fix', () => {
    const text = 'Dear Olga,\n\nI am sorry, I did not know my bank takes a commission. I sent 300 dollars and they said it is 270 euro, but you received only 251,40 euro. So I am missing 18,60 euro.\n\nCan I send the rest by PayPal? How much must I send so you receive the correct amount? And can you send me the scans of the certified translation of my diploma this week?\n\nThank you!\nAsel\n\nOn Mon, 7 Dec 2026, Olga Berg wrote:\n> Dear Asel,\n> the certified translation of your diploma (6 pages at €45, €270) is done. I have received €251.40 of the €270.';
    const all = analyzeMessage(text, { today: TODAY, from: 'Asel <asel@mail.example>', profile: TRANSLATOR }).suggestions;
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(body(s)).not.toMatch(/my mistake|my responsibility|at no cost|corrected version|rework/i);
  });

  it('their own plan for the balance ("in three monthly instalments? Something like £680 on …") is answered with a yes to those dates', () => {
    const text = "Hi Arjun,\n\nThe shop is brilliant, thank you. Cash is tight until our wholesale invoices come in, though. Would you be OK with us paying the £2,030 in three monthly instalments instead of one? Something like £680 on 15 January, £675 on 15 February and £675 on 15 March.\n\nCheers,\nTom\n\n> From: Arjun Mehta\n> The store is live. Attached is the final invoice for £2,030 (total £2,900, less the £870 deposit).";
    const all = analyzeMessage(text, { today: TODAY, from: 'Tom <tom@roasters.example>', profile: SHOP }).suggestions;
    const t = all.map(body).join('\n');
    expect(t).toMatch(/Yes, that plan works for me: £680 on Friday 15 January(?: 2027)?, £675 on Monday 15 February(?: 2027)? and £675 on Monday 15 March(?: 2027)?, £2,030 in all/);
    expect(t).not.toMatch(/my mistake|the balance can wait|£1,421/i);
  });

  it('a signature page "for submission to the court" threatens nothing: no card talks of lawyers', () => {
    const text = 'Dear Ms Berg,\n\nThank you for the translation of the agreement, which our partner found very good. He asks if you can also provide a certified translation of the two signature pages for submission to the court. Please let us know the price and when it could be ready.\n\nKind regards\nClaudia Neumann';
    const all = analyzeMessage(text, { today: TODAY, from: 'Claudia Neumann <c.neumann@law.example>', profile: TRANSLATOR }).suggestions;
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(body(s)).not.toMatch(/lawyers|unhappy|rework/i);
  });

  it('"we finish the 2 rounds that was in the proposal, but this are small things no?" is asked as a further round, not owned as our error', () => {
    const text = 'Hi Noa,\n\nThanks for round 2 of the logo. Some small things:\n- the icon a bit bigger\n- the blue a little darker\n\nI know we finish the 2 rounds that was in the proposal, but this are small things no? Can you make it without extra cost?\n\nFernanda';
    const all = analyzeMessage(text, { today: TODAY, from: 'Fernanda <f@studio.example>', profile: DESIGNER }).suggestions;
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(body(s)).not.toMatch(/my mistake|You are right about the error|at no cost and send you the corrected/i);
  });
});

describe('a change of mind in a list of complaints is not our error (fifteenth session)', () => {
  it('"1. she wants the hero in dark navy instead of the sand we approved 2. the handoff is missing the mobile layouts" owns the missing layouts, not the navy', () => {
    const text = "Noa,\n\nWe signed off on round two last week and now she wants to change direction.\n\n1. Sandra wants the hero in dark navy instead of the sand/white we approved. Can you just do that?\n2. Our developer says the handoff file is missing the mobile layouts for the pricing section. He can't build without them.\n\nKevin\n\nOn Fri, Dec 4, 2026 at 3:30 PM Noa Berg <noa@studio.example> wrote:\n> Hi Kevin,\n> Attached are the final handoff files, following your sign-off on round two. The landing page was $1,800, with two revision rounds included, both now used.";
    const all = analyzeMessage(text, { today: TODAY, from: 'Kevin Draper <kevin@brightlane.example>', profile: DESIGNER }).suggestions;
    const own = all.find((s) => s.id === 'own-it-and-fix' || s.id === 'own-and-fix');
    expect(own).toBeDefined();
    const t = body(own!);
    expect(t).toMatch(/missing the mobile layouts|the error in your list/);
    expect(t).not.toMatch(/navy[^.]*(?:my responsibility|my mistake)/i);
    expect(t).toMatch(/further, paid round, as the included rounds are used/);
  });
});

describe('a bare "Would any of this work for you?" is no question to quote back (fifteenth session)', () => {
  it('the offer is answered by the card itself, and the tag question gets no "[your answer]"', () => {
    const text = 'Hi Noa,\n\nI run a small bakery in town and we need a logo by the end of January. Our friend Jonas said you did his and he loved it. Money is tight: we could pay half now and half in February, or throw in free bread for a year. Would any of this work for you?\n\nMia';
    const all = analyzeMessage(text, { today: TODAY, from: 'Mia <mia@bakery.example>', profile: DESIGNER }).suggestions;
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(body(s)).not.toMatch(/Would any of this work for you\?”: \[your answer\]/);
  });
});

describe('counts and prices read as written (fifteenth session)', () => {
  const TRANSLATOR = ProfileSchema.parse({ name: 'Olga Berg', currency: 'EUR', services: [{ name: 'Translation', price: 0.12, unit: 'word', keywords: ['translation', 'translated', 'manual'] }], depositPercent: 30, revisionRounds: 1 });

  it('a Swiss word count ("Total word count: 18\'400 words") is 18,400 words, priced at €2,208', () => {
    const text = "Grüezi Frau Berg\n\nWe need our operating manual translated from German into English.\n- Total word count: 18'400 words (Word file)\n- Delivery: latest Friday 15 January 2027\n\nWhat is your price?\n\nFreundliche Grüsse\nReto Furrer";
    const t = analyzeMessage(text, { today: TODAY, from: 'Reto Furrer <r.furrer@maschinen.example>', profile: TRANSLATOR }).suggestions.map(body).join('\n');
    expect(t).toMatch(/€2,208/);
    expect(t).not.toMatch(/€48\b|€72\b/);
  });

  it('"The total is €750 (6,250 × €0.12)" in our own mail is a price of €750, not €6,250', () => {
    const text = "Dear Olga,\n\nThank you for the translation. Our manager asks 10% discount on the rest payment, so we pay 472,50 EUR instead of 525 EUR. I hope you understand.\n\nElif\n\n-----Original Message-----\nFrom: Olga Berg <olga@berg.example>\nSent: Friday, 4 December 2026 15:22\nSubject: Catalogue translation – delivered\n\nDear Elif,\n\nPlease find attached the English translation of the catalogue (6,250 words). The total is €750 (6,250 × €0.12); with the €225 deposit already received, the remaining €525 is due by 18 December.\n\nOlga";
    const t = analyzeMessage(text, { today: TODAY, from: 'Elif <elif@tekstil.example>', profile: TRANSLATOR }).suggestions.map(body).join('\n');
    expect(t).not.toMatch(/€6,250/);
  });
});

describe('pages counted per document (fifteenth session)', () => {
  const TRANSLATOR = ProfileSchema.parse({ name: 'Olga Berg', currency: 'EUR', services: [{ name: 'Certified translation', price: 45, unit: 'page', keywords: ['certified', 'certificate', 'translation'], turnaroundDays: 2 }], depositPercent: 30 });

  it('"birth certificate and marriage certificate …, each is 1 page" is two pages: €90, not €45', () => {
    const text = 'Hello Olga,\n\nI need translation of birth certificate and marriage certificate from russian to english for UK visa, each is 1 page. My appointment is on Friday 18 December.\n\nHow much it cost?\n\nAigerim';
    const t = analyzeMessage(text, { today: TODAY, from: 'Aigerim <aigerim@mail.example>', profile: TRANSLATOR }).suggestions.map(body).join('\n');
    expect(t).toMatch(/€90\b/);
    expect(t).not.toMatch(/price (?:is|stays) €45\b|total would be €67\.50/);
  });

  it('"… each one page. So it will be 6 pages together" keeps the whole they counted', () => {
    const text = 'Hello Olga,\n\nThey told me I need two more documents translated: my birth certificate and marriage certificate, each one page. So it will be 6 pages together with the diploma and transcript. How much will it be now?\n\nAnna';
    const t = analyzeMessage(text, { today: TODAY, from: 'Anna <anna@mail.example>', profile: TRANSLATOR }).suggestions.map(body).join('\n');
    expect(t).toMatch(/€270\b/);
  });
});

describe('an invoice paid twice (fifteenth session)', () => {
  it('kept as a credit against the next project, as asked: the deposit covered and the final invoice reduced', () => {
    const text = 'Dear Ms. Berg,\n\nduring our monthly reconciliation we noticed that your invoice NB-2026-031 (landing page, USD 1,080.00) was paid two times by our company. This was an error in our payment run, for which we apologise.\n\nMy colleague will sign your offer for the logo and brand identity project (USD 2,400.00) this week. Is it possible that you keep the double payment as a credit and set it against the new project, instead of a refund?\n\nKind regards\nSabine Hofmann\nAccounts Payable';
    const all = analyzeMessage(text, { today: TODAY, from: 'Sabine Hofmann <s.hofmann@vogel.example>', profile: DESIGNER }).suggestions;
    const t = body(all[0]!);
    expect(all[0]!.id).toBe('paid-twice');
    expect(t).toMatch(/both payments of \$1,080 for invoice NB-2026-031/);
    expect(t).toMatch(/covers the \$960 deposit in full[^.]*remaining \$120 comes off the final invoice, which will then be \$1,320/);
    for (const s of all) expect(body(s)).not.toMatch(/rework|examples of what you do want|unhappy/i);
  });

  it('refunded when nothing else is asked', () => {
    const text = 'Hi Noa, sorry, our bookkeeper paid your invoice of $720 twice last week. Can you send it back? Thanks, Tim';
    const all = analyzeMessage(text, { today: TODAY, from: 'Tim <tim@shop.example>', profile: DESIGNER }).suggestions;
    expect(all[0]!.id).toBe('paid-twice');
    expect(body(all[0]!)).toMatch(/both payments of \$720[^.]*the second one is yours\. I(?: will|'ll) refund it/);
  });
});

describe('a payment that arrived short after bank charges (fifteenth session)', () => {
  it('"So I am missing 18,60 euro … Can I send by PayPal?" names the gap and a way to send it in full, owning nothing', () => {
    const TRANSLATOR = ProfileSchema.parse({ name: 'Olga Berg', currency: 'EUR', services: [{ name: 'Certified translation', price: 45, unit: 'page', keywords: ['certified', 'diploma'] }], depositPercent: 30 });
    const text = 'Dear Olga,\n\nI am very sorry, I did not know that my bank takes commission. I sent 295 dollars because they said it is 270 euro, but you received only 251,40 euro. So I am missing 18,60 euro.\n\nCan I send the 18,60 by PayPal? How much must I send so you receive the correct amount?\n\nThank you!\nAigerim';
    const all = analyzeMessage(text, { today: TODAY, from: 'Aigerim <aigerim@mail.example>', profile: TRANSLATOR }).suggestions;
    const t = body(all[0]!);
    expect(all[0]!.id).toBe('arrived-short');
    expect(t).toMatch(/€18\.60 is still open/);
    expect(t).toMatch(/PayPal payment request for exactly €18\.60/);
    for (const s of all) expect(body(s)).not.toMatch(/my mistake|corrected version/i);
  });
});

describe('a returning client\'s new job is quoted as that job, not the old one (fifteenth session)', () => {
  it('"it\'s been almost a year since you did our logo … we need a landing page" (the old logo quote pasted below) is quoted as the landing page', () => {
    const SITE = ProfileSchema.parse({ name: 'Noa Berg', currency: 'USD', services: [{ name: 'Logo and brand identity', price: 2400, unit: 'project', keywords: ['logo', 'brand', 'identity'] }, { name: 'Landing page design', price: 1800, unit: 'project', keywords: ['landing page'] }], depositPercent: 40 });
    const text = "Hi Noa,\n\nIt's been almost a year since you did our logo and brand guide, and we still get compliments on it. We're opening a third clinic and we need a landing page for the launch campaign. Our developer will build it; he needs the design files by Friday 15 January.\n\nFor reference, this is what you sent us last time:\n\n> On Mon, Jan 12, 2026, Noa Berg wrote:\n> Total for the logo and brand identity is $2,400. I work with a 40% deposit ($960) to start and the balance on delivery.\n\nCould you send a quote?\n\nPriya";
    const all = analyzeMessage(text, { today: TODAY, from: 'Priya Raman <priya@dental.example>', profile: SITE }).suggestions;
    const t = body(all[0]!);
    expect(t).toMatch(/\$1,800/);
    expect(t).not.toMatch(/\$2,400|\$960/);
  });
});

describe('a five-minute update to a site we built (fifteenth session)', () => {
  it('"can u change sunday hours on the site … 5 min job i think so no need to invoice" is done by their date at the hourly rate, not quoted as a new site', () => {
    const DEV = ProfileSchema.parse({ name: 'Arjun Mehta', currency: 'GBP', services: [{ name: 'WordPress site', price: 3200, unit: 'project', keywords: ['wordpress', 'website', 'site'] }, { name: 'Hourly development', price: 65, unit: 'hour', keywords: ['hourly', 'fix', 'changes'] }], depositPercent: 30 });
    const text = 'hi arjun, can u change sunday hours on the site to 12-9 and swap the menu pdf for the new one (attached)? 5 min job i think so no need to invoice lol. want it up before the weekend\n\nalso thinking about online table booking on the site, how much roughly?? something simple\n\ncheers\nTomasz';
    const all = analyzeMessage(text, { today: TODAY, from: 'Tomasz <tomasz@pierogi.example>', profile: DEV }).suggestions;
    const t = body(all[0]!);
    expect(all[0]!.id).toBe('small-update');
    expect(t).toMatch(/£65 an hour in 15-minute units, because [^:]+: this one comes to £16\.25/);
    expect(t).not.toMatch(/£3,200|£960|deposit/);
  });
});

describe('a friendly question about a case that may come is no complaint (fifteenth session)', () => {
  it('"If that happened, would you refund the unused months?" in a prepay proposal gets no apology and no rework', () => {
    const text = "Hi Noa,\n\nThe site has been brilliant since launch, thank you. We'd like to prepay the maintenance for the whole year to make our accounts simpler. One worry: we might merge with another practice next spring. If that happened, would you refund the unused months?\n\nBest,\nMark";
    const all = analyzeMessage(text, { today: TODAY, from: 'Mark <mark@practice.example>', profile: DESIGNER }).suggestions;
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(body(s)).not.toMatch(/unhappy|rework|examples of what you do want|not gone as you hoped/i);
  });

  it('"Our supplier … has let us down again" is someone else\'s failure: no apology from us', () => {
    const text = "Hi Noa,\n\nThanks for the second draft of the labels, they look great. Our supplier (the one doing the ingredient lists) has let us down again, so the final texts will come on Friday. Could you also make the logo a little bigger on the front?\n\nHannah";
    const all = analyzeMessage(text, { today: TODAY, from: 'Hannah <hannah@skin.example>', profile: DESIGNER }).suggestions;
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(body(s)).not.toMatch(/sorry this has left you unhappy|not gone as you hoped/i);
  });
});

describe('two payments asked for make one card, not two saying the same (fifteenth session)', () => {
  it('u20b-05 (development set: "make the final invoice in two parts") repeats no paragraph between its cards', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const dir = resolve(import.meta.dirname, '../../corpus/replies');
    const m = readFileSync(resolve(dir, 'unseen20-rb.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((x) => x.id === 'u20b-05');
    const profile = ProfileSchema.parse(JSON.parse(readFileSync(resolve(dir, 'profiles.json'), 'utf8'))[m.trade]);
    const all = analyzeMessage(m.text, { today: m.today, from: m.from, profile }).suggestions;
    expect(all.length).toBeGreaterThan(1);
    const seen = new Set<string>();
    for (const s of all) for (const p of paragraphs(s)) {
      expect(seen.has(p)).toBe(false);
      seen.add(p);
    }
  });
});

describe('"Could you confirm the revised total?" is answered by the card\'s own total (fifteenth session)', () => {
  it('an NDA surcharge card states the new total and does not quote the question back with "[your answer]"', () => {
    const text = 'Hi Noa,\n\nWe are happy with your quote of $2,400 for the logo. Our legal team needs you to sign our NDA before we start, and the work cannot appear in your portfolio. Could you confirm the revised total?\n\nThanks,\nJo';
    const all = analyzeMessage(text, { today: TODAY, from: 'Jo <jo@firm.example>', profile: DESIGNER }).suggestions;
    const withTotal = all.filter((s) => /\$2,880/.test(body(s)));
    expect(withTotal.length).toBeGreaterThan(0);
    for (const s of all) expect(body(s)).not.toMatch(/revised total\?”: \[your answer\]/);
  });
});

describe('"stop the work now and continue at beginning of June" is a pause (fifteenth session)', () => {
  it('gets the pause with the restart in June, and the ask is not quoted back', () => {
    const text = "Dear Noa,\n\nOur investor has moved the second payment to the end of May, so until then we must be very careful with the money and we cannot continue the website now. The wireframes you sent on 2 December are beautiful. We paid the deposit of $960 in November.\n\n1) Is it possible to stop the work now and to continue at beginning of June? Will the price stay the same?\n\nGiulia";
    const all = analyzeMessage(text, { today: TODAY, from: 'Giulia <giulia@olive.example>', profile: DESIGNER }).suggestions;
    const t = body(all[0]!);
    expect(all[0]!.id).toBe('pause-project');
    expect(t).toMatch(/restart in June/);
    expect(t).not.toMatch(/stop the work now and to continue[^\n]*\[your answer\]/);
  });
});
