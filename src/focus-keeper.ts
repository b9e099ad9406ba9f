/**
 * Keeps keyboard focus inside the element when a render hides or replaces what had it: a page's
 * script closes the section a reader is in, turns on `collapsible`, or changes the sections.
 * Without it the browser drops focus to the page's <body>, and a keyboard or screen reader user
 * has to find their place again from the top of the page.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Where focus was before a render, told by what the render keeps: a term's id, a section's id. */
interface Place {
  focused: Element;
  term: string | undefined;
  section: string | undefined;
}

export class FocusKeeper implements ReactiveController {
  private place: Place | undefined = undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  // Lit calls these if the controller has them: defined here, so a page's Object.prototype
  // can never stand in for them.
  hostConnected(): void {}
  hostDisconnected(): void {}

  hostUpdate(): void {
    this.place = this.focusedPlace();
  }

  /**
   * If what had focus is gone or hidden: the same term if it is shown, else the button that
   * opens its section, else nothing (the browser's default).
   */
  hostUpdated(): void {
    const {place} = this;
    this.place = undefined;
    const root = this.host.shadowRoot;
    if (!place || !root || shown(place.focused)) return;
    const candidates = [
      place.term && root.querySelector(`[data-term="${CSS.escape(place.term)}"]`),
      place.section && root.querySelector(`[data-section="${CSS.escape(place.section)}"] .toggle`),
    ];
    const next = candidates.find((candidate): candidate is HTMLElement => !!candidate && shown(candidate));
    next?.focus();
  }

  /** The element that has focus in our shadow root or among the page's own words in our slots. */
  private focusedPlace(): Place | undefined {
    const {host} = this;
    const inShadow = host.shadowRoot?.activeElement;
    const active = document.activeElement;
    const focused = inShadow ?? (active && host.contains(active) ? active : null);
    if (!focused) return undefined;
    // The page's words sit in a slot: their section is the slot's.
    let inTree: Element = focused;
    if (!inShadow) {
      while (inTree.parentElement !== host) inTree = inTree.parentElement!;
      inTree = inTree.assignedSlot ?? inTree;
    }
    return {
      focused,
      term: (focused as HTMLElement).dataset?.term,
      section: inTree.closest<HTMLElement>('[data-section]')?.dataset.section,
    };
  }
}

/** Connected and rendered: not removed, and not inside something hidden. */
const shown = (element: Element) => element.isConnected && element.checkVisibility();
