// Side panel (React): a labelled textarea that grows with its content (Firefox lacks CSS field-sizing, so it is measured).
import { useCallback, useId, useLayoutEffect, useRef, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import './ui.css';

export interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  /** Visible label; pass `hideLabel` to keep it for screen readers only. */
  label: ReactNode;
  hideLabel?: boolean;
  hint?: ReactNode;
  maxAutoHeight?: number;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextArea({ label, hideLabel, hint, maxAutoHeight = 480, className, id, ref, value, ...rest }: TextAreaProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const inner = useRef<HTMLTextAreaElement | null>(null);

  const setRefs = useCallback(
    (el: HTMLTextAreaElement | null) => {
      inner.current = el;
      if (typeof ref === 'function') ref(el);
      else if (ref) (ref as { current: HTMLTextAreaElement | null }).current = el;
    },
    [ref],
  );

  useLayoutEffect(() => {
    const el = inner.current;
    if (!el) return;
    el.style.height = 'auto';
    const h = Math.min(el.scrollHeight + 2, maxAutoHeight);
    if (h > 2) el.style.height = `${h}px`;
    el.style.overflowY = el.scrollHeight > maxAutoHeight ? 'auto' : 'hidden';
  }, [value, maxAutoHeight]);

  return (
    <div className="dc-field">
      <label htmlFor={fieldId} className={hideLabel ? 'dc-visually-hidden' : 'dc-field__label'}>
        {label}
      </label>
      <textarea ref={setRefs} id={fieldId} aria-describedby={hintId} className={`dc-textarea ${className ?? ''}`} value={value} {...rest} />
      {hint && (
        <span id={hintId} className="dc-field__hint">
          {hint}
        </span>
      )}
    </div>
  );
}
