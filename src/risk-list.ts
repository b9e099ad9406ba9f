import {define} from './define.js';
import type {RiskListSection} from './generated/sections.js';
import {GuideElement} from './guide-element.js';

/**
 * Section ids, in the order shown: `bleeding`, `infection`, `sternum-injury`.
 * Pick some with the `sections` attribute, e.g. `<risk-list sections="bleeding infection">`.
 *
 * @slot when-to-call - The hospital's own instructions, after the risks: which signs to watch
 *   for, whom to call. Until a page fills it, a line asks the reader to ask their care team.
 *
 * @tag risk-list
 * @summary The risks of a bone marrow aspiration and biopsy, always introduced by a plain
 * statement that serious problems are not common.
 */
export class RiskList extends GuideElement<RiskListSection> {
  protected readonly guide = 'risk-list';
}

define('risk-list', RiskList);

declare global {
  interface HTMLElementTagNameMap {
    'risk-list': RiskList;
  }
}
