// Runs everywhere (Node, side panel): writes 2–4 reply suggestions, one per strategy, answering every detected move in the client's order.
import type { MoveId, PrincipleId } from '../playbook';
import type { AgreementTerms, DetectedMove, Entities, Profile, Suggestion, Tone } from '../schemas';
import { Ctx } from './context';
import { MAJOR, PRICE_FAMILY, SIGNIFICANCE, takeForStance, takesFor } from './takes';
import { applyTone, greeting, opener, signOff, tidy, type OpenerKind } from './tone';
import type { Part, Take } from './types';

export interface SuggestInput {
  text: string;
  moves: DetectedMove[];
  entities: Entities;
  profile: Profile;
  agreement?: AgreementTerms;
  tone: Tone;
  today: string;
}

const MAX_SUGGESTIONS = 4;

export function suggestReplies(input: SuggestInput): Suggestion[] {
  const moves = uniqueInOrder(input.moves);
  if (!moves.length) return [];
  const lead = [...moves].sort((a, b) => SIGNIFICANCE.indexOf(a.id) - SIGNIFICANCE.indexOf(b.id))[0]!;
  const probe = new Ctx(input);
  const strategies = takesFor(lead.id)
    .filter((t) => t.fits?.(probe) ?? true)
    .slice(0, MAX_SUGGESTIONS);
  return strategies.map((take) => write(input, moves, lead, take));
}

/** One answer per move: a client who asks for a discount twice gets one paragraph about it. */
function uniqueInOrder(moves: DetectedMove[]): DetectedMove[] {
  const seen = new Set<MoveId>();
  return [...moves]
    .sort((a, b) => a.index - b.index)
    .filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}

function openerKind(lead: MoveId): OpenerKind {
  if (lead === 'complaint') return 'complaint';
  if (lead === 'acceptance') return 'acceptance';
  if (lead === 'price_objection' || lead === 'discount_request' || lead === 'budget_anchor') return 'price';
  return 'default';
}

function write(input: SuggestInput, moves: DetectedMove[], lead: DetectedMove, leadTake: Take): Suggestion {
  const ctx = new Ctx(input);
  const stance = leadTake.stances[0]!;
  const chosen = moves.map((move) => ({ move, take: move.id === lead.id ? leadTake : takeForStance(move.id, stance, ctx) }));
  const parts: Part[] = chosen.map(({ move, take }) => take.write(ctx, move));
  const close = leadTake.close(ctx, lead);

  const paragraphs = parts.map((p) => p.text);
  paragraphs[0] = `${opener(input.tone, openerKind(lead.id))} ${paragraphs[0]}`;
  const body = [greeting(input.tone, ctx.name), ...paragraphs, close, `${signOff(input.tone)}\n${ctx.signature()}`].join('\n\n');
  const text = applyTone(body, input.tone);

  const principles: PrincipleId[] = [];
  const rationale: Suggestion['rationale'] = [];
  const add = (principle: PrincipleId, why: string) => {
    if (principles.includes(principle)) return;
    principles.push(principle);
    rationale.push({ principle, text: tidy(why) });
  };
  for (const part of parts) for (const [principle, why] of part.principles) add(principle, why);
  add('keep_dialogue', `Ends with "${applyTone(close, input.tone)}" so the next step is clear and the thread stays open.`);

  return {
    id: leadTake.id,
    title: titleFor(leadTake, lead, chosen),
    moves: moves.map((m) => m.id),
    principles,
    rationale,
    tone: input.tone,
    text,
    missing: ctx.missing.filter((p) => text.includes(p)),
  };
}

/** The lead's strategy, plus the stance on a second big move when it is a different kind of move. */
function titleFor(leadTake: Take, lead: DetectedMove, chosen: Array<{ move: DetectedMove; take: Take }>): string {
  const second = [...chosen]
    .filter(({ move }) => move.id !== lead.id && MAJOR.has(move.id) && !(PRICE_FAMILY.has(move.id) && PRICE_FAMILY.has(lead.id)))
    .sort((a, b) => SIGNIFICANCE.indexOf(a.move.id) - SIGNIFICANCE.indexOf(b.move.id))[0];
  return second ? `${leadTake.title}; ${second.take.short}` : leadTake.title;
}
