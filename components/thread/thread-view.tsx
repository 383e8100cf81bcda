// Side panel (React): the thread view: follows the active mail tab and shows the client's moves, suggested replies and the draft coach.
import { useMemo, useState } from 'react';
import { useClientView, useProfile } from '../../lib/db/hooks';
import type { AgreementTerms } from '../../lib/negotiation/schemas';
import type { TabInfo } from '../../lib/panel/services';
import type { Draft, Thread } from '../../lib/webmail/types';
import { ClientCard } from '../clients/client-card';
import { ContradictionFlag } from '../memory/contradiction-flag';
import { LedgerCard } from '../memory/ledger-card';
import { FollowUpSection } from '../memory/follow-up-section';
import { useClientHistory, useFollowUp, useRecordThreadSeen, useThreadMemory } from '../memory/use-memory';
import { NoThreadNotice, noThreadDetail, noThreadReason } from '../paste/no-thread-reason';
import { PasteMode } from '../paste/paste-mode';
import { useServices } from '../services-context';
import { Banner, Button, Skeleton } from '../ui';
import { AllowSite } from './allow-site';
import { DraftCoach } from './draft-coach';
import { MaybeMoves, MovesSection } from './moves-section';
import { PageReportButton } from './page-report-button';
import { SuggestionsSection } from './suggestions-section';
import { ThreadStatusLine } from './thread-status';
import { useActivePage } from './use-active-page';
import { formatAddress, latestClientMessage, useAnalysisByTone, useDraftChecks, useMessageReading } from './use-analysis';
import { LongReadingNote, TruncationNote } from './truncation-note';
import './thread.css';

const agreementCache = new Map<string, AgreementTerms | undefined>();

export interface ThreadViewProps {
  onOpenProfile?: () => void;
}

export function ThreadView({ onOpenProfile }: ThreadViewProps) {
  const active = useActivePage();

  if (active.status === 'loading') return <ThreadSkeleton />;
  if (active.status === 'no-tab') return <NoThread reason="no-tab" onOpenProfile={onOpenProfile} />;
  const reason = noThreadReason(active.state);
  if (reason || !active.state.ok || !active.state.thread.ok) {
    const st = active.state;
    return (
      <NoThread
        reason={reason ?? 'no-thread-open'}
        detail={noThreadDetail(st)}
        edge={!st.ok && st.edge}
        site={!st.ok ? st.site : undefined}
        tabId={active.tab.tabId}
        onOpenProfile={onOpenProfile}
      />
    );
  }
  const { thread } = active.state.thread;
  return (
    <ThreadContent
      // Another thread starts fresh; the same thread re-read (new draft text, expanded message) keeps edits.
      key={`${active.tab.tabId}|${thread.webmail}|${thread.threadId}`}
      tab={active.tab}
      thread={thread}
      draft={active.state.draft}
      onOpenProfile={onOpenProfile}
    />
  );
}

interface NoThreadProps {
  reason: Parameters<typeof NoThreadNotice>[0]['reason'];
  detail?: string | null;
  edge?: boolean;
  /** A custom-domain site the user may allow. */
  site?: string;
  tabId?: number;
  onOpenProfile?: () => void;
}

function NoThread({ reason, detail, edge, site, tabId, onOpenProfile }: NoThreadProps) {
  return (
    <div className="dc-view">
      <NoThreadNotice reason={reason} detail={detail} edge={edge} />
      {site && tabId !== undefined && <AllowSite tabId={tabId} site={site} />}
      {reason === 'unrecognised-markup' && tabId !== undefined && <PageReportButton tabId={tabId} />}
      <PasteMode onOpenProfile={onOpenProfile} />
    </div>
  );
}

/** The frame at the size of the real content, so filling in does not shift the layout. */
export function ThreadSkeleton({ withHeader = true }: { withHeader?: boolean }) {
  return (
    <div className="dc-view" aria-busy="true" data-testid="thread-loading">
      <span className="dc-visually-hidden" role="status">
        Reading the thread…
      </span>
      {withHeader && <Skeleton height={20} width="70%" />}
      {withHeader && <Skeleton height={72} radius={12} />}
      <AnalysisSkeleton />
    </div>
  );
}

function AnalysisSkeleton() {
  return (
    <div className="dc-stack" aria-hidden="true">
      <Skeleton height={16} width="45%" />
      <Skeleton height={64} radius={8} />
      <Skeleton height={16} width="40%" />
      <Skeleton height={220} radius={12} />
    </div>
  );
}

interface ThreadContentProps {
  tab: TabInfo;
  thread: Thread;
  draft: Draft | null;
  onOpenProfile?: () => void;
}

