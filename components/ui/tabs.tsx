// Side panel (React): tabs (navigation between views) and a segmented control (one choice of a few), both with arrow-key support.
import { useRef, type KeyboardEvent } from 'react';
import './ui.css';

export interface TabItem<T extends string> {
  id: T;
  label: string;
  'data-testid'?: string;
}

/** Moves focus and selection with arrows/Home/End, as the WAI-ARIA tabs and radio-group patterns expect. */
function arrowIndex(e: KeyboardEvent, index: number, count: number): number | null {
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export interface TabsProps<T extends string> {
  items: TabItem<T>[];
  value: T;
  onChange(value: T): void;
  label: string;
  /** Prefix for tab/panel ids; the panel must carry id `${idBase}-panel-${value}`. */
  idBase: string;
  className?: string;
}

export function Tabs<T extends string>({ items, value, onChange, label, idBase, className }: TabsProps<T>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  return (
    <div role="tablist" aria-label={label} className={`dc-tabs ${className ?? ''}`}>
      {items.map((item, i) => {
        const selected = item.id === value;
        return (
          <button
            key={item.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idBase}-tab-${item.id}`}
            aria-selected={selected}
            aria-controls={`${idBase}-panel-${item.id}`}
            tabIndex={selected ? 0 : -1}
            className="dc-tab"
            data-testid={item['data-testid']}
            onClick={() => onChange(item.id)}
            onKeyDown={(e) => {
              const next = arrowIndex(e, i, items.length);
              if (next === null) return;
              e.preventDefault();
              onChange(items[next]!.id);
              refs.current[next]?.focus();
            }}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}

export interface SegmentedProps<T extends string> {
  options: { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
  label: string;
  className?: string;
  'data-testid'?: string;
}

export function Segmented<T extends string>({ options, value, onChange, label, className, ...data }: SegmentedProps<T>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  return (
    <div role="radiogroup" aria-label={label} className={`dc-segmented ${className ?? ''}`} {...data}>
      {options.map((opt, i) => {
        const checked = opt.value === value;
        return (
          <button
            key={opt.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            className="dc-segment"
            data-value={opt.value}
            onClick={() => onChange(opt.value)}
            onKeyDown={(e) => {
              const next = arrowIndex(e, i, options.length);
              if (next === null) return;
              e.preventDefault();
              onChange(options[next]!.value);
              refs.current[next]?.focus();
            }}
          >
            {opt.label}
          </button>
        );
      })}
    </div>
  );
}
