// Unit tests (Node + happy-dom): the panel <-> content-script protocol rejects foreign senders and bad payloads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handlePanelRequest, startContentBridge, type RuntimeLike } from '../../../lib/messaging/content-bridge';
import { acceptPageChanged, createPanelBridge, type PanelBrowserLike } from '../../../lib/messaging/panel-bridge';
import { CHANNEL, PanelRequestSchema } from '../../../lib/messaging/protocol';
import { parsePanelRequest } from '../../../lib/messaging/request-guard';
import { gmailAdapter } from '../../../lib/webmail/gmail';
import type { LoadedPage } from '../../../lib/webmail/load-page';
import type { WebmailAdapter } from '../../../lib/webmail/types';
import { fixture, URLS } from './helpers';

const ID = 'dealcraft-test-id';
const PANEL = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function spyAdapter(): WebmailAdapter & { insert: ReturnType<typeof vi.fn>; focusInDraft: ReturnType<typeof vi.fn> } {
  return {
    ...gmailAdapter,
    insert: vi.fn(async () => ({ ok: true as const })),
    focusInDraft: vi.fn(() => true),
  };
}

describe('content script receiver', () => {
  const doc = {} as Document;
  it.each([
    ['another extension', { id: 'other-ext' }],
    ['a content script in a tab (a mail page could be compromised)', { id: ID, tab: { id: 3, url: URLS.gmailThread } }],
    ['no sender id', {}],
  ])('rejects insertReply from %s and never inserts', async (_n, sender) => {
    const adapter = spyAdapter();
    const r = await handlePanelRequest({ channel: CHANNEL, type: 'insertReply', text: 'hi' }, sender, ID, adapter, doc);
    expect(r).toMatchObject({ ok: false, reason: 'rejected' });
    expect(adapter.insert).not.toHaveBeenCalled();
  });

  it.each([
    ['unknown type', { channel: CHANNEL, type: 'deleteAll' }],
    ['missing text', { channel: CHANNEL, type: 'insertReply' }],
    ['empty text', { channel: CHANNEL, type: 'insertReply', text: '' }],
    ['text as HTML object', { channel: CHANNEL, type: 'insertReply', text: { html: '<img onerror=x>' } }],
    ['huge text', { channel: CHANNEL, type: 'insertReply', text: 'x'.repeat(50_001) }],
    ['wrong channel', { channel: 'other', type: 'insertReply', text: 'hi' }],
    ['not an object', 'insertReply'],
    ['null', null],
  ])('rejects a malformed request (%s)', async (_n, raw) => {
    const adapter = spyAdapter();
    expect(await handlePanelRequest(raw, PANEL, ID, adapter, doc)).toMatchObject({ ok: false, reason: 'rejected' });
    expect(adapter.insert).not.toHaveBeenCalled();
    expect(adapter.focusInDraft).not.toHaveBeenCalled();
  });

  it('executes valid requests from the panel', async () => {
    const adapter = spyAdapter();
    expect(await handlePanelRequest({ channel: CHANNEL, type: 'insertReply', text: 'Hello' }, PANEL, ID, adapter, doc)).toEqual({ ok: true });
    expect(adapter.insert).toHaveBeenCalledWith(doc, 'Hello');
    expect(await handlePanelRequest({ channel: CHANNEL, type: 'focusInDraft', text: 'Hello' }, PANEL, ID, adapter, doc)).toEqual({ ok: true });
  });

  it('the hand-written guard accepts exactly what the zod schema accepts', () => {
    const samples: unknown[] = [
      { channel: CHANNEL, type: 'getPageState' },
      { channel: CHANNEL, type: 'getPageState', extra: 1 },
      { channel: CHANNEL, type: 'expandThread' },
      { channel: 'other', type: 'expandThread' },
      { channel: CHANNEL, type: 'insertReply', text: 'a' },
      { channel: CHANNEL, type: 'insertReply', text: '' },
      { channel: CHANNEL, type: 'insertReply', text: 'x'.repeat(50_000) },
      { channel: CHANNEL, type: 'insertReply', text: 'x'.repeat(50_001) },
      { channel: CHANNEL, type: 'focusInDraft', text: 5 },
      { channel: CHANNEL, type: 'focusInDraft', text: 'ok' },
      { channel: CHANNEL, type: 'pageChanged' },
      { type: 'getPageState' },
      [],
      null,
      42,
    ];
    for (const s of samples) expect(parsePanelRequest(s) !== null, JSON.stringify(s)?.slice(0, 60)).toBe(PanelRequestSchema.safeParse(s).success);
  });

  it('answers the panel and pushes pageChanged through a runtime, and ignores other channels', async () => {
    page = fixture('gmail-thread.html', URLS.gmailThread);
    const listeners: ((m: unknown, s: object, r: (x: unknown) => void) => boolean | void)[] = [];
    const sent: unknown[] = [];
    const runtime: RuntimeLike = {
      id: ID,
      sendMessage: async (m) => {
        sent.push(m);
        return undefined;
      },
      onMessage: { addListener: (cb) => listeners.push(cb), removeListener: (cb) => listeners.splice(listeners.indexOf(cb), 1) },
    };
    const stop = startContentBridge(runtime, gmailAdapter, page.document, { debounceMs: 1 });
    expect(listeners[0]!({ type: 'somethingElse' }, PANEL, () => undefined)).toBe(false);
    const answer = await new Promise((resolve) => expect(listeners[0]!({ channel: CHANNEL, type: 'getPageState' }, PANEL, resolve)).toBe(true));
    expect(answer).toMatchObject({ ok: true, state: { thread: { ok: true }, draft: { kind: 'inline-reply' } } });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ channel: CHANNEL, type: 'pageChanged', state: { thread: { ok: true } } });
    stop();
    expect(listeners).toHaveLength(0);
  });
});

