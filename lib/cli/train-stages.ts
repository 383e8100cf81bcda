// Node CLI (build time): trains the learned stage model on the situation sets (never the unseen one), measures it one writer at a time, and writes lib/negotiation/understand/stage-weights.json and docs/stage-model.md.
// Run: node --import tsx lib/cli/train-stages.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPLY_SETS } from '../../tests/corpus/reply-sets';
import { ReplyStageSchema, SITUATION_SETS, SituationEntrySchema } from '../../tests/corpus/situation-sets';
import { StageSchema } from '../negotiation/schemas';
import { featureValues, predictStage, stageFeatures, type StageModel, type StageWeights } from '../negotiation/understand/stage-features';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = 'lib/negotiation/understand/stage-weights.json';
const REPORT = 'docs/stage-model.md';
const STAGES = StageSchema.options;
const TODAY = '2026-11-16';

/** A feature must occur in this many training messages: rarer ones are one writer's phrasing (3 kept held-out accuracy and halved the file). */
const MIN_DOC_FREQ = 3;
const EPOCHS = 300;
const LEARNING_RATE = 0.5;
const L2 = 1e-3;
/** Weights (to two decimals) whose largest magnitude over the stages is below this are dropped before anything is measured: 0.05 kept 96 kB for the same held-out accuracy as 34 kB at 0.1; 0.2 cost 0.03. */
const PRUNE_BELOW = 0.1;
/**
 * The model decides when its top stage has at least this probability; below it the hand-written cues decide. Chosen by
 * leave-one-writer-out over every writer (0 → 0.808, 0.3 → 0.821, 0.5 → 0.828, 0.7 → 0.815), before the fifth
 * situation writer's set was read. Lowered to 0.3 in the fourteenth session, when the reply sets' 180 newer labels
 * (unseen12–16) joined: leave-one-writer-out over 57 writers gave 0 → 0.804, 0.3 → 0.804, 0.5 → 0.782 (the cues had
 * fallen to 0.61 on the reply writers), and on unseen17, labelled afterwards and never trained on, the whole pipeline
 * read 16/36 stages right with the old weights, 17/36 with the new at 0.5 and 21/36 at 0.3.
 */
const GATE = 0.3;
/** Gates also measured, for the report. */
const GATES = [0, 0.3, 0.4, 0.5, 0.6, 0.7];

interface Row { set: string; writer: string; y: number; rule: number; f: string[] }

