/**
 * Reads a drawing, content/drawings/<name>.svg, into the shipped form (Drawing in
 * src/content/model.ts). A drawing is content, checked like the rest: only an <svg> with a
 * viewBox and <path> elements, each with `d` and, optionally, `class="mark"` for what the
 * caption points to. No text, color, style, script or link can be in it, so it follows the
 * page's text color, forced colors and print, and the renderer binds it as data, never as
 * markup. Its words (the text alternative and caption) are messages, translated like any text.
 */
import type {Drawing} from './model.js';
import {attribute, parseXml, XmlError, type XmlElement} from '../l10n/xml.js';

export interface DrawingProblem {
  line: number;
  message: string;
}

/** Path data: commands, numbers, separators. */
const pathData = /^[MmLlHhVvCcSsQqTtAaZz0-9.,\s-]+$/;
const viewBox = /^-?\d+(\.\d+)? -?\d+(\.\d+)? \d+(\.\d+)? \d+(\.\d+)?$/;
/** A drawing is a few kilobytes of path data at most; anything larger is a mistake, not art. */
const maxPathData = 6000;

/** Path data with its white space folded: the same shape, fewer bytes. */
const compact = (d: string) =>
  d
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*([A-Za-z])\s*/g, '$1')
    .replace(/\s*,\s*/g, ',')
    .replace(/ -/g, '-');

export function readDrawing(text: string): {drawing?: Drawing; problems: DrawingProblem[]} {
  const problems: DrawingProblem[] = [];
  let svg: XmlElement;
  try {
    svg = parseXml(text);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return {problems: [{line: error.line, message: `not well-formed XML: ${error.message}`}]};
  }
  const problem = (element: XmlElement, message: string) => problems.push({line: element.line, message});
  if (svg.name !== 'svg') problem(svg, `expected <svg>, not <${svg.name}>`);
  for (const [name] of svg.attributes) {
    if (name !== 'viewBox' && name !== 'xmlns') problem(svg, `<svg> takes only viewBox and xmlns, not ${name}`);
  }
  const box = attribute(svg, 'viewBox')?.trim().replace(/[\s,]+/g, ' ') ?? '';
  if (!viewBox.test(box)) problem(svg, 'expected viewBox="x y width height"');

  const paths: ['line' | 'mark', string][] = [];
  let size = 0;
  for (const node of svg.children) {
    if (node.kind === 'verbatim') continue; // a comment
    if (node.kind === 'text') {
      if (node.text.trim()) problems.push({line: svg.line, message: 'a drawing holds no text: its words are messages'});
      continue;
    }
    if (node.name !== 'path') {
      problem(node, `only <path> elements, not <${node.name}> (draw every shape as a path)`);
      continue;
    }
    for (const [name] of node.attributes) {
      if (name !== 'd' && name !== 'class') problem(node, `a <path> takes only d and class, not ${name}`);
    }
    const stroke = attribute(node, 'class') ?? 'line';
    if (stroke !== 'line' && stroke !== 'mark') problem(node, `class is "line" or "mark", not "${stroke}"`);
    const d = compact(attribute(node, 'd') ?? '');
    if (!d || !pathData.test(d)) problem(node, 'expected d="…" with path data only');
    size += d.length;
    paths.push([stroke === 'mark' ? 'mark' : 'line', d]);
  }
  if (!paths.length) problems.push({line: svg.line, message: 'a drawing needs at least one <path>'});
  if (size > maxPathData) {
    problems.push({line: svg.line, message: `${size} characters of path data; at most ${maxPathData}`});
  }
  return problems.length ? {problems} : {drawing: {viewBox: box, paths}, problems};
}