describe('panel side', () => {
  const state = { thread: { ok: false, reason: 'no-thread-open', detail: 'none' }, draft: null };
  const pushed = { channel: CHANNEL, type: 'pageChanged', state };

  it('accepts pageChanged only from our content script in a mail tab', () => {
    expect(acceptPageChanged(pushed, { id: ID, tab: { id: 7, url: URLS.gmailThread } }, ID)).toEqual({ tabId: 7, state });
    expect(acceptPageChanged(pushed, { id: ID, tab: { id: 7, url: 'https://evil.example/' } }, ID)).toBeNull();
    expect(acceptPageChanged(pushed, { id: 'other', tab: { id: 7, url: URLS.gmailThread } }, ID)).toBeNull();
    expect(acceptPageChanged(pushed, { id: ID }, ID)).toBeNull();
    expect(acceptPageChanged({ ...pushed, state: { thread: { ok: true } } }, { id: ID, tab: { id: 7, url: URLS.gmailThread } }, ID)).toBeNull();
  });

  function fakeApi(answer: (tabId: number, m: unknown) => Promise<unknown>) {
    const listeners: ((m: unknown, s: object) => void)[] = [];
    const api: PanelBrowserLike = {
      runtime: { id: ID, onMessage: { addListener: (cb) => listeners.push(cb), removeListener: (cb) => listeners.splice(listeners.indexOf(cb), 1) } },
      tabs: { sendMessage: answer },
    };
    return { api, listeners };
  }

  it('turns a missing content script into a reason instead of throwing', async () => {
    const noReceiver = fakeApi(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const bridge = createPanelBridge(noReceiver.api);
    expect(await bridge.getPageState(1)).toMatchObject({ ok: false, reason: 'no-content-script' });
    expect(await bridge.insertReply(1, 'x')).toMatchObject({ ok: false, reason: 'compose-not-found' });
    expect(await bridge.focusInDraft(1, 'x')).toBe(false);
    expect(await createPanelBridge(fakeApi(async () => undefined).api).getPageState(1)).toMatchObject({ ok: false, reason: 'no-content-script' });
  });

  it('validates answers from the page', async () => {
    expect(await createPanelBridge(fakeApi(async () => ({ ok: true, state: { thread: 'bad' } })).api).getPageState(1)).toMatchObject({ ok: false, reason: 'bad-response' });
    expect(await createPanelBridge(fakeApi(async () => ({ ok: true, state })).api).getPageState(1)).toEqual({ ok: true, ...state });
    expect(await createPanelBridge(fakeApi(async () => ({ ok: false, reason: 'rejected', detail: 'no' })).api).insertReply(1, 'x')).toMatchObject({ ok: false, reason: 'insert-failed' });
    expect(await createPanelBridge(fakeApi(async () => ({ ok: false, reason: 'not-editable', detail: 'ro' })).api).insertReply(1, 'x')).toEqual({ ok: false, reason: 'not-editable', detail: 'ro' });
  });

  it('sends well-formed requests to the given tab and stops listening on unsubscribe', async () => {
    const seen: [number, unknown][] = [];
    const { api, listeners } = fakeApi(async (tabId, m) => {
      seen.push([tabId, m]);
      return { ok: true };
    });
    const bridge = createPanelBridge(api);
    await bridge.insertReply(4, 'Hello');
    expect(seen).toEqual([[4, { channel: CHANNEL, type: 'insertReply', text: 'Hello' }]]);
    expect(PanelRequestSchema.safeParse(seen[0]![1]).success).toBe(true);
    const cb = vi.fn();
    const off = bridge.onPageChanged(cb);
    listeners[0]!(pushed, { id: ID, tab: { id: 9, url: 'https://outlook.office.com/mail/' } });
    listeners[0]!(pushed, { id: ID, tab: { id: 9, url: 'https://example.com/' } });
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb).toHaveBeenCalledWith(9, state);
    off();
    expect(listeners).toHaveLength(0);
  });
});

describe('raw content-script state finished by the panel', () => {
  it('gives the panel exactly what the full adapter reads (cleaned bodies, ISO dates) for both clients', async () => {
    const { makeGmailAdapter } = await import('../../../lib/webmail/gmail/adapter');
    const { makeOutlookAdapter } = await import('../../../lib/webmail/outlook/adapter');
    const { outlookAdapter } = await import('../../../lib/webmail/outlook');
    const { RAW_POST } = await import('../../../lib/webmail/post');
    const cases = [
      ['gmail-thread.html', URLS.gmailThread, makeGmailAdapter(RAW_POST, () => null), gmailAdapter],
      ['outlook-thread.html', URLS.outlookThread, makeOutlookAdapter(RAW_POST, () => null), outlookAdapter],
    ] as const;
    for (const [file, url, raw, full] of cases) {
      page = fixture(file, url);
      const answer = await handlePanelRequest({ channel: CHANNEL, type: 'getPageState' }, PANEL, ID, raw, page.document, true);
      const bridge = createPanelBridge({
        runtime: { id: ID, onMessage: { addListener: () => undefined, removeListener: () => undefined } },
        tabs: { sendMessage: async () => JSON.parse(JSON.stringify(answer)) },
      });
      const got = await bridge.getPageState(1);
      expect(got).toEqual({ ok: true, thread: full.readThread(page.document), draft: full.readDraft(page.document) });
      // The raw wire form really is unfinished: the panel's work is not a no-op.
      expect(JSON.stringify(answer)).not.toEqual(JSON.stringify({ ok: true, state: { thread: full.readThread(page.document), draft: full.readDraft(page.document) }, raw: true }));
      await page.close();
      page = undefined;
    }
  });
});