async function rows(): Promise<Row[]> {
  // The pipeline loads the weights this trainer writes: a model that never decides (gate 1) stands in on a clean tree.
  if (!existsSync(resolve(ROOT, OUT))) writeFileSync(resolve(ROOT, OUT), `${JSON.stringify({ version: 1, stages: STAGES, gate: 1, weights: {} })}\n`);
  const { readMessage } = await import('../negotiation/analyze');
  const { understand } = await import('../negotiation/understand');
  const { ProfileSchema } = await import('../negotiation/schemas');
  const profiles = JSON.parse(readFileSync(resolve(ROOT, 'tests/corpus/replies/profiles.json'), 'utf8'));
  // One message read as the product reads it: the cues' stage, and the model's features.
  const read = (text: string, trade: string, today: string, from?: string): Pick<Row, 'rule' | 'f'> => {
    const r = readMessage(text, { today, from });
    const u = understand({ text: r.text, quote: r.quote, moves: r.moves, entities: r.entities, asks: r.asks, profile: ProfileSchema.parse(profiles[trade]), today, from, stageRulesOnly: true });
    const f = stageFeatures({ text: u.text, ourWords: u.deal.ourWords, quoted: Boolean(r.quote), depositPaid: u.situation.depositPaid, moves: r.moves.map((x) => x.id) });
    return { rule: STAGES.indexOf(u.situation.stage), f };
  };
  const out: Row[] = [];
  for (const set of SITUATION_SETS.filter((s) => s.use !== 'unseen')) {
    for (const line of readFileSync(resolve(ROOT, 'tests/corpus/situations', set.file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const m = SituationEntrySchema.parse(JSON.parse(line));
      out.push({ set: set.name, writer: set.writer, y: STAGES.indexOf(m.stage), ...read(m.text, m.trade, TODAY) });
    }
  }
  // The reply test sets' development messages, labelled by an independent helper who read only the messages: long,
  // many-topic mail from 18 more writers, the kind the reply cards must get right. The 252 labels of dev2 and unseen6–11
  // (18 further writers, labelled 2026-12-07 by two helpers reading only messages and briefs) are here too, but the
  // weights in the tree were trained before them: retrained with them, held-out accuracy on the reply writers stayed at
  // 0.80, and the cards built on the new stages were worse on every changed message read (the rules downstream were
  // tuned to the old stages), so those weights were not kept.
  const labels = new Map(readFileSync(resolve(ROOT, 'tests/corpus/situations/reply-stages.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => { const x = ReplyStageSchema.parse(JSON.parse(l)); return [x.id, x] as const; }));
  for (const file of REPLY_SETS.dev) {
    for (const line of readFileSync(resolve(ROOT, 'tests/corpus/replies', `${file}.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const m = JSON.parse(line) as { id: string; trade: string; text: string; today: string; from: string };
      const label = labels.get(m.id);
      if (!label) continue;
      out.push({ set: file, writer: `replies:${file}`, y: STAGES.indexOf(label.stage), ...read(m.text, m.trade, m.today, m.from) });
    }
  }
  return out;
}

/** Multinomial logistic regression by full-batch gradient descent: deterministic, a few seconds on 400 messages. */
function train(data: Row[]): StageModel {
  const df = new Map<string, number>();
  for (const r of data) for (const k of r.f) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [k, n] of df) if (n >= MIN_DOC_FREQ || k === 'bias') vocab.set(k, vocab.size);
  const K = STAGES.length;
  const D = vocab.size;
  const W = new Float64Array(K * D);
  const X = data.map((r) => r.f.filter((k) => vocab.has(k)).map((k) => vocab.get(k)!));
  const V = data.map((r) => { const v = featureValues(r.f); return r.f.map((k, i) => [k, v[i]!] as const).filter(([k]) => vocab.has(k)).map(([, x]) => x); });
  for (let e = 0; e < EPOCHS; e++) {
    const G = new Float64Array(K * D);
    for (let i = 0; i < data.length; i++) {
      const z = new Float64Array(K);
      for (let k = 0; k < K; k++) X[i]!.forEach((j, t) => (z[k] = z[k]! + W[k * D + j]! * V[i]![t]!));
      const max = Math.max(...z);
      let s = 0;
      for (let k = 0; k < K; k++) s += z[k] = Math.exp(z[k]! - max);
      for (let k = 0; k < K; k++) {
        const g = z[k]! / s - (k === data[i]!.y ? 1 : 0);
        X[i]!.forEach((j, t) => (G[k * D + j] = G[k * D + j]! + g * V[i]![t]!));
      }
    }
    for (let q = 0; q < W.length; q++) W[q] = W[q]! - LEARNING_RATE * (G[q]! / data.length + L2 * W[q]!);
  }
  const weights = new Map<string, Float64Array>();
  for (const [k, j] of vocab) {
    const v = Float64Array.from(STAGES, (_, c) => Math.round(W[c * D + j]! * 100) / 100);
    if (k === 'bias' || Math.max(...v.map(Math.abs)) >= PRUNE_BELOW) weights.set(k, v);
  }
  return { stages: [...STAGES], gate: GATE, weights };
}

function main(rs: Row[]): void {
  const writers = [...new Set(rs.map((r) => r.writer))];
  const lines = ['| held-out writer | messages | rules | model | model ≥ gate, else rules | model decides |', '|---|---|---|---|---|---|'];
  let n = 0, rules = 0, model = 0, gated = 0;
  const agg = { n: 0, a: 0, b: 0, c: 0, d: 0 };
  const byGate = GATES.map(() => 0);
  for (const w of writers) {
    const m = train(rs.filter((r) => r.writer !== w));
    const test = rs.filter((r) => r.writer === w);
    let a = 0, b = 0, c = 0, d = 0;
    for (const r of test) {
      const p = predictStage(m, r.f);
      const y = STAGES.indexOf(p.stage);
      GATES.forEach((g, i) => (byGate[i]! += (p.p >= g ? y : r.rule) === r.y ? 1 : 0));
      if (r.rule === r.y) a++;
      if (y === r.y) b++;
      if ((p.p >= GATE ? y : r.rule) === r.y) c++;
      if (p.p >= GATE) d++;
    }
    n += test.length; rules += a; model += b; gated += c;
    if (w.startsWith('replies:')) {
      agg.n += test.length; agg.a += a; agg.b += b; agg.c += c; agg.d += d;
      continue;
    }
    lines.push(`| ${w} | ${test.length} | ${(a / test.length).toFixed(2)} | ${(b / test.length).toFixed(2)} | ${(c / test.length).toFixed(2)} | ${d} |`);
  }
  if (agg.n) lines.push(`| the reply sets' ${writers.filter((w) => w.startsWith('replies:')).length} writers, each held out in turn | ${agg.n} | ${(agg.a / agg.n).toFixed(2)} | ${(agg.b / agg.n).toFixed(2)} | ${(agg.c / agg.n).toFixed(2)} | ${agg.d} |`);
  lines.push(`| all | ${n} | ${(rules / n).toFixed(3)} | ${(model / n).toFixed(3)} | ${(gated / n).toFixed(3)} | |`);
  lines.push('', `Other gates, all writers held out in turn: ${GATES.map((g, i) => `${g} → ${(byGate[i]! / n).toFixed(3)}`).join(', ')}.`);
  const final = train(rs);
  const packed: StageWeights = { version: 1, stages: [...STAGES], gate: GATE, weights: Object.fromEntries([...final.weights].map(([k, v]) => [k, [...v].join(',')])) };
  const json = `${JSON.stringify(packed)}\n`;
  writeFileSync(resolve(ROOT, OUT), json);
  const report = [
    '# The learned stage model',
    '',
    'Where the deal stands (enquiry, quoted, agreed, in progress, delivered), read by a multinomial logistic model over the',
    "words and word pairs of the client's newest text and of our own earlier words in the thread, plus whether something is",
    'quoted, whether the rules read a paid deposit, and the moves detected. Trained by `node --import tsx lib/cli/train-stages.ts`',
    `on the situation sets that are not unseen and the labelled development messages of the reply sets (${writers.length} writers, ${rs.length} messages). The model decides when its top stage`,
    `has probability ≥ ${GATE}; below that the hand-written cues in \`understand/situation.ts\` decide.`,
    '',
    'Leave one writer out (the model never saw the held-out writer; the rules were tuned on situations1–3, so their',
    'figures there are in-sample and only situations4 is a fair comparison):',
    '',
    ...lines,
    '',
    `Weights: ${final.weights.size} features, ${json.length.toLocaleString('en')} bytes.`,
    '',
  ].join('\n');
  writeFileSync(resolve(ROOT, REPORT), report);
  console.log(report);
}

main(await rows());
