// Side panel (React): values read from the client's message, pre-filled for the user to check; nothing is saved until they confirm.
import { useState } from 'react';
import { capturePatch, type CaptureChoice, type CaptureChoices, type CaptureForm } from '../../lib/panel/capture';
import type { AgreementTerms } from '../../lib/negotiation/schemas';
import { Button, FormOutcomeBanner, useFormSubmit } from '../ui';
import { errorUnder, TextField } from './fields';
import './data.css';

export interface CaptureFormViewProps {
  initial: CaptureForm;
  current: AgreementTerms | undefined;
  /** Explains what confirming does beyond the agreement (e.g. "also saves Tom as a client"). */
  note?: string;
  /** Other values found in the message, offered as one-click alternatives to the pre-filled ones. */
  choices?: CaptureChoices;
  onConfirm(patch: Partial<AgreementTerms>): Promise<void>;
  onCancel(): void;
}

export function CaptureFormView({ initial, current, note, choices, onConfirm, onCancel }: CaptureFormViewProps) {
  const [form, setForm] = useState<CaptureForm>(initial);
  const { errors, busy, outcome, onSubmit } = useFormSubmit(() => capturePatch(form, current), onConfirm);
  const set = (k: keyof CaptureForm) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const pick = (fill: Partial<CaptureForm>) => setForm((f) => ({ ...f, ...fill }));

  return (
    <form
      className="dc-form"
      aria-label="Save to agreement"
      data-testid="capture-form"
      onSubmit={onSubmit}
    >
      <p className="dc-muted-text">Check the values found in the message. Empty fields are left as they are.</p>
      <div className="dc-form-row">
        <TextField label="Price" inputMode="decimal" value={form.priceAmount} onValue={set('priceAmount')} error={errorUnder(errors, 'price.amount')} data-testid="agreement-field-price" />
        <TextField label="Currency" value={form.priceCurrency} onValue={set('priceCurrency')} maxLength={3} error={errorUnder(errors, 'price.currency')} data-testid="agreement-field-price-currency" />
      </div>
      <ChoiceRow what="price" choices={choices?.price} form={form} onPick={pick} />
      <TextField label="Deposit %" inputMode="decimal" value={form.depositPercent} onValue={set('depositPercent')} error={errorUnder(errors, 'depositPercent')} data-testid="agreement-field-depositPercent" />
      <ChoiceRow what="deposit" choices={choices?.deposit} form={form} onPick={pick} />
      <div className="dc-form-row">
        <TextField label="Deadline" type="date" value={form.deadlineDate} onValue={set('deadlineDate')} error={errorUnder(errors, 'deadlines')} data-testid="agreement-field-deadlines" />
        <TextField label="Deadline for" value={form.deadlineWhat} onValue={set('deadlineWhat')} data-testid="agreement-field-deadlines-what" />
      </div>
      <ChoiceRow what="deadline" choices={choices?.deadline} form={form} onPick={pick} />
      <TextField
        label="Confirmed by the client on"
        type="date"
        value={form.confirmedAt}
        onValue={set('confirmedAt')}
        hint="Filled when the client accepted; clear it if they did not confirm the terms yet."
        error={errorUnder(errors, 'confirmedAt')}
        data-testid="agreement-field-confirmedAt"
      />
      {errors[''] && <p className="dc-field-error">{errors['']}</p>}
      {note && <p className="dc-muted-text">{note}</p>}
      <FormOutcomeBanner outcome={outcome} />
      <div className="dc-form-actions">
        <Button type="submit" variant="primary" disabled={busy} data-testid="confirm-save">
          Confirm and save
        </Button>
        <Button variant="ghost" onClick={onCancel} data-testid="cancel-save">
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** "In the message: $2,000 · $500": the value in use is marked pressed; another one fills its fields in one click. */
function ChoiceRow({ what, choices, form, onPick }: { what: string; choices: CaptureChoice[] | undefined; form: CaptureForm; onPick(fill: Partial<CaptureForm>): void }) {
  if (!choices?.length) return null;
  const inUse = (c: CaptureChoice) => Object.entries(c.fill).every(([k, v]) => form[k as keyof CaptureForm] === v);
  return (
    <div className="dc-choice-row" role="group" aria-label={`Other ${what} values in the message`} data-testid={`capture-choices-${what}`}>
      <span className="dc-muted-text">In the message:</span>
      {choices.map((c) => (
        <Button key={c.text + JSON.stringify(c.fill)} size="sm" variant="ghost" aria-pressed={inUse(c)} onClick={() => onPick(c.fill)}>
          {c.text}
        </Button>
      ))}
    </div>
  );
}
