/**
 * Elements' first renders, taken in turn in tasks of at most about 30 ms: a page with several
 * elements, or hundreds, never has one long task of the guide's making (a long task delays
 * the reader's taps and scrolls), and a page with one element waits no longer than a task.
 */

/** Renders started in one task, until this long has passed; the rest wait for the next task. */
const budgetMs = 30;

const queue: (() => void)[] = [];
let draining = false;

/** Runs `render` in a later task, in turn with the other elements' first renders. */
export function inTurn(render: () => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    queue.push(() => {
      try {
        render();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
    if (!draining) {
      draining = true;
      setTimeout(drain);
    }
  });
}

function drain(): void {
  const start = performance.now();
  while (queue.length && performance.now() - start < budgetMs) queue.shift()!();
  if (queue.length) setTimeout(drain);
  else draining = false;
}
