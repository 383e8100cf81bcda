// Runs everywhere (Node, side panel): the eight detectors over a segmented draft; each returns the unit that triggered it, or null.
import type { TextDraftCheckId } from '../playbook';
import * as L from './lexicon';
import type { DraftView, Unit } from './segments';

export interface Facts {
  view: DraftView;
  /** Body units that carry a money amount. */
  moneyUnits: Unit[];
  /** Money units stating the freelancer's own price (not the client's figure). */
  priceUnits: Unit[];
  discountUnits: Unit[];
  /** Units that change a price already on the table (a discount, "€3,900 instead of €3,000", "from €650 to €550"). */
  changeUnits: Unit[];
}

/** Amounts in reading order, as numbers ("€2,700" -> 2700, "$3k" -> 3000). */
function amounts(text: string): number[] {
  return [...text.matchAll(L.MONEY_TOKEN)].map((m) => {
    const digits = /\d[\d,.]*/.exec(m[0])![0].replace(/,(?=\d{3}\b)/g, '').replace(/,/g, '.');
    return parseFloat(digits) * (/k$/i.test(m[0]) ? 1000 : 1);
  });
}

/** "X instead of Y" / "from Y to X" with X above Y is a surcharge, not a discount. */
function raisesPrice(text: string): boolean {
  const instead = /([$€£¥₪]\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:€|£|kr|EUR|USD|GBP|SEK))[^.?!]{0,20}?instead of\s*([$€£¥₪]?\s?\d[\d,.]*k?\s?(?:€|£|kr|EUR|USD|GBP|SEK)?)/i.exec(text);
  if (instead) {
    const [a, b] = [amounts(instead[1]!)[0], amounts(/[$€£¥₪]|(?:€|£|kr|EUR|USD|GBP|SEK)/.test(instead[2]!) ? instead[2]! : `$${instead[2]!.trim()}`)[0]];
    if (a !== undefined && b !== undefined) return a > b;
  }
  return /\bsurcharge\b|\b\d+ ?% (?:more|extra|on top|surcharge|rush)\b|\brush fee\b/i.test(text);
}

