// Side panel (React): a form's editable copy of a stored record, which follows the record until the user starts editing.
import { useEffect, useState } from 'react';

export interface EditedCopy<F> {
  form: F;
  dirty: boolean;
  /** An edit by the user: from now on, changes saved elsewhere no longer replace what they typed. */
  edit(fn: (form: F) => F): void;
  /** Back to the stored record. */
  discard(): void;
  /** The copy was saved: follow the stored record again. */
  saved(): void;
}

/**
 * `fromStored` turns the stored record into form values; `stored` is what it reads, so a change saved elsewhere
 * (a capture from a thread, an import, the first-run setup) shows at once while nothing is being edited.
 */
export function useEditedCopy<F>(fromStored: () => F, stored: readonly unknown[]): EditedCopy<F> {
  const [form, setForm] = useState<F>(fromStored);
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (!dirty) setForm(fromStored());
    // `stored` lists what fromStored reads (same length on every render), so the copy follows exactly those.
  }, [...stored, dirty]);

  return {
    form,
    dirty,
    edit: (fn) => {
      setForm(fn);
      setDirty(true);
    },
    discard: () => {
      setForm(fromStored());
      setDirty(false);
    },
    saved: () => setDirty(false),
  };
}
