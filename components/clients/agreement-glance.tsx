// Side panel (React): the current agreement in one small block: price, deposit, next deadline, revision rounds, confirmed or not.
import { formatTermValue, nextDeadline } from '../../lib/panel/agreement-form';
import type { AgreementTerms } from '../../lib/negotiation/schemas';
import { Chip } from '../ui';
import './data.css';

export function AgreementGlance({ terms, today }: { terms: AgreementTerms | undefined; today: string }) {
  const deadline = nextDeadline(terms, today);
  return (
    <div className="dc-stack" data-testid="agreement-glance">
      <dl className="dc-kv">
        <dt>Price</dt>
        <dd data-testid="glance-price">{terms?.price ? formatTermValue('price', terms.price) : 'not agreed'}</dd>
        <dt>Deposit</dt>
        <dd data-testid="glance-deposit">{terms?.depositPercent !== undefined ? formatTermValue('depositPercent', terms.depositPercent) : 'not agreed'}</dd>
        <dt>Deadline</dt>
        <dd data-testid="glance-deadline">{deadline ? `${deadline.what ? `${deadline.what}: ` : ''}${deadline.date}` : 'not agreed'}</dd>
        <dt>Revisions</dt>
        <dd data-testid="glance-rounds">{terms?.revisionRounds !== undefined ? formatTermValue('revisionRounds', terms.revisionRounds) : 'not agreed'}</dd>
      </dl>
      <div>
        {terms?.confirmedAt ? (
          <Chip tone="success" data-testid="glance-confirmed">
            Confirmed in writing {terms.confirmedAt}
          </Chip>
        ) : (
          <Chip tone="warning" data-testid="glance-unconfirmed">
            Not confirmed in writing
          </Chip>
        )}
      </div>
    </div>
  );
}
