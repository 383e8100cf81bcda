// Node (vitest): where the deal stands — enquiry, quote, agreed, drafts under review, delivered — whose fault a reported problem is, and whether the deposit is paid; and the cards a freelancer then gets (no deposit asked twice, a yes to a draft is no new contract, a further round is priced and dated).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unpackStages } from '../../../lib/negotiation/understand/stage-features';
import { analyzeMessage } from '../../../lib/negotiation/analyze';
import { ourFault } from '../../../lib/negotiation/understand/situation';
import { AgreementTermsSchema, ProfileSchema, type Analysis } from '../../../lib/negotiation/schemas';

const TODAY = '2026-12-07'; // a Monday

const DESIGNER = ProfileSchema.parse({
  name: 'Noa Berg',
  signature: 'Noa Berg\nBrand and web design',
  currency: 'USD',
  services: [
    { name: 'Logo and brand identity', price: 2400, keywords: ['logo', 'brand', 'identity'], turnaroundDays: 15 },
    { name: 'Landing page design', price: 1800, keywords: ['landing page'], turnaroundDays: 10 },
  ],
  depositPercent: 40,
  revisionRounds: 2,
  rushSurchargePercent: 30,
});

const OUR_QUOTE = '\n\nOn Mon, 30 Nov 2026 at 10:02, Noa Berg <noa@studio.example> wrote:\n> Hi Sam,\n> My price for the landing page design is $1,800, with two rounds of revisions included. I ask for a 40% deposit ($720) before I start.\n> Noa';
const OUR_DRAFT = '\n\nOn Thu, 3 Dec 2026 at 16:40, Noa Berg <noa@studio.example> wrote:\n> Hi Sam,\n> Attached is the second version of the landing page, with your notes from round one in. This was the second of the two rounds included in the $1,800.\n> Noa';
const OUR_FINAL = '\n\nOn Fri, 4 Dec 2026 at 12:00, Noa Berg <noa@studio.example> wrote:\n> Hi Sam,\n> Attached are the final files for the logo, and the invoice for the remaining $1,440.\n> Noa';

function read(text: string): Analysis {
  return analyzeMessage(text, { today: TODAY, from: 'Sam Reed <sam@client.example>', profile: DESIGNER });
}

describe('the stage of the deal', () => {
  it.each([
    ['We run a small bakery and need a logo. What would something like that cost?', 'enquiry'],
    ["We're not ready to start yet (still waiting on funding), but are you taking on work in January?", 'enquiry'],
    ['Thanks for your proposal, it looks good. Before we go ahead: does the price include the source files?', 'quoted'],
    [`quick q, does that include the Figma files? if yes we're good to go${OUR_QUOTE}`, 'quoted'],
    ["Great, let's go ahead. I've paid the 40% this morning by bank transfer.", 'agreed'],
    ['Thanks for the first draft! Could the headline be shorter?', 'in_progress'],
    ['Went through v1 with the team, mostly good. Two small notes below.', 'in_progress'],
    ['The site went live last week and people love it. Could you do a Christmas banner?', 'delivered'],
    [`Looks great, thank you!${OUR_FINAL}`, 'delivered'],
  ])('%s → %s', (text, stage) => {
    expect(read(text).situation?.stage).toBe(stage);
  });

  it('does not take a plan ("once the site is live") for a delivered job', () => {
    expect(read('Once the site is live we will pay the balance. Can you start on Monday?').situation?.stage).not.toBe('delivered');
  });

  it('knows when the deposit is paid, and does not take a client receiving work for a payment', () => {
    expect(read('Deposit went through on Monday btw. Could the main colour be green instead?').situation?.depositPaid).toBe(true);
    expect(read("Great, let's do it! We sent the 40% yesterday.").situation?.depositPaid).toBe(true);
    expect(read('got the first half thx!! when will the rest be ready?').situation?.depositPaid).toBe(false);
    expect(read('A deposit of EUR 288.00 has already been paid against this PO. Please reissue the invoice.').situation?.depositPaid).toBe(true);
    // An agency's discount grid: "75–94% paid at 60%" is no deposit.
    expect(read('Fuzzy matches 75–94% paid at 60%, repetitions at 10%. Payment 90 days after the invoice.').situation?.depositPaid).toBe(false);
  });
});

