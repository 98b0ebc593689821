// The chaos verdict: from the ledger of acknowledged submissions, the portal simulator's applied
// records and the database, every breach of DESIGN.md invariants 1–5 as a classified violation.
import type { SimulatorStats } from '../../connectors/kit/simulator/index.ts';
import type { LoadResult } from './load.ts';
import type { Crash } from './supervised.ts';
import { recordLabel, type Workload } from './workload.ts';

export type ViolationKind =
  | 'lost' // acknowledged, but missing from the database or never applied at the portal
  | 'applied_twice' // one acknowledged submission with two effects, or two exchanges
  | 'phantom' // an effect at the portal nobody submitted
  | 'order' // a dossier's effects in another order than acknowledged
  | 'poison' // the injected permanent error not dead-lettered, or overtaken by later events
  | 'dead_letter' // a dead letter where no permanent error was injected
  | 'stuck' // still pending after the drain, with no dead letter ahead of it
  | 'duplicate' // a resubmission answered with another exchange, or not as a duplicate
  | 'refused' // a valid submission refused with a 4xx
  | 'unclassified' // a failed attempt without a known error class and a reason code
  | 'crash' // gateway or worker exited on its own (the harness restarted it, as a supervisor would)
  | 'unavailable'; // submissions never acknowledged despite retries for a minute

export interface Violation {
  kind: ViolationKind;
  dossier?: string;
  detail: string;
}

export interface DeliveryRow {
  id: string;
  exchange_id: string;
  target: string;
  state: string;
  reason: string | null;
}

export interface Observed {
  portal: SimulatorStats;
  exchangeIds: ReadonlySet<string>;
  deliveries: DeliveryRow[];
  failedAttempts: Array<{ error_class: string | null; reason: string | null; n: number }>;
}

const CLASSES = new Set(['transient', 'throttled', 'permanent', 'auth']);
const REASON = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;

