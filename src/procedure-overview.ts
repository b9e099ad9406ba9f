import {define} from './define.js';
import {GuideElement} from './guide-element.js';

/**
 * Section ids, in the order shown: `key-points`, `overview`, `why`, `prepare`, `procedure`, `how-it-feels`.
 * Pick some with the `sections` attribute, e.g. `<procedure-overview sections="prepare">`.
 *
 * @tag procedure-overview
 * @summary The key points, then what a bone marrow aspiration and biopsy is, why it is done,
 * how to get ready, how it is done and how it feels.
 */
export class ProcedureOverview extends GuideElement {
  protected readonly guide = 'procedure-overview';
}

define('procedure-overview', ProcedureOverview);

declare global {
  interface HTMLElementTagNameMap {
    'procedure-overview': ProcedureOverview;
  }
}
