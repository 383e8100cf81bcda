// Runs in a dedicated Web Worker of the side panel: reads messages and drafts off the panel's main thread.
import '../zod-jitless';
import { errorText } from '../error-text';
import { EngineRequestSchema, type EngineRequest, type EngineResponse } from './engine-protocol';

// The engine awaits its learned weights at the top level. Imported statically, it would hold back this module and the
// listener below, and messages posted meanwhile would find no listener and be lost; so it loads here, and the
// listener exists from the first moment.
const engine = import('./analyze').then((m) => ({ m, analyzer: new m.ThreadAnalyzer(300) }));
const post = (r: EngineResponse) => (self as unknown as Worker).postMessage(r);

async function handle(r: EngineRequest): Promise<EngineResponse> {
  const { m, analyzer } = await engine;
  if (r.kind === 'warm') {
    // The first parse pays for compromise's lexicon and the JIT; pay it before the user's first message.
    m.analyzeMessage('Hi, could you do the landing page for $1,500 by Friday? We need it soon.', { today: '2026-01-05' });
    m.analyzeDraft('Thanks! I can do it for $2,000 with a 30% deposit.');
    return { kind: 'warm', id: r.id };
  }
  if (r.kind === 'read') return { kind: 'read', id: r.id, reading: analyzer.read(r.message, r.today) };
  return { kind: 'draft', id: r.id, reading: m.analyzeDraft(r.text, r.memory) };
}

// One at a time, in the order posted: the panel cancels by terminating this worker, never by a message.
let queue: Promise<void> = Promise.resolve();
self.addEventListener('message', (e: MessageEvent) => {
  // Only the panel that created this worker can post to it; the shape is still checked, like every cross-context message.
  const req = EngineRequestSchema.safeParse(e.data);
  if (!req.success) {
    // Answer what can be answered, so the panel never waits on a request it got wrong.
    const id = (e.data as { id?: unknown } | null)?.id;
    if (typeof id === 'number') post({ kind: 'error', id, message: `not a request the engine reads: ${errorText(req.error)}` });
    return;
  }
  const r = req.data;
  queue = queue.then(() => handle(r).then(post, (err: unknown) => post({ kind: 'error', id: r.id, message: errorText(err) })));
});
