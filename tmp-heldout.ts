import { parse } from './lib/negotiation/nlp';
import { detectMoves } from './lib/negotiation/moves';
const map: Record<string,string>={PQ:'price_question',PO:'price_objection',DR:'discount_request',BA:'budget_anchor',RD:'rush_deadline',PT:'payment_terms',FW:'free_work',FP:'future_promise',SC:'scope_creep',RR:'revision_request',CO:'complaint',BP:'boundary_push',NDA:'nda_request',VB:'vague_brief',WD:'wrong_direction',AC:'acceptance'};
const data: [string,string][] = (await import('/tmp/mv/heldout2.mjs')).default;
let tp=0,fp=0,fn=0;
for (const [t,m] of data) { const exp=m?m.split(',').map(x=>map[x]):[]; const got=detectMoves(parse(t)).map(x=>x.id as string);
 const f=got.filter(g=>!exp.includes(g)), n=exp.filter(e=>!got.includes(e)); tp+=got.length-f.length; fp+=f.length; fn+=n.length;
 if(f.length||n.length) console.log(`FP[${f}] FN[${n}] :: ${t}`);}
console.log({tp,fp,fn,P:tp/(tp+fp),R:tp/(tp+fn)});
