// Side panel (React): buttons in the panel's few variants; icon-only buttons must carry a screen-reader name.
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import './ui.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'link' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'secondary', size = 'md', className, type = 'button', ref, ...rest }: ButtonProps) {
  const cls = ['dc-button', `dc-button--${variant}`, size === 'sm' ? 'dc-button--sm' : '', className ?? ''].filter(Boolean).join(' ');
  return <button ref={ref} type={type} className={cls} {...rest} />;
}

export interface IconButtonProps extends Omit<ButtonProps, 'children' | 'aria-label'> {
  /** Required: an icon alone says nothing to a screen reader. */
  label: string;
  icon: ReactNode;
}

export function IconButton({ label, icon, className, variant = 'ghost', title, ...rest }: IconButtonProps) {
  return (
    <Button aria-label={label} title={title ?? label} variant={variant} className={`dc-icon-button ${className ?? ''}`} {...rest}>
      <span aria-hidden="true">{icon}</span>
    </Button>
  );
}
