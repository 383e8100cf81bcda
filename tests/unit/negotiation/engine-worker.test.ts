// Unit test (Node): the engine worker's side of the protocol: checked requests in, schema-valid replies out, in order, one-line errors.
import { beforeAll, describe, expect, it } from 'vitest';
import { EngineResponseSchema, type EngineResponse } from '../../../lib/negotiation/engine-protocol';

const replies: unknown[] = [];
const scope = new EventTarget() as EventTarget & { postMessage(m: unknown): void };
scope.postMessage = (m) => replies.push(m);

beforeAll(async () => {
  // The worker module registers on `self`; in Node that is this stand-in for a DedicatedWorkerGlobalScope.
  (globalThis as { self?: unknown }).self = scope;
  await import('../../../lib/negotiation/engine-worker');
});

const send = (data: unknown) => scope.dispatchEvent(new MessageEvent('message', { data }));
async function until(n: number): Promise<EngineResponse[]> {
  for (let i = 0; i < 400 && replies.length < n; i++) await new Promise((r) => setTimeout(r, 25));
  return replies.splice(0).map((r) => EngineResponseSchema.parse(r));
}

describe('engine worker', () => {
  it('answers warm-up, readings and draft checks in the order asked, each valid against the protocol', async () => {
    send({ kind: 'warm', id: 0 });
    send({ kind: 'read', id: 1, message: { id: 'm1', text: 'Could you do it for $1,200 instead? We need it by Monday.', from: 'Priya <p@x.io>' }, today: '2026-03-05' });
    send({ kind: 'draft', id: 2, text: 'Sorry, I can do it cheaper if you like.' });
    const got = await until(3);
    expect(got.map((r) => [r.kind, r.id])).toEqual([['warm', 0], ['read', 1], ['draft', 2]]);
    const read = got[1]!;
    expect(read.kind === 'read' && read.reading.moves.map((m) => m.id)).toContain('discount_request');
    expect(read.kind === 'read' && read.reading.entities.amounts.map((a) => a.text)).toContain('$1,200');
    const draft = got[2]!;
    expect(draft.kind === 'draft' && draft.reading.checks.map((c) => c.id)).toContain('apologetic_price');
  }, 30_000);

  it('says in one line why a malformed request is refused, and ignores one it cannot answer', async () => {
    send({ kind: 'read', id: 7, message: { id: 'm', text: 42 }, today: '2026-03-05' });
    send('not even an object');
    send({ kind: 'draft', id: 8, text: 'Fine.' });
    const got = await until(2);
    expect(got.map((r) => [r.kind, r.id])).toEqual([['error', 7], ['draft', 8]]);
    expect(got[0]!.kind === 'error' && got[0]!.message).toMatch(/^not a request the engine reads: [^\n]+$/);
  }, 30_000);
});
