// Side panel (React side, no React here): runs the engine in a Web Worker; a cancelled request stops the worker so the next one never waits.
import { asDraftReading, asMessageReading, EngineResponseSchema, type EngineRequest, type EngineResponse } from '../../lib/negotiation/engine-protocol';
import type { DraftMemory, DraftReading, MessageReading } from '../../lib/negotiation/analyze';
import EngineWorker from '../../lib/negotiation/engine-worker?worker';

type Request = EngineRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
interface Pending {
  req: Request;
  resolve: (r: EngineResponse) => void;
  reject: (e: Error) => void;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * One worker for one kind of work (message readings, or draft checks), so a long message never delays the coach.
 * Requests queue in the worker; cancelling one that is running terminates the worker and sends the rest to a fresh one.
 */
export class EngineLane {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** Starts the worker and its warm-up parse now, so the first real analysis does not pay for it. */
  warm(): void {
    this.ensure();
  }

  run(req: Request): { promise: Promise<EngineResponse>; cancel: () => void } {
    const id = this.nextId++;
    const promise = new Promise<EngineResponse>((resolve, reject) => this.pending.set(id, { req, resolve, reject }));
    this.ensure().postMessage({ ...req, id });
    return { promise, cancel: () => this.cancel(id) };
  }

  private cancel(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    p.reject(new CancelledError());
    // The worker may be deep in that analysis: stop it, and hand what else was queued to a new one.
    this.worker?.terminate();
    this.worker = null;
    if (this.pending.size) {
      const w = this.ensure();
      for (const [rid, q] of this.pending) w.postMessage({ ...q.req, id: rid });
    }
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    // Vite bundles the worker as a module file of the extension (no blob: or eval), so the extension pages' CSP allows it.
    const w = new EngineWorker({ name: 'dealcraft-engine' });
    w.addEventListener('message', (e: MessageEvent) => {
      if (w !== this.worker) return;
      const r = EngineResponseSchema.safeParse(e.data);
      if (!r.success) {
        // A reply that is not what we asked for answers nothing: fail what is waiting rather than wait forever.
        const id = (e.data as { id?: unknown } | null)?.id;
        const p = typeof id === 'number' ? this.pending.get(id) : undefined;
        if (p && typeof id === 'number') {
          this.pending.delete(id);
          p.reject(new Error('the analysis worker sent a reading the panel could not check'));
        }
        return;
      }
      if (r.data.kind === 'warm') return;
      const p = this.pending.get(r.data.id);
      if (!p) return;
      this.pending.delete(r.data.id);
      if (r.data.kind === 'error') p.reject(new Error(r.data.message));
      else p.resolve(r.data);
    });
    w.addEventListener('error', (e: ErrorEvent) => {
      if (w !== this.worker) return;
      e.preventDefault();
      const err = new Error(e.message || 'the analysis worker stopped');
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      w.terminate();
      this.worker = null;
    });
    w.postMessage({ kind: 'warm', id: 0 });
    this.worker = w;
    return w;
  }
}

/** Workers exist in the panel; happy-dom (component tests) has none, and then the engine runs in-thread. */
export const workersAvailable = () => typeof Worker !== 'undefined';

let lanes: { read: EngineLane; draft: EngineLane } | null = null;
function getLanes() {
  lanes ??= { read: new EngineLane(), draft: new EngineLane() };
  return lanes;
}

export function warmWorkers(): void {
  if (!workersAvailable()) return;
  getLanes().read.warm();
}

export function readInWorker(message: { id: string; text: string; from?: string | null }, today: string) {
  const { promise, cancel } = getLanes().read.run({ kind: 'read', message: { id: message.id, text: message.text, ...(typeof message.from === 'string' ? { from: message.from } : {}) }, today });
  return {
    promise: promise.then((r): MessageReading => {
      if (r.kind !== 'read') throw new Error('the analysis worker sent an unexpected reply');
      return asMessageReading(r.reading);
    }),
    cancel,
  };
}

export function draftInWorker(text: string, memory?: DraftMemory) {
  const { promise, cancel } = getLanes().draft.run({ kind: 'draft', text, ...(memory ? { memory } : {}) });
  return {
    promise: promise.then((r): DraftReading => {
      if (r.kind !== 'draft') throw new Error('the analysis worker sent an unexpected reply');
      return asDraftReading(r.reading);
    }),
    cancel,
  };
}
