import { readFileSync, readdirSync } from 'node:fs';
import { summarizeCall } from '/work/main/lib/summary/index';
import { parseAddress } from '/work/main/lib/negotiation/clean';
import { EMPTY_PROFILE } from '/work/main/lib/negotiation/schemas';
const dir = '/work/main/tests/corpus/call-notes/';
const only = process.argv[2];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
  if (only && !f.includes(only)) continue;
  const exp = JSON.parse(readFileSync(dir + f.replace('.txt', '.expect.json'), 'utf8'));
  const s = summarizeCall({ notes: readFileSync(dir + f, 'utf8'), client: parseAddress(exp.client), callDate: exp.callDate, profile: EMPTY_PROFILE });
  console.log('=====', f, '\n' + s.subject + '\n' + s.text);
  console.log(JSON.stringify(s.terms));
}
