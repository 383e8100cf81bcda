// Side panel (React): the one submit path every form shares: validate, mark fields, save once at a time, say what happened.
import { useCallback, useState, type FormEvent } from 'react';
import type { FormResult } from '../../lib/panel/form-values';
import { Banner } from './banner';
import { errorText } from '../../lib/error-text';

export interface FormOutcome {
  tone: 'success' | 'error';
  text: string;
}

export interface FormSubmit {
  /** Field errors by path ("price.amount", "services.0.name"); '' is an error of the whole form. */
  errors: Record<string, string>;
  busy: boolean;
  outcome: FormOutcome | null;
  onSubmit(event: FormEvent): void;
  /** After an edit or a discard: the previous outcome no longer describes the form. */
  reset(options?: { keepErrors?: boolean }): void;
}

/**
 * `persist` returns the success message to show (or nothing, when the form closes on success). A failure keeps
 * every value the user typed in the form: only the outcome changes, so they can fix and retry.
 */
export function useFormSubmit<T>(validate: () => FormResult<T>, persist: (value: T) => Promise<string | void>): FormSubmit {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);

  const submit = async () => {
    if (busy) return;
    const r = validate();
    if (!r.ok) {
      setErrors(r.errors);
      const n = Object.keys(r.errors).length;
      setOutcome({ tone: 'error', text: `Not saved: ${n === 1 ? 'one field needs' : 'some fields need'} fixing.` });
      return;
    }
    setErrors({});
    setOutcome(null);
    setBusy(true);
    try {
      const text = await persist(r.value);
      setOutcome(text ? { tone: 'success', text } : null);
    } catch (e) {
      setOutcome({ tone: 'error', text: `Not saved: ${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  };

  const reset = useCallback((options?: { keepErrors?: boolean }) => {
    setOutcome(null);
    if (!options?.keepErrors) setErrors({});
  }, []);

  return {
    errors,
    busy,
    outcome,
    reset,
    onSubmit: (event) => {
      event.preventDefault();
      void submit();
    },
  };
}

/** The outcome banner: errors are announced at once, success politely. */
export function FormOutcomeBanner({ outcome, testId }: { outcome: FormOutcome | null; testId?: string }) {
  if (!outcome) return null;
  return (
    <Banner tone={outcome.tone} live={outcome.tone === 'error' ? 'assertive' : 'polite'} data-testid={testId}>
      {outcome.text}
    </Banner>
  );
}
