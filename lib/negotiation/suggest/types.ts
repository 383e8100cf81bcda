// Runs everywhere (Node, side panel): the shapes shared by the reply writer's move modules.
import type { MoveId, PrincipleId } from '../playbook';
import type { DetectedMove } from '../schemas';
import type { Ctx } from './context';

/**
 * The stance a strategy takes. The leading move's take sets it; every other move in the message is
 * answered with its take of the same stance when it has one, so one reply does not hold firm on the
 * price and cave on the deadline.
 */
export type Stance = 'firm' | 'trade' | 'staged' | 'clarify' | 'admit' | 'part' | 'turn' | 'disclaim';

/** One paragraph answering one move, with the principles it applies and why. */
export interface Part {
  text: string;
  principles: Array<[PrincipleId, string]>;
}

export interface Take {
  /** Strategy slug when this take leads the reply. */
  id: string;
  /** Strategy title when this take leads the reply. */
  title: string;
  /** Short name when it is the second big move of the reply ("rush fee"). */
  short: string;
  stances: Stance[];
  /** False when the take does not fit this message (refunding over a typo). */
  fits?: (ctx: Ctx) => boolean;
  write: (ctx: Ctx, move: DetectedMove) => Part;
  /** The closing question when this take leads. */
  close: (ctx: Ctx, move: DetectedMove) => string;
}

export type TakeTable = Partial<Record<MoveId, Take[]>>;
