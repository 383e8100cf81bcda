// @vitest-environment happy-dom
// Component tests (happy-dom): first-run profile setup and the profile editor, validated per field with ProfileSchema.
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileSetup } from '../../../components/profile/profile-setup';
import { ProfileView } from '../../../components/profile/profile-view';
import { PROFILE_KEY } from '../../../lib/db/database';
import { getProfile, saveProfile } from '../../../lib/db';
import { fakeServices, renderWith } from './services';

afterEach(() => cleanup());

describe('ProfileSetup', () => {
  it('saves name, signature, currency, one service, deposit, rounds and hours, then calls onDone', async () => {
    const { services, db } = fakeServices();
    const onDone = vi.fn();
    renderWith(services, <ProfileSetup onDone={onDone} />);
    await userEvent.type(screen.getByTestId('setup-name'), 'Dana Cole');
    await userEvent.type(screen.getByTestId('setup-signature'), 'Dana · copywriter');
    const currency = screen.getByTestId('setup-currency');
    await userEvent.clear(currency);
    await userEvent.type(currency, 'eur');
    await userEvent.type(screen.getByTestId('setup-service-name'), 'Landing page copy');
    await userEvent.type(screen.getByTestId('setup-service-price'), '1,200');
    await userEvent.type(screen.getByTestId('setup-deposit'), '30');
    await userEvent.type(screen.getByTestId('setup-rounds'), '2');
    await userEvent.type(screen.getByTestId('setup-hours'), 'Mon–Fri 9–17');
    await userEvent.click(screen.getByTestId('profile-save'));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    const p = await getProfile(db);
    expect(p).toMatchObject({
      name: 'Dana Cole',
      signature: 'Dana · copywriter',
      currency: 'EUR',
      depositPercent: 30,
      revisionRounds: 2,
      workingHours: 'Mon–Fri 9–17',
      services: [{ name: 'Landing page copy', price: 1200, unit: 'project' }],
    });
  });

  it('refuses bad values field by field and saves nothing', async () => {
    const { services, db } = fakeServices();
    const onDone = vi.fn();
    renderWith(services, <ProfileSetup onDone={onDone} />);
    const currency = screen.getByTestId('setup-currency');
    await userEvent.clear(currency);
    await userEvent.type(currency, 'E1');
    await userEvent.type(screen.getByTestId('setup-service-name'), 'Logo');
    await userEvent.type(screen.getByTestId('setup-deposit'), 'half');
    await userEvent.type(screen.getByTestId('setup-rounds'), '2.5');
    await userEvent.click(screen.getByTestId('profile-save'));
    const alerts = await screen.findAllByRole('alert');
    const messages = alerts.map((a) => a.textContent);
    expect(messages).toContain('a three-letter currency code such as USD');
    expect(screen.getByTestId('setup-service-price').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('setup-deposit').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('setup-rounds').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('setup-name').getAttribute('aria-invalid')).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
    expect(await db.profile.get(PROFILE_KEY)).toBeUndefined();
  });

  it('can be skipped without saving anything', async () => {
    const { services, db } = fakeServices();
    const onDone = vi.fn();
    const onDismiss = vi.fn();
    renderWith(services, <ProfileSetup onDone={onDone} onDismiss={onDismiss} />);
    await userEvent.click(screen.getByTestId('setup-skip'));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onDone).not.toHaveBeenCalled();
    expect(await db.profile.get(PROFILE_KEY)).toBeUndefined();
  });
});

describe('ProfileView', () => {
  it('loads the saved profile and saves a new service with keywords and line items', async () => {
    const { services, db } = fakeServices();
    await saveProfile(db, { name: 'Dana', currency: 'EUR', services: [{ name: 'Logo', price: 500 }] });
    renderWith(services, <ProfileView />);
    await waitFor(() => expect((screen.getByTestId('profile-name') as HTMLInputElement).value).toBe('Dana'));
    expect((screen.getByTestId('service-price-0') as HTMLInputElement).value).toBe('500');

    await userEvent.click(screen.getByTestId('add-service'));
    await userEvent.type(screen.getByTestId('service-name-1'), 'Landing page');
    await userEvent.type(screen.getByTestId('service-price-1'), '1500');
    await userEvent.selectOptions(screen.getByTestId('service-unit-1'), 'project');
    await userEvent.type(screen.getByTestId('service-keywords-1'), 'landing page, sales page');
    await userEvent.click(screen.getAllByRole('button', { name: 'Add a step' })[1]!);
    await userEvent.type(screen.getByLabelText('Step 1'), 'Competitor analysis');
    await userEvent.click(screen.getByTestId('profile-save'));
    expect((await screen.findByTestId('profile-status')).textContent).toBe('Profile saved.');
    const p = await getProfile(db);
    expect(p.services[1]).toEqual({ name: 'Landing page', price: 1500, unit: 'project', keywords: ['landing page', 'sales page'], lineItems: [{ name: 'Competitor analysis' }], smallerVersions: [] });
  });

  it('shows the error under the field that is wrong and keeps the stored profile', async () => {
    const { services, db } = fakeServices();
    await saveProfile(db, { name: 'Dana', currency: 'EUR', services: [{ name: 'Logo', price: 500 }] });
    renderWith(services, <ProfileView />);
    const price = await screen.findByTestId('service-price-0');
    await waitFor(() => expect((price as HTMLInputElement).value).toBe('500'));
    await userEvent.clear(price);
    await userEvent.type(price, 'lots');
    await userEvent.click(screen.getByTestId('profile-save'));
    expect(price.getAttribute('aria-invalid')).toBe('true');
    const describedBy = price.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy.split(' ')[0]!)!.textContent).toMatch(/a number/);
    expect((await getProfile(db)).services[0]!.price).toBe(500);
  });

  it('follows changes saved elsewhere until the user edits; then keeps their typing, and Discard goes back to the stored profile', async () => {
    const { services, db } = fakeServices();
    await saveProfile(db, { name: 'Dana', currency: 'EUR', services: [] });
    renderWith(services, <ProfileView />);
    const name = () => screen.getByTestId('profile-name') as HTMLInputElement;
    await waitFor(() => expect(name().value).toBe('Dana'));

    await saveProfile(db, { name: 'Dana Cole', currency: 'EUR', services: [] }); // e.g. an import in another view
    await waitFor(() => expect(name().value).toBe('Dana Cole'));

    await userEvent.type(screen.getByTestId('profile-hours'), 'Mon–Thu');
    await saveProfile(db, { name: 'D. Cole', currency: 'EUR', services: [] });
    await new Promise((r) => setTimeout(r, 50));
    expect(name().value).toBe('Dana Cole');
    expect((screen.getByTestId('profile-hours') as HTMLInputElement).value).toBe('Mon–Thu');

    await userEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(name().value).toBe('D. Cole'));
    expect((screen.getByTestId('profile-hours') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('button', { name: 'Discard changes' })).toBeNull();
  });
});
