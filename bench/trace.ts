// Main-thread tasks from a Chromium trace. Why a trace and not PerformanceObserver('longtask'):
// the observer reports only tasks of 50 ms or more, so below the goal it can say "under 50 ms"
// but never how long the longest task was; and it cannot say whose code a task ran. The trace
// has every task of the page's main thread (RunTask) with its wall-clock duration, which under
// CPU throttling is the slowed duration, and the events inside it name the scripts they run.

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export interface Task {
  /** Microseconds, on the trace's clock. */
  start: number;
  /** Milliseconds. */
  duration: number;
  /** Whether the task ran any of the guide's script (a bundle or locale chunk under /dist/). */
  guide: boolean;
}

export interface MainThread {
  tasks: Task[];
  /** performance.mark() names and their trace times, e.g. the start of a locale switch. */
  marks: Map<string, number>;
}

/**
 * Events that run or compile script, and name it. Not the network's (ResourceSendRequest and
 * the like): the parser asking for the bundle is the page's work, not the guide's.
 */
const scriptEvents = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'AnimationFrame::Script::Compile',
  'AnimationFrame::Script::Execute',
]);

/** The URL of the script a script event runs or compiles, if it names one. */
function scriptUrl(event: TraceEvent): string | undefined {
  if (!scriptEvents.has(event.name)) return undefined;
  const args = (event.args ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const url = args.data?.url ?? args.fileName ?? args.animation_frame_script_timing_info?.source_location_url;
  return typeof url === 'string' ? url : undefined;
}

/**
 * The tasks of the renderer main thread that parsed `pageUrl`. A task is the guide's when it
 * evaluates a module (the bench's pages have no module scripts but the guide's, its bundle and
 * its locale chunks, or a peer's), or when a script event inside it names a URL starting with
 * one of `guidePrefixes` (a call into the guide's code from an event, a timer, a promise
 * continuation; a compile).
 */
export function mainThread(
  events: TraceEvent[],
  page: string | {mark: string},
  guidePrefixes: string | readonly string[],
): MainThread {
  const prefixes = typeof guidePrefixes === 'string' ? [guidePrefixes] : guidePrefixes;
  // A trace of a whole load starts before the page parses; a trace started later (bench/ab.ts)
  // finds the page's thread by a performance.mark() the page made.
  const parse = events.find((event) =>
    typeof page === 'string'
      ? event.name === 'ParseHTML' && (event.args?.beginData as {url?: string})?.url === page
      : event.name === page.mark && event.cat.includes('blink.user_timing'),
  );
  if (!parse)
    throw new Error(`bench: the trace has no ${typeof page === 'string' ? `ParseHTML of ${page}` : page.mark}`);
  const own = events.filter((event) => event.pid === parse.pid && event.tid === parse.tid);

  // Top-level tasks only: a nested run loop (rare) would otherwise count its time twice. Tasks
  // that end before the page's HTML starts parsing are the renderer starting up and committing
  // the navigation, the same for every page whatever it holds: not counted.
  const runs = own.filter((event) => event.name === 'RunTask' && event.ph === 'X').sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  let end = -Infinity;
  for (const run of runs) {
    if (run.ts < end || run.ts + (run.dur ?? 0) < parse.ts) continue;
    end = run.ts + (run.dur ?? 0);
    tasks.push({start: run.ts, duration: (run.dur ?? 0) / 1000, guide: false});
  }

  const starts = tasks.map((task) => task.start);
  for (const event of own) {
    const url = scriptUrl(event);
    if (event.name !== 'v8.evaluateModule' && !prefixes.some((prefix) => url?.startsWith(prefix))) continue;
    // The last task that starts at or before the event; the event is the guide's if inside it.
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle] <= event.ts) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    const task = tasks[found];
    if (task && event.ts <= task.start + task.duration * 1000) task.guide = true;
  }

  const marks = new Map<string, number>();
  for (const event of own)
    if (event.cat.includes('blink.user_timing') && !marks.has(event.name)) marks.set(event.name, event.ts);
  return {tasks, marks};
}

/** Milliseconds of main-thread work (any task) between two trace times, in µs. */
export function busyBetween(tasks: readonly Task[], from: number, to: number): number {
  let busy = 0;
  for (const task of tasks) {
    const overlap = Math.min(to, task.start + task.duration * 1000) - Math.max(from, task.start);
    if (overlap > 0) busy += overlap;
  }
  return busy / 1000;
}

/** The longest task, the longest of the guide's, and the time over 50 ms summed over all tasks. */
export function taskSummary(tasks: readonly Task[]): {longest: number; guideLongest: number | null; blocking: number} {
  const guide = tasks.filter((task) => task.guide);
  return {
    longest: Math.max(0, ...tasks.map((task) => task.duration)),
    guideLongest: guide.length ? Math.max(...guide.map((task) => task.duration)) : null,
    blocking: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
  };
}
