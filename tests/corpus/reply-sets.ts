// Node (tests, `npm run eval`, review aids): which reply test sets exist and what each may be used for.
/**
 * - dev: read, tuned on. dev2 was the unseen set of the first blind review (2026-12-06); measured once, then spent.
 * - unseen: written by three new independent writers; read only by `replies-cards.ts unseen` and
 *   `npm run eval -- --unseen`, once, at the end, and its cards only by a blind reviewer.
 */
export const REPLY_SETS: { dev: readonly string[]; unseen: readonly string[]; next: readonly string[] } = {
  // unseen2-r* was the unseen set of the second blind review (2026-12-06, best card 2.00 → 2.03); measured once, now spent.
  // unseen3-r* was the unseen set of the third blind review (2026-12-06, best card 1.86 → 2.00); measured once, now spent.
  // unseen4-r* was the unseen set of the fourth blind review (2026-12-06, best card 1.83 → 2.00); measured once, now spent.
  // unseen5-r* was the unseen set of the fifth blind review (2026-12-06, best card 1.78 → 1.92); measured once, now spent.
  // unseen6-r* was the unseen set of the sixth blind review (2026-12-06, best card 1.97 → 2.08); measured once, now spent.
  // unseen7-r* was the unseen set of the seventh blind review (2026-12-07, best card 1.78 → 1.72); measured once, now spent.
  // unseen8-r* was the unseen set of the eighth blind review (2026-12-07, best card 1.81 → 1.81); measured once, now spent.
  // unseen9-r* was the unseen set of the ninth blind review (2026-12-07, best card 1.83 → 1.89); measured once, now spent.
  // unseen10-r* was the unseen set of the tenth blind review (2026-12-07, best card 1.81 → 1.78); measured once, now spent.
  // unseen11-r* was the unseen set of the eleventh blind review (2026-12-07, tenth session): the session's changes reached
  // none of its 72 pairs, so it was an absolute review (best card 1.97 with a profile); measured once, now spent.
  // unseen12-r* was the unseen set of the twelfth blind review (2026-12-07, eleventh session: the session's changes
  // reached 13 of 72 pairs, best card 1.97 → 1.97 with a profile, cards with a wrong fact 58 % → 55 %); measured once, now spent.
  // unseen13-r* was the unseen set of the thirteenth blind review (2026-12-07, end of the eleventh session: 12 of 72
  // pairs changed, best card 1.89 → 1.89 with a profile, cards with a wrong fact 46 % → 43 %); measured once, now spent.
  // unseen14-r* was the unseen set of the fourteenth blind review (2026-12-07, twelfth session): the session's changes
  // reached 1 of its 36 messages, so it was an absolute review of the engine at a006084 (best card 1.78 with a
  // profile, sendable 1/36, cards with a wrong fact 62 %); measured once, now spent.
  // unseen15-r* was the unseen set of the fifteenth blind review (2026-12-07, thirteenth session): the session's changes
  // reached 1 of its 36 messages, so it was an absolute review of the engine at f2d9c63 (best card 1.83 with a profile,
  // sendable 4/36, cards with a wrong fact 59 %); measured once, now spent.
  // unseen16-r* was the unseen set of the sixteenth blind review (2026-12-07, end of the thirteenth session): the
  // session's changes reached 1 of its 36 messages, so it was an absolute review of the engine at 213990c (best card 2.31
  // with a profile, sendable 5/36; by writer: ordinary inbox 2.83, bargaining 2.50, during and after the work 1.58);
  // measured once, now spent.
  // unseen17-r* was the unseen set of the seventeenth blind review (2026-12-07, start of the fourteenth session): an
  // absolute review of the engine at 6572e32, unchanged since the end of the thirteenth session (best card 1.89 with a
  // profile, sendable 6/36, best card with a wrong fact 56 %; by writer: companies and paperwork 1.75, friction 1.67,
  // small owners in a hurry 2.25); measured once, now spent.
  // unseen18-r* was the unseen set of the eighteenth blind review (2026-12-07, fourteenth session), all on work in hand:
  // the session's changes reached 2 of its 36 messages, so it was an absolute review of the engine at 5fd3391 (best card
  // 1.64 with a profile, sendable 0/36; by writer: the middle of a project 1.83, after delivery 1.58, ongoing and repeat
  // clients 1.50); measured once, now spent.
  // unseen19-r* was the unseen set of the nineteenth blind review (2026-12-07, start of the fifteenth session): an
  // absolute review of the engine at 0e852f1, unchanged since the end of the fourteenth session (best card 1.67 with a
  // profile, sendable 0/36, best card with a wrong fact 56 %; by writer: first contact 2.08, money after the deal 1.17,
  // non-native English 1.75); measured once, now spent.
  // unseen20-r* was the unseen set of the twentieth blind review (2026-12-08, fifteenth session), all on work in hand:
  // the session's changes reached 1 of its 36 messages, so it was an absolute review of the engine at 7217f40 (best card
  // 1.25 with a profile, sendable 0/36, best card with a wrong fact 67 %; by writer: the middle of a project 1.25, after
  // delivery 1.33, retainers and repeat clients 1.17); measured once, now spent.
  dev: ['dev-r1', 'dev-r2', 'dev-r3', 'dev2-r1', 'dev2-r2', 'dev2-r3', 'unseen2-ra', 'unseen2-rb', 'unseen2-rc', 'unseen3-ra', 'unseen3-rb', 'unseen3-rc', 'unseen4-ra', 'unseen4-rb', 'unseen4-rc', 'unseen5-ra', 'unseen5-rb', 'unseen5-rc', 'unseen6-ra', 'unseen6-rb', 'unseen6-rc', 'unseen7-ra', 'unseen7-rb', 'unseen7-rc', 'unseen8-ra', 'unseen8-rb', 'unseen8-rc', 'unseen9-ra', 'unseen9-rb', 'unseen9-rc', 'unseen10-ra', 'unseen10-rb', 'unseen10-rc', 'unseen11-ra', 'unseen11-rb', 'unseen11-rc', 'unseen12-ra', 'unseen12-rb', 'unseen12-rc', 'unseen13-ra', 'unseen13-rb', 'unseen13-rc', 'unseen14-ra', 'unseen14-rb', 'unseen14-rc', 'unseen15-ra', 'unseen15-rb', 'unseen15-rc', 'unseen16-ra', 'unseen16-rb', 'unseen16-rc', 'unseen17-ra', 'unseen17-rb', 'unseen17-rc', 'unseen18-ra', 'unseen18-rb', 'unseen18-rc', 'unseen19-ra', 'unseen19-rb', 'unseen19-rc', 'unseen20-ra', 'unseen20-rb', 'unseen20-rc'],
  // Written 2026-12-07 at the start of the fifteenth session by three new independent writers who read only the
  // profiles (short phone mail and rude or impatient clients at every stage; long threads mid-negotiation with quoted
  // history; translators and developers with agencies, start-ups and public bodies, much of it in non-native English),
  // committed unread: the next review's set.
  unseen: ['unseen21-ra', 'unseen21-rb', 'unseen21-rc'],
  // Written 2026-12-08 in the fifteenth session by three new independent writers who read only the profiles (the
  // middle of a job in all four trades; returning and past clients; an ordinary week's inbox at every stage),
  // committed unread: the review after unseen21's.
  next: ['unseen22-ra', 'unseen22-rb', 'unseen22-rc'],
};
