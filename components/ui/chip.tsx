// Side panel (React): a small label; with a tooltip it becomes focusable so keyboard users get the same hint as mouse users.
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './ui.css';

export type ChipTone = 'accent' | 'neutral' | 'warning' | 'success';

export interface ChipProps {
  children: ReactNode;
  /** Shown on hover and on keyboard focus, and read as the chip's description. */
  tooltip?: string;
  tone?: ChipTone;
  /** Screen-reader name when the visible text is not enough (e.g. "Principle: Trade concessions"). */
  label?: string;
  className?: string;
  'data-testid'?: string;
  'data-principle-id'?: string;
}

export function Chip({ children, tooltip, tone = 'accent', label, className, ...data }: ChipProps) {
  const [open, setOpen] = useState(false);
  const tipId = useId();
  const tipRef = useRef<HTMLSpanElement | null>(null);

  // The panel is narrow: a tooltip of a chip near the right edge is shifted left so it never overflows.
  useLayoutEffect(() => {
    const tip = tipRef.current;
    if (!open || !tip) return;
    tip.style.transform = '';
    const overflow = tip.getBoundingClientRect().right - (document.documentElement.clientWidth || window.innerWidth) + 8;
    if (overflow > 0) tip.style.transform = `translateX(${-overflow}px)`;
  }, [open]);
  const cls = ['dc-chip', tone === 'accent' ? '' : `dc-chip--${tone}`, className ?? ''].filter(Boolean).join(' ');
  if (!tooltip) {
    return (
      <span className={cls} aria-label={label} {...data}>
        {children}
      </span>
    );
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') setOpen(false);
  };
  return (
    <span className="dc-chip-wrap" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className={cls}
        aria-label={label}
        aria-describedby={tipId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onKeyDown}
        {...data}
      >
        {children}
      </button>
      {/* Kept in the DOM (hidden) so aria-describedby always resolves. */}
      <span ref={tipRef} role="tooltip" id={tipId} className="dc-tooltip" hidden={!open}>
        {tooltip}
      </span>
    </span>
  );
}
