// Runs everywhere (Node, side panel): the eight detectors over a segmented draft; each returns the unit that triggered it, or null.
import type { DraftCheckId } from '../playbook';
import * as L from './lexicon';
import type { DraftView, Unit } from './segments';

export interface Facts {
  view: DraftView;
  /** Body units that carry a money amount. */
  moneyUnits: Unit[];
  /** Money units stating the freelancer's own price (not the client's figure). */
  priceUnits: Unit[];
  discountUnits: Unit[];
}

/** A trade offered in this unit or spelled out in the one right after it ("10% off. In exchange, …"). */
function traded(view: DraftView, u: Unit): boolean {
  if (L.TRADE.test(u.text)) return true;
  const next = view.units[u.n + 1];
  return !!next && next.inBody && /^(?:in (?:exchange|return)|that would (?:need|require)|for that,? i'?d need)/i.test(next.text);
}

export function gatherFacts(view: DraftView): Facts {
  const compromiseMoney = new Set(view.unitsMatching('#Money').map((u) => u.n));
  const moneyUnits = view.body.filter((u) => compromiseMoney.has(u.n) || L.MONEY_EXTRA.test(u.text));
  const priceUnits = moneyUnits.filter((u) => !L.CLIENT_FIGURE.test(u.text));
  const lowering = new Set(view.unitsMatching(L.LOWERING).map((u) => u.n));
  const discountUnits = view.body.filter((u) => {
    if (L.NO_DISCOUNT.test(u.text)) return false;
    if (L.DISCOUNT_PHRASE.test(u.text)) return true;
    // "$800 instead of $1,000": a lower figure offered in place of the first.
    if (/instead of\s*[$€£]?\s?\d/i.test(u.text) && moneyUnits.includes(u)) return true;
    return lowering.has(u.n) && L.PRICE_OBJECT.test(u.text) && moneyUnits.includes(u);
  });
  return { view, moneyUnits, priceUnits, discountUnits };
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
    if (u) negated.add(u.n);
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
    if (L.FITS_BUDGET.test(u.text) || L.MONEY_EXTRA.test(u.text)) continue;
    if (/\bname your (?:price|rate|figure|number)\b/i.test(u.text)) return u;
    const asking = u.isQuestion || /^(?:\w+,\s*)?(?:just )?(?:let me know|tell me|give me|share|send me|please (?:share|tell|send|let))\b/i.test(u.text);
    if (!asking) continue;
    if (L.NAME_YOUR_PRICE.test(u.text) || L.BUDGET_IN_MIND.test(u.text)) return u;
    if (clientPays.has(u.n) && /\b(?:what|how much|whatever)\b/i.test(u.text)) return u;
  }
  return null;
}

function unexplainedPrice(f: Facts): Unit | null {
  const { view, priceUnits } = f;
  if (!priceUnits.length) return null;
  const bodyText = view.body.map((u) => u.text).join(' ');
  if (L.JUSTIFICATION.test(bodyText)) return null;
  if (view.body.filter((u) => u.isBullet).length >= 2) return null;
  // Line items with their own figures ("Design: $300") are a breakdown.
  if (priceUnits.filter((u) => /^[\p{L} &/-]{2,40}:\s/u.test(u.text) || u.isBullet).length >= 2) return null;
  return priceUnits.find((u) => !traded(view, u)) ?? null;
}

function apologeticPrice({ view, moneyUnits }: Facts): Unit | null {
  for (const u of view.body) {
    if (L.HEDGE.test(u.text)) return u;
    if ((L.APOLOGY.test(u.text) || L.MINIMISER.test(u.text)) && (L.PRICE_WORD.test(u.text) || moneyUnits.includes(u))) return u;
  }
  return null;
}

function unconditionalDiscount(f: Facts): Unit | null {
  return f.discountUnits.find((u) => !traded(f.view, u)) ?? null;
}

function missingTerms(f: Facts): Unit | null {
  const { view } = f;
  const marker = view.body.find((u) => L.PROPOSAL_MARKER.test(u.text));
  const quoted = f.priceUnits.filter((u) => !f.discountUnits.includes(u) && !traded(view, u));
  if (!marker && !quoted.length) return null;
  const bodyText = view.body.map((u) => u.text).join('\n');
  // The dates plugin tags "March 14", "next Friday"; only a date the work is due by counts.
  const hasDates = view.unitsMatching('#Date').some((u) => u.inBody && /\b(?:by|until|due|ready|live|deliver\w*|finish\w*)\b/i.test(u.text));
  const terms = {
    deliverables: L.DELIVERABLE.test(bodyText) || view.body.filter((u) => u.isBullet).length >= 2,
    deadline: L.DEADLINE.test(bodyText) || hasDates,
    price: f.priceUnits.length > 0,
    payment: L.PAYMENT_TERMS.test(bodyText),
  };
  if (Object.values(terms).every(Boolean)) return null;
  return quoted[0] ?? f.priceUnits[0] ?? marker ?? null;
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

export const DETECTORS: Record<DraftCheckId, (f: Facts) => Unit | null> = {
  blunt_refusal: bluntRefusal,
  asks_client_to_price: asksClientToPrice,
  unexplained_price: unexplainedPrice,
  apologetic_price: apologeticPrice,
  unconditional_discount: unconditionalDiscount,
  missing_terms: missingTerms,
  no_next_step: noNextStep,
  pushy,
};
