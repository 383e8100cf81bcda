# Run from the repository root: python3 docs/reviews/stats.py docs/reviews/<review folder> — unblinds a blind comparative reply review (X/Y per block, key in lead-review-key.json, scores in scores-*.jsonl) into the table of a closing note.
import json, glob, collections, statistics, sys
d=sys.argv[1].rstrip('/')
key=json.load(open(f'{d}/lead-review-key.json'))
rows=[]
for f in sorted(glob.glob(f'{d}/scores-*.jsonl')):
    rows+= [json.loads(l) for l in open(f) if l.strip()]
# group
by=collections.defaultdict(list)
for r in rows:
    mode = True if r['mode']=='profile' else False
    k=key[f"{r['msg']}|{mode}"]
    sysname=k[r['card'][0]]
    by[(r['mode'],sysname,r['msg'])].append(r)
for mode in ['profile','none']:
    # (A single-system review maps every label to one system: the other is left out, not shown as "no card".)
    for sysname in [x for x in ['base','final'] if any(x in v.values() for v in key.values())]:
        items=[v for (m,s,_),v in by.items() if m==mode and s==sysname]
        msgs={mm for (m,s,mm) in by if m==mode}
        best=[]; send=0; bestwrong=0; allc=0; wrong=0; harm=0; missing=0
        for mm in msgs:
            v=by.get((mode,sysname,mm),[])
            if not v: best.append(1); missing+=1; continue
            b=max(v,key=lambda r:(r['overall'],r['would_send'],not r['wrong_fact']))
            best.append(b['overall']); send+= b['would_send']>=4; bestwrong+= b['wrong_fact']
            allc+=len(v); wrong+=sum(r['wrong_fact'] for r in v); harm+=sum(r['harmful'] for r in v)
        n=len(msgs)
        print(f"{mode:8} {sysname:6} msgs {n} best {statistics.mean(best):.2f} sendable {send}/{n} ({100*send/n:.0f}%) best-wrong {bestwrong}/{n} ({100*bestwrong/n:.0f}%) cards {allc} wrong {100*wrong/max(allc,1):.0f}% harmful {100*harm/max(allc,1):.0f}% (no card: {missing})")