function ThreadContent({ tab, thread, draft, onOpenProfile }: ThreadContentProps) {
  const services = useServices();
  const today = useMemo(() => services.today(), [services]);
  const profile = useProfile(services.db);
  const latest = latestClientMessage(thread);
  const sender = latest?.from ?? null;
  const emailKey = sender?.email.trim().toLowerCase() ?? '';
  const clientView = useClientView(emailKey || undefined, services.db);
  // The last agreement seen for this sender bridges the live query's first async read: a revisited thread renders at once.
  if (clientView !== undefined && emailKey) agreementCache.set(emailKey, clientView?.agreement?.terms);
  const agreementKnown = !emailKey || clientView !== undefined || agreementCache.has(emailKey);
  const agreement = clientView !== undefined ? clientView?.agreement?.terms : agreementCache.get(emailKey);
  const [showPaste, setShowPaste] = useState(false);

  const reading = useMessageReading(latest ? { id: latest.id, text: latest.body, from: formatAddress(latest.from), fromUser: false } : null, today);
  const history = useClientHistory(services.db, clientView?.client.id);
  const analysisFor = useAnalysisByTone(reading.status === 'ready' ? reading.reading : null, {
    profile,
    agreement,
    today,
    agreementHistory: history,
    agreedAt: clientView?.agreement?.updatedAt,
  });
  // Waiting for the agreement too: suggestions written without it would change under the user's eyes.
  // …and for its history, so a contradiction flag says when a term was agreed from its first paint.
  const pending = reading.status === 'pending' || !agreementKnown || (!!clientView?.agreement && history === undefined);
  const base = !pending && analysisFor ? analysisFor(profile.tone) : null;
  const analysis = base instanceof Error ? null : base;

  const memory = useThreadMemory(thread, clientView, history, profile);
  const followUp = useFollowUp(thread, today, profile);
  useRecordThreadSeen(services.db, thread, followUp);
  const draftText = draft?.text ?? null;
  const checks = useDraftChecks(draftText, undefined, memory.draft);
  const mailName = thread.webmail === 'gmail' ? 'Gmail' : 'Outlook';

  return (
    <div className="dc-view">
      <h2 className="dc-thread-subject" title={thread.subject}>
        {thread.subject || '(no subject)'}
      </h2>
      <ThreadStatusLine thread={thread} tabId={tab.tabId} />
      {sender && (
        <ClientCard sender={sender} thread={{ webmail: thread.webmail, threadId: thread.threadId, subject: thread.subject }} analysis={analysis} />
      )}
      <LedgerCard ledger={memory.ledger} />
      {followUp && (
        <FollowUpSection
          followUp={followUp}
          onInsert={(text) => services.page.insertReply(tab.tabId, text)}
          onCopy={(text) => services.clipboard.writeText(text)}
          mailName={thread.webmail === 'gmail' ? 'Gmail' : 'Outlook'}
        />
      )}

      {!latest ? (
        <p className="dc-muted" data-testid="no-client-message">
          The newest messages here are yours; there is nothing from the client to answer yet.
        </p>
      ) : pending ? (
        <>
          <LongReadingNote long={reading.status === 'pending' && !!reading.long} />
          <AnalysisSkeleton />
        </>
      ) : reading.status === 'error' ? (
        <Banner tone="error" live="polite">
          Dealcraft couldn't analyse the latest message: {reading.message}
        </Banner>
      ) : base instanceof Error ? (
        <Banner tone="error" live="polite">
          Dealcraft couldn't write suggestions for this message: {base.message}
        </Banner>
      ) : analysis && analysisFor ? (
        <>
          {analysis.contradictions && <ContradictionFlag contradictions={analysis.contradictions} today={today} />}
          <TruncationNote truncated={analysis.truncated} />
          {analysis.moves.length > 0 ? (
            <MovesSection text={analysis.text} moves={analysis.moves} clientName={analysis.entities.clientName ?? sender?.name.split(/\s+/)[0]} />
          ) : (
            <section className="dc-section" data-testid="no-moves">
              <p className="dc-empty-line">Nothing to negotiate in the latest message.</p>
              {!showPaste && (
                <Button variant="link" onClick={() => setShowPaste(true)}>
                  Paste a different message
                </Button>
              )}
              {showPaste && <PasteMode onOpenProfile={onOpenProfile} />}
            </section>
          )}
          {reading.status === 'ready' && (
            <MaybeMoves text={analysis.text} maybe={reading.reading.maybe} clientName={analysis.entities.clientName ?? sender?.name.split(/\s+/)[0]} />
          )}
          {analysis.moves.length > 0 && (
            <SuggestionsSection
              key={latest.id}
              base={analysis}
              defaultTone={profile.tone}
              analysisFor={analysisFor}
              onInsert={(text) => services.page.insertReply(tab.tabId, text)}
              onCopy={(text) => services.clipboard.writeText(text)}
              onOpenProfile={onOpenProfile}
              mailName={mailName}
            />
          )}
        </>
      ) : null}

      {draft && <TruncationNote truncated={checks?.truncated} />}
      {draft && (
        <DraftCoach
          checks={checks?.checks ?? null}
          floor={checks?.floor}
          pending={!!draftText?.trim() && !checks}
          onLocate={(evidence) => void services.page.focusInDraft(tab.tabId, evidence)}
        />
      )}
      <PageReportButton tabId={tab.tabId} />
    </div>
  );
}
