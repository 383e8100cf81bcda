// Side panel (React): loading indicators; skeletons take the final size so content fills in without layout jumps.
import type { CSSProperties } from 'react';
import './ui.css';

export function Spinner({ label = 'Loading' }: { label?: string }) {
  return (
    <span role="status" aria-live="polite">
      <span className="dc-spinner" aria-hidden="true" />
      <span className="dc-visually-hidden">{label}</span>
    </span>
  );
}

export interface SkeletonProps {
  width?: CSSProperties['width'];
  height?: CSSProperties['height'];
  /** Several text-like lines, the last one shorter. */
  lines?: number;
  radius?: CSSProperties['borderRadius'];
  className?: string;
}

export function Skeleton({ width = '100%', height = 14, lines, radius, className }: SkeletonProps) {
  if (lines && lines > 1) {
    return (
      <span aria-hidden="true" style={{ display: 'flex', flexDirection: 'column', gap: 6, width }} className={className}>
        {Array.from({ length: lines }, (_, i) => (
          <span key={i} className="dc-skeleton" style={{ height, width: i === lines - 1 ? '60%' : '100%', borderRadius: radius }} />
        ))}
      </span>
    );
  }
  return <span aria-hidden="true" className={`dc-skeleton ${className ?? ''}`} style={{ width, height, borderRadius: radius }} />;
}
