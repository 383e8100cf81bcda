// @vitest-environment happy-dom
// Component tests (happy-dom): the submit path every form shares, seen through the capture form: refusal, failure, retry.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaptureFormView } from '../../../components/clients/capture-form';
import type { CaptureForm } from '../../../lib/panel/capture';

afterEach(() => cleanup());

const INITIAL: CaptureForm = { priceAmount: '2400', priceCurrency: 'EUR', depositPercent: '30', deadlineDate: '2025-03-20', deadlineWhat: 'Delivery', confirmedAt: '' };

function field(testId: string): HTMLInputElement {
  const el = screen.getByTestId(testId);
  return (el instanceof HTMLInputElement ? el : el.querySelector('input')) as HTMLInputElement;
}

describe('shared form submit', () => {
  it('refuses a bad value with a message at the field and a summary, and saves nothing', async () => {
    const onConfirm = vi.fn(async () => {});
    render(<CaptureFormView initial={INITIAL} current={undefined} onConfirm={onConfirm} onCancel={() => {}} />);
    const user = userEvent.setup();
    await user.clear(field('agreement-field-depositPercent'));
    await user.type(field('agreement-field-depositPercent'), '130');
    await user.click(screen.getByTestId('confirm-save'));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual(['100 or less', 'Not saved: one field needs fixing.']);
    expect(field('agreement-field-depositPercent').getAttribute('aria-invalid')).toBe('true');
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('keeps everything the user typed when saving fails, says why, and saves on retry', async () => {
    let attempt = 0;
    const saved: unknown[] = [];
    const onConfirm = vi.fn(async (patch: unknown) => {
      attempt++;
      if (attempt === 1) throw new Error('the database is busy, try again');
      saved.push(patch);
    });
    render(<CaptureFormView initial={INITIAL} current={undefined} onConfirm={onConfirm} onCancel={() => {}} />);
    const user = userEvent.setup();
    await user.clear(field('agreement-field-price'));
    await user.type(field('agreement-field-price'), '2600');
    await user.click(screen.getByTestId('confirm-save'));

    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: the database is busy, try again');
    expect(field('agreement-field-price').value).toBe('2600');
    expect(screen.getByTestId('confirm-save')).toHaveProperty('disabled', false);

    await user.click(screen.getByTestId('confirm-save'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ price: { amount: 2600, currency: 'EUR' }, depositPercent: 30 });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
