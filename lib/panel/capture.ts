// Runs everywhere (Node, side panel): what a client's message offers to save to the agreement (price, deposit, deadline, acceptance), as a form the user confirms.
import type { AgreementTerms, Analysis } from '../negotiation/schemas';
import { fieldErrors, NumberReader, type FormResult } from './form-values';
import { AgreementTermsSchema } from '../negotiation/schemas';

/** Strings, as the confirmation form edits them; an empty field is not saved. */
export interface CaptureForm {
  priceAmount: string;
  priceCurrency: string;
  depositPercent: string;
  deadlineDate: string;
  deadlineWhat: string;
  /** YYYY-MM-DD the client accepted; empty: leave the confirmation as it is. */
  confirmedAt: string;
}

/** A percentage that can be a deposit: "150% of last year" cannot. */
const depositSized = (p: { value: number }): boolean => p.value > 0 && p.value <= 100;

/** True when the message holds anything worth capturing. */
export function hasCapturable(analysis: Analysis | null | undefined): boolean {
  if (!analysis) return false;
  const e = analysis.entities;
  return e.amounts.length > 0 || e.percentages.length > 0 || e.dates.length > 0 || analysis.moves.some((m) => m.id === 'acceptance');
}

/**
 * Pre-fills the form from the message: price ← the first amount naming a currency (else the first),
 * deposit ← the first percentage that can be one, deadline ← the first date said as a limit (else the
 * first date), confirmed ← today when the client accepted. Null when there is nothing to offer.
 */
export function captureFromAnalysis(analysis: Analysis | null | undefined, opts: { today: string; currency: string }): CaptureForm | null {
  if (!analysis || !hasCapturable(analysis)) return null;
  const { amounts, percentages, dates } = analysis.entities;
  const amount = amounts.find((a) => a.currency) ?? amounts[0];
  const percent = percentages.find(depositSized);
  const date = dates.find((d) => d.deadline) ?? dates[0];
  const accepted = analysis.moves.some((m) => m.id === 'acceptance');
  return {
    priceAmount: amount ? String(amount.value) : '',
    priceCurrency: amount?.currency ?? opts.currency,
    depositPercent: percent ? String(percent.value) : '',
    deadlineDate: date?.iso ?? '',
    deadlineWhat: date ? 'Delivery' : '',
    confirmedAt: accepted ? opts.today : '',
  };
}

/** One alternative value found in the message, with the words it was found in, for "also in the message" buttons. */
export interface CaptureChoice {
  /** The words in the message ("$300", "by Friday"). */
  text: string;
  /** The form fields it fills when chosen. */
  fill: Partial<CaptureForm>;
}

export interface CaptureChoices {
  price: CaptureChoice[];
  deposit: CaptureChoice[];
  deadline: CaptureChoice[];
}

/**
 * Every distinct amount, deposit-sized percentage and date of the message: the form pre-fills one of each, and a
 * message often holds more ("$2,000 for the site and $500 for the logo", "draft by the 3rd, final by the 10th").
 * A list holds a value only when there is more than one to choose from.
 */
export function captureChoices(analysis: Analysis | null | undefined, opts: { currency: string }): CaptureChoices {
  const none: CaptureChoices = { price: [], deposit: [], deadline: [] };
  if (!analysis) return none;
  const { amounts, percentages, dates } = analysis.entities;
  const distinct = <T>(items: T[], key: (t: T) => string): T[] => {
    const seen = new Set<string>();
    return items.filter((t) => {
      const k = key(t);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  const price = distinct(amounts, (a) => `${a.value}|${a.currency ?? ''}`).map((a) => ({
    text: a.text,
    fill: { priceAmount: String(a.value), priceCurrency: a.currency ?? opts.currency },
  }));
  const deposit = distinct(
    percentages.filter(depositSized),
    (p) => String(p.value),
  ).map((p) => ({ text: p.text, fill: { depositPercent: String(p.value) } }));
  const deadline = distinct(dates, (d) => d.iso).map((d) => ({ text: d.text, fill: { deadlineDate: d.iso } }));
  return {
    price: price.length > 1 ? price : [],
    deposit: deposit.length > 1 ? deposit : [],
    deadline: deadline.length > 1 ? deadline : [],
  };
}

/**
 * The confirmed form as a patch of the current terms: the price keeps its model and unit, a deadline
 * replaces one with the same name (else is added), empty fields are left alone.
 */
export function capturePatch(form: CaptureForm, current: AgreementTerms | undefined): FormResult<Partial<AgreementTerms>> {
  const nums = new NumberReader();
  const patch: Record<string, unknown> = {};
  const amount = nums.read(form.priceAmount, 'price.amount');
  if (amount !== undefined) {
    patch.price = {
      model: current?.price?.model ?? 'fixed',
      ...(current?.price?.unit ? { unit: current.price.unit } : {}),
      amount,
      currency: form.priceCurrency.trim().toUpperCase(),
    };
  }
  const deposit = nums.read(form.depositPercent, 'depositPercent');
  if (deposit !== undefined) patch.depositPercent = deposit;
  if (form.deadlineDate.trim()) {
    const what = form.deadlineWhat.trim() || 'Delivery';
    const others = (current?.deadlines ?? []).filter((d) => d.what.toLowerCase() !== what.toLowerCase());
    patch.deadlines = [...others, { what, date: form.deadlineDate.trim() }];
  }
  if (form.confirmedAt.trim()) patch.confirmedAt = form.confirmedAt.trim();
  const r = AgreementTermsSchema.partial().safeParse(patch);
  const errors = { ...(r.success ? {} : fieldErrors(r.error)), ...nums.errors };
  if (Object.keys(errors).length) return { ok: false, errors };
  if (Object.keys(patch).length === 0) return { ok: false, errors: { '': 'Fill in at least one value to save.' } };
  return { ok: true, value: r.data as Partial<AgreementTerms> };
}
