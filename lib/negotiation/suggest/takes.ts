// Runs everywhere (Node, side panel): every move's possible takes, and which move leads a reply.
import type { MoveId } from '../playbook';
import { BRIEF_TAKES } from './brief';
import { CONFLICT_TAKES } from './conflict';
import { DEADLINE_TAKES } from './deadline';
import { FREE_WORK_TAKES } from './free-work';
import { PAYMENT_TAKES } from './payment';
import { PRICE_TAKES } from './price';
import { SCOPE_TAKES } from './scope';
import { TERMS_TAKES } from './terms';
import type { Stance, Take } from './types';
import type { Ctx } from './context';

const TABLE = { ...PRICE_TAKES, ...DEADLINE_TAKES, ...PAYMENT_TAKES, ...FREE_WORK_TAKES, ...SCOPE_TAKES, ...CONFLICT_TAKES, ...TERMS_TAKES, ...BRIEF_TAKES };

export function takesFor(move: MoveId): Take[] {
  const takes = TABLE[move];
  if (!takes?.length) throw new Error(`No reply takes for move "${move}"`);
  return takes;
}

/**
 * Which move a reply is built around: an unhappy client first, then money and time (where the
 * strategies really differ), then scope and terms; acceptance and vague briefs follow the rest.
 */
export const SIGNIFICANCE: MoveId[] = [
  'complaint',
  'discount_request',
  'price_objection',
  'budget_anchor',
  'rush_deadline',
  'payment_terms',
  'free_work',
  'scope_creep',
  'wrong_direction',
  'future_promise',
  'nda_request',
  'revision_request',
  'boundary_push',
  'price_question',
  'vague_brief',
  'acceptance',
];

/** Moves whose strategy is worth naming in a title next to the lead's. */
export const MAJOR = new Set<MoveId>(['complaint', 'discount_request', 'price_objection', 'budget_anchor', 'rush_deadline', 'payment_terms', 'free_work', 'scope_creep', 'wrong_direction']);

export const PRICE_FAMILY = new Set<MoveId>(['price_question', 'price_objection', 'discount_request', 'budget_anchor']);

/** The take of a supporting move that shares the strategy's stance, so the whole reply pulls one way. */
export function takeForStance(move: MoveId, stance: Stance, ctx: Ctx): Take {
  const takes = takesFor(move).filter((t) => t.fits?.(ctx) ?? true);
  return takes.find((t) => t.stances[0] === stance) ?? takes.find((t) => t.stances.includes(stance)) ?? takes[0]!;
}
