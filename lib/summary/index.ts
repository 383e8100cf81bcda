// Runs everywhere (Node, side panel): turns rough post-call notes into a summary email that asks the client to confirm (playbook: confirm_in_writing).
import { extractEntities } from '../negotiation/entities';
import { parse } from '../negotiation/nlp';
import type { AgreementTerms, Amount, DateEntity, Entities, Percentage, Profile } from '../negotiation/schemas';
import { capPart, MAX_NOTES_BREAKS, MAX_NOTES_CHARS, MAX_RAW_CHARS } from '../negotiation/limits';
import { layoutNotes, type Category, type Clause } from './clauses';
import { composeEmail } from './compose';
import { dateAnnotation, shortDate } from './dates';
import { baseVerb, toSecondPerson } from './perspective';
import { CallSummarySchema, type Action, type CallSummary } from './schemas';
import { normaliseNotes, quoteOriginal, toOriginalSpan, type NormalisedNotes } from './shorthand';
import { termsFromNotes, type ClauseView } from './terms';

export type { CallSummary } from './schemas';
export { CallSummarySchema } from './schemas';

export interface SummaryInput {
  /** Rough notes: bullets, fragments, shorthand. */
  notes: string;
  client: { name: string | null; email: string | null };
  /** YYYY-MM-DD: relative dates in the notes resolve against it. */
  callDate: string;
  profile: Profile;
  /** The client's current agreement, if any. */
  agreement?: AgreementTerms;
}

export class EmptyNotesError extends Error {
  constructor() {
    super('the call notes are empty: write what was said on the call first');
  }
}

const CATEGORY_ORDER: Category[] = ['scope', 'price', 'payment', 'deadline', 'revisions', 'communication', 'other'];
const TITLES = /^(?:mr|mrs|ms|miss|dr|prof)\.?$/i;

/** A client's name as stored is at most 200 characters; the names become regular expressions, so they are bounded. */
const MAX_NAME = 200;
const MAX_NAME_WORDS = 8;

