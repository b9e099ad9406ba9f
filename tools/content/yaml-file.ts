/**
 * A YAML file read for a person to fix: the data, and the line each path in it sits on, so
 * every problem can be reported as `file:line: path: message`.
 */
import {LineCounter, parseDocument, type Document} from 'yaml';

/** A path inside a file: keys and list indexes, e.g. ['sections', 1, 'heading']. */
export type Path = readonly (string | number)[];

export interface ContentProblem {
  /** File name inside the content folder, e.g. `risk-list.yaml`. */
  file: string;
  /** Path inside the file, e.g. `sections[1].blocks[0].id`; empty for the whole file. */
  path: string;
  line?: number;
  message: string;
}

/** `sections[1].blocks[0].id`, as a person reads a path. */
export function showPath(path: Path): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part)).join('');
}

export function formatProblem(problem: ContentProblem, folder = 'content'): string {
  const where = `${folder}/${problem.file}${problem.line ? `:${problem.line}` : ''}`;
  return `${where}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`;
}

/** One parsed YAML file, able to say on which line a path sits. */
export class YamlFile {
  /** The parsed data; undefined when the file is not valid YAML (already reported). */
  readonly data: unknown;
  private readonly doc: Document;
  private readonly lines = new LineCounter();

  constructor(
    readonly name: string,
    text: string,
    private readonly report: (problem: ContentProblem) => void,
  ) {
    this.doc = parseDocument(text, {lineCounter: this.lines, uniqueKeys: true});
    for (const error of this.doc.errors) {
      const message = `not valid YAML: ${error.message.split('\n')[0]}`;
      report({file: name, path: '', line: error.linePos?.[0].line, message});
    }
    this.data = this.doc.errors.length ? undefined : this.doc.toJS();
  }

  problem(path: Path, message: string): void {
    this.report({file: this.name, path: showPath(path), line: this.lineOf(path), message});
  }

  /** The line of the deepest part of `path` that exists in the file. */
  private lineOf(path: Path): number | undefined {
    for (let end = path.length; end >= 0; end--) {
      const node = end ? this.doc.getIn(path.slice(0, end), true) : this.doc.contents;
      const offset = (node as {range?: [number, number, number]} | null | undefined)?.range?.[0];
      if (offset !== undefined) return this.lines.linePos(offset).line;
    }
    return undefined;
  }
}
