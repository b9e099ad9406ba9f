import {define} from './define.js';
import {GuideElement} from './guide-element.js';

/**
 * Section ids, in the order shown: `timing`, `normal`, `abnormal`, `keep-in-mind`.
 * Pick some with the `sections` attribute, e.g. `<results-explainer sections="normal abnormal">`.
 *
 * @tag results-explainer
 * @summary When the results of a bone marrow aspiration and biopsy come, and what normal and
 * abnormal results mean.
 */
export class ResultsExplainer extends GuideElement {
  protected readonly guide = 'results-explainer';
}

define('results-explainer', ResultsExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'results-explainer': ResultsExplainer;
  }
}
