// Runs everywhere (Node, side panel): the agreement editor's form state, its validation against AgreementTermsSchema, and readable values for history.
import { AgreementTermsSchema, type AgreementTerms } from '../negotiation/schemas';
import { fieldErrors, NumberReader, splitList, type FormResult } from './form-values';

export type TriState = '' | 'yes' | 'no';
export type PriceModel = 'fixed' | 'hourly' | 'per_item';

export interface AgreementForm {
  scope: string;
  /** One per line. */
  deliverables: string;
  deadlines: { what: string; date: string }[];
  priceAmount: string;
  priceCurrency: string;
  priceModel: PriceModel;
  priceUnit: string;
  depositPercent: string;
  paymentSchedule: string;
  stages: { name: string; amount: string; due: string }[];
  revisionRounds: string;
  workingHours: string;
  responseTime: string;
  /** Comma-separated. */
  channels: string;
  reachableOutOfHours: TriState;
  nda: TriState;
  ndaSurcharge: string;
  /** YYYY-MM-DD; empty means unconfirmed. */
  confirmedAt: string;
}

const num = (n: number | undefined): string => (n === undefined ? '' : String(n));
const tri = (b: boolean | undefined): TriState => (b === undefined ? '' : b ? 'yes' : 'no');

export function termsToForm(terms: AgreementTerms | undefined, defaultCurrency = 'USD'): AgreementForm {
  const t = terms ?? {};
  return {
    scope: t.scope ?? '',
    deliverables: (t.deliverables ?? []).join('\n'),
    deadlines: (t.deadlines ?? []).map((d) => ({ ...d })),
    priceAmount: num(t.price?.amount),
    priceCurrency: t.price?.currency ?? defaultCurrency,
    priceModel: t.price?.model ?? 'fixed',
    priceUnit: t.price?.unit ?? '',
    depositPercent: num(t.depositPercent),
    paymentSchedule: t.paymentSchedule ?? '',
    stages: (t.stages ?? []).map((s) => ({ name: s.name, amount: num(s.amount), due: s.due ?? '' })),
    revisionRounds: num(t.revisionRounds),
    workingHours: t.workingHours ?? '',
    responseTime: t.responseTime ?? '',
    channels: (t.channels ?? []).join(', '),
    reachableOutOfHours: tri(t.reachableOutOfHours),
    nda: tri(t.nda?.required),
    ndaSurcharge: num(t.nda?.surchargePercent),
    confirmedAt: t.confirmedAt ?? '',
  };
}

const text = (s: string): string | undefined => (s.trim() ? s.trim() : undefined);

/**
 * Form → validated terms. Error keys are the terms' paths (`price.amount`, `deadlines.1.date`), so the
 * editor can put each message under its own field.
 */
export function formToTerms(form: AgreementForm): FormResult<AgreementTerms> {
  const nums = new NumberReader();
  const amount = nums.read(form.priceAmount, 'price.amount');
  const deliverables = splitList(form.deliverables, /\n/);
  const deadlines = form.deadlines.filter((d) => d.what.trim() || d.date.trim()).map((d) => ({ what: d.what.trim(), date: d.date.trim() }));
  const stages = form.stages
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.name.trim() || s.amount.trim() || s.due.trim())
    .map(({ s, i }) => {
      const stageAmount = nums.read(s.amount, `stages.${i}.amount`);
      const due = text(s.due);
      return { name: s.name.trim(), ...(stageAmount === undefined ? {} : { amount: stageAmount }), ...(due ? { due } : {}) };
    });
  const channels = splitList(form.channels);
  const ndaSurcharge = nums.read(form.ndaSurcharge, 'nda.surchargePercent');
  const raw: Record<string, unknown> = {
    scope: text(form.scope),
    deliverables: deliverables.length ? deliverables : undefined,
    deadlines: deadlines.length ? deadlines : undefined,
    price:
      amount === undefined
        ? undefined
        : { amount, currency: form.priceCurrency.trim().toUpperCase(), model: form.priceModel, ...(text(form.priceUnit) ? { unit: text(form.priceUnit) } : {}) },
    depositPercent: nums.read(form.depositPercent, 'depositPercent'),
    paymentSchedule: text(form.paymentSchedule),
    stages: stages.length ? stages : undefined,
    revisionRounds: nums.read(form.revisionRounds, 'revisionRounds'),
    workingHours: text(form.workingHours),
    responseTime: text(form.responseTime),
    channels: channels.length ? channels : undefined,
    reachableOutOfHours: form.reachableOutOfHours === '' ? undefined : form.reachableOutOfHours === 'yes',
    nda:
      form.nda === ''
        ? ndaSurcharge === undefined
          ? undefined
          : { required: true, surchargePercent: ndaSurcharge }
        : { required: form.nda === 'yes', ...(ndaSurcharge === undefined ? {} : { surchargePercent: ndaSurcharge }) },
    confirmedAt: text(form.confirmedAt),
  };
  // The "not a number" errors mention the real problem; zod would only say "expected number".
  const pruned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const r = AgreementTermsSchema.safeParse(pruned);
  const errors = { ...(r.success ? {} : fieldErrors(r.error)), ...nums.errors };
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: r.data! };
}

