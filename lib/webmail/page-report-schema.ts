// Side panel and Node CLI: validates a page report (from the injected page-report script, or a file a user attached) before anything reads it.
import { z } from 'zod';
import { REPORT_KIND, type PageReport, type SkeletonNode } from './page-report';

const MAX_NODES = 25_000;
const short = z.string().max(4000);

// Recursive tuple: [tag, attributes, ...children].
const SkeletonNodeSchema: z.ZodType<SkeletonNode> = z.lazy(() =>
  z.tuple([z.string().regex(/^[a-z][a-z0-9-]{0,40}$/i), z.record(z.string().max(100), short)], z.union([short, SkeletonNodeSchema])),
) as z.ZodType<SkeletonNode>;

export const PageReportSchema = z
  .object({
    kind: z.literal(REPORT_KIND),
    version: z.literal(1),
    webmail: z.enum(['gmail', 'outlook']),
    url: z.string().max(4000),
    reading: z.object({
      ok: z.boolean(),
      reason: z.string().max(100).optional(),
      detail: z.string().max(2000).optional(),
      messages: z
        .array(z.object({ collapsed: z.boolean(), hidden: z.boolean(), clipped: z.boolean(), fromUser: z.boolean(), name: z.number(), email: z.boolean(), date: z.boolean(), body: z.number() }))
        .max(500)
        .optional(),
      draft: z.object({ kind: z.string().max(40), text: z.number() }).nullable(),
    }),
    page: SkeletonNodeSchema,
    elements: z.number().int().min(0).max(MAX_NODES),
    truncated: z.boolean(),
  })
  .refine((r) => countNodes(r.page) <= MAX_NODES, { message: `a page report holds at most ${MAX_NODES} elements` }) as z.ZodType<PageReport>;

function countNodes(n: SkeletonNode): number {
  let count = 1;
  for (const c of n.slice(2)) if (typeof c !== 'string') count += countNodes(c as SkeletonNode);
  return count;
}

/** The report's reading compared with a fresh one, on what a report can reproduce (not text lengths: those are redacted). */
export function sameReading(a: PageReport['reading'], b: PageReport['reading']): boolean {
  const shape = (r: PageReport['reading']) =>
    JSON.stringify([
      r.ok,
      r.reason ?? null,
      r.detail ?? null,
      (r.messages ?? []).map((m) => [m.collapsed, m.hidden, m.clipped, m.fromUser, m.name > 0, m.email, m.body > 0]),
      r.draft?.kind ?? null,
    ]);
  return shape(a) === shape(b);
}
