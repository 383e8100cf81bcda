// Side panel (React): the freelancer's profile: name, signature, prices per service with line items, default terms, tone.
import { useLiveQuery } from 'dexie-react-hooks';
import { getProfile, saveProfile } from '../../lib/db';
import { PriceUnitSchema, type Profile, type Tone } from '../../lib/negotiation/schemas';
import { emptyService, formToProfile, profileToForm, type ProfileForm, type ServiceForm } from '../../lib/panel/profile-form';
import { errorUnder, SelectField, TextField } from '../clients/fields';
import { useServices } from '../services-context';
import { Button, FormOutcomeBanner, Skeleton, TextArea, useEditedCopy, useFormSubmit } from '../ui';
import '../clients/data.css';

const UNITS = PriceUnitSchema.options.map((u) => ({ value: u, label: u === 'project' ? 'per project' : `per ${u}` }));
const TONES: { value: Tone; label: string }[] = [
  { value: 'warm', label: 'Warm' },
  { value: 'neutral', label: 'Neutral' },
  { value: 'formal', label: 'Formal' },
];

export function ProfileView() {
  const { db } = useServices();
  const stored = useLiveQuery(() => getProfile(db), [db]);
  if (stored === undefined) {
    return (
      <div className="dc-view" aria-busy="true">
        <Skeleton lines={6} />
      </div>
    );
  }
  return <ProfileEditor stored={stored} />;
}

