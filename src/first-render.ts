/**
 * Elements' first connections and renders, taken in turn, in slices of about 30 ms of a task:
 * a page with one element or with hundreds never has one long task of the guide's making (a
 * long task delays the reader's taps and scrolls), and the first text shows where the bytes
 * land.
 *
 * - Where the bytes land: work asked for in a task that has budget left runs in that task, at
 *   its end (a microtask), not in a later one. So the first render runs in the task that
 *   evaluated the bundle, and a language's in the task that evaluated its chunk: no timer turn,
 *   and no frame painted empty in between.
 * - In slices: a slice starts with the first work of a task (or, in the task that evaluates the
 *   bundle, with the evaluation), runs at least one piece of work, then more while less than
 *   `budgetMs` has passed; the rest waits for the next task (a posted message: no timer clamping,
 *   so 500 elements do not wait 4 ms a turn).
 * - Inside a long element too: a first render checks the budget between the element's sections
 *   (render.ts, `later`); a section past the budget waits for its own turn, ahead of the page's
 *   other waiting work, so the page fills in reading order.
 *
 * This module imports nothing, and guide-element.ts imports it first, so it is the first module
 * the bundle evaluates: the evaluating task's slice starts with the evaluation.
 */
/** How long a slice of a task may run first renders before the rest waits for the next task. */
const budgetMs = 30;

const queue: (() => void)[] = [];
/** Where work asked for by the work running now goes: right after it, in the order asked. */
let insertAt: number | undefined;
/** The current task's slice: when it started, and whether it has run any work; none once the task has ended. */
let slice: {start: number; ran: boolean} | undefined;
let drainAsked = false;
/** Made on first use: Node, rendering on a server, opens no port. */
let channel: MessageChannel | undefined;

/** True while the current task may start more work: it has no slice yet, or one within budget. */
export function hasBudget(): boolean {
  return !slice || performance.now() - slice.start < budgetMs;
}

/** How long a turn takes, as the last turns went (a running average); unknown before the first. */
let typicalTurnMs = 0;

/**
 * A slice runs at least one turn, so a task with no budget left still makes progress (and the
 * task that evaluates the bundle renders, whatever the evaluation took); then another while the
 * budget has room for a typical turn, so a slice ends near its budget rather than a turn past it.
 */
function mayRun(): boolean {
  return !slice?.ran || performance.now() - slice.start + typicalTurnMs < budgetMs;
}

/**
 * Runs `work` in its turn: at the end of this task if it has budget left, else in a later task.
 * Work asked for while other work runs (a long element's later sections) goes right after it.
 */
export function inTurn(work: () => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const turn = () => {
      try {
        work();
        resolve();
      } catch (error) {
        reject(error);
      }
    };
    if (insertAt === undefined) queue.push(turn);
    else queue.splice(insertAt++, 0, turn);
    if (drainAsked) return;
    drainAsked = true;
    if (mayRun()) queueMicrotask(drain);
    else nextTask();
  });
}

function openSlice(): void {
  slice = {start: performance.now(), ran: false};
  nextTask(); // ends the slice with its task, and carries on with what is left
}

function nextTask(): void {
  if (!channel) {
    channel = new MessageChannel();
    // Any message runs in a task of its own: the slice of the task that posted it has ended.
    channel.port1.onmessage = () => {
      slice = undefined;
      if (queue.length) drain();
      else drainAsked = false;
    };
  }
  channel.port2.postMessage(null);
}

function drain(): void {
  drainAsked = false;
  if (!slice) openSlice();
  while (queue.length && mayRun()) {
    slice!.ran = true;
    insertAt = 0;
    const turn = queue.shift()!;
    const start = performance.now();
    try {
      turn();
    } finally {
      insertAt = undefined;
      const took = performance.now() - start;
      typicalTurnMs = typicalTurnMs ? (typicalTurnMs + took) / 2 : took;
    }
  }
}

// The task that evaluates the bundle has its slice from the start: its first turn renders there
// (the first text comes with the bytes, with no frame between), and the evaluation counts
// against the budget of any other. Not on a server (Node, rendering HTML), where no element
// connects and an open port would keep the process alive.
if (typeof document !== 'undefined') openSlice();