describe('whose fault a reported problem is', () => {
  it('a missed instruction or a concrete error is ours', () => {
    expect(ourFault("Thanks for the draft. The About page says we were founded in 2019; it's 2016, it's in the brief. Could you correct it?")).toBe(true);
    expect(ourFault('All three concepts use the old brown we told you we are dropping. Could you redo B in green?')).toBe(true);
    expect(ourFault('The contact form on staging does not work, nothing arrives. Can you check before Thursday?')).toBe(true);
  });
  it('a matter of taste, the client\'s own slip or a feedback list is not', () => {
    expect(ourFault("Nothing's wrong with it exactly, it just feels flat. Can you have another go?")).toBe(false);
    expect(ourFault("Sorry, I forgot to mention we use the formal 'usted'. Could you switch?")).toBe(false);
    expect(ourFault("Feedback: move the Export button to the top right, and the default range should be 'last 30 days'.")).toBe(false);
    expect(ourFault("She didn't point out any mistakes exactly, it just sounds old-fashioned. What do you think?")).toBe(false);
  });
  it('a first enquiry about a broken site is no error of ours, so no card apologises', () => {
    const a = read('Our current website is broken and full of errors. Could you build us a new landing page? What would it cost?');
    expect(a.suggestions.map((s) => s.text).join('\n')).not.toMatch(/\b(?:sorry|my mistake|apologi[sz]e)\b/i);
  });
});

describe('cards written for the situation', () => {
  it('never asks again for a deposit already paid', () => {
    const a = read(`Deposit sent just now. One thing: could we have it by Friday 11 December instead?${OUR_QUOTE}`);
    expect(a.situation?.depositPaid).toBe(true);
    expect(a.suggestions.length).toBeGreaterThan(0);
    for (const s of a.suggestions) expect(s.text).not.toMatch(/\bdeposit \(\$[\d,.]+\) (?:before I start|to book)|I (?:do )?need a 40% deposit|send the deposit invoice/);
  });

  it('answers a payment request after the deposit with the balance that is left', () => {
    const a = read(`We paid the deposit last week. Could we pay the rest 60 days after delivery? Our finance team pays on 60-day terms.${OUR_QUOTE}`);
    const text = a.suggestions.map((s) => s.text).join('\n');
    expect(text).toContain('$1,080'); // $1,800 less the $720 deposit
    expect(text).not.toMatch(/I do need a 40% deposit/);
  });

  it('takes a yes to a draft as approval of the work, not as a new contract', () => {
    const a = read(`Thanks for the second version, we love it and approve it. Happy to go ahead!${OUR_DRAFT}`);
    expect(a.situation?.stage).toBe('in_progress');
    const first = a.suggestions[0]!;
    expect(first.text).not.toMatch(/contract|deposit invoice|Here are the terms/i);
    expect(first.text).toMatch(/final files/);
    expect(first.text).toContain('$1,080');
  });

  it('prices a further round after the included ones, by their date, without a whole-job rush', () => {
    const a = read(`Our CEO finally looked at it and wants a different hero image and a warmer tone throughout. I know we've used our two rounds, but these are small? We'd need it by Friday 11 December.${OUR_DRAFT}`);
    const first = a.suggestions[0]!;
    expect(first.id).toBe('extra-round-paid');
    expect(first.text).toContain('Friday 11 December');
    for (const s of a.suggestions) {
      expect(s.text).not.toMatch(/normally takes|full job/);
      // The hedge is answered by the position, not said back.
      expect(s.text).not.toMatch(/On whether you know/);
    }
  });
});

