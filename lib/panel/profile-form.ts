// Runs everywhere (Node, side panel): the profile editor's form state and its validation with ProfileSchema, one message per field.
import { ProfileSchema, type Profile, type PriceUnit, type Tone } from '../negotiation/schemas';
import { fieldErrors, NumberReader, splitList, type FormResult } from './form-values';

export interface ServiceForm {
  name: string;
  price: string;
  unit: PriceUnit;
  /** Comma-separated. */
  keywords: string;
  lineItems: { name: string; price: string }[];
  /** Smaller, usable versions offered instead of a lower price for the same work. */
  smallerVersions: { name: string; price: string }[];
  /** Usual working days from go-ahead to delivery. */
  turnaroundDays: string;
  /** Private: the lowest price accepted; never written into a reply. */
  floor: string;
}

export interface ProfileForm {
  name: string;
  signature: string;
  currency: string;
  services: ServiceForm[];
  depositPercent: string;
  revisionRounds: string;
  workingHours: string;
  responseTime: string;
  rushSurchargePercent: string;
  ndaSurchargePercent: string;
  portfolioUrl: string;
  tone: Tone;
  /** Working days before a follow-up: after a proposal, after work sent for approval, after an invoice's due date. */
  followUpProposalDays: string;
  followUpApprovalDays: string;
  followUpInvoiceGraceDays: string;
}

const num = (n: number | undefined): string => (n === undefined ? '' : String(n));

export function emptyService(): ServiceForm {
  return { name: '', price: '', unit: 'project', keywords: '', lineItems: [], smallerVersions: [], turnaroundDays: '', floor: '' };
}

export function profileToForm(p: Profile): ProfileForm {
  return {
    name: p.name,
    signature: p.signature,
    currency: p.currency,
    services: p.services.map((s) => ({
      name: s.name,
      price: num(s.price),
      unit: s.unit,
      keywords: s.keywords.join(', '),
      lineItems: s.lineItems.map((li) => ({ name: li.name, price: num(li.price) })),
      smallerVersions: s.smallerVersions.map((v) => ({ name: v.name, price: num(v.price) })),
      turnaroundDays: num(s.turnaroundDays),
      floor: num(s.floor),
    })),
    depositPercent: num(p.depositPercent),
    revisionRounds: num(p.revisionRounds),
    workingHours: p.workingHours ?? '',
    responseTime: p.responseTime ?? '',
    rushSurchargePercent: num(p.rushSurchargePercent),
    ndaSurchargePercent: num(p.ndaSurchargePercent),
    portfolioUrl: p.portfolioUrl ?? '',
    tone: p.tone,
    followUpProposalDays: num(p.followUp?.proposalDays),
    followUpApprovalDays: num(p.followUp?.approvalDays),
    followUpInvoiceGraceDays: num(p.followUp?.invoiceGraceDays),
  };
}

const text = (s: string): string | undefined => (s.trim() ? s.trim() : undefined);

/** Error keys are the profile's paths (`services.0.price`, `currency`). A service row left fully blank is dropped. */
export function formToProfile(form: ProfileForm): FormResult<Profile> {
  const nums = new NumberReader();
  const services = form.services
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.name.trim() || s.price.trim() || s.keywords.trim() || s.lineItems.length || s.smallerVersions.length || s.turnaroundDays.trim() || s.floor.trim())
    .map(({ s, i }) => {
      if (!s.name.trim()) nums.errors[`services.${i}.name`] = 'a service name';
      if (!s.price.trim()) nums.errors[`services.${i}.price`] = 'a price (0 if you quote each job)';
      return { s, i };
    })
    .map(({ s, i }) => ({
      name: s.name.trim(),
      price: s.price.trim() ? nums.read(s.price, `services.${i}.price`) ?? 0 : undefined,
      unit: s.unit,
      keywords: splitList(s.keywords),
      lineItems: s.lineItems
        .map((li, j) => ({ li, j }))
        .filter(({ li }) => li.name.trim() || li.price.trim())
        .map(({ li, j }) => {
          const price = nums.read(li.price, `services.${i}.lineItems.${j}.price`);
          return { name: li.name.trim(), ...(price === undefined ? {} : { price }) };
        }),
      smallerVersions: s.smallerVersions
        .map((v, j) => ({ v, j }))
        .filter(({ v }) => v.name.trim() || v.price.trim())
        .map(({ v, j }) => {
          if (!v.price.trim()) nums.errors[`services.${i}.smallerVersions.${j}.price`] = 'a price for this version';
          return { name: v.name.trim(), price: nums.read(v.price, `services.${i}.smallerVersions.${j}.price`) ?? 0 };
        }),
      ...(s.turnaroundDays.trim() ? { turnaroundDays: nums.read(s.turnaroundDays, `services.${i}.turnaroundDays`) } : {}),
      ...(s.floor.trim() ? { floor: nums.read(s.floor, `services.${i}.floor`) } : {}),
    }));
  const raw: Record<string, unknown> = {
    name: form.name.trim(),
    signature: form.signature.trim(),
    currency: form.currency.trim().toUpperCase(),
    services,
    depositPercent: nums.read(form.depositPercent, 'depositPercent'),
    revisionRounds: nums.read(form.revisionRounds, 'revisionRounds'),
    workingHours: text(form.workingHours),
    responseTime: text(form.responseTime),
    rushSurchargePercent: nums.read(form.rushSurchargePercent, 'rushSurchargePercent'),
    ndaSurchargePercent: nums.read(form.ndaSurchargePercent, 'ndaSurchargePercent'),
    portfolioUrl: text(form.portfolioUrl),
    tone: form.tone,
    followUp: followUpOf(form, nums),
  };
  const pruned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const r = ProfileSchema.safeParse(pruned);
  const errors = { ...(r.success ? {} : fieldErrors(r.error)), ...nums.errors };
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: r.data! };
}

function followUpOf(form: ProfileForm, nums: NumberReader): Record<string, number | undefined> | undefined {
  const out = {
    proposalDays: nums.read(form.followUpProposalDays ?? '', 'followUp.proposalDays'),
    approvalDays: nums.read(form.followUpApprovalDays ?? '', 'followUp.approvalDays'),
    invoiceGraceDays: nums.read(form.followUpInvoiceGraceDays ?? '', 'followUp.invoiceGraceDays'),
  };
  const set = Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
  return Object.keys(set).length ? set : undefined;
}

/** The "empty profile" test for first-run setup: nothing a suggestion could use was ever entered. */
export function isProfileEmpty(p: Profile): boolean {
  return !p.name.trim() && !p.signature.trim() && p.services.length === 0 && p.depositPercent === undefined && p.revisionRounds === undefined;
}
