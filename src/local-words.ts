/**
 * The safety net for the hospital's own words. Many CMS filters (WordPress's, Drupal's, most
 * sanitizers) drop attributes they do not know, `slot` among them, and a child without `slot` is
 * fallback content: hidden once the element renders. A phone number to call would vanish
 * without a word. `class` gets through far more filters, so the guide's snippets name the slot
 * twice, `<div slot="when-to-call" class="bmg-when-to-call">`, and this controller gives a child
 * that lost its `slot` the one its class names.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {eachBlock} from './content/model.js';
import {slotClass} from './markup.js';
import {own} from './own.js';
import {structure} from './translations.js';

type Host = ReactiveControllerHost & HTMLElement;

export class LocalWordsController implements ReactiveController {
  /**
   * Watches for children added later (by a framework, a page's script); made on connect, so never
   * on the server. Defined from the start, so a page's Object.prototype.observer cannot stand in.
   */
  private observer: MutationObserver | undefined = undefined;

  /**
   * @param host the element
   * @param guide the tag whose content the element shows: its slots are that tag's
   */
  constructor(
    private readonly host: Host,
    private readonly guide: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.assign();
    this.observer ??= new MutationObserver(() => this.assign());
    this.observer.observe(this.host, own({childList: true}));
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  // Lit calls each hook a controller has, and asks the prototype chain: with none of its own, a
  // page's Object.prototype.hostUpdate would be called, and stop every render.
  hostUpdate(): void {}
  hostUpdated(): void {}

  private assign(): void {
    // Most pages put nothing in the element: nothing to look for, and no walk of its content.
    if (!this.host.firstElementChild) return;
    // The slots the element's content places (content/<tag>.yaml), whichever sections it shows.
    // Own properties only; and none yet if Lit connects the controller while the element is
    // still being made (it does when a page's Object.prototype has a renderRoot).
    const tag = this.guide();
    if (typeof tag !== 'string' || !Object.hasOwn(structure.elements, tag)) return;
    const {intro, sections, outro} = structure.elements[tag];
    const slots = [...eachBlock([...intro, ...sections.flatMap((section) => section.blocks), ...outro])].flatMap(
      ({block}) => (Object.hasOwn(block, 'slot') ? [(block as {slot: string}).slot] : []),
    );
    for (const child of this.host.children) {
      const named = slots.find((slot) => child.classList.contains(slotClass(slot)));
      if (named && !child.hasAttribute('slot')) child.slot = named;
    }
  }
}
