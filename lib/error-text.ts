// Runs everywhere (Node, side panel, worker, content scripts): the words of whatever was thrown, for a status line.
export function errorText(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
