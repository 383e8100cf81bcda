# Run from the repository root: python3 docs/reviews/packets.py unseenN CARDS.jsonl OUT_DIR — writes one review packet per writer (profiles, each message with its brief, and the cards of both modes labelled X1…) and lead-review-key.json for an absolute review; CARDS.jsonl comes from `node --import tsx tests/bench/replies-cards.ts unseen CARDS.jsonl`. Reviewer instructions: docs/reviews/reviewer-instructions.md.
import json, sys, os
set_name, cards_file, out = sys.argv[1], sys.argv[2], sys.argv[3].rstrip('/')
os.makedirs(out, exist_ok=True)
prof = json.load(open('tests/corpus/replies/profiles.json'))
cards = {}
for l in open(cards_file):
    r = json.loads(l); cards[(r['id'], r['profile'])] = r['cards']
key = {}
for w in 'abc':
    msgs = [json.loads(l) for l in open(f'tests/corpus/replies/{set_name}-r{w}.jsonl') if l.strip()]
    parts = ['# Profiles of the freelancers in this packet\n']
    for t in sorted({m['trade'] for m in msgs}):
        parts.append(f'## {t}\n```json\n{json.dumps(prof[t], indent=1, ensure_ascii=False)}\n```\n')
    for m in msgs:
        parts.append(f"\n---\n\n# Message {m['id']} ({m['trade']}, freelancer {m['freelancer']})\nFrom: {m['from']}\nRead on: {m['today']}\n\n```\n{m['text']}\n```\n\nWriter's brief (what a good reply does): {m['brief']}\n")
        for mode, label in [(True, 'profile'), (False, 'none')]:
            key[f"{m['id']}|{mode}"] = {'X': 'final'}
            parts.append(f"\n## Cards, mode \"{label}\" ({'the freelancer has filled in the profile above' if mode else 'no profile filled in: the tool knows only the message'})\n")
            cs = cards[(m['id'], mode)]
            if not cs: parts.append('(no card)\n')
            for i, c in enumerate(cs, 1):
                parts.append(f"\n### X{i}: {c['title']}\n```\n{c['text']}\n```\n")
    open(f'{out}/packet-r{w}.md', 'w').write(''.join(parts))
json.dump(key, open(f'{out}/lead-review-key.json', 'w'), indent=0)
print(f'{out}: 3 packets, {len(key)} message-and-mode pairs')
