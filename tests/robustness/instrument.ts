/**
 * Counts what a long-running page could leak: event listeners, observers and timers that
 * are still live. Installed only inside a test (patching `EventTarget.prototype`, the
 * observer constructors and the timer functions) and removed after it.
 *
 * - A listener is live while registered on `window`, `document`, a connected node, or any
 *   other event target (a media query list, an abort signal); listeners on detached nodes
 *   go with them. `{once: true}` listeners are left out (they end on their event), and a
 *   listener with a `signal` ends when it aborts.
 * - An observer is live while it observes something.
 * - A timeout or animation frame is live until it runs or is cancelled; an interval until
 *   it is cleared.
 */

export interface Counts {
  listeners: number;
  /** Listeners by target kind and event type, to say what grew. */
  byType: Record<string, number>;
  observers: number;
  timeouts: number;
  intervals: number;
  frames: number;
}

export interface Probes {
  counts(): Counts;
  restore(): void;
}

interface Registration {
  target: WeakRef<EventTarget>;
  type: string;
  capture: boolean;
  listener: EventListenerOrEventListenerObject;
}

function captureOf(options: boolean | AddEventListenerOptions | EventListenerOptions | undefined): boolean {
  return typeof options === 'boolean' ? options : !!options?.capture;
}

function targetKind(target: EventTarget): string {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target instanceof Element) return target.localName;
  if (target instanceof ShadowRoot) return '#shadow-root';
  return target.constructor.name;
}

export function installProbes(): Probes {
  const proto = EventTarget.prototype;
  const originalAdd = proto.addEventListener;
  const originalRemove = proto.removeEventListener;
  const registrations = new Set<Registration>();
  const byTarget = new WeakMap<EventTarget, Registration[]>();

  const find = (target: EventTarget, type: string, listener: unknown, capture: boolean) =>
    byTarget
      .get(target)
      ?.find((entry) => entry.type === type && entry.listener === listener && entry.capture === capture);

  const forget = (entry: Registration, target: EventTarget): void => {
    registrations.delete(entry);
    const list = byTarget.get(target);
    if (list) list.splice(list.indexOf(entry), 1);
  };

  proto.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    originalAdd.call(this, type, listener, options);
    const once = typeof options === 'object' && options.once;
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (!listener || once || signal?.aborted) return;
    const capture = captureOf(options);
    // Adding the same listener twice registers it once, as the DOM does.
    if (find(this, type, listener, capture)) return;
    const entry: Registration = { target: new WeakRef(this), type, capture, listener };
    registrations.add(entry);
    const list = byTarget.get(this) ?? [];
    list.push(entry);
    byTarget.set(this, list);
    if (signal) originalAdd.call(signal, 'abort', () => forget(entry, this), { once: true });
  };

  proto.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void {
    originalRemove.call(this, type, listener, options);
    const entry = find(this, type, listener, captureOf(options));
    if (entry) forget(entry, this);
  };

  // Observers: live while observing at least one target.
  const observing = new Map<object, Set<Element>>();
  const restoreObservers: (() => void)[] = [];
  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as const) {
    const Original = window[name] as unknown as new (...args: unknown[]) => {
      observe(target: Node, options?: unknown): void;
      unobserve?(target: Element): void;
      disconnect(): void;
    };
    if (!Original) continue;
    class Counted extends Original {
      override observe(target: Node, options?: unknown): void {
        super.observe(target, options);
        const set = observing.get(this) ?? new Set<Element>();
        set.add(target as Element);
        observing.set(this, set);
      }
      override unobserve(target: Element): void {
        super.unobserve?.(target);
        const set = observing.get(this);
        set?.delete(target);
        if (set?.size === 0) observing.delete(this);
      }
      override disconnect(): void {
        super.disconnect();
        observing.delete(this);
      }
    }
    (window as unknown as Record<string, unknown>)[name] = Counted;
    restoreObservers.push(() => {
      (window as unknown as Record<string, unknown>)[name] = Original;
    });
  }

  // Timers.
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  // The browser's signatures: the type check also sees Node's timers (the CLI's sources).
  type Timer = (handler: TimerHandler, timeout?: number, ...args: unknown[]) => number;
  const original = {
    setTimeout: window.setTimeout as Timer,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval as Timer,
    clearInterval: window.clearInterval,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
  };
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = original.setTimeout.call(
      window,
      (...callArgs: unknown[]) => {
        timeouts.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...callArgs);
      },
      delay,
      ...args,
    ) as unknown as number;
    timeouts.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    original.clearTimeout.call(window, id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = original.setInterval.call(
      window,
      handler as (...a: unknown[]) => void,
      delay,
      ...args,
    ) as unknown as number;
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    original.clearInterval.call(window, id);
  }) as typeof window.clearInterval;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = original.requestAnimationFrame.call(window, (time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    original.cancelAnimationFrame.call(window, id);
  };

  return {
    counts(): Counts {
      const byType: Record<string, number> = {};
      let listeners = 0;
      for (const entry of registrations) {
        const target = entry.target.deref();
        if (!target) {
          registrations.delete(entry);
          continue;
        }
        if (target instanceof Node && target !== document && !target.isConnected) continue;
        listeners++;
        const key = `${targetKind(target)} ${entry.type}`;
        byType[key] = (byType[key] ?? 0) + 1;
      }
      return {
        listeners,
        byType,
        observers: observing.size,
        timeouts: timeouts.size,
        intervals: intervals.size,
        frames: frames.size,
      };
    },
    restore(): void {
      proto.addEventListener = originalAdd;
      proto.removeEventListener = originalRemove;
      for (const undo of restoreObservers) undo();
      Object.assign(window, original);
    },
  };
}

/**
 * A clock the test moves by hand, for a day of autoplay in a second: `setTimeout` and
 * `clearTimeout` are replaced, and `advance` runs what falls due in order, letting the page
 * settle (its `settle` callback) after each. Live timeouts are the ones still pending.
 */
export interface FakeClock {
  now(): number;
  pending(): number;
  advance(ms: number, settle: () => Promise<unknown>): Promise<number>;
  restore(): void;
}

export function installFakeClock(): FakeClock {
  const original = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { due: number; run: () => void }>();
  window.setTimeout = ((handler: TimerHandler, delay = 0, ...args: unknown[]) => {
    const id = nextId++;
    const run = () => {
      if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
    };
    timers.set(id, { due: now + Math.max(0, Number(delay) || 0), run });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
  }) as typeof window.clearTimeout;
  return {
    now: () => now,
    pending: () => timers.size,
    async advance(ms, settle) {
      const end = now + ms;
      let ran = 0;
      for (;;) {
        let nextTimer: [number, { due: number; run: () => void }] | undefined;
        for (const entry of timers) if (!nextTimer || entry[1].due < nextTimer[1].due) nextTimer = entry;
        if (!nextTimer || nextTimer[1].due > end) break;
        timers.delete(nextTimer[0]);
        now = nextTimer[1].due;
        nextTimer[1].run();
        ran++;
        await settle();
      }
      now = end;
      return ran;
    },
    restore() {
      Object.assign(window, original);
    },
  };
}
