// Side panel (React): a bordered surface grouping one thing (a suggestion, a client).
import type { HTMLAttributes, ReactNode } from 'react';
import './ui.css';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  /** Heading level of the title, so the page outline stays correct wherever the card sits. */
  headingLevel?: 2 | 3 | 4;
  actions?: ReactNode;
  as?: 'section' | 'article' | 'div' | 'li';
}

export function Card({ title, headingLevel = 3, actions, as = 'section', className, children, ...rest }: CardProps) {
  const Tag = as;
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <Tag className={`dc-card ${className ?? ''}`} {...rest}>
      {(title || actions) && (
        <div style={{ display: 'flex', alignItems: 'flex-start', gap: 'var(--space-2)', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          {title && <H className="dc-card__title">{title}</H>}
          {actions}
        </div>
      )}
      {children}
    </Tag>
  );
}
