// Node CLI: analyse a client message (or the user's draft) and print the engine's JSON. See README "analyze".
import { z } from 'zod';
import { analyzeDraft, analyzeMessage, localToday, type AnalyzeOptions } from '../negotiation/analyze';
import { readEml } from '../negotiation/eml';
import { truncationNotice, type Truncation } from '../negotiation/limits';
import type { Analysis } from '../negotiation/schemas';
import { ToneSchema } from '../negotiation/schemas';
import { capInput, capText, fail, IsoDateArg, loadProfile, MAX_EML_BYTES, parseCli, readInput, UsageError, zodProblem } from './io';

const USAGE = 'usage: analyze [--today YYYY-MM-DD] [--from "Name <email>"] [--profile profile.json] [--tone warm|neutral|formal] [--draft] [--jsonl] [FILE|-]';

const JsonlLine = z.strictObject({ id: z.union([z.string(), z.number()]), text: z.string(), from: z.string().optional() });

function publicAnalysis(a: Analysis) {
  // The CLI prints exactly the documented keys: offsets are for the UI's highlighting.
  return {
    moves: a.moves.map(({ id, confidence, evidence }) => ({ id, confidence: Math.round(confidence * 100) / 100, evidence })),
    asks: a.asks.map(({ text, evidence }) => ({ text, evidence })),
    entities: {
      amounts: a.entities.amounts.map(({ text, value, currency, role }) => ({ text, value, currency, role: role ?? 'other' })),
      percentages: a.entities.percentages.map(({ text, value, role }) => ({ text, value, role: role ?? 'other' })),
      dates: a.entities.dates.map(({ text, iso, deadline, role }) => ({ text, iso, deadline, role: role ?? 'other' })),
      durations: a.entities.durations.map(({ text, value, unit }) => ({ text, value, unit })),
      clientName: a.entities.clientName,
    },
    suggestions: a.suggestions.map(({ id, title, moves, principles, rationale, text, missing }) => ({ id, title, moves, principles, rationale, text, missing })),
  };
}

function publicDraft(text: string) {
  const d = analyzeDraft(text);
  notice(d.truncated);
  return { checks: d.checks.map(({ id, evidence, principle, advice }) => ({ id, evidence, principle, advice })) };
}

/** What the engine skipped of a long text: one line on stderr, so stdout stays the documented JSON. */
function notice(t: Truncation | undefined, id?: string | number): void {
  if (t) process.stderr.write(`notice: ${id !== undefined ? `${id}: ` : ''}${truncationNotice(t)}\n`);
}

function analyzed(text: string, opts: AnalyzeOptions, id?: string | number) {
  const a = analyzeMessage(text, opts);
  notice(a.truncated, id);
  return publicAnalysis(a);
}

async function main(): Promise<void> {
  const args = parseCli(
    {
      today: { type: 'string' },
      from: { type: 'string' },
      profile: { type: 'string' },
      tone: { type: 'string' },
      draft: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (!args) return;
  const { values, positionals } = args;
  if (values.today !== undefined && !IsoDateArg.safeParse(values.today).success) throw new UsageError(`--today must be a date as YYYY-MM-DD, got "${values.today}"`);
  let tone;
  if (values.tone !== undefined) {
    const t = ToneSchema.safeParse(values.tone);
    if (!t.success) throw new UsageError(`--tone must be warm, neutral or formal, got "${values.tone}"`);
    tone = t.data;
  }
  const opts: AnalyzeOptions = { today: values.today ?? localToday(), from: values.from, profile: loadProfile(values.profile), tone };
  const file = positionals[0];
  const isEml = file !== undefined && /\.eml$/i.test(file);
  const raw = await readInput(file);
  // A mail's headers and text part come first and attachments after: parse MIME first, cap the text after.
  if (isEml && raw.length > MAX_EML_BYTES) throw new UsageError(`${file} is ${raw.length} bytes; a .eml may be at most ${MAX_EML_BYTES / 1024 / 1024} MB`);
  const input = isEml ? raw : capInput(raw);

  if (values.jsonl) {
    let failed = false;
    const lines = input.toString('utf8').split(/\r?\n/);
    for (const [n, line] of lines.entries()) {
      if (!line.trim()) continue;
      let raw: unknown;
      try {
        // A byte-order mark may start any line of files joined with cat.
        raw = JSON.parse(line.replace(/^\uFEFF/, ''));
      } catch {
        failed = true;
        process.stdout.write(`${JSON.stringify({ error: `line ${n + 1}: not valid JSON` })}\n`);
        continue;
      }
      const parsed = JsonlLine.safeParse(raw);
      if (!parsed.success) {
        failed = true;
        const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
        const out: Record<string, unknown> = { error: `line ${n + 1}: ${zodProblem(parsed.error)}` };
        if (typeof id === 'string' || typeof id === 'number') out.id = id;
        process.stdout.write(`${JSON.stringify(out)}\n`);
        continue;
      }
      const { id, text, from } = parsed.data;
      const result = values.draft ? publicDraft(text) : analyzed(text, { ...opts, from: from ?? opts.from }, id);
      process.stdout.write(`${JSON.stringify({ id, ...result })}\n`);
    }
    if (failed) process.exitCode = 1;
    return;
  }

  let text: string;
  let from = opts.from;
  if (isEml) {
    const eml = await readEml(new Uint8Array(input));
    text = capText(eml.text, 'mail text');
    from ??= eml.from;
  } else {
    text = input.toString('utf8');
  }
  const result = values.draft ? publicDraft(text) : analyzed(text, { ...opts, from });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch(fail);
