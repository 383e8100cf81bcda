// Test data (Node): hand-written call notes with what a careful reader expects in the summary.
export interface Case {
  name: string;
  notes: string;
  client: { name: string | null; email: string | null };
  callDate: string;
  /** Must appear in the email, verbatim (case-insensitive). */
  inEmail: string[];
  mine: { has: string; due?: string }[];
  theirs: { has: string; due?: string }[];
  questions?: string[];
  /** Must not appear as an action of either owner. */
  notActions?: string[];
}

export const CASES: Case[] = [
  {
    name: 'terse bullets, euros, weekday shorthand',
    callDate: '2026-11-23',
    client: { name: 'Anna Berg', email: 'anna@berg.studio' },
    notes: `call w/ Anna - logo redesign
- 2 logo concepts, 3 rounds revisions
- 1200 eur fixed, 50% dep upfront
- i'll send contract tmrw
- anna to send brand guide by fri
- hosting tbd`,
    inEmail: ['2 logo concepts', '3 rounds', '1200 EUR', '50%', 'Tuesday 24 November 2026', '27 November 2026'],
    mine: [{ has: 'send contract', due: '2026-11-24' }],
    theirs: [{ has: 'send brand guide', due: '2026-11-27' }],
    questions: ['hosting'],
  },
  {
    name: 'run-on sentence, dollars, she/I',
    callDate: '2026-12-01',
    client: { name: 'Maria Lopez', email: 'maria@lopez.io' },
    notes:
      'talked to maria about the landing page, we agreed on $2,500 for copy and design, she will send the product screenshots by wednesday and I will send a first draft next monday, not sure if they need a spanish version',
    inEmail: ['$2,500', 'landing page', 'Wednesday (2 December 2026)', 'Monday (7 December 2026)', 'spanish version'],
    mine: [{ has: 'send a first draft', due: '2026-12-07' }],
    theirs: [{ has: 'send the product screenshots', due: '2026-12-02' }],
    questions: ['spanish version'],
  },
  {
    name: 'mixed currencies and a question mark',
    callDate: '2026-11-25',
    client: { name: 'Tom Fischer', email: null },
    notes: `- site fixes £850 fixed
- hosting migration $200 extra
- maybe translation later, ~1.5k EUR?
- I send invoice today`,
    inEmail: ['£850', '$200', '1.5k EUR', 'Wednesday 25 November 2026'],
    mine: [{ has: 'send invoice', due: '2026-11-25' }],
    theirs: [],
    questions: ['translation'],
  },
  {
    name: 'relative dates',
    callDate: '2026-11-23',
    client: { name: 'Lena Park', email: 'lena@park.kr' },
    notes: `- first draft next fri
- final version in 2 wks
- she confirms the budget tmrw
- I'll share the moodboard eod`,
    inEmail: ['next Friday (4 December 2026)', '2 weeks', 'Tuesday 24 November 2026'],
    mine: [{ has: 'share the moodboard' }],
    theirs: [{ has: 'confirm the budget', due: '2026-11-24' }],
  },
  {
    name: 'shorthand: w/, x3, 3x, asap, pls, approx, ~, wk',
    callDate: '2026-11-26',
    client: { name: 'Omar Haddad', email: 'omar@haddad.ae' },
    notes: `- banner set w/ 3 sizes
- revisions x3
- 2x concepts for the mascot
- approx 20 hrs, ~1,000 usd
- omar pls send copy asap
- delivery in 1 wk`,
    inEmail: ['with 3 sizes', '3 rounds of revisions', '2 concepts', 'approximately 20 hours', 'approximately 1,000 USD', 'as soon as possible', '1 week'],
    mine: [],
    theirs: [{ has: 'send copy' }],
  },
  {
    name: 'section headers for owners and questions',
    callDate: '2026-11-24',
    client: { name: 'Sven Olsen', email: 'sven@olsen.no' },
    notes: `Agreed:
- newsletter template + 4 issues
- 400 EUR per issue

Me:
- mockup by thu
- invoice for first issue

Them:
- send subscriber list
- approve mockup by mon

Questions:
- which ESP do they use`,
    inEmail: ['4 issues', '400 EUR', '26 November 2026', '30 November 2026', 'which ESP'],
    mine: [{ has: 'mockup', due: '2026-11-26' }, { has: 'invoice for first issue' }],
    theirs: [{ has: 'send subscriber list' }, { has: 'approve mockup', due: '2026-11-30' }],
    questions: ['ESP'],
  },
  {
    name: 'arrow owners',
    callDate: '2026-11-23',
    client: { name: 'Kim Tan', email: 'kim@tan.sg' },
    notes: `- contract + deposit invoice -> me
- brand assets -> Kim
- research -> wireframes -> visual design`,
    inEmail: ['contract + deposit invoice', 'brand assets', 'research, then wireframes, then visual design'],
    mine: [{ has: 'contract' }],
    theirs: [{ has: 'brand assets' }],
    notActions: ['wireframes'],
  },
  {
    name: 'payment schedule and deposit',
    callDate: '2026-11-30',
    client: { name: 'Greta Weiss', email: 'greta@weiss.de' },
    notes: `- website rebuild, 6,000 EUR total
- payment 30/40/30: 30% before start, 40% at beta, 30% on launch
- launch by jan 29
- client will pay deposit within 7 days`,
    inEmail: ['6,000 EUR', '30/40/30', '30%', '40%', 'Friday 29 January 2027', '7 days'],
    mine: [],
    theirs: [{ has: 'pay deposit' }],
  },
  {
    name: 'hourly rate',
    callDate: '2026-11-27',
    client: { name: 'Ravi Shah', email: 'ravi@shah.in' },
    notes: `- data cleanup, 60 eur/h, est 25h max
- weekly update by email every fri
- they send db dump mon`,
    inEmail: ['60 EUR per hour', '25 hours', 'Monday (30 November 2026)'],
    mine: [],
    theirs: [{ has: 'send db dump', due: '2026-11-30' }],
  },
  {
    name: 'email-only client and formal tone',
    callDate: '2026-11-23',
    client: { name: null, email: 'procurement@acme.example' },
    notes: `- annual report layout, 48 pages
- 3,200 EUR, 2 rounds of corrections
- files due dec 4
- they will confirm the print date`,
    inEmail: ['48 pages', '3,200 EUR', '2 rounds', 'Friday 4 December 2026'],
    mine: [],
    theirs: [{ has: 'confirm the print date' }],
  },
  {
    name: 'past-tense remarks are not steps',
    callDate: '2026-11-23',
    client: { name: 'Paul Dubois', email: 'paul@dubois.fr' },
    notes: `- he wanted 20% off, I said no, agreed 10% off for a 2 week later deadline
- I quoted 3,000 EUR
- he sends the texts by wed`,
    inEmail: ['20%', '10%', '3,000 EUR', '2 week', '25 November 2026'],
    mine: [],
    theirs: [{ has: 'send the texts', due: '2026-11-25' }],
    notActions: ['quoted', 'wanted'],
  },
];