function clientNames(full: string | null): { all: string[]; first: string | null } {
  const name = full?.trim().slice(0, MAX_NAME);
  if (!name) return { all: [], first: null };
  const words = name.replace(/[,"]/g, ' ').split(/\s+/).filter((w) => w && !TITLES.test(w)).slice(0, MAX_NAME_WORDS);
  const all = [name, words.join(' '), ...words.filter((w) => w.length > 2)];
  return { all: [...new Set(all.filter(Boolean))], first: words[0] ?? null };
}

function sentence(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1');
  if (!t) return t;
  const cap = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?:]$/.test(cap) ? cap : `${cap}.`;
}

export function summarizeCall(full: SummaryInput): CallSummary {
  if (!full.notes.trim()) throw new EmptyNotesError();
  // Bounded work: long notes are read from the top and the summary says what was left out.
  const capped = capPart(full.notes.slice(0, MAX_RAW_CHARS), MAX_NOTES_CHARS, 'notes', MAX_NOTES_BREAKS);
  if (capped.truncated) capped.truncated.total = full.notes.length;
  const input = { ...full, notes: capped.text };
  const names = clientNames(input.client.name);
  const n = normaliseNotes(input.notes, names.all);
  const from = input.client.name ? `${input.client.name}${input.client.email ? ` <${input.client.email}>` : ''}` : input.client.email ?? undefined;
  const entities = extractByLine(n.text, input.callDate, from);
  const dates = usableDates(entities.dates, n.text);

  const layout = layoutNotes(n, {
    names: names.all,
    clientEmail: input.client.email,
    callDate: input.callDate,
    callDateSpans: dates.filter((d) => d.iso === input.callDate).map((d) => ({ start: d.index, end: d.index + d.text.length })),
  });

  /** The normalised notes between two offsets, each date followed by its unambiguous form. */
  const render = (a: number, b: number): string => {
    let out = '';
    let pos = a;
    for (const d of dates) {
      const end = d.index + d.text.length;
      if (d.index < a || end > b) continue;
      out += n.text.slice(pos, end) + dateAnnotation(d.text, d.iso);
      pos = end;
    }
    return out + n.text.slice(pos, b);
  };
  const inClause = <T extends { index: number; text: string }>(xs: T[], c: Clause) => xs.filter((x) => x.index >= c.start && x.index + x.text.length <= c.end);
  const addressed = (s: string) => toSecondPerson(s, names.all);

  const agreed: { cat: Category; text: string }[] = [];
  const questions: string[] = [];
  const actions: Action[] = [];
  const views: ClauseView[] = [];
  for (const c of layout.clauses) {
    const cDates = inClause(dates, c);
    views.push({ clause: c, raw: n.text.slice(c.start, c.end), amounts: inClause(entities.amounts, c), percentages: inClause(entities.percentages, c), dates: cDates });
    const due = (cDates.find((d) => d.deadline) ?? cDates[0])?.iso;
    const withDue = (a: Action): Action => (due ? { ...a, due } : a);
    if (c.kind === 'agreed') {
      agreed.push({ cat: c.category, text: sentence(addressed(render(c.start, c.end))) });
    } else if (c.kind === 'question') {
      questions.push(sentence(addressed(render(c.start, c.end))));
    } else if (c.kind === 'decision') {
      const whole = render(c.start, c.end);
      questions.push(sentence(addressed(whole)));
      const topic = addressed(whole.replace(/(?:,\s*|\s*\(|\s+[-–]\s+)(?:and\s+)?\S+(?:'ll|\s+\S+)?\s+(?:think about it|decides?|confirms?|get back to (?:me|us)|let me know)\)?\s*\.?$/i, ''))
        .replace(/^(?:plus|and|also)\s+/i, '')
        .trim();
      actions.push(withDue({ owner: 'client', text: `decide on ${topic}` }));
    } else {
      // A step named inside brackets ("(need to register - she sends link)") leaves the clause itself as an agreed point.
      if (c.parenthetical?.inside) agreed.push({ cat: c.category, text: sentence(addressed(render(c.start, c.end))) });
      actions.push(withDue({ owner: c.owner ?? 'me', text: actionText(c, n, render, addressed) }));
    }
  }

  const terms = termsFromNotes(views, input.profile.currency);
  // A deposit the client agreed to is their next step even when the notes only state the terms.
  if (terms.depositPercent !== undefined && !actions.some((a) => a.owner === 'client' && /\b(?:pay|deposit|advance)\b/i.test(a.text))) {
    actions.push({ owner: 'client', text: `pay the ${terms.depositPercent}% deposit` });
  }

  const agreedTexts = CATEGORY_ORDER.flatMap((cat) => agreed.filter((a) => a.cat === cat).map((a) => a.text));
  const signature = input.profile.signature.trim() || input.profile.name.trim() || '[your name]';
  const text = composeEmail({
    tone: input.profile.tone,
    firstName: names.first,
    callDate: input.callDate,
    agreed: agreedTexts,
    mine: actions.filter((a) => a.owner === 'me').map((a) => sentence(`I will ${a.text}`)),
    theirs: actions.filter((a) => a.owner === 'client').map((a) => sentence(`You will ${a.text}`)),
    questions,
    signature,
    beforeStart: !input.agreement?.confirmedAt,
    topic: layout.projectPhrase ? addressed(layout.projectPhrase) : null,
  });

  const project = layout.project ?? serviceMentioned(n.text, input.profile) ?? terms.deliverables?.[0] ?? null;
  const subject = `Summary of our call on ${shortDate(input.callDate)}${project ? ` – ${project[0]!.toUpperCase()}${project.slice(1)}` : ''}`;

  const typed = typedOffsets(input.notes);
  const quoted = <T extends { text: string; index: number }>(x: T): T => {
    const span = toOriginalSpan(n, x.index, x.index + x.text.length);
    if (!typed) return { ...x, text: quoteOriginal(n, x.index, x.index + x.text.length), index: span.start };
    const start = typed(span.start);
    return { ...x, text: input.notes.slice(start, typed(span.end)), index: start };
  };
  return CallSummarySchema.parse({
    subject,
    text,
    facts: {
      agreed: agreedTexts,
      amounts: entities.amounts.map((a: Amount) => quoted(a)),
      percentages: entities.percentages.map((p: Percentage) => quoted(p)),
      dates: dates.map((d: DateEntity) => quoted(d)),
      actions,
      questions,
    },
    terms,
    ...(capped.truncated ? { truncated: capped.truncated } : {}),
  });
}

function actionText(c: Clause, n: NormalisedNotes, render: (a: number, b: number) => string, addressed: (s: string) => string): string {
  if (c.parenthetical) {
    const p = c.parenthetical;
    const inner = addressed(render(c.start + p.start + (p.inside ? 0 : 1), c.start + p.end - 1))
      .replace(/^you(?:'ll|\s+will|\s+to)?\s+/i, '')
      .replace(/^[a-z]+/i, (w) => baseVerb(w));
    if (p.inside) return `${inner} (${addressed(render(c.start, c.start + p.start)).replace(/\s*\([^()]*$/, '').trim()})`;
    const rest = addressed(render(c.start, c.start + p.start) + render(c.start + p.end, c.end)).replace(/\s+/g, ' ').trim();
    return `${inner} (${rest})`;
  }
  let body = render(c.start + c.bodyOffset, c.end).replace(/^please\s+/i, '').trim();
  if (c.owner === 'client') body = body.replace(/^[a-z]+/i, (w) => baseVerb(w));
  if (c.trailingObject) {
    const [verb, ...rest] = render(c.start + c.bodyOffset, c.end).replace(/^please\s+/i, '').trim().split(/\s+/);
    body = [c.owner === 'client' ? baseVerb(verb ?? '') : verb, c.trailingObject, ...rest].join(' ');
  }
  if (c.verbPrefix) body = `${c.verbPrefix} ${body}`;
  return addressed(body);
}

/**
 * Notes are a list of unrelated lines; parsed as one text, compromise lets one line's words change how the next is
 * read (it missed "end of January" after a line with a comma), so each line is parsed on its own.
 */
function extractByLine(text: string, today: string, from: string | undefined): Entities {
  const all: Entities = { amounts: [], percentages: [], dates: [], durations: [], clientName: null };
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      const e = extractEntities(parse(line), { today, from });
      const shift = <T extends { index: number }>(x: T): T => ({ ...x, index: x.index + offset });
      all.amounts.push(...e.amounts.map(shift));
      all.percentages.push(...e.percentages.map(shift));
      all.dates.push(...e.dates.map(shift));
      all.durations.push(...e.durations.map(shift));
      all.clientName ??= e.clientName;
    }
    offset += line.length + 1;
  }
  return all;
}

const BARE_WEEKDAY = /^(?:(?:next|this|on|by|until|till)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Dates the summary may restate. "14 days after delivery" counts from an event, not from the call, so it gets no
 * calendar date; "Friday 11 December" is one date, not a Friday plus a December 11.
 */
function usableDates(all: DateEntity[], text: string): DateEntity[] {
  const out: DateEntity[] = [];
  for (const [i, d] of all.entries()) {
    const end = d.index + d.text.length;
    const after = text.slice(end, end + 30);
    if (/\b(?:after|before)$/i.test(d.text) || /^\s*(?:after|before|of|from|following)\b/i.test(after)) continue;
    if (BARE_WEEKDAY.test(d.text)) {
      const num = /^\s+(\d{1,2})(?!\d)/.exec(after);
      const next = all[i + 1];
      if (next && next.index - end <= 2) continue;
      if (num) {
        if (Number(d.iso.slice(8)) !== Number(num[1])) continue;
        out.push({ ...d, text: d.text + num[0] });
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

function serviceMentioned(text: string, profile: Profile): string | null {
  const lower = text.toLowerCase();
  for (const s of profile.services) {
    if (lower.includes(s.name.toLowerCase()) || s.keywords.some((k) => k && lower.includes(k.toLowerCase()))) return s.name;
  }
  return null;
}

/**
 * Notes with Windows line ends are read with "\n" only; offsets into that text are mapped back to the notes as typed,
 * so a figure's index and text quote exactly what the user wrote (found by the property test on "\r\n$1,").
 */
function typedOffsets(notes: string): ((pos: number) => number) | null {
  if (!notes.includes('\r\n')) return null;
  // Positions, in the "\n" text, of each line end that was "\r\n": every one before `pos` shifts it by one.
  const shifts: number[] = [];
  let removed = 0;
  for (let i = notes.indexOf('\r\n'); i !== -1; i = notes.indexOf('\r\n', i + 2)) shifts.push(i - removed++);
  return (pos) => {
    let lo = 0;
    let hi = shifts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (shifts[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return pos + lo;
  };
}
