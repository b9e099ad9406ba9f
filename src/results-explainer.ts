import {define} from './define.js';
import type {ResultsExplainerSection} from './generated/sections.js';
import {GuideElement} from './guide-element.js';

/**
 * Section ids, in the order shown: `key-points`, `timing`, `normal`, `abnormal`, `lab`.
 * Pick some with the `sections` attribute, e.g. `<results-explainer sections="normal abnormal">`.
 * The old id `keep-in-mind` still works: its text is now part of `normal`.
 *
 * @tag results-explainer
 * @summary The main message and key points, how long the results of a bone marrow aspiration and
 * biopsy take, what normal and abnormal results mean, and what the lab does with the sample.
 */
export class ResultsExplainer extends GuideElement<ResultsExplainerSection> {
  protected readonly guide = 'results-explainer';
}

define('results-explainer', ResultsExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'results-explainer': ResultsExplainer;
  }
}
