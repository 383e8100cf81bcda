import { summarizeCall } from './lib/summary';
import { ProfileSchema } from './lib/negotiation/schemas';
import { CASES } from './tests/unit/summary/cases';
for (const c of CASES.filter((x) => /run-on|arrow/.test(x.name))) {
  const s = summarizeCall({ notes: c.notes, client: c.client, callDate: c.callDate, profile: ProfileSchema.parse({}) });
  console.log(s.subject + '\n' + s.text, JSON.stringify(s.facts.actions));
}
