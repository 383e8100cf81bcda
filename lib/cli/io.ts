// Node CLIs: shared argument errors, input reading and profile loading.
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { readableIssue } from '../readable-issue';
import { ProfileSchema, type Profile } from '../negotiation/schemas';
import { errorText } from '../error-text';

export const MAX_INPUT_BYTES = 1024 * 1024;

/** A usage problem: printed as one line, exit code 2. */
export class UsageError extends Error {}

export function fail(err: unknown): never {
  process.stderr.write(`error: ${errorText(err)}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
}

/** A .eml may be this big (mail servers refuse larger messages); its text is capped after MIME parsing. */
export const MAX_EML_BYTES = 50 * 1024 * 1024;

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The file (or stdin) as bytes, without a UTF-8 byte-order mark, which Windows editors write. */
export async function readInput(file: string | undefined): Promise<Buffer> {
  let buf: Buffer;
  if (file === undefined || file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    buf = Buffer.concat(chunks);
  } else {
    try {
      buf = readFileSync(file);
    } catch {
      throw new UsageError(`cannot read input file ${file}`);
    }
  }
  return buf.subarray(0, 3).equals(BOM) ? buf.subarray(3) : buf;
}

/** Keeps the first MAX_INPUT_BYTES worth of a mail's text: its newest words are at the top, the quoted history below. */
export function capText(text: string, label = 'text'): string {
  if (Buffer.byteLength(text) <= MAX_INPUT_BYTES) return text;
  process.stderr.write(`warning: the ${label} is over 1 MB; analysing only its first 1 MB\n`);
  let end = MAX_INPUT_BYTES;
  // Characters are at least one byte: cutting at the byte count keeps at most 1 MB; never split a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/** Keeps the last MAX_INPUT_BYTES: in a long paste the newest words are the ones that matter. */
export function capInput(buf: Buffer, label = 'input'): Buffer {
  if (buf.length <= MAX_INPUT_BYTES) return buf;
  process.stderr.write(`warning: ${label} is ${buf.length} bytes; analysing only its last 1 MB\n`);
  let start = buf.length - MAX_INPUT_BYTES;
  // Do not start in the middle of a UTF-8 sequence.
  while (start < buf.length && (buf[start]! & 0xc0) === 0x80) start++;
  return buf.subarray(start);
}

export function zodProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const where = issue.path.length ? issue.path.join('.') : 'value';
  return `${where}: ${readableIssue(issue)}`;
}

export function loadProfile(path: string | undefined): Profile | undefined {
  if (path === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`profile ${path} is not readable JSON (${errorText(err)})`);
  }
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`invalid profile ${path}: ${zodProblem(parsed.error)}`);
  return parsed.data;
}

export const IsoDateArg = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date');

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a CLI's flags with `--help` added; prints the usage and returns null for --help, and turns
 * unknown flags or too many inputs into a one-line UsageError.
 */
export function parseCli<const O extends Options>(options: O, usage: string, what = 'input') {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { ...options, help: { type: 'boolean', default: false } } as const });
  } catch (err) {
    throw new UsageError(`${errorText(err)}; ${usage}`);
  }
  if ((args.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    return null;
  }
  if (args.positionals.length > 1) throw new UsageError(`one ${what} at most, got ${args.positionals.length}; ${usage}`);
  return args;
}