function ProfileEditor({ stored }: { stored: Profile }) {
  const { db } = useServices();
  // Saved elsewhere (first-run setup, an import) while nothing is being edited here: show it.
  const copy = useEditedCopy(() => profileToForm(stored), [stored]);
  const { form, dirty } = copy;
  const { errors, busy, outcome, onSubmit, reset } = useFormSubmit(
    () => formToProfile(form),
    async (profile) => {
      await saveProfile(db, profile);
      copy.saved();
      return 'Profile saved.';
    },
  );

  const update = (fn: (f: ProfileForm) => ProfileForm) => {
    copy.edit(fn);
    reset({ keepErrors: true });
  };
  const set = (k: keyof ProfileForm) => (v: string) => update((f) => ({ ...f, [k]: v }));
  const setService = (i: number, patch: Partial<ServiceForm>) =>
    update((f) => ({ ...f, services: f.services.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));

  return (
    <form
      className="dc-form dc-view"
      aria-label="Your profile"
      data-testid="profile-view"
      onSubmit={onSubmit}
    >
      <h2 className="dc-section__title">Your profile</h2>
      <TextField label="Your name" value={form.name} onValue={set('name')} error={errors.name} data-testid="profile-name" />
      <TextArea label="Signature" value={form.signature} onChange={(e) => set('signature')(e.target.value)} rows={3} data-testid="profile-signature" />
      {errors.signature && <span className="dc-field-error">{errors.signature}</span>}
      <div className="dc-form-row">
        <TextField label="Currency" value={form.currency} onValue={set('currency')} maxLength={3} error={errors.currency} data-testid="profile-currency" />
        <SelectField label="Tone of replies" value={form.tone} options={TONES} onValue={(v) => update((f) => ({ ...f, tone: v }))} data-testid="profile-tone" />
      </div>

      <fieldset className="dc-fieldset">
        <legend>Services and prices</legend>
        {form.services.length === 0 && <p className="dc-muted-text">No services yet. Add the work you sell so replies can name your price.</p>}
        {form.services.map((s, i) => (
          <fieldset key={i} className="dc-fieldset" data-testid="profile-service">
            <legend>{s.name.trim() || `Service ${i + 1}`}</legend>
            <TextField label="Name" value={s.name} onValue={(v) => setService(i, { name: v })} error={errorUnder(errors, `services.${i}.name`)} data-testid={`service-name-${i}`} />
            <div className="dc-form-row">
              <TextField label="Price" inputMode="decimal" value={s.price} onValue={(v) => setService(i, { price: v })} error={errorUnder(errors, `services.${i}.price`)} data-testid={`service-price-${i}`} />
              <SelectField label="Unit" value={s.unit} options={UNITS} onValue={(v) => setService(i, { unit: v })} data-testid={`service-unit-${i}`} />
            </div>
            <TextField
              label="Keywords"
              hint="Comma-separated words that show a message is about this service."
              value={s.keywords}
              onValue={(v) => setService(i, { keywords: v })}
              error={errorUnder(errors, `services.${i}.keywords`)}
              data-testid={`service-keywords-${i}`}
            />
            <TextField
              label="Usual turnaround (working days, optional)"
              hint="From the go-ahead to delivery; replies use it to check a client's date."
              inputMode="numeric"
              value={s.turnaroundDays}
              onValue={(v) => setService(i, { turnaroundDays: v })}
              error={errorUnder(errors, `services.${i}.turnaroundDays`)}
              data-testid={`service-turnaround-${i}`}
            />
            <TextField
              label="Your floor (private, optional)"
              hint="The lowest price you accept for this service, in the same unit. Never written into a reply: suggestions stay above it and the coach warns when your draft goes under."
              inputMode="decimal"
              value={s.floor}
              onValue={(v) => setService(i, { floor: v })}
              error={errorUnder(errors, `services.${i}.floor`)}
              data-testid={`service-floor-${i}`}
            />
            <fieldset className="dc-fieldset">
              <legend>Line items (what the price pays for)</legend>
              {s.lineItems.map((li, j) => (
                <div key={j} className="dc-form-row">
                  <TextField
                    label={`Step ${j + 1}`}
                    value={li.name}
                    onValue={(v) => setService(i, { lineItems: s.lineItems.map((x, k) => (k === j ? { ...x, name: v } : x)) })}
                    error={errorUnder(errors, `services.${i}.lineItems.${j}.name`)}
                  />
                  <TextField
                    label={`Step ${j + 1} price (optional)`}
                    inputMode="decimal"
                    value={li.price}
                    onValue={(v) => setService(i, { lineItems: s.lineItems.map((x, k) => (k === j ? { ...x, price: v } : x)) })}
                    error={errorUnder(errors, `services.${i}.lineItems.${j}.price`)}
                  />
                  <Button size="sm" variant="ghost" className="dc-row-remove" onClick={() => setService(i, { lineItems: s.lineItems.filter((_, k) => k !== j) })}>
                    Remove step {j + 1}
                  </Button>
                </div>
              ))}
              <div>
                <Button size="sm" onClick={() => setService(i, { lineItems: [...s.lineItems, { name: '', price: '' }] })}>
                  Add a step
                </Button>
              </div>
            </fieldset>
            <fieldset className="dc-fieldset">
              <legend>Smaller versions (complete on their own, offered instead of a discount)</legend>
              {s.smallerVersions.map((v, j) => (
                <div key={j} className="dc-form-row">
                  <TextField
                    label={`Version ${j + 1}`}
                    hint={j === 0 ? 'For example "a one-page site" or "the logo without the brand guide".' : undefined}
                    value={v.name}
                    onValue={(val) => setService(i, { smallerVersions: s.smallerVersions.map((x, k) => (k === j ? { ...x, name: val } : x)) })}
                    error={errorUnder(errors, `services.${i}.smallerVersions.${j}.name`)}
                    data-testid={`service-smaller-name-${i}-${j}`}
                  />
                  <TextField
                    label={`Version ${j + 1} price`}
                    inputMode="decimal"
                    value={v.price}
                    onValue={(val) => setService(i, { smallerVersions: s.smallerVersions.map((x, k) => (k === j ? { ...x, price: val } : x)) })}
                    error={errorUnder(errors, `services.${i}.smallerVersions.${j}.price`)}
                    data-testid={`service-smaller-price-${i}-${j}`}
                  />
                  <Button size="sm" variant="ghost" className="dc-row-remove" onClick={() => setService(i, { smallerVersions: s.smallerVersions.filter((_, k) => k !== j) })}>
                    Remove version {j + 1}
                  </Button>
                </div>
              ))}
              <div>
                <Button size="sm" onClick={() => setService(i, { smallerVersions: [...s.smallerVersions, { name: '', price: '' }] })} data-testid={`add-smaller-${i}`}>
                  Add a smaller version
                </Button>
              </div>
            </fieldset>
            <div>
              <Button size="sm" variant="ghost" onClick={() => update((f) => ({ ...f, services: f.services.filter((_, j) => j !== i) }))}>
                Remove this service
              </Button>
            </div>
          </fieldset>
        ))}
        <div>
          <Button size="sm" onClick={() => update((f) => ({ ...f, services: [...f.services, emptyService()] }))} data-testid="add-service">
            Add a service
          </Button>
        </div>
      </fieldset>

      <fieldset className="dc-fieldset">
        <legend>Your usual terms</legend>
        <div className="dc-form-row">
          <TextField label="Deposit %" inputMode="decimal" value={form.depositPercent} onValue={set('depositPercent')} error={errors.depositPercent} data-testid="profile-deposit" />
          <TextField label="Revision rounds" inputMode="numeric" value={form.revisionRounds} onValue={set('revisionRounds')} error={errors.revisionRounds} data-testid="profile-rounds" />
        </div>
        <TextField label="Working hours" value={form.workingHours} onValue={set('workingHours')} error={errors.workingHours} data-testid="profile-hours" />
        <TextField label="Response time" value={form.responseTime} onValue={set('responseTime')} placeholder="within one working day" error={errors.responseTime} />
        <div className="dc-form-row">
          <TextField label="Rush surcharge %" inputMode="decimal" value={form.rushSurchargePercent} onValue={set('rushSurchargePercent')} error={errors.rushSurchargePercent} />
          <TextField label="NDA surcharge %" inputMode="decimal" value={form.ndaSurchargePercent} onValue={set('ndaSurchargePercent')} error={errors.ndaSurchargePercent} />
        </div>
        <TextField label="Portfolio link" value={form.portfolioUrl} onValue={set('portfolioUrl')} error={errors.portfolioUrl} />
      </fieldset>

      <fieldset className="dc-fieldset">
        <legend>Follow-ups (working days)</legend>
        <p className="dc-muted-text">When the client goes quiet after your message, the panel offers a follow-up after this many working days. Empty: 3, 5 and 2.</p>
        <div className="dc-form-row">
          <TextField label="After a proposal" inputMode="numeric" value={form.followUpProposalDays} onValue={set('followUpProposalDays')} placeholder="3" error={errors['followUp.proposalDays']} data-testid="profile-followup-proposal" />
          <TextField label="After work sent for approval" inputMode="numeric" value={form.followUpApprovalDays} onValue={set('followUpApprovalDays')} placeholder="5" error={errors['followUp.approvalDays']} data-testid="profile-followup-approval" />
          <TextField label="After an invoice's due date" inputMode="numeric" value={form.followUpInvoiceGraceDays} onValue={set('followUpInvoiceGraceDays')} placeholder="2" error={errors['followUp.invoiceGraceDays']} data-testid="profile-followup-invoice" />
        </div>
      </fieldset>

      <FormOutcomeBanner outcome={outcome} testId="profile-status" />
      <div className="dc-form-actions">
        <Button type="submit" variant="primary" disabled={busy} data-testid="profile-save">
          Save profile
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
