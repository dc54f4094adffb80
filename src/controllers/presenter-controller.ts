import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SlideshowController } from './slideshow-controller.js';

export interface PresenterOptions {
  /** Whether the host is presenting (or playing), when its keys and swipes step. */
  active: () => boolean;
  /** The slideshow the keys pause, restart and tell of input. */
  slideshow: SlideshowController;
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  togglePlay: () => void;
}

/** A swipe is at least this many pixels across, and mostly across. */
const SWIPE = 50;

/**
 * What a presenter does with a remote, a keyboard or a finger: PageDown and PageUp (what
 * remotes send), arrows, Space, Home and End step; P plays or pauses; F and Escape enter and
 * leave full screen; a horizontal swipe steps. Keys typed into fields stay theirs, and the
 * arrows and Home/End of a focused map or timeline item keep their meaning there. The key
 * listener ends with the host.
 */
export class PresenterController implements ReactiveController {
  #swipeStart: { x: number; y: number } | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: PresenterOptions;
  readonly #onKey = (event: KeyboardEvent): void => this.#key(event);

  constructor(host: ReactiveControllerHost & HTMLElement, options: PresenterOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKey);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKey);
  }

  async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement === this.#host) await document.exitFullscreen();
      else await this.#host.requestFullscreen();
    } catch {
      // Refused (no user gesture, or an iframe without allowfullscreen): the page stays as it is.
    }
  }

  readonly onSwipeStart = (event: PointerEvent): void => {
    this.#swipeStart = { x: event.clientX, y: event.clientY };
  };

  readonly onSwipeCancel = (): void => {
    this.#swipeStart = null;
  };

  /** A horizontal swipe steps like a presenter remote: left for next, right for previous. */
  readonly onSwipeEnd = (event: PointerEvent): void => {
    const start = this.#swipeStart;
    this.#swipeStart = null;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < SWIPE || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    if (dx < 0) this.#options.next();
    else this.#options.previous();
  };

  #key(event: KeyboardEvent): void {
    const options = this.#options;
    if (!options.active() || event.defaultPrevented) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0] as Element | undefined;
    // Keys typed into fields are theirs. PageDown and PageUp, what a remote sends, step from
    // anywhere else, a country just clicked on the map included; the other keys are the
    // focused map's or timeline's own (arrows move between items there).
    if (target?.closest?.('input, select, textarea')) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const remote = key === 'PageDown' || key === 'PageUp';
    if (!remote && target?.closest?.('[role="option"]')) return;
    const onButton = target?.localName === 'button';
    const { slideshow } = options;
    if (key === 'p') {
      slideshow.armIdleReset();
      options.togglePlay();
    } else if (key === 'f') {
      void this.toggleFullscreen();
    } else if (key === 'Escape' && document.fullscreenElement === this.#host) {
      void document.exitFullscreen();
    } else if (key === 'PageDown' || key === 'ArrowRight' || (key === ' ' && !onButton)) {
      slideshow.userInput();
      options.next();
    } else if (key === 'PageUp' || key === 'ArrowLeft') {
      slideshow.userInput();
      options.previous();
    } else if (key === 'Home') {
      slideshow.userInput();
      options.first();
    } else if (key === 'End') {
      slideshow.userInput();
      options.last();
    } else {
      slideshow.userInput();
      return;
    }
    event.preventDefault();
  }
}
