// Side panel (React): every agreement field of one client, editable; saving records one history entry per changed field.
import { updateAgreement, type Agreement } from '../../lib/db';
import { formToTerms, termsPatch, termsToForm, type AgreementForm, type PriceModel, type TriState } from '../../lib/panel/agreement-form';
import { Button, FormOutcomeBanner, TextArea, useEditedCopy, useFormSubmit } from '../ui';
import { useServices } from '../services-context';
import { errorUnder, SelectField, TextField } from './fields';
import './data.css';

const MODELS: { value: PriceModel; label: string }[] = [
  { value: 'fixed', label: 'Fixed price' },
  { value: 'hourly', label: 'Hourly' },
  { value: 'per_item', label: 'Per item' },
];
const TRI: { value: TriState; label: string }[] = [
  { value: '', label: 'Not agreed' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export function AgreementEditor({ clientId, agreement, currency }: { clientId: string; agreement: Agreement | undefined; currency: string }) {
  const { db, today } = useServices();
  // A capture from a thread or a summary saved elsewhere shows here at once unless the user is mid-edit.
  const copy = useEditedCopy(() => termsToForm(agreement?.terms, currency), [agreement, currency]);
  const { form, dirty } = copy;
  const { errors, busy, outcome, onSubmit, reset } = useFormSubmit(
    () => formToTerms(form),
    async (terms) => {
      const { changes } = await updateAgreement(db, clientId, termsPatch(agreement?.terms, terms), 'typed');
      copy.saved();
      return changes.length ? `Saved ${changes.length} ${changes.length === 1 ? 'change' : 'changes'}.` : 'Nothing changed.';
    },
  );

  const update = (fn: (f: AgreementForm) => AgreementForm) => {
    copy.edit(fn);
    reset({ keepErrors: true });
  };
  const set = <K extends keyof AgreementForm>(k: K) => (v: AgreementForm[K]) => update((f) => ({ ...f, [k]: v }));

  return (
    <form
      className="dc-form"
      aria-label="Agreement"
      data-testid="agreement-editor"
      onSubmit={onSubmit}
    >
      <TextArea label="Scope" value={form.scope} onChange={(e) => set('scope')(e.target.value)} rows={2} data-testid="agreement-field-scope" />
      <TextArea label="Deliverables (one per line)" value={form.deliverables} onChange={(e) => set('deliverables')(e.target.value)} rows={2} data-testid="agreement-field-deliverables" />

      <fieldset className="dc-fieldset" data-testid="agreement-field-deadlines">
        <legend>Deadlines</legend>
        {form.deadlines.map((d, i) => (
          <div key={i} className="dc-form-row">
            <TextField label={`Deadline ${i + 1}: what`} value={d.what} onValue={(v) => set('deadlines')(form.deadlines.map((x, j) => (j === i ? { ...x, what: v } : x)))} error={errors[`deadlines.${i}.what`]} />
            <TextField label={`Deadline ${i + 1}: date`} type="date" value={d.date} onValue={(v) => set('deadlines')(form.deadlines.map((x, j) => (j === i ? { ...x, date: v } : x)))} error={errors[`deadlines.${i}.date`]} />
            <Button size="sm" variant="ghost" className="dc-row-remove" onClick={() => set('deadlines')(form.deadlines.filter((_, j) => j !== i))}>
              Remove deadline {i + 1}
            </Button>
          </div>
        ))}
        <div>
          <Button size="sm" onClick={() => set('deadlines')([...form.deadlines, { what: '', date: today() }])}>
            Add a deadline
          </Button>
        </div>
      </fieldset>

      <fieldset className="dc-fieldset">
        <legend>Price</legend>
        <div className="dc-form-row">
          <TextField label="Amount" inputMode="decimal" value={form.priceAmount} onValue={set('priceAmount')} error={errorUnder(errors, 'price.amount') ?? (errors.price as string | undefined)} data-testid="agreement-field-price" />
          <TextField label="Currency" value={form.priceCurrency} onValue={set('priceCurrency')} maxLength={3} error={errorUnder(errors, 'price.currency')} data-testid="agreement-field-price-currency" />
        </div>
        <div className="dc-form-row">
          <SelectField label="Model" value={form.priceModel} options={MODELS} onValue={set('priceModel')} data-testid="agreement-field-price-model" />
          <TextField label="Unit (optional)" value={form.priceUnit} onValue={set('priceUnit')} placeholder="hour, article…" data-testid="agreement-field-price-unit" />
        </div>
      </fieldset>

      <fieldset className="dc-fieldset">
        <legend>Payment</legend>
        <TextField label="Deposit %" inputMode="decimal" value={form.depositPercent} onValue={set('depositPercent')} error={errors.depositPercent} data-testid="agreement-field-depositPercent" />
        <TextField label="Payment schedule" value={form.paymentSchedule} onValue={set('paymentSchedule')} placeholder="monthly invoices, 14 days" data-testid="agreement-field-paymentSchedule" />
        <div data-testid="agreement-field-stages" className="dc-stack">
          {form.stages.map((s, i) => (
            <div key={i} className="dc-form-row">
              <TextField label={`Stage ${i + 1}`} value={s.name} onValue={(v) => set('stages')(form.stages.map((x, j) => (j === i ? { ...x, name: v } : x)))} error={errors[`stages.${i}.name`]} />
              <TextField label={`Stage ${i + 1} amount`} inputMode="decimal" value={s.amount} onValue={(v) => set('stages')(form.stages.map((x, j) => (j === i ? { ...x, amount: v } : x)))} error={errors[`stages.${i}.amount`]} />
              <TextField label={`Stage ${i + 1} due`} type="date" value={s.due} onValue={(v) => set('stages')(form.stages.map((x, j) => (j === i ? { ...x, due: v } : x)))} error={errors[`stages.${i}.due`]} />
              <Button size="sm" variant="ghost" className="dc-row-remove" onClick={() => set('stages')(form.stages.filter((_, j) => j !== i))}>
                Remove stage {i + 1}
              </Button>
            </div>
          ))}
          <div>
            <Button size="sm" onClick={() => set('stages')([...form.stages, { name: '', amount: '', due: '' }])}>
              Add a payment stage
            </Button>
          </div>
        </div>
      </fieldset>

      <fieldset className="dc-fieldset">
        <legend>Working together</legend>
        <TextField label="Revision rounds" inputMode="numeric" value={form.revisionRounds} onValue={set('revisionRounds')} error={errors.revisionRounds} data-testid="agreement-field-revisionRounds" />
        <TextField label="Working hours" value={form.workingHours} onValue={set('workingHours')} error={errors.workingHours} data-testid="agreement-field-workingHours" />
        <TextField label="Response time" value={form.responseTime} onValue={set('responseTime')} error={errors.responseTime} data-testid="agreement-field-responseTime" />
        <TextField label="Channels (comma-separated)" value={form.channels} onValue={set('channels')} error={errorUnder(errors, 'channels')} data-testid="agreement-field-channels" />
        <SelectField label="Reachable out of hours" value={form.reachableOutOfHours} options={TRI} onValue={set('reachableOutOfHours')} data-testid="agreement-field-reachableOutOfHours" />
        <div className="dc-form-row">
          <SelectField label="NDA" value={form.nda} options={TRI} onValue={set('nda')} data-testid="agreement-field-nda" />
          <TextField label="NDA surcharge %" inputMode="decimal" value={form.ndaSurcharge} onValue={set('ndaSurcharge')} error={errorUnder(errors, 'nda')} data-testid="agreement-field-nda-surcharge" />
        </div>
      </fieldset>

      <TextField
        label="Confirmed by the client in writing on"
        type="date"
        value={form.confirmedAt}
        onValue={set('confirmedAt')}
        hint={form.confirmedAt ? undefined : 'Unconfirmed. Ask the client to confirm these terms by email.'}
        error={errors.confirmedAt}
        data-testid="agreement-field-confirmedAt"
      />

      <FormOutcomeBanner outcome={outcome} testId="agreement-status" />
      <div className="dc-form-actions">
        <Button type="submit" variant="primary" disabled={busy} data-testid="agreement-save">
          Save agreement
        </Button>
        {dirty && (
          <Button
            variant="ghost"
            onClick={() => {
              copy.discard();
              reset();
            }}
          >
            Discard changes
          </Button>
        )}
      </div>
    </form>
  );
}
