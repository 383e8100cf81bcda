// Content script (mail page): validates panel requests without zod, because zod/mini alone (~13 kB minified)
// would break the 20 kB content-script budget. Kept equivalent to PanelRequestSchema in protocol.ts by a unit test.
import { CHANNEL, MAX_TEXT, type PanelRequest } from './protocol-constants';

export function parsePanelRequest(raw: unknown): PanelRequest | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { channel, type, text } = raw as Record<string, unknown>;
  if (channel !== CHANNEL) return null;
  if (type === 'getPageState' || type === 'expandThread') return { channel, type };
  const textOk = typeof text === 'string' && text.length >= 1 && text.length <= MAX_TEXT;
  return textOk && (type === 'insertReply' || type === 'focusInDraft') ? { channel, type, text } : null;
}
