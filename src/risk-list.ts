import {define} from './define.js';
import {GuideElement} from './guide-element.js';

/**
 * Section ids, in the order shown: `bleeding`, `infection`, `sternum-injury`.
 * Pick some with the `sections` attribute, e.g. `<risk-list sections="bleeding infection">`.
 *
 * @tag risk-list
 * @summary The risks of a bone marrow aspiration and biopsy, always introduced by a plain
 * statement that serious problems are not common.
 */
export class RiskList extends GuideElement {
  protected readonly guide = 'risk-list';
}

define('risk-list', RiskList);

declare global {
  interface HTMLElementTagNameMap {
    'risk-list': RiskList;
  }
}
