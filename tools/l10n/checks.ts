// What makes a translated text unsafe to show a patient. The build shows English instead of a
// target that fails any of these, and `npm run l10n:status` lists them, so both agree.
import {hasStrayBrackets, keptMarkers} from '../../src/content/markup.js';
import type {Message} from '../content/catalogue.js';
import type {Unit} from './xliff.js';

/** What is wrong with a unit's target, in a translator's words; empty when it can be shown. */
export function targetProblems(message: Message, unit: Unit & {target: string}): string[] {
  if (unit.targetMarkup.length) {
    return [`markup <${unit.targetMarkup.join('>, <')}> inside the target; write &, < and > as text`];
  }
  if (!unit.target.trim()) return ['empty target; remove <target> to leave it untranslated'];
  const found: string[] = [];
  if (hasStrayBrackets(unit.target)) found.push('unbalanced [[ or ]]');
  const want = keptMarkers(message.text);
  const have = keptMarkers(unit.target);
  const lost = want.filter((part) => !have.includes(part));
  const added = have.filter((part) => !want.includes(part));
  if (lost.length) found.push(`missing ${lost.join(', ')}`);
  if (added.length) found.push(`not in the English: ${added.join(', ')}`);
  return found;
}