export function checkInvariants(input: {
  load: LoadResult;
  workload: Workload;
  observed: Observed;
  target: string;
  crashes: readonly Crash[];
}): Violation[] {
  const { load, observed, target } = input;
  const { poison } = input.workload;
  const violations: Violation[] = [];
  const add = (kind: ViolationKind, detail: string, dossier?: string) =>
    violations.push(dossier ? { kind, dossier, detail } : { kind, detail });

  for (const c of input.crashes) {
    // The process's own last words (stderr), not its JSON log lines.
    const error = c.output
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => !line.startsWith('{') && /Error|throw/.test(line))
      .slice(0, 3);
    const ended = c.signal ? `signal ${c.signal}` : `exit code ${c.code}`;
    add('crash', `${c.role} ${ended} at +${(c.atMs / 1000).toFixed(1)}s: ${error.join(' | ')}`);
  }
  if (load.unacknowledged.length > 0) {
    add('unavailable', `${load.unacknowledged.length} submissions never acknowledged`);
  }
  for (const r of load.refused) {
    add('refused', `HTTP ${r.status} for #${r.submission.index}: ${r.body}`, r.submission.dossier);
  }
  for (const r of load.resends) {
    if (!r.got) continue; // never answered: nothing was promised
    if (r.got.exchangeId !== r.expected || r.got.status !== 'duplicate') {
      const what = `${r.late ? 'late ' : ''}resend of #${r.submission.index} (key ${r.submission.key ? 'set' : 'none'})`;
      add(
        'duplicate',
        `${what}: ${r.got.status} ${r.got.exchangeId}, first ${r.expected}`,
        r.submission.dossier,
      );
    }
  }

  const byExchange = new Map<string, DeliveryRow[]>();
  for (const d of observed.deliveries.filter((d) => d.target === target)) {
    byExchange.set(d.exchange_id, [...(byExchange.get(d.exchange_id) ?? []), d]);
  }
  const poisonAck = load.acks.find(
    (a) => a.submission.dossier === poison.dossier && a.submission.index === poison.index,
  );
  const ackOfExchange = new Map(load.acks.map((a) => [a.exchangeId, a]));

  const acksByDossier = new Map<string, typeof load.acks>();
  for (const ack of load.acks) {
    const { dossier, index } = ack.submission;
    if (!observed.exchangeIds.has(ack.exchangeId))
      add('lost', `#${index} acknowledged as ${ack.exchangeId}: no exchange row`, dossier);
    if (!ack.deliveries.includes(target))
      add('lost', `#${index} acknowledged without a delivery to ${target}`, dossier);
    const rows = byExchange.get(ack.exchangeId) ?? [];
    if (rows.length > 1) add('applied_twice', `#${index}: ${rows.length} deliveries`, dossier);
    const parked = dossier === poison.dossier && index > poison.index;
    for (const row of rows) {
      if (row.state === 'pending' && !parked)
        add('stuck', `#${index} still pending (${row.reason ?? 'no reason'})`, dossier);
      if (parked && row.state !== 'pending')
        add('poison', `#${index} behind the dead letter is ${row.state}, not parked`, dossier);
    }
    acksByDossier.set(dossier, [...(acksByDossier.get(dossier) ?? []), ack]);
  }

  for (const [dossier, acks] of acksByDossier) {
    const sorted = [...acks].sort((a, b) => a.submission.index - b.submission.index);
    const blocked = dossier === poison.dossier;
    const expected = sorted
      .filter((a) => !blocked || a.submission.index < poison.index)
      .map((a) => a.submission.label);
    const withheld = new Set(
      blocked
        ? sorted.filter((a) => a.submission.index >= poison.index).map((a) => a.submission.label)
        : [],
    );
    const actual = (observed.portal.applied[dossier] ?? []).map((r) => recordLabel(r.op, r.item));
    const seen = new Map<string, number>();
    for (const label of actual) seen.set(label, (seen.get(label) ?? 0) + 1);
    for (const [label, n] of seen) {
      if (n > 1) add('applied_twice', `${label} applied ${n} times`, dossier);
      if (withheld.has(label)) add('poison', `${label} applied though refused or parked`, dossier);
      else if (!expected.includes(label))
        add('phantom', `${label} applied, never acknowledged`, dossier);
    }
    const missing = expected.filter((label) => !seen.has(label));
    for (const label of missing) add('lost', `${label} acknowledged, never applied`, dossier);
    const firsts = [...seen.keys()].filter((label) => expected.includes(label));
    if (missing.length === 0 && firsts.join('|') !== expected.join('|'))
      add('order', `applied ${firsts.join(' → ')}; acknowledged ${expected.join(' → ')}`, dossier);
  }

  const dead = observed.deliveries.filter((d) => d.state === 'dead');
  for (const d of dead) {
    const ack = ackOfExchange.get(d.exchange_id);
    if (!poisonAck || d.exchange_id !== poisonAck.exchangeId) {
      const where = ack ? `#${ack.submission.index}` : `exchange ${d.exchange_id}`;
      add('dead_letter', `${where} dead-lettered: ${d.reason}`, ack?.submission.dossier);
    }
  }
  const poisonDead = dead.find((d) => d.exchange_id === poisonAck?.exchangeId);
  const { index: at, reason, dossier: code } = poison;
  if (poisonAck && !poisonDead)
    add('poison', `the injected permanent error (#${at}) is not a dead letter`, code);
  if (poisonDead && poisonDead.reason !== reason)
    add('poison', `dead letter reason ${poisonDead.reason}, expected ${reason}`, code);

  for (const a of observed.failedAttempts) {
    if (!a.error_class || !CLASSES.has(a.error_class) || !a.reason || !REASON.test(a.reason))
      add('unclassified', `${a.n} failed attempts with class ${a.error_class} reason ${a.reason}`);
  }
  return violations;
}
