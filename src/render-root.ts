/**
 * An element's shadow root, and how its first render lands in it. Beside the usual case (a new
 * open root, rendered into), three:
 *
 * - Pre-rendered HTML (server/render.ts) gave the element a declarative shadow root with its text
 *   in it. The hydrating bundle (hydration.ts) takes that HTML over as it is when it matches what
 *   the element would render now. Otherwise, and always in the script-tag bundle, which cannot
 *   hydrate, the first render replaces it: once, never beside it, and the text stays on screen
 *   until then. Either way the styles are the element's own adopted sheets, which a page's
 *   Content-Security-Policy does not block (the HTML's `<style>` it may).
 * - The pre-rendered root is closed: no script can read it, so the element renders into it afresh.
 * - The library cannot render on this page (a script changed Object.prototype under Lit, say):
 *   the page's own content for the element shows, not a blank (its children, through a slot, or
 *   the pre-rendered HTML as it is), with one warning for the page.
 *
 * The element calls it from createRenderRoot() and update(): the first render has to be wrapped,
 * which a controller's hooks, called before and after update(), cannot do.
 */
import {adoptStyles, html, render, type LitElement, type RenderOptions} from 'lit';
import type {RenderedWith} from './pre-rendered-record.js';
import {quoted, warn} from './warnings.js';

/**
 * Takes a pre-rendered root over as it is, given the template the element renders now: returns
 * undefined when it did, else what differs, in words. Only the hydrating bundle has one.
 */
export type TakeOver = (
  root: ShadowRoot,
  rendered: RenderedWith,
  template: unknown,
  options: RenderOptions,
) => string | undefined;

let takeOver: TakeOver | undefined;

/** hydration.ts: this copy of the guide can take pre-rendered HTML over. */
export function installTakeOver(implementation: TakeOver): void {
  takeOver = implementation;
}

const roots = new WeakMap<Element, RenderRoot>();

/** What `element` renders with now; the render command writes it into the HTML. */
export function renderedWith(element: Element): RenderedWith | undefined {
  return roots.get(element)?.renderedWith();
}

export class RenderRoot {
  /** The root, when it held pre-rendered HTML as the element connected. */
  private preRendered: ShadowRoot | undefined = undefined;
  /** The library cannot render here: the root keeps what it shows. */
  private broken = false;
  /** The root createRenderRoot() gave; none if Lit never asked (a page's prototype misled it). */
  private root: HTMLElement | DocumentFragment | undefined = undefined;

  /**
   * @param host the element
   * @param renderedWith what the element would render now (after willUpdate() and its controllers)
   */
  constructor(
    private readonly host: LitElement,
    readonly renderedWith: () => RenderedWith,
  ) {
    roots.set(host, this);
  }

  /** Whether the root held pre-rendered HTML as the element connected. */
  get hadPreRendered(): boolean {
    return this.preRendered !== undefined;
  }

  /** In place of LitElement's createRenderRoot(), which is `create`. */
  createRenderRoot(create: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
    return (this.root = this.attach(create));
  }

  private attach(create: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
    const {host} = this;
    const declarative = host.shadowRoot;
    // Not LitElement's for pre-rendered HTML: with Lit's own hydration support on the page, it
    // would have Lit hydrate the HTML unchecked.
    if (declarative?.firstChild) this.preRendered = declarative;
    try {
      if (!declarative || !this.preRendered) return create();
      adopt(host, declarative);
      return declarative;
    } catch (error) {
      const open = host.shadowRoot;
      if (open) {
        this.root = open;
        this.fail(error);
        return open;
      }
      // A closed declarative shadow root: attachShadow() gives it back emptied. It stays closed.
      let closed: ShadowRoot;
      try {
        const {shadowRootOptions} = host.constructor as typeof LitElement;
        closed = host.attachShadow(Object.assign(Object.create(null), shadowRootOptions, {mode: 'closed'}));
      } catch {
        throw error;
      }
      warn(host, 'its pre-rendered HTML is in a closed shadow root; rendered it afresh.');
      adopt(host, closed);
      return closed;
    }
  }

  /**
   * In place of LitElement's update(), which is `update`; `bookkeeping` is ReactiveElement's,
   * all that is left to do once pre-rendered HTML is taken over (Lit would render it again).
   */
  update(update: () => void, bookkeeping: () => void): void {
    const {host, root, preRendered} = this;
    if (this.broken) return this.settle();
    if (host.hasUpdated) return update();
    // Pre-rendered HTML stays on screen until a fresh render, placed after it, has succeeded.
    const previous = [...(root?.childNodes ?? [])];
    const replace = previous.length > 0;
    try {
      if (!litWorks()) throw new Error('Lit renders wrongly here');
      if (preRendered && takeOver) {
        host.renderOptions.isConnected = host.isConnected; // as LitElement's first update() sets it
        const template = (host as unknown as {render(): unknown}).render();
        const differs = takeOver(preRendered, this.renderedWith(), template, host.renderOptions);
        if (differs === undefined) return bookkeeping();
        warn(host, `its pre-rendered HTML ${differs}; rendered it afresh.`);
      }
      update();
      if (replace) for (const node of previous) node.remove();
    } catch (error) {
      this.fail(error, replace ? previous : undefined);
    }
  }

  /**
   * Lit cannot render here: the root shows `content` (by default, what it shows now), or if
   * that is nothing, the element's own children through a slot.
   */
  private fail(error: unknown, content: readonly Node[] = [...(this.root?.childNodes ?? [])]): void {
    this.broken = true;
    this.settle();
    this.root?.replaceChildren(...(content.length ? content : [document.createElement('slot')]));
    if (told) return;
    told = true;
    console.warn(
      `bone-marrow-guide: cannot render here (${quoted(error instanceof Error ? error.message : error)}); ` +
        "showing the page's own content. Has a script changed Object.prototype?",
    );
  }

  /** What Lit's update() does last, which did not run: the update is done, updateComplete resolves. */
  private settle(): void {
    this.host.isUpdatePending = false;
  }
}

let told = false;

function adopt(host: LitElement, root: ShadowRoot): void {
  adoptStyles(root, (host.constructor as typeof LitElement).elementStyles);
}

let works: boolean | undefined;

/**
 * Whether Lit renders right on this page: a tiny template, once, before the first render. A
 * page's Object.prototype can reach inside Lit (a `strings` there garbles every attribute); then
 * no element renders, rather than render wrong text.
 */
function litWorks(): boolean {
  if (works === undefined) {
    try {
      const probe = document.createElement('p');
      let clicks = 0;
      render(html`<button class=${'a'} @click=${() => clicks++}>${'b'}${['c']}</button>`, probe, {});
      const button = probe.firstElementChild as HTMLElement;
      const click = () => (button.click(), clicks);
      // Clicked only once the rest is right: a garbled listener would throw where no one catches it.
      works = button.className === 'a' && probe.textContent === 'bc' && click() === 1 && click() === 2;
    } catch {
      works = false;
    }
  }
  return works;
}
