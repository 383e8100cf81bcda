// Runs everywhere (Node, side panel, worker, content scripts): the words of whatever was thrown, as one short line for a status line or stderr.
import { readableIssue } from './readable-issue';

/** Longer messages are cut: a status line is not the place for a 100 kB regular expression. */
export const MAX_ERROR_TEXT = 300;

type IssueLike = Parameters<typeof readableIssue>[0];

/**
 * One line, never a stack or a zod dump: a ZodError becomes its first problem ("notes.3.text: at most
 * 20000 characters"), any other error its message's first line, cut to MAX_ERROR_TEXT characters.
 */
export function errorText(thrown: unknown): string {
  let text: string;
  const issues = (thrown as { issues?: unknown } | null)?.issues;
  if (thrown instanceof Error && Array.isArray(issues) && issues.length > 0 && typeof issues[0] === 'object') {
    const issue = issues[0] as IssueLike;
    const path = Array.isArray(issue.path) ? issue.path.map(String).join('.') : '';
    text = `${path ? `${path}: ` : ''}${readableIssue(issue)}`;
  } else {
    text = thrown instanceof Error ? thrown.message : String(thrown);
  }
  const line = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? (thrown instanceof Error ? thrown.name : 'unknown error');
  return line.length > MAX_ERROR_TEXT ? `${line.slice(0, MAX_ERROR_TEXT - 1)}…` : line;
}