/** The patch that turns `before` into `after`: removed fields are explicitly cleared. */
export function termsPatch(before: AgreementTerms | undefined, after: AgreementTerms): Partial<AgreementTerms> {
  const patch: Record<string, unknown> = { ...after };
  for (const key of Object.keys(before ?? {})) if (!(key in after)) patch[key] = undefined;
  return patch as Partial<AgreementTerms>;
}

export const FIELD_LABELS: Record<keyof AgreementTerms, string> = {
  scope: 'Scope',
  deliverables: 'Deliverables',
  deadlines: 'Deadlines',
  price: 'Price',
  depositPercent: 'Deposit',
  paymentSchedule: 'Payment schedule',
  stages: 'Payment stages',
  revisionRounds: 'Revision rounds',
  workingHours: 'Working hours',
  responseTime: 'Response time',
  channels: 'Channels',
  reachableOutOfHours: 'Reachable out of hours',
  nda: 'NDA',
  confirmedAt: 'Confirmed in writing',
};

export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

const MODEL_WORDS: Record<string, string> = { fixed: 'fixed', hourly: 'per hour', per_item: 'per item' };

/** One agreement value as a person reads it, for the at-a-glance line and the history. */
export function formatTermValue(field: string, value: unknown): string {
  if (value === undefined || value === null) return '—';
  switch (field) {
    case 'price': {
      const p = value as { amount: number; currency: string; model?: string; unit?: string };
      const model = p.unit ? `per ${p.unit}` : MODEL_WORDS[p.model ?? 'fixed'] ?? '';
      return `${formatMoney(p.amount, p.currency)}${model && model !== 'fixed' ? ` ${model}` : ''}`;
    }
    case 'depositPercent':
      return `${String(value)} %`;
    case 'revisionRounds':
      return `${String(value)} ${value === 1 ? 'round' : 'rounds'}`;
    case 'deadlines':
      return (value as { what: string; date: string }[]).map((d) => (d.what ? `${d.what}: ${d.date}` : d.date)).join('; ');
    case 'stages':
      return (value as { name: string; amount?: number; due?: string }[])
        .map((s) => [s.name, s.amount === undefined ? '' : String(s.amount), s.due ?? ''].filter(Boolean).join(' · '))
        .join('; ');
    case 'nda': {
      const n = value as { required: boolean; surchargePercent?: number };
      return n.required ? `required${n.surchargePercent === undefined ? '' : ` (+${n.surchargePercent} %)`}` : 'not required';
    }
    case 'reachableOutOfHours':
      return value ? 'yes' : 'no';
    case 'confirmedAt':
      return `on ${String(value)}`;
    default:
      if (Array.isArray(value)) return value.join(', ');
      return String(value);
  }
}

/** The next deadline on or after `today`, else the last one. */
export function nextDeadline(terms: AgreementTerms | undefined, today: string): { what: string; date: string } | undefined {
  const list = [...(terms?.deadlines ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  return list.find((d) => d.date >= today) ?? list[list.length - 1];
}
