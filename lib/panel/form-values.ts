// Runs everywhere (Node, side panel): turning form text into typed values and zod issues into per-field messages.
import type { z } from 'zod';
import { readableIssue } from '../readable-issue';

/** A number typed by a person: "1500", "1 500", "1,500.50", "12,5". Empty: undefined. NaN: not a number. */
export function parseNumberInput(raw: string): number | undefined {
  const s = raw.trim().replace(/[\s\u00a0]/g, '');
  if (!s) return undefined;
  let normalised = s;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) normalised = s.replace(/,/g, '');
  else if (/^-?\d+,\d{1,2}$/.test(s)) normalised = s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return Number.NaN;
  return Number(normalised);
}

/** Comma- or newline-separated words, trimmed, empties dropped. */
export function splitList(raw: string, by: RegExp = /[,\n]/): string[] {
  return raw
    .split(by)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `services.0.price` → message; the first issue per path wins, it is the one a person fixes first. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in out)) out[key] = readableIssue(issue);
  }
  return out;
}

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** Collects "not a number" errors while building the object handed to zod. */
export class NumberReader {
  errors: Record<string, string> = {};
  read(raw: string, key: string): number | undefined {
    const n = parseNumberInput(raw);
    if (n !== undefined && Number.isNaN(n)) {
      this.errors[key] = 'a number such as 1500 or 12.5';
      return undefined;
    }
    return n;
  }
}
