// Where one-stop submissions are prepared: inline, or on a pool of worker threads so parsing,
// validation and mapping (most of a submission's CPU) leave the event loop that commits and answers.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type OneStopKind,
  type Preparation,
  type PrepareContext,
  prepareOneStop,
} from './routes/one-stop-submissions.ts';

export interface SubmissionPreparer {
  prepare(
    kind: OneStopKind,
    bytes: Uint8Array | undefined,
    context: PrepareContext,
  ): Promise<Preparation>;
  /** Stops the threads (after the HTTP server stopped taking requests). */
  close(): Promise<void>;
}

export interface SubmissionTask {
  id: number;
  kind: OneStopKind;
  bytes: Uint8Array | undefined;
  context: PrepareContext;
}

export type SubmissionTaskResult =
  | { id: number; preparation: Preparation }
  | { id: number; failure: string };

/** Error code of a task lost with its thread or failed by a bug; the request answers 500. */
export class SubmissionWorkerError extends Error {
  readonly code = 'gateway.submission_worker_failed';
}

export const inlinePreparer: SubmissionPreparer = {
  prepare: async (kind, bytes, context) => prepareOneStop(kind, bytes, context),
  close: async () => undefined,
};

/** One thread per core left over by the event loop, at least one, at most four. */
export function defaultSubmissionThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve(p: Preparation): void; reject(e: Error): void }>;
  /** Tasks of this turn of the event loop, posted together: one message and one wake-up each way. */
  outbox: SubmissionTask[];
}

const WORKER_URL = new URL('./submission-worker.ts', import.meta.url);

/** `threads` 0 prepares inline. A thread that dies fails its tasks and is replaced. */
export function createSubmissionPreparer(options: {
  threads: number;
  /** The thread's entry; tests give a stand-in. */
  workerUrl?: URL;
  onThreadExit?: (detail: { exitCode: number; lostTasks: number }) => void;
}): SubmissionPreparer {
  if (options.threads <= 0) return inlinePreparer;
  let closing = false;
  let nextId = 0;

  const spawn = (): Slot => {
    const worker = new Worker(options.workerUrl ?? WORKER_URL);
    const slot: Slot = { worker, pending: new Map(), outbox: [] };
    worker.unref(); // idle threads never keep the process alive
    worker.on('message', (replies: SubmissionTaskResult[]) => {
      for (const reply of replies) {
        const task = slot.pending.get(reply.id);
        if (!task) continue;
        slot.pending.delete(reply.id);
        if ('preparation' in reply) task.resolve(reply.preparation);
        else task.reject(new SubmissionWorkerError(reply.failure));
      }
    });
    // An uncaught error ends the thread: 'exit' follows and fails what it held.
    slot.worker.on('error', () => undefined);
    slot.worker.on('exit', (exitCode) => {
      const lost = [...slot.pending.values()];
      slot.pending.clear();
      slot.outbox = [];
      for (const task of lost) task.reject(new SubmissionWorkerError('the worker thread exited'));
      if (closing) return;
      options.onThreadExit?.({ exitCode, lostTasks: lost.length });
      slots[slots.indexOf(slot)] = spawn();
    });
    return slot;
  };
  const slots = Array.from({ length: options.threads }, spawn);
  const flush = (slot: Slot): void => {
    if (slot.outbox.length === 0) return;
    // Copied, not transferred: each request keeps its own body buffer.
    slot.worker.postMessage(slot.outbox);
    slot.outbox = [];
  };

  return {
    prepare(kind, bytes, context) {
      if (closing) return Promise.reject(new SubmissionWorkerError('the workers are closed'));
      // The least busy thread; ties go to the first.
      let slot = slots[0]!;
      for (const other of slots) if (other.pending.size < slot.pending.size) slot = other;
      const id = ++nextId;
      return new Promise<Preparation>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.outbox.push({ id, kind, bytes, context });
        // After the I/O callbacks of this turn: the requests that arrived together go together.
        if (slot.outbox.length === 1) setImmediate(() => flush(slot));
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
