// Side panel (React): "Your data": export everything to one JSON file (no network), import with a preview and all-or-nothing apply.
import { useRef, useState } from 'react';
import { exportAll, importAll, previewImport, readImportFile, type ImportIssue, type ImportSummary } from '../../lib/db/transfer';
import { useServices } from '../services-context';
import { Banner, Button, Card } from '../ui';
import './data.css';
import { errorText } from '../../lib/error-text';

const ROWS: { key: keyof ImportSummary; label: string }[] = [
  { key: 'profile', label: 'Profile' },
  { key: 'clients', label: 'Clients' },
  { key: 'agreements', label: 'Agreements' },
  { key: 'history', label: 'History entries' },
  { key: 'notes', label: 'Notes' },
];

/** Offers a Blob as a download through a temporary object URL; nothing leaves the browser. */
export function downloadJson(filename: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

type Pending = { name: string; json: string; summary: ImportSummary };

export function DataTransfer() {
  const { db, today } = useServices();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [errors, setErrors] = useState<{ name: string; list: ImportIssue[] } | null>(null);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const doExport = async () => {
    setStatus(null);
    try {
      const data = await exportAll(db);
      downloadJson(`dealcraft-${today()}.json`, data);
      setStatus({ tone: 'success', text: `Exported ${data.clients.length} clients and ${data.notes.length} notes.` });
    } catch (e) {
      setStatus({ tone: 'error', text: `Export failed: ${errorText(e)}` });
    }
  };

  const pick = async (file: File | undefined) => {
    setPending(null);
    setErrors(null);
    setStatus(null);
    if (!file) return;
    setBusy(true);
    try {
      const read = await readImportFile(file);
      if (!read.ok) {
        setErrors({ name: file.name, list: read.errors });
        return;
      }
      const json = read.text;
      const r = await previewImport(db, json);
      if (r.ok) setPending({ name: file.name, json, summary: r.summary });
      else setErrors({ name: file.name, list: r.errors });
    } catch (e) {
      setErrors({ name: file.name, list: [{ path: '', message: errorText(e) }] });
    } finally {
      setBusy(false);
      // The same file can be picked again after fixing it.
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const apply = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const r = await importAll(db, pending.json);
      if (r.ok) {
        setStatus({ tone: 'success', text: `Imported ${pending.name}.` });
        setPending(null);
      } else {
        setErrors({ name: pending.name, list: r.errors });
        setPending(null);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Your data" headingLevel={3} data-testid="your-data">
      <div className="dc-form">
        <p className="dc-muted-text">Everything stays in this browser. Export a backup file, or import one (from here or another computer).</p>
        <div className="dc-form-actions">
          <Button onClick={() => void doExport()} data-testid="export-data">
            Export everything
          </Button>
          <label className="dc-field">
            <span className="dc-field__label">Import a backup file</span>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              className="dc-input"
              disabled={busy}
              onChange={(e) => void pick(e.target.files?.[0])}
              data-testid="import-data"
            />
          </label>
        </div>

        {pending && (
          <div data-testid="import-preview" className="dc-stack">
            <p>
              Importing <strong>{pending.name}</strong> will:
            </p>
            <table className="dc-preview-table">
              <thead>
                <tr>
                  <th scope="col">Records</th>
                  <th scope="col">Add</th>
                  <th scope="col">Replace</th>
                </tr>
              </thead>
              <tbody>
                {ROWS.map(({ key, label }) => (
                  <tr key={key} data-testid={`import-preview-${key}`}>
                    <th scope="row">{label}</th>
                    <td>{pending.summary[key].add}</td>
                    <td>{pending.summary[key].replace}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="dc-muted-text">Replaced agreements keep their old values in their history. Nothing else is deleted.</p>
            <div className="dc-form-actions">
              <Button variant="primary" onClick={() => void apply()} disabled={busy} data-testid="import-apply">
                Import
              </Button>
              <Button variant="ghost" onClick={() => setPending(null)}>
                Cancel
              </Button>
            </div>
          </div>
        )}

        {errors && (
          <Banner tone="error" live="assertive" title={`${errors.name} was not imported; nothing was changed.`} data-testid="import-error">
            <ul className="dc-error-list">
              {errors.list.map((e, i) => (
                <li key={i}>
                  {e.path ? <span className="dc-code">{e.path}</span> : 'File'}: {e.message}
                </li>
              ))}
            </ul>
          </Banner>
        )}
        {status && (
          <Banner tone={status.tone} live="polite" data-testid="data-status">
            {status.text}
          </Banner>
        )}
      </div>
    </Card>
  );
}
