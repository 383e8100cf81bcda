// Side panel (React): Outlook on an organisation's own domain: allow Dealcraft on this one site, asked at that moment.
import { useState } from 'react';
import { useServices } from '../services-context';
import { Button } from '../ui';

export function AllowSite({ tabId, site }: { tabId: number; site: string }) {
  const { page } = useServices();
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' } | { kind: 'done' | 'error'; text: string }>({ kind: 'idle' });
  if (!page.allowSite) return null;
  const host = new URL(site).host;
  const allow = async () => {
    setStatus({ kind: 'busy' });
    // The browser shows its own prompt for this one site; nothing else is asked for.
    const r = await page.allowSite!(tabId, site).catch((e: unknown) => ({ ok: false, detail: String(e) }));
    setStatus(r.ok ? { kind: 'done', text: `Dealcraft may now read ${host}; the thread appears here as soon as Outlook shows one.` } : { kind: 'error', text: r.detail });
  };
  return (
    <div className="dc-allow-site" data-testid="allow-site">
      <p>Is this Outlook on your organisation's own address? Dealcraft can read it once you allow this one site.</p>
      <Button variant="secondary" size="sm" onClick={allow} disabled={status.kind === 'busy'} data-testid="allow-site-button">
        {status.kind === 'busy' ? 'Waiting for the browser…' : `Allow Dealcraft on ${host}`}
      </Button>
      {(status.kind === 'done' || status.kind === 'error') && (
        <p role="status" data-testid="allow-site-status">
          {status.text}
        </p>
      )}
    </div>
  );
}
