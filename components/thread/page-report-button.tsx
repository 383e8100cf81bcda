// Side panel (React): "Copy a page report" for bug reports: the page's structure without message text, names or addresses.
import { useState } from 'react';
import { useServices } from '../services-context';
import { Button } from '../ui';
import { errorText } from '../../lib/error-text';

type Status = { kind: 'idle' | 'busy' } | { kind: 'ok' | 'error'; text: string };

export function PageReportButton({ tabId }: { tabId: number }) {
  const { page, clipboard } = useServices();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  if (!page.pageReport) return null;
  const copy = async () => {
    setStatus({ kind: 'busy' });
    try {
      const r = await page.pageReport!(tabId);
      if (!r.ok) {
        setStatus({ kind: 'error', text: `Couldn't make a page report: ${r.detail}` });
        return;
      }
      const json = JSON.stringify(r.report);
      await clipboard.writeText(json);
      setStatus({
        kind: 'ok',
        text: `Page report copied (${Math.max(1, Math.round(json.length / 1000))} kB): the page's structure, with no message text, names or addresses. Paste it into your bug report.`,
      });
    } catch (e) {
      setStatus({ kind: 'error', text: `Couldn't copy the page report: ${errorText(e)}` });
    }
  };
  return (
    <div className="dc-page-report">
      <Button variant="link" size="sm" onClick={copy} disabled={status.kind === 'busy'} data-testid="copy-page-report">
        {status.kind === 'busy' ? 'Making a page report…' : 'Copy a page report'}
      </Button>
      {(status.kind === 'ok' || status.kind === 'error') && (
        <p role="status" className={`dc-page-report__status dc-page-report__status--${status.kind}`} data-testid="page-report-status">
          {status.text}
        </p>
      )}
    </div>
  );
}
