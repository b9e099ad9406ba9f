// Brings translators' files up to date with the English, for `npm run l10n:extract` and `npm
// run l10n:add`: lit-localize's fresh <source> and <note> for every message, in reading order,
// with everything the file already had kept as it was: each target with its state, the unit's
// approved flag and other attributes, translators' own notes, anything a CAT tool added.
//
// When the English of a translated text has changed:
// - the target gets state="needs-review-translation" (and approved="no": the review was of
//   the old text), so l10n:status lists it and CAT tools show it as to be reviewed;
// - the English and the translation as they were are kept beside it, as
//   <alt-trans alttranstype="previous-version">, so the translator sees what changed. It goes
//   once the target no longer needs review.
// A unit whose id is no message goes, unless it looks like a mistyped id of a message this file
// has no translation for: that one stays, so no translation is lost, and l10n:status says
// which id it should have.
import type {Message} from '../content/catalogue.js';
import type {Translation} from './translations.js';
import {isStaleState, type Unit, type XliffFile} from './xliff.js';
import {attribute, childElements, element, setAttribute, type XmlElement, type XmlNode} from './xml.js';

export interface UpdateReport {
  added: number;
  /** Translated texts whose English changed in this update. */
  markedForReview: string[];
  /** Units of texts the guide no longer has. */
  removed: string[];
  /** Units kept although their id is no message (see UnknownUnit.likelyTypo). */
  kept: {id: string; line: number; suggestion: string}[];
}

const indent = (depth: number) => `\n${'  '.repeat(depth)}`;
const isPreviousVersion = (node: XmlElement) =>
  node.name === 'alt-trans' && attribute(node, 'alttranstype') === 'previous-version';
const isOurNote = (node: XmlElement) => node.name === 'note' && attribute(node, 'from') === 'lit-localize';

/** A copy of an element without its positions, for a new place in the file. */
const copy = (node: XmlElement): XmlElement => structuredClone(node);

/** The target a changed English leaves behind, as it was, with the English it translated. */
function previousVersion(unit: Unit, target: XmlElement): XmlElement {
  const old = element('target', [], ...target.children);
  return element(
    'alt-trans',
    [['alttranstype', 'previous-version']],
    indent(2),
    element('source', [], unit.source),
    indent(2),
    old,
    indent(1),
  );
}

/** One unit as it should now be; `fresh` is lit-localize's unit for the message. */
function updatedUnit(fresh: Unit, old: Unit | undefined, englishChanged: boolean): XmlElement {
  const [source] = childElements(fresh.element, 'source');
  const note = childElements(fresh.element, 'note').find(isOurNote);
  if (!old)
    return element('trans-unit', [['id', fresh.id]], indent(1), source, ...(note ? [indent(1), note] : []), '\n');

  const unit = element('trans-unit', old.element.attributes.slice());
  const target = old.targetElement && copy(old.targetElement);
  const rest = childElements(old.element).filter(
    (child) =>
      !['source', 'target'].includes(child.name) &&
      !isOurNote(child) &&
      !(child.name === 'seg-source' && englishChanged) &&
      !isPreviousVersion(child),
  );
  let previous = childElements(old.element).find(isPreviousVersion);
  if (target && englishChanged && !['new', 'needs-translation'].includes(attribute(target, 'state') ?? '')) {
    setAttribute(target, 'state', 'needs-review-translation');
    if (attribute(unit, 'approved') === 'yes') setAttribute(unit, 'approved', 'no');
    // Already stale: the target still translates the English kept from the first change.
    previous ??= previousVersion(old, target);
  } else if (!isStaleState(old.state)) {
    previous = undefined;
  }
  const children = [source, target, note, ...rest, previous].filter((child) => child !== undefined);
  unit.children = children.flatMap((child): XmlNode[] => [{kind: 'text', text: indent(1)}, child]);
  unit.children.push({kind: 'text', text: '\n'});
  return unit;
}

/**
 * The file as it should now be. `fresh` is what lit-localize wrote for the language; `old` the
 * translator's file, with `translation` read from it (none for a new language).
 */
export function updatedFile(
  messages: readonly Message[],
  fresh: XliffFile,
  old?: {xliff: XliffFile; translation: Translation},
): {root: XmlElement; report: UpdateReport} {
  const freshUnits = new Map(fresh.units.map((unit) => [unit.id, unit]));
  const oldUnits = new Map(old?.xliff.units.map((unit) => [unit.id, unit]));
  const report: UpdateReport = {added: 0, markedForReview: [], removed: [], kept: []};
  const units: XmlElement[] = [];
  for (const message of messages) {
    const freshUnit = freshUnits.get(message.id);
    if (!freshUnit) throw new Error(`lit-localize extract wrote no unit for "${message.id}"`);
    const oldUnit = oldUnits.get(message.id);
    const englishChanged = oldUnit !== undefined && oldUnit.source !== freshUnit.source;
    if (!oldUnit) report.added += 1;
    else if (englishChanged && oldUnit.target !== undefined) report.markedForReview.push(message.id);
    units.push(updatedUnit(freshUnit, oldUnit, englishChanged));
  }
  for (const unknown of old?.translation.unknown ?? []) {
    if (unknown.translated && unknown.likelyTypo && unknown.suggestion) {
      units.push(copy(oldUnits.get(unknown.id)!.element));
      report.kept.push({id: unknown.id, line: unknown.line, suggestion: unknown.suggestion});
    } else {
      report.removed.push(unknown.id);
    }
  }
  const body = element('body', [], ...units.flatMap((unit) => ['\n', unit]), '\n');
  const base = old?.xliff ?? fresh;
  // Whatever else <file> holds (a CAT tool's <header>) stays, before the body.
  const header = childElements(base.file).filter((child) => child.name !== 'body');
  const file = element('file', base.file.attributes, ...[...header, body].flatMap((child) => ['\n', child]), '\n');
  const root = element('xliff', base.root.attributes, '\n', file, '\n');
  return {root, report};
}
