// Node CLI: turns post-call notes (FILE or stdin) into a summary email asking the client to confirm; prints one JSON object.
import { localToday } from '../negotiation/analyze';
import { parseAddress } from '../negotiation/address';
import { EMPTY_PROFILE } from '../negotiation/schemas';
import { truncationNotice } from '../negotiation/limits';
import { EmptyNotesError, summarizeCall } from '../summary';
import { capInput, fail, IsoDateArg, loadProfile, parseCli, readInput, UsageError } from './io';

/** A name (200 characters at most, as stored) and an address (254). */
const MAX_CLIENT_ARG = 500;

const USAGE = 'usage: summarize --client "Name <email>" [--date YYYY-MM-DD] [--profile profile.json] [FILE|-]';

async function main(): Promise<void> {
  const args = parseCli({ client: { type: 'string' }, date: { type: 'string' }, profile: { type: 'string' } }, USAGE, 'notes file');
  if (!args) return;
  const { values, positionals } = args;
  if (values.client === undefined || !values.client.trim()) throw new UsageError(`--client is required; ${USAGE}`);
  if (values.client.length > MAX_CLIENT_ARG) throw new UsageError(`--client is ${values.client.length} characters; give "Name <email>" in at most ${MAX_CLIENT_ARG}`);
  const client = parseAddress(values.client);
  if (!client.name && !client.email) throw new UsageError(`--client must be "Name <email>", a name or an email, got "${values.client}"`);
  if (values.date !== undefined && !IsoDateArg.safeParse(values.date).success) throw new UsageError(`--date must be a date as YYYY-MM-DD, got "${values.date}"`);
  const profile = loadProfile(values.profile) ?? EMPTY_PROFILE;
  const notes = capInput(await readInput(positionals[0]), 'notes').toString('utf8');
  let summary;
  try {
    summary = summarizeCall({ notes, client, callDate: values.date ?? localToday(), profile });
  } catch (err) {
    if (err instanceof EmptyNotesError) throw new UsageError(err.message);
    throw err;
  }
  const { subject, text, facts } = summary;
  // One line on stderr, so stdout stays the documented JSON.
  if (summary.truncated) process.stderr.write(`notice: ${truncationNotice(summary.truncated)}\n`);
  process.stdout.write(`${JSON.stringify({ subject, text, facts })}\n`);
}

main().catch(fail);
