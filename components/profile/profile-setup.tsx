// Side panel (React): first-run setup: the few profile values suggestions need most; skippable.
import { useState } from 'react';
import { getProfile, saveProfile } from '../../lib/db';
import { emptyService, formToProfile, profileToForm, type ProfileForm } from '../../lib/panel/profile-form';
import { EMPTY_PROFILE } from '../../lib/negotiation/schemas';
import { errorUnder, TextField } from '../clients/fields';
import { useServices } from '../services-context';
import { Button, Card, FormOutcomeBanner, TextArea, useFormSubmit } from '../ui';
import '../clients/data.css';

export interface ProfileSetupProps {
  onDone(): void;
  /** "Not now": defaults to onDone when the shell does not tell the two apart. */
  onDismiss?(): void;
}

export function ProfileSetup({ onDone, onDismiss }: ProfileSetupProps) {
  const { db } = useServices();
  const [form, setForm] = useState<ProfileForm>(() => ({ ...profileToForm(EMPTY_PROFILE), services: [emptyService()] }));
  const { errors, busy, outcome, onSubmit } = useFormSubmit(
    () => formToProfile(form),
    async (profile) => {
      // Keeps whatever else a profile may hold already (tone, surcharges) if it was saved elsewhere meanwhile.
      const existing = await getProfile(db);
      await saveProfile(db, { ...existing, ...profile });
      onDone();
    },
  );
  const set = (k: keyof ProfileForm) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const service = form.services[0]!;
  const setService = (k: 'name' | 'price') => (v: string) => setForm((f) => ({ ...f, services: [{ ...f.services[0]!, [k]: v }] }));

  return (
    <Card title="Set up your profile" headingLevel={2} data-testid="profile-setup">
      <form
        className="dc-form"
        aria-label="Profile setup"
        onSubmit={onSubmit}
      >
        <p className="dc-muted-text">Suggested replies use these to name your price and terms. Takes a minute; you can change everything later under Profile.</p>
        <TextField label="Your name" value={form.name} onValue={set('name')} autoComplete="name" error={errors.name} data-testid="setup-name" />
        <TextArea label="Signature" value={form.signature} onChange={(e) => set('signature')(e.target.value)} rows={2} data-testid="setup-signature" />
        <TextField label="Currency" value={form.currency} onValue={set('currency')} maxLength={3} error={errors.currency} hint="Three letters: USD, EUR, GBP…" data-testid="setup-currency" />
        <div className="dc-form-row">
          <TextField label="Main service" value={service.name} onValue={setService('name')} placeholder="Landing page copy" error={errorUnder(errors, 'services.0.name')} data-testid="setup-service-name" />
          <TextField label="Its price" inputMode="decimal" value={service.price} onValue={setService('price')} error={errorUnder(errors, 'services.0.price')} data-testid="setup-service-price" />
        </div>
        <div className="dc-form-row">
          <TextField label="Deposit %" inputMode="decimal" value={form.depositPercent} onValue={set('depositPercent')} error={errors.depositPercent} data-testid="setup-deposit" />
          <TextField label="Revision rounds" inputMode="numeric" value={form.revisionRounds} onValue={set('revisionRounds')} error={errors.revisionRounds} data-testid="setup-rounds" />
        </div>
        <TextField label="Working hours" value={form.workingHours} onValue={set('workingHours')} placeholder="Mon–Fri, 9:00–18:00 CET" error={errors.workingHours} data-testid="setup-hours" />
        <FormOutcomeBanner outcome={outcome} />
        <div className="dc-form-actions">
          <Button type="submit" variant="primary" disabled={busy} data-testid="profile-save">
            Save profile
          </Button>
          <Button variant="ghost" onClick={() => (onDismiss ?? onDone)()} data-testid="setup-skip">
            Not now
          </Button>
        </div>
      </form>
    </Card>
  );
}
