// Worker thread entry: prepares one-stop submissions (parse, validate, map, serialize, hash) for
// the gateway's event loop, which then only authenticates, commits and answers.
import { parentPort } from 'node:worker_threads';
import { prepareOneStop } from './routes/one-stop-submissions.ts';
import type { SubmissionTask, SubmissionTaskResult } from './submission-workers.ts';

const port = parentPort;
if (!port) throw new Error('submission-worker.ts runs only as a worker thread');

function run(task: SubmissionTask): SubmissionTaskResult {
  try {
    return { id: task.id, preparation: prepareOneStop(task.kind, task.bytes, task.context) };
  } catch (error) {
    // A bug, not bad input (bad input is a Preparation): the request fails as it would inline.
    return { id: task.id, failure: error instanceof Error ? error.message : String(error) };
  }
}

// Tasks come in batches (those that arrived in one turn of the gateway's event loop).
// Serialized payloads are transferred, not copied (each has an ArrayBuffer of its own).
port.on('message', (tasks: SubmissionTask[]) => {
  const replies = tasks.map(run);
  const transfer: ArrayBuffer[] = [];
  for (const reply of replies) {
    const payload =
      'preparation' in reply && reply.preparation.ok && reply.preparation.fields.payloadJson;
    if (payload instanceof Uint8Array) transfer.push(payload.buffer as ArrayBuffer);
  }
  port.postMessage(replies, transfer);
});
