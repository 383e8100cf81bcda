// Unit test (Node): the independent call-notes corpus: every listed fact in the email, every next step with its owner; rates measured from real runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../lib/negotiation/clean';
import { EMPTY_PROFILE } from '../../../lib/negotiation/schemas';
import { summarizeCall } from '../../../lib/summary';
import { actionLands, factInEmail } from './fact-match';

const DIR = join(import.meta.dirname, '../../corpus/call-notes');
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort() : [];

interface Expect {
  callDate: string;
  client: string;
  facts: string[];
  mine: string[];
  theirs: string[];
}

function run() {
  const misses: string[] = [];
  let facts = 0, factsOk = 0, steps = 0, stepsOk = 0;
  for (const f of files) {
    const exp = JSON.parse(readFileSync(join(DIR, f.replace(/\.txt$/, '.expect.json')), 'utf8')) as Expect;
    const s = summarizeCall({ notes: readFileSync(join(DIR, f), 'utf8'), client: parseAddress(exp.client), callDate: exp.callDate, profile: EMPTY_PROFILE });
    for (const fact of exp.facts) {
      facts++;
      if (factInEmail(fact, s.text, exp.callDate)) factsOk++;
      else misses.push(`${f} fact: ${fact}`);
    }
    for (const [owner, list] of [['me', exp.mine], ['client', exp.theirs]] as const) {
      for (const item of list) {
        steps++;
        if (actionLands(item, owner, s.facts.actions)) stepsOk++;
        else misses.push(`${f} ${owner}: ${item}`);
      }
    }
    expect(s.text).not.toMatch(/undefined|NaN|\[(?!your name\])[^\]]*\]/);
  }
  return { facts, factsOk, steps, stepsOk, misses };
}

describe.skipIf(files.length === 0)('call-notes corpus', () => {
  it('keeps the listed facts and puts next steps with the right person', () => {
    const r = run();
    console.log(`call-notes corpus (${files.length} notes): facts ${r.factsOk}/${r.facts}, next steps ${r.stepsOk}/${r.steps}\n  ${r.misses.join('\n  ')}`);
    // Floors set from measured runs so a regression fails; the printed figures are the real rates.
    expect(r.factsOk / r.facts).toBeGreaterThanOrEqual(0.9);
    expect(r.stepsOk / r.steps).toBeGreaterThanOrEqual(0.6);
  });
});
