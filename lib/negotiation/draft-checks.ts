// Runs everywhere (Node, side panel): checks the freelancer's own draft against the playbook's draft checks.
import type { Parsed } from './nlp';
import { DRAFT_CHECK_IDS, DRAFT_CHECKS, TEXT_DRAFT_CHECK_IDS } from './playbook';
import type { DraftCheck } from './schemas';
import { DETECTORS, gatherFacts } from './draft-checks/detectors';
import { segment } from './draft-checks/segments';

/** At most one finding per check, in the order they appear in the draft. Evidence is `parsed.text.slice(index, index + evidence.length)`. */
export function checkDraft(parsed: Parsed): DraftCheck[] {
  const facts = gatherFacts(segment(parsed));
  const found: DraftCheck[] = [];
  for (const id of TEXT_DRAFT_CHECK_IDS) {
    const unit = DETECTORS[id](facts);
    if (!unit) continue;
    const { principle, advice } = DRAFT_CHECKS[id];
    found.push({ id, evidence: unit.text, index: unit.index, principle, advice });
  }
  return found.sort((a, b) => a.index - b.index || DRAFT_CHECK_IDS.indexOf(a.id) - DRAFT_CHECK_IDS.indexOf(b.id));
}
