// Side panel (React): the shell: header, navigation between Thread · Clients · Call summary · Profile, and first-run profile setup.
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { PROFILE_KEY } from '../lib/db/database';
import { ClientsView } from './clients/clients-view';
import { ProfileSetup } from './profile/profile-setup';
import { ProfileView } from './profile/profile-view';
import { useServices } from './services-context';
import { ThreadView } from './thread/thread-view';
import { loadEngine } from './thread/use-analysis';
import { Skeleton, Tabs, type TabItem } from './ui';
import './ui/theme.css';
import './app.css';

// The call summary carries the NLP lexicon too; it loads when first opened, not with the shell.
const CallSummaryView = lazy(() => import('./summary/call-summary-view').then((m) => ({ default: m.CallSummaryView })));

export type ViewId = 'thread' | 'clients' | 'summary' | 'profile';

const NAV: TabItem<ViewId>[] = [
  { id: 'thread', label: 'Thread', 'data-testid': 'nav-thread' },
  { id: 'clients', label: 'Clients', 'data-testid': 'nav-clients' },
  { id: 'summary', label: 'Call summary', 'data-testid': 'nav-summary' },
  { id: 'profile', label: 'Profile', 'data-testid': 'nav-profile' },
];

/** Remembered across panel openings: the user said "not now" to first-run setup. */
export const SETUP_DISMISSED_KEY = 'ui.profileSetupDismissed';

export function App({ initialView = 'thread' }: { initialView?: ViewId }) {
  const services = useServices();
  const [view, setView] = useState<ViewId>(initialView);
  // Views stay mounted once opened, so switching away and back keeps edits and unsaved notes.
  const [visited, setVisited] = useState<ReadonlySet<ViewId>>(() => new Set([initialView]));
  const go = useCallback((next: ViewId) => {
    setView(next);
    setVisited((v) => (v.has(next) ? v : new Set(v).add(next)));
  }, []);

  // undefined while loading, null when no profile was ever saved.
  const stored = useLiveQuery(async () => (await services.db.profile.get(PROFILE_KEY)) ?? null, [services.db]);
  const [dismissed, setDismissed] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    services.store
      .get(SETUP_DISMISSED_KEY)
      .then((v) => live && setDismissed(v === true))
      .catch(() => live && setDismissed(false));
    return () => {
      live = false;
    };
  }, [services.store]);
  const dismissSetup = useCallback(() => {
    setDismissed(true);
    void services.store.set(SETUP_DISMISSED_KEY, true).catch(() => undefined);
  }, [services.store]);
  const showSetup = stored === null && dismissed === false;

  const openProfile = useCallback(() => go('profile'), [go]);

  // Start fetching the engine right after the shell's first paint, before any thread needs it.
  useEffect(() => {
    void loadEngine().catch(() => undefined);
  }, []);

  return (
    <div className="dc-app">
      <header className="dc-header">
        <h1 className="dc-brand">
          <span aria-hidden="true" className="dc-brand__mark">
            ◆
          </span>{' '}
          Dealcraft
        </h1>
        <nav aria-label="Dealcraft">
          <Tabs items={NAV} value={view} onChange={go} label="Views" idBase="dc-nav" />
        </nav>
      </header>
      <main className="dc-main">
        {showSetup && view === 'thread' ? (
          <ProfileSetup onDone={() => setDismissed(true)} onDismiss={dismissSetup} />
        ) : null}
        {NAV.map(({ id }) =>
          visited.has(id) ? (
            <div key={id} role="tabpanel" id={`dc-nav-panel-${id}`} aria-labelledby={`dc-nav-tab-${id}`} hidden={view !== id} className="dc-panel">
              {id === 'thread' && <ThreadView onOpenProfile={openProfile} />}
              {id === 'clients' && <ClientsView />}
              {id === 'summary' && (
                <Suspense fallback={<Skeleton lines={6} />}>
                  <CallSummaryView />
                </Suspense>
              )}
              {id === 'profile' && <ProfileView />}
            </div>
          ) : null,
        )}
      </main>
    </div>
  );
}
