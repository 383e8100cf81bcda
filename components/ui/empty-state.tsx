// Side panel (React): what a view shows when it has nothing yet, with the one action that fixes it.
import type { ReactNode } from 'react';
import './ui.css';

export interface EmptyStateProps {
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
  'data-testid'?: string;
}

export function EmptyState({ title, children, action, icon, ...data }: EmptyStateProps) {
  return (
    <div className="dc-empty" {...data}>
      {icon && <div aria-hidden="true" style={{ fontSize: 28 }}>{icon}</div>}
      <p className="dc-empty__title">{title}</p>
      {children && <div>{children}</div>}
      {action}
    </div>
  );
}