describe('whose fault, in the cards', () => {
  const OUR_FILES = '\n\nOn Mon, 30 Nov 2026 at 10:02, Noa Berg <noa@studio.example> wrote:\n> Hi Sam,\n> Attached are the handoff files for the landing page. Colours and type follow your brand guide.\n> Noa';
  it('owns a traced error, fixes it free by the earliest date asked, and says yes to the format request', () => {
    const a = read(`"Colours follow your brand guide." Really? Our blue is #0B5FFF, it's on page 2 of the guide, and every button in your file is #1F6FEB. I need corrected files by end of day tomorrow, launch is Monday 14 December, and I'm not paying for another round for this. Also our developer is asking for the icons as SVG, not PNG.${OUR_FILES}`);
    const first = a.suggestions[0]!;
    expect(first.text).toMatch(/my mistake/);
    expect(first.text).toMatch(/at no cost/);
    expect(first.text).toContain('Tuesday 8 December'); // tomorrow, not the launch
    expect(first.text).toMatch(/icons as SVG, rather than PNG/);
    for (const s of a.suggestions) expect(s.text).not.toMatch(/rush surcharge|further round is extra|outside the agreed scope/);
  });
  it('looks into a breakage nobody has traced before owning it', () => {
    const a = read(`The checkout has been broken since Friday and we are losing orders. Fix it today.${OUR_FILES}`);
    const first = a.suggestions[0]!;
    expect(first.id).toBe('investigate-now');
    for (const s of a.suggestions) expect(s.text).not.toMatch(/my mistake/);
  });
  it('"Sue at the merchants" and "our legal department will prepare the contract" are no threats', () => {
    for (const text of [
      `Sue at the merchants recommended you. Is there any way you can get nearer to £1,750?${OUR_QUOTE}`,
      `If the rate is acceptable for you, our legal department will prepare the framework contract. Can you do €240 per article?${OUR_QUOTE}`,
    ]) {
      for (const s of read(text).suggestions) expect(s.text).not.toMatch(/lawyers|I'm sorry this has/);
    }
  });
});

describe('the situation development set (s1, an independent writer)', () => {
  it('reads the stage, our fault and a paid deposit well enough to gate the cards', async () => {
    const { scoreSituations } = await import('../../bench/situations');
    const s = scoreSituations('s1');
    expect(s.n).toBe(100);
    expect(s.stage / s.n).toBeGreaterThanOrEqual(0.85);
    // Owning an error that is not ours is the costliest mistake: precision first.
    expect(s.ours.tp / (s.ours.tp + s.ours.fp)).toBeGreaterThanOrEqual(0.9);
    expect(s.ours.tp / (s.ours.tp + s.ours.fn)).toBeGreaterThanOrEqual(0.7);
    expect(s.deposit.tp / (s.deposit.tp + s.deposit.fp)).toBeGreaterThanOrEqual(0.9);
    expect(s.price.wrong).toBe(0);
  });
});

describe('after delivery', () => {
  it('a small follow-up job is quoted on its own, not the whole service again', () => {
    const a = read(`Paid! Thanks Noa, the logo looks amazing. Quick one: could you do a Christmas version of the logo for our socials? Happy to pay, just let me know how much.${OUR_FINAL}`);
    expect(a.situation?.stage).toBe('delivered');
    const first = a.suggestions[0]!;
    expect(first.id).toBe('follow-up-job');
    expect(first.text).toMatch(/Yes, I can do a Christmas version of the logo for our socials|Yes, I can do a Christmas version of the logo/);
    for (const s of a.suggestions) expect(s.text).not.toContain('$2,400');
  });
  it('an invoice they want to pay months late is due now, with half now as the second card', () => {
    const a = read(`Sorry for the delay on your invoice: our accounts team only pays suppliers at the end of the quarter, so it will be paid around 31 March. Hope that's ok.${OUR_FINAL}`);
    const [first, second] = a.suggestions;
    expect(first!.id).toBe('invoice-due-now');
    expect(first!.text).not.toMatch(/hand over the final files|before seeing results/);
    expect(first!.text).toContain('Monday 14 December');
    expect(second!.id).toBe('invoice-half-now');
  });
});

describe('a matter of taste with a refund demand', () => {
  it('reworks by their date, parts without refunding the whole fee, and says the feedback back with a subject', () => {
    const a = read(`Noa, the CEO looked at the second version and hates it. Says it looks like a bank. Honestly I expected more for $1,800. We want our money back for this part or a complete redo by Friday 11 December, otherwise we'll find someone else.${OUR_DRAFT}`);
    const text = a.suggestions.map((s) => s.text).join('\n');
    expect(text).not.toMatch(/refund \$1,800|talk about \$1,800/);
    expect(text).not.toMatch(/correctly, says/);
    expect(text).toMatch(/the feedback is that it looks like a bank/);
    const part = a.suggestions.find((s) => s.id === 'refund-and-part');
    if (part) expect(part.text).toMatch(/you keep everything done so far, I keep the deposit for the work already done/);
  });
});

describe('a pause, and a terse first enquiry', () => {
  it('agrees to a pause, keeps the deposit as credit and pencils in the month said with it', () => {
    const a = read("Bad news, our launch got pushed to February, so no rush anymore. Can we pause and pick it up again mid-January? We've paid the deposit already, hope that's fine.");
    const first = a.suggestions[0]!;
    expect(first.id).toBe('pause-project');
    expect(first.text).toMatch(/deposit stays as credit/);
    expect(first.text).toMatch(/restart in mid-January/);
    expect(first.text).not.toMatch(/On whether you can pause/);
  });
  it('"can u do 3000 words by wed? how much? ok with 60 days payment?" leads with the price, and 3000 words is no budget', () => {
    const TRANSLATOR = ProfileSchema.parse({ name: 'Ola Berg', currency: 'EUR', services: [{ name: 'Translation (German into English)', price: 0.12, unit: 'word', keywords: ['translation', 'words', 'german'] }], depositPercent: 30 });
    const a = analyzeMessage('hi olga can u do 3000 words de>en by wed? its a product catalogue. how much? also r u ok with 60 days payment, its our standard', { today: TODAY, from: 'Tom Lee <t@client.example>', profile: TRANSLATOR });
    expect(a.entities.amounts.map((x) => x.value)).not.toContain(3000);
    const first = a.suggestions[0]!;
    expect(first.id).toBe('quote-in-full');
    expect(first.text).toContain('€360');
    expect(first.text).toMatch(/rather than 60/);
    expect(first.text).not.toMatch(/budget|On whether (?:olga|I can do 3000)/);
  });
});

describe('rounds without end, and a retainer', () => {
  it('"unlimited revisions or we can\'t sign" gets rounds with an end and a paid further round, never silence', () => {
    const a = read(`Honestly 2 rounds of revisions is not enough, we need unlimited revisions until we are happy. Otherwise we can't sign.${OUR_QUOTE}`);
    expect(a.suggestions.map((s) => s.id)).toEqual(['rounds-with-an-end', 'extra-round-on-offer']);
    expect(a.suggestions[0]!.text).toMatch(/The price includes two rounds of revisions/);
  });
  it('a retainer below our hourly rate is countered at the rate, a little less for six months, and "on call" is no call to arrange', () => {
    const DEV = ProfileSchema.parse({ name: 'Raj Patel', currency: 'GBP', services: [{ name: 'Development work', price: 65, unit: 'hour', keywords: ['development'] }], depositPercent: 30, workingHours: 'Mon–Fri, 9:30–18:00 UK time' });
    const a = analyzeMessage("We'd love to keep you on after launch. How about a retainer: 10 hours a month for £500, and you'd be on call for urgent fixes?", { today: TODAY, from: 'Sam Reed <sam@client.example>', profile: DEV });
    const first = a.suggestions[0]!;
    expect(first.id).toBe('retainer-at-rate');
    expect(first.text).toContain('10 hours a month comes to £650, rather than £500');
    expect(first.text).toContain('£600 a month');
    expect(first.text).toMatch(/not on call outside them/);
    expect(first.text).not.toMatch(/happy to have a call/);
  });
});

describe("the client's event is not the delivery date", () => {
  it('a launch date puts delivery two working days before it, and says which event', () => {
    const a = analyzeMessage("We'd like the landing page. Our launch is Monday 21 December, is that doable? Price is fine.", { today: TODAY, from: 'Sam Reed <sam@client.example>', profile: DESIGNER });
    const all = a.suggestions.map((s) => s.text).join('\n');
    expect(all).toContain('Thursday 17 December (ahead of your launch on Monday 21 December)');
    expect(all).not.toMatch(/On whether that is doable/);
  });
  it("a lead time they name is counted back from the event, Christmas Day and New Year's Day not counted as working days", () => {
    const a = analyzeMessage('We need a logo. The sign goes to the printer on Monday 4 January and the sign guy needs 3 weeks. Can you make that?', { today: TODAY, from: 'Sam Reed <sam@client.example>', profile: DESIGNER });
    expect(a.suggestions.map((s) => s.text).join('\n')).toMatch(/Thursday 10 December(?: 2026)? \(ahead of your print run on Monday 4 January/);
  });
  it('"we need it before 1 March because that\'s when the collection goes online" puts delivery ahead of the go-live', () => {
    const a = analyzeMessage('Please send a quote for the website copy. We need it before Monday 1 March because that\'s when the new collection goes online.', { today: TODAY, from: 'Sam Reed <sam@client.example>', profile: DESIGNER });
    expect(a.suggestions.map((s) => s.text).join('\n')).toMatch(/Thursday 25 February(?: 2027)? \(ahead of your go-live on Monday 1 March/);
  });
  it('"up and running for Christmas orders" puts the work two selling weeks before Christmas, never on 25 December', () => {
    const a = analyzeMessage("We'd like a new landing page. I'd love to be up and running for Christmas orders but I don't know if that's mad. How much would it be?", { today: '2026-10-05', from: 'Sam Reed <sam@client.example>', profile: DESIGNER });
    const all = a.suggestions.map((s) => s.text).join('\n');
    expect(all).not.toMatch(/Friday 25 December works/);
    expect(all).toMatch(/ahead of your Christmas sales on Friday 25 December/);
  });
  it('"we need the final copy by 24 February" is the delivery date itself', () => {
    const a = analyzeMessage('We need the final copy by Wednesday 24 February for our launch.', { today: TODAY, from: 'Sam Reed <sam@client.example>', profile: DESIGNER });
    expect(a.suggestions.map((s) => s.text).join('\n')).not.toMatch(/ahead of your/);
  });
});

describe('work under way with a date, and errors said without error words', () => {
  it('"need this fixed today" on delivered work is our fix, not a whole-job rush', () => {
    const a = read(`EU customers are being charged the wrong VAT rate. your launch email literally says OSS was set up?? need this fixed today pls${OUR_FINAL}`);
    const first = a.suggestions[0]!;
    expect(first.id).toMatch(/own-and-fix|investigate-now/);
    for (const s of a.suggestions) expect(s.text).not.toMatch(/full job|normally takes|keep you in mind for the next project/);
  });
  it('a date for work under way is planned for what is left', () => {
    const a = read(`Thanks for the second version! Could we have the final files by Friday 11 December?${OUR_DRAFT}`);
    for (const s of a.suggestions) expect(s.text).not.toMatch(/full job|normally takes|rush surcharge/);
  });
  it('a refund of the deposit with a LinkedIn threat is a complaint answered calmly, not a budget', () => {
    const a = read(`Read the draft. Our CEO's exact words: "this reads like a government leaflet." I expected more for $1,800. I'd like the deposit back, or I'll share my experience on LinkedIn so other people know what to expect.${OUR_DRAFT}`);
    expect(a.suggestions[0]!.text).toMatch(/the feedback was that it reads like a government leaflet/);
    for (const s of a.suggestions) expect(s.text).not.toMatch(/your budget of/);
  });
});

describe('the learned stage model (sixth session)', () => {
  it('ships weights that validate, stay small, and read five stages', async () => {
    const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../lib/negotiation/understand/stage-weights.json'), 'utf8'));
    const model = unpackStages(raw);
    expect(model.stages).toEqual(['enquiry', 'quoted', 'agreed', 'in_progress', 'delivered']);
    expect(JSON.stringify(raw).length).toBeLessThan(64 * 1024);
    for (const v of model.weights.values()) expect(v).toHaveLength(5);
  });
  it('a long first enquiry full of everyday words is still an enquiry', () => {
    const long = `Hi Noa,\n\nWe are a small bakery in Leeds and we need a new logo for our shop, our vans and our boxes. ${'We do bread, cakes and coffee for the people in our street, and we need something that looks warm and local. '.repeat(8)}Do you do logos for small shops, and what would it cost?\n\nSam`;
    expect(read(long).situation?.stage).toBe('enquiry');
  });
  it('feedback on a version we sent is work in progress, with no deposit asked again', () => {
    const a = read(`Hi Noa, the colours are great but can the headline be bigger?${OUR_DRAFT}`);
    expect(a.situation?.stage).toBe('in_progress');
    for (const s of a.suggestions) expect(s.text).not.toMatch(/deposit \(\$720\) before I start/);
  });
  it('the model never outvotes a stored agreement: the cues decide', () => {
    const a = analyzeMessage('Hi Noa, any news?', { today: TODAY, from: 'Sam Reed <sam@client.example>', profile: DESIGNER, agreement: AgreementTermsSchema.parse({ price: { amount: 1800, currency: 'USD' }, depositPercent: 40 }) });
    expect(a.situation?.stage).toBe('agreed');
  });
});

describe('a paid deposit in the words people use (sixth session)', () => {
  it.each([
    "We've paid you $960 already and I still don't have a logo I can put on the van.",
    'We paid €1,200 upfront for this so tbh I expected a lot more.',
    'What would it cost? We have paid the $2,240 deposit already.',
    'ok go ahead. 50% sent via paypal just now. brief attached.',
    'Invoice #1 (the deposit) was paid this morning, so we are good to go.',
    `Hi Noa, one question on the logo.\n\nOn Tue, 1 Dec 2026 at 09:00, Noa Berg <noa@noa.example> wrote:\n> Thanks again for the $960 deposit, received on 30 November.`,
    `Hi Noa, any news?\n\nOn Tue, 1 Dec 2026 at 09:00, Noa Berg <noa@noa.example> wrote:\n> For your records: the 40% deposit ($720) was received on 5 October.`,
  ])('%s', (text) => {
    expect(read(text).situation?.depositPaid).toBe(true);
  });
});