/** A trade offered in this unit or spelled out in the one right after it ("10% off. In exchange, …"). */
function traded(view: DraftView, u: Unit): boolean {
  if (L.TRADE.test(u.text)) return true;
  // …or the smaller scope it pays for, set out in the paragraph just before ("I can make this one smaller: … Total $1,400 instead of $2,600").
  if (view.body.some((o) => o.n < u.n && u.n - o.n <= 5 && L.TRADE.test(o.text))) return true;
  const next = view.units[u.n + 1];
  return !!next && next.inBody && /^(?:in (?:exchange|return)|that would (?:need|require)|for that,? i'?d need)/i.test(next.text);
}

export function gatherFacts(view: DraftView): Facts {
  const compromiseMoney = new Set(view.unitsMatching('#Money').map((u) => u.n));
  const moneyUnits = view.body.filter((u) => compromiseMoney.has(u.n) || L.MONEY_EXTRA.test(u.text));
  const priceUnits = moneyUnits.filter((u) => !L.CLIENT_FIGURE.test(u.text) && !L.NOT_A_QUOTE.test(u.text));
  const lowering = new Set(view.unitsMatching(L.LOWERING).map((u) => u.n));
  const discountUnits = view.body.filter((u) => {
    if (L.NO_DISCOUNT.test(u.text) || raisesPrice(u.text)) return false;
    if (L.DISCOUNT_PHRASE.test(u.text)) return true;
    // "$800 instead of $1,000": a lower figure offered in place of the first.
    if (/instead of\s*[$€£]?\s?\d/i.test(u.text) && moneyUnits.includes(u)) return true;
    return lowering.has(u.n) && L.PRICE_OBJECT.test(u.text) && moneyUnits.includes(u);
  });
  const changeUnits = moneyUnits.filter(
    (u) => discountUnits.includes(u) || raisesPrice(u.text) || /\bfrom\s*(?:[$€£¥₪]\s?)?\d[\d,.]*\S*\s+(?:down |up )?to\s*(?:[$€£¥₪]\s?)?\d/i.test(u.text),
  );
  return { view, moneyUnits, priceUnits, discountUnits, changeUnits };
}

function bluntRefusal({ view }: Facts): Unit | null {
  // compromise finds negated first-person verbs by lemma; benign ones ("can't wait") start at the same word and cancel them.
  const benign = new Set(
    L.NEGATED_BENIGN.flatMap((p) => (view.parsed.doc.match(p).json({ offset: true }) as { offset: { start: number } }[]).map((m) => m.offset.start)),
  );
  const negated = new Set<number>();
  for (const m of L.NEGATED_FIRST_PERSON.flatMap((p) => view.parsed.doc.match(p).json({ offset: true }) as { offset: { start: number } }[])) {
    if (benign.has(m.offset.start)) continue;
    const u = view.unitAt(m.offset.start);
    if (!u) continue;
    // "If I don't hear back…" sets a condition, and "I won't hold this quote" next to a deadline is pressure (pushy judges it): neither refuses the client.
    if (/\b(?:if|unless|in case)\b[^,;:—–]*$/i.test(view.text.slice(u.index, m.offset.start)) || L.PRESSURE.test(u.text)) continue;
    // A negated relative clause describes a noun, it refuses nothing: "a project I can't use to win new work".
    if (/\b(?:a|an|the|this|that|any|every)\s+[\w-]+\s+(?:(?:that|which)\s+)?$/i.test(view.text.slice(u.index, m.offset.start))) continue;
    negated.add(u.n);
  }
  for (const u of view.body) {
    if (!negated.has(u.n) && !L.REFUSAL_PHRASE.test(u.text)) continue;
    if (/^no (?:problem|worries|rush|pressure|need)\b/i.test(u.text) && !negated.has(u.n) && !L.REFUSAL_PHRASE.test(u.text.replace(/^no \w+/i, ''))) continue;
    // "Near" = the same paragraph or the sentence right before/after it.
    const near = view.body.filter((o) => o.paragraph === u.paragraph || Math.abs(o.n - u.n) === 1);
    if (!near.some((o) => L.ACKNOWLEDGEMENT.test(o.text))) return u;
  }
  return null;
}

function asksClientToPrice({ view }: Facts): Unit | null {
  const clientPays = new Set(view.unitsMatching(L.CLIENT_PAYS).map((u) => u.n));
  for (const u of view.body) {
    // "Does $900 fit your budget?" names our figure first; without a figure the budget is theirs to name.
    if (L.MONEY_EXTRA.test(u.text) || (L.FITS_BUDGET.test(u.text) && /\d/.test(u.text))) continue;
    if (/\bname your (?:price|rate|figure|number)\b/i.test(u.text)) return u;
    // A request counts wherever it sits in the sentence ("I'm flexible — please name a figure …").
    const asking =
      u.isQuestion ||
      /^(?:\w+,\s*)?(?:just )?(?:let me know|tell me|give me|share|send me)\b/i.test(u.text) ||
      /\b(?:please|just|kindly)\s+(?:name|suggest|propose|tell|let|share|send|give|quote)\b/i.test(u.text);
    if (!asking) continue;
    if (L.NAME_YOUR_PRICE.test(u.text) || L.BUDGET_IN_MIND.test(u.text)) return u;
    if (clientPays.has(u.n) && /\b(?:what|how much|whatever)\b/i.test(u.text)) return u;
  }
  return null;
}

const COVERS_LIST = new RegExp(`${L.MONEY_TOKEN.source}(?:\\s*(?:per|an?|\\/)\\s?\\w+)?\\s*[:—–]\\s*[^.?!]{3,}?,[^.?!]*?\\b(?:and|plus)\\b`, 'iu');

/** The price unit explains itself: an inline breakdown, quantity times rate, a reason, or a price agreed before. */
function selfExplained(view: DraftView, u: Unit): boolean {
  if (amounts(u.text).length >= 3 || [...u.text.matchAll(L.LINE_ITEM)].length >= 3) return true;
  if (L.RATE_CALC.test(u.text) || L.AGREED_PRICE.test(u.text)) return true;
  // "$18,000: iOS and Android builds, the backend, and store submission": what the figure covers, listed right after it.
  if (COVERS_LIST.test(u.text)) return true;
  // "one 300-word piece for €90 (€0.30 per word)": a count of the same unit the rate is charged by.
  for (const m of u.text.matchAll(L.PER_UNIT_RATE)) {
    if (new RegExp(`\\b\\d[\\d,.]*[\\s-]?${m[1]}s?\\b`, 'i').test(u.text) && amounts(u.text).length >= 2) return true;
  }
  const near = [u, view.units[u.n + 1]].filter((o): o is Unit => !!o && o.inBody);
  return near.some((o) => L.REASON.test(o.text));
}

/** "I understand you would like €0.09 per word instead of my €0.12": their figure said back before the answer. */
const RESTATED = /\bi (?:understand|see|know|hear)\b[^.?!]{0,30}\byou(?:'d| would)? (?:like|want|are hoping for|'re hoping for|hope for)\b|\binstead of (?:my|our)\b/i;

function unexplainedPrice(f: Facts): Unit | null {
  const { view } = f;
  // A changed price is judged as a discount (or a surcharge), not as a fresh quote.
  // ("I understand you would like €0.09 per word instead of my €0.12" restates their ask; the price comes after.)
  const priceUnits = f.priceUnits.filter((u) => !f.changeUnits.includes(u));
  if (!priceUnits.length) return null;
  if (priceUnits.some((u) => selfExplained(view, u))) return null;
  const bodyText = view.body.map((u) => u.text).join(' ');
  if (L.JUSTIFICATION.test(bodyText)) return null;
  if (view.body.filter((u) => u.isBullet).length >= 2) return null;
  // Line items with their own figures ("Design: $300") are a breakdown.
  if (priceUnits.filter((u) => /^[\p{L} &/-]{2,40}:\s/u.test(u.text) || u.isBullet).length >= 2) return null;
  // (A payment plan for a sum already owed — "split the remaining $3,360 into two payments" — or the open balance of an
  // invoice sent — "as soon as the $1,440 balance is paid" — is no new price to explain.)
  return priceUnits.find((u) => !traded(view, u) && !RESTATED.test(u.text) && !/\b(?:split|instal+ments?|payments? of|the remaining|balance)\b/i.test(u.text)) ?? null;
}


function apologeticPrice({ view, moneyUnits }: Facts): Unit | null {
  for (const u of view.body) {
    if (L.HEDGE.test(u.text)) return u;
    // Owning an error that has a figure in it ("the page says 1,990 SEK, and that is my mistake") apologises for the error, not the price.
    if (/\b(?:my|our) (?:mistake|error|fault)\b/i.test(u.text)) continue;
    if ((L.APOLOGY.test(u.text) || L.MINIMISER.test(u.text)) && (L.PRICE_WORD.test(u.text) || moneyUnits.includes(u))) return u;
  }
  return null;
}

/** "I understand you would like 20% off": the client's ask restated, not a discount given. */
const THEIR_ASK = /\byou(?:'d| would)?\s+(?:like|want|wanted|asked? for|are asking for|'re asking for|are hoping for|'re hoping for|hope for|requested|suggest(?:ed)?|propose[ds]?)\b|\byour (?:request|ask|proposal|suggestion)\b/i;

function unconditionalDiscount(f: Facts): Unit | null {
  return f.discountUnits.find((u) => !traded(f.view, u) && !THEIR_ASK.test(u.text)) ?? null;
}

/** Dates that are not the delivery date: a payment window ("payable within 14 days"), how long an offer holds ("valid until Friday"), or when the client should answer ("decide by tonight"). */
const PAYMENT_WINDOW = /\b(?:due|payable|paid|pay|payment|invoiced?|settled?|net)\b[^.?!\n]{0,15}\b(?:within|in)\s+\d+\s+(?:calendar |working |business )?days?\b|\b(?:valid|good|open|stands|holds?)(?: only)? (?:until|till|through|for)\b[^.?!,;\n]{0,20}|\b(?:decide|decision|confirm|reply|respond|answer|sign|hear back)\w*\b[^.?!\n]{0,25}\b(?:by|before|until|within)\b[^.?!,;\n]{0,20}/gi;

function missingTerms(f: Facts): Unit | null {
  const { view } = f;
  const bodyText = view.body.map((u) => u.text).join('\n');
  // The dates plugin tags "March 14", "next Friday"; only a date the work is due by counts.
  const hasDates = view.unitsMatching('#Date').some((u) => u.inBody && /\b(?:by|until)\b(?! (?:then|now|the way|that time))|\b(?:due|ready|live|deliver\w*|finish\w*)\b/i.test(u.text.replace(PAYMENT_WINDOW, ' ')));
  // A marked gap ("[your price]", "[delivery date]") is a term the writer has put in and will fill, not one left out.
  const gap = (what: RegExp) => new RegExp(`\\[[^\\]]*${what.source}[^\\]]*\\]`, 'i').test(bodyText);
  const terms = {
    deliverables: L.DELIVERABLE.test(bodyText) || view.body.filter((u) => u.isBullet).length >= 2 || gap(/service|deliver|scope/),
    // A payment window ("payable within 14 days") is not a delivery date.
    deadline: L.DEADLINE.test(bodyText.replace(PAYMENT_WINDOW, ' ')) || hasDates || gap(/date|deadline|turnaround/),
    price: f.priceUnits.length > 0 || gap(/price|rate|fee/),
    payment: L.PAYMENT_TERMS.test(bodyText) || gap(/deposit|payment/),
  };
  // Only a draft that sets out the deal is a proposal: one framed as a proposal or a summary of terms, labelled term lines,
  // or a quote that already gives timing or payment. A bare price is a price answer (unexplained_price judges it).
  const fields = view.body.filter((u) => L.TERM_FIELD.test(view.text.slice(view.text.lastIndexOf('\n', u.index - 1) + 1, u.end)));
  const strong = view.body.find((u) => L.PROPOSAL_STRONG.test(u.text)) ?? (fields.length >= 2 ? fields[0] : undefined);
  const weak = view.body.find((u) => L.PROPOSAL_WEAK.test(u.text));
  // An offer to do the work names what is delivered; under a deal already in place it is an addition, not a new proposal.
  const offer = view.body.find((u) => L.OFFER_TO_WORK.test(u.text));
  if (offer) terms.deliverables = true;
  // Likewise an offer whose only figures change a price already quoted is a counter-offer (the discount checks judge it).
  const renegotiates = f.priceUnits.length > 0 && f.priceUnits.every((u) => f.changeUnits.includes(u));
  const freshOffer = offer && !renegotiates && !L.EXISTING_DEAL.test(bodyText) ? offer : undefined;
  // A quote restated under a deal already in place ("my price stays at €4,800") is not a new proposal either.
  // A price and a date with an invitation to start ("€900. Ready in 2 weeks. Want to go ahead?") set out a deal too;
  // a bare price with the invitation is still a price answer.
  const goAhead = terms.price && terms.deadline && !renegotiates && !L.EXISTING_DEAL.test(bodyText) ? view.body.find((u) => L.GO_AHEAD.test(u.text)) : undefined;
  // Taking the job on with a date for it is a deal, money or not ("Happy to take this on … by 17 April").
  const takeOn = terms.deadline && !L.EXISTING_DEAL.test(bodyText) && !L.AGREED_PRICE.test(bodyText) ? view.body.find((u) => L.TAKE_ON.test(u.text)) : undefined;
  const marker = strong ?? (weak && (terms.deadline || terms.payment) && !L.EXISTING_DEAL.test(bodyText) ? weak : undefined) ?? freshOffer ?? goAhead ?? takeOn;
  if (!marker) return null;
  // Only an offer of the work with money attached is a deal to complete; an arrangement about calls or a plan without any money is not.
  if (!(terms.price || terms.payment) && marker !== takeOn) return null;
  if (Object.values(terms).every(Boolean)) return null;
  const quoted = f.priceUnits.filter((u) => !f.changeUnits.includes(u) && !traded(view, u));
  return quoted[0] ?? f.priceUnits[0] ?? marker;
}

function noNextStep({ view }: Facts): Unit | null {
  const body = view.body;
  const last = body[body.length - 1];
  if (!last) return null;
  const ending = body.slice(-2);
  if (ending.some((u) => u.isQuestion || L.NEXT_STEP.test(u.text))) return null;
  // compromise recognises questions that lost their question mark ("Would that work for you.").
  const questions = view.unitsMatching('#QuestionWord').filter((u) => ending.includes(u) && /^(?:would|could|can|shall|should|do|does|is|are|will|what|when|which|how)\b/i.test(u.text));
  return questions.length ? null : last;
}

function pushy({ view }: Facts): Unit | null {
  return view.body.find((u) => L.PRESSURE.test(u.text)) ?? null;
}

export const DETECTORS: Record<TextDraftCheckId, (f: Facts) => Unit | null> = {
  blunt_refusal: bluntRefusal,
  asks_client_to_price: asksClientToPrice,
  unexplained_price: unexplainedPrice,
  apologetic_price: apologeticPrice,
  unconditional_discount: unconditionalDiscount,
  missing_terms: missingTerms,
  no_next_step: noNextStep,
  pushy,
};
