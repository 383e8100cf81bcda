// Side panel (React): a callout for status, warnings and errors; `live` makes screen readers announce it.
import type { HTMLAttributes, ReactNode } from 'react';
import './ui.css';

export type BannerTone = 'info' | 'success' | 'warning' | 'error' | 'neutral';

export interface BannerProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  tone?: BannerTone;
  title?: ReactNode;
  actions?: ReactNode;
  /** 'polite' → role=status, 'assertive' → role=alert; omit for static callouts. */
  live?: 'polite' | 'assertive';
}

export function Banner({ tone = 'info', title, actions, live, className, children, ...rest }: BannerProps) {
  const role = live === 'assertive' ? 'alert' : live === 'polite' ? 'status' : undefined;
  return (
    <div role={role} className={`dc-banner dc-banner--${tone} ${className ?? ''}`} {...rest}>
      <div className="dc-banner__body">
        {title && <div className="dc-banner__title">{title}</div>}
        {children}
      </div>
      {actions}
    </div>
  );
}

/** Alias: some views read better as "Callout". */
export const Callout = Banner;
