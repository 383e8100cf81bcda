import 'fake-indexeddb/auto';
import { ExportFileSchema } from '../../lib/db/schemas';
const base = Date.UTC(2024, 0, 1);
const clientIds = Array.from({length: 10000}, () => crypto.randomUUID());
const file = { format: 'dealcraft-export', version: 2, exportedAt: new Date().toISOString(), profile: {}, agreements: [], history: [],
 clients: clientIds.map((id, i) => ({ id, name: 'c'+i, emails: ['a'+i+'@x.com'], createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' })),
 notes: Array.from({ length: 100000 }, (_, i) => ({ id: crypto.randomUUID(), clientId: clientIds[i % 10000]!, at: new Date(base + i*1000).toISOString(), text: 'Note: asked about the deadline and a staged payment; follow up next week.', source: 'typed' })) };
let t = performance.now();
const r = ExportFileSchema.safeParse(file);
console.log('zod', performance.now() - t, r.success);
const { importAll } = await import('../../lib/db/transfer');
const { openDealcraftDB } = await import('../../lib/db/index');
t = performance.now();
const res = await importAll(openDealcraftDB('x'), file);
console.log('importAll', performance.now() - t, res.ok);
