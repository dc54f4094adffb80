import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SlideshowOptions {
  /** Milliseconds per step. */
  interval: () => number;
  /** Milliseconds without input before returning to the first step and playing; null: never. */
  idleReset: () => number | null;
  /** Moves to the next step, wrapping after the last. */
  advance: () => void;
  /** Goes back to the first step. */
  restart: () => void;
}

const INPUT_EVENTS = ['pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Browser timers take their delay as a 32-bit integer: from 2^31 ms (about 24.8 days) on it
 * wraps, often to a negative number, and the timer fires at once. An `interval` or
 * `idle-reset` written in milliseconds instead of seconds would then make the show step, or
 * restart, as fast as it can; held to the longest delay a timer takes, it just waits.
 */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Plays a sequence of steps on a timer, for kiosks and talks: any pointer or touch input
 * but on an element marked `data-slideshow-toggle` (the play button) pauses it (the host reports key input through `userInput`, so its own play key is not
 * taken for an interruption), and after `idleReset` without input it starts over.
 * Every timer and listener ends with the host, so a kiosk running for days does not leak.
 */
export class SlideshowController implements ReactiveController {
  playing = false;
  /** When the current step started, for the progress shown to the audience. */
  stepStartedAt = 0;
  #stepTimer: ReturnType<typeof setTimeout> | undefined;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;
  readonly #onInput = (event: Event): void => {
    // A press on the play button is the person's choice about playing, which its click
    // makes: taken as an interruption, it would pause first and the click would play again.
    const toggle = event
      .composedPath()
      .some((node) => node instanceof Element && node.hasAttribute('data-slideshow-toggle'));
    if (toggle) this.armIdleReset();
    else this.userInput();
  };

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SlideshowOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SlideshowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    for (const type of INPUT_EVENTS)
      this.#host.addEventListener(type, this.#onInput, { capture: true, passive: true });
    if (this.playing) this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    for (const type of INPUT_EVENTS) this.#host.removeEventListener(type, this.#onInput, { capture: true });
    clearTimeout(this.#stepTimer);
    clearTimeout(this.#idleTimer);
    this.#stepTimer = undefined;
    this.#idleTimer = undefined;
  }

  /** Plays; with `advanceNow`, the first step comes in the next task rather than after an interval. */
  play(advanceNow = false): void {
    this.playing = true;
    clearTimeout(this.#idleTimer);
    this.#schedule(advanceNow ? 0 : undefined);
    this.#host.requestUpdate();
  }

  pause(): void {
    this.playing = false;
    clearTimeout(this.#stepTimer);
    this.#stepTimer = undefined;
    this.#host.requestUpdate();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Any input from a person: pause, and start waiting for them to leave. */
  userInput(): void {
    if (this.playing) this.pause();
    this.armIdleReset();
  }

  /** Restarts the current step's time, after a manual step. */
  restartStep(): void {
    if (this.playing) this.#schedule();
    else this.stepStartedAt = performance.now();
  }

  #schedule(delay = this.#options.interval()): void {
    clearTimeout(this.#stepTimer);
    if (!this.#connected) return;
    this.stepStartedAt = performance.now();
    this.#stepTimer = setTimeout(
      () => {
        this.#options.advance();
        this.#schedule();
      },
      Math.min(delay, MAX_DELAY),
    );
  }

  /** Starts (again) the wait after which an untouched show returns to the start. */
  armIdleReset(): void {
    clearTimeout(this.#idleTimer);
    const delay = this.#options.idleReset();
    if (delay === null || !this.#connected) return;
    this.#idleTimer = setTimeout(
      () => {
        this.#options.restart();
        this.play();
      },
      Math.min(delay, MAX_DELAY),
    );
  }
}
