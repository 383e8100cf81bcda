// Runs everywhere (Node, side panel, background): comparison of stored JSON values and the data layer's error type.
import type { z } from 'zod';
import { readableIssue } from '../readable-issue';

export type DbErrorCode = 'not-found' | 'email-taken' | 'invalid' | 'same-client';

/** Thrown by the data layer for user-visible failures; `message` is ready to show. */
export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'DbError';
  }
}

/** `clients[3].emails[0]`: the form users and the import preview see. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

export function issuesOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): { path: string; message: string }[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: 'unknown field' }));
    }
    return [{ path: formatPath(path), message: readableIssue(issue) }];
  });
}

/** Parses or throws a DbError naming each bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = issuesOf(r.error);
  const first = issues[0];
  throw new DbError('invalid', `Invalid ${what}${first ? `: ${first.path ? `${first.path}: ` : ''}${first.message}` : ''}`, issues);
}

/** JSON with object keys sorted, so equal data compares equal whatever order fields were written in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  }) ?? 'undefined';
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return stableJson(a) === stableJson(b);
}

/** Drops keys whose value is undefined, so a record written here and one read back from JSON are identical. */
export function compact<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
  return out as T;
}
