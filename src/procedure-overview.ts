import {define} from './define.js';
import type {ProcedureOverviewSection} from './generated/sections.js';
import {GuideElement} from './guide-element.js';

/**
 * Section ids, in the order shown:
 * `key-points`, `overview`, `why`, `prepare`, `checklist`, `procedure`, `position`, `how-it-feels`.
 * Pick some with the `sections` attribute, e.g. `<procedure-overview sections="prepare">`.
 *
 * @slot after-procedure - The hospital's own instructions, at the end of the `procedure` section:
 *   what to do after the test, whom to call. Until a page fills it, a line asks the reader to
 *   ask their care team.
 *
 * @tag procedure-overview
 * @summary The main message and key points, then what a bone marrow aspiration and biopsy is, why
 * it is done, how to get ready (with a checklist to tick), how it is done, a drawing of how you
 * lie and where the needle goes, and how it feels.
 */
export class ProcedureOverview extends GuideElement<ProcedureOverviewSection> {
  protected readonly guide = 'procedure-overview';
}

define('procedure-overview', ProcedureOverview);

declare global {
  interface HTMLElementTagNameMap {
    'procedure-overview': ProcedureOverview;
  }
}
