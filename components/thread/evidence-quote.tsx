// Side panel (React): a quoted sentence from the mail with the evidence marked; React text nodes only, never HTML.
import { evidenceInContext } from './evidence';

export function EvidenceQuote({ text, evidence, index }: { text: string; evidence: string; index: number }) {
  const c = evidenceInContext(text, evidence, index);
  return (
    <blockquote className="dc-quote">
      {c.clippedStart && '… '}
      {c.before}
      <mark>{c.match}</mark>
      {c.after}
      {c.clippedEnd && ' …'}
    </blockquote>
  );
}
