import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  IDENTITY_ZOOM,
  easeCubic,
  interpolateZoom,
  panBy,
  scaleAround,
  wheelFactor,
  type ZoomState,
} from '../geo/zoom.js';

/** Pointer travel (CSS px) below which a press is a click, not a drag. */
const DRAG_THRESHOLD = 3;

/**
 * Zoom and pan of an element with the mouse, touch (drag, pinch) and ctrl + wheel: the
 * host renders `zoom` and calls `zoomBy`, `panBy` and `reset` for buttons and keys.
 * Replaces d3-zoom, whose transitions and drag machinery (8 KB gzip with d3-selection) the
 * map does not use. A plain wheel is left to the page, so scrolling past an embedded map
 * never gets stuck in it. The target may be replaced by a render, so it is looked up after
 * each update, like the resize controller does.
 */
export class ZoomController implements ReactiveController {
  zoom: ZoomState = IDENTITY_ZOOM;
  #target: HTMLElement | SVGElement | null = null;
  readonly #pointers = new Map<number, [number, number]>();
  #dragStart: { x: number; y: number; zoom: ZoomState } | null = null;
  #dragging = false;
  #suppressClick = false;
  #frame = 0;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #findTarget: () => HTMLElement | SVGElement | null;
  readonly #scaleExtent: readonly [number, number];

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    findTarget: () => HTMLElement | SVGElement | null,
    scaleExtent: readonly [number, number],
  ) {
    this.#host = host;
    this.#findTarget = findTarget;
    this.#scaleExtent = scaleExtent;
    host.addController(this);
  }

  hostConnected(): void {
    this.#attach(this.#findTarget());
  }

  hostUpdated(): void {
    const target = this.#findTarget();
    if (target !== this.#target) this.#attach(target);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#attach(null);
  }

  /** Zooms by a factor around a screen point (by default the middle of the target). */
  zoomBy(factor: number, centre?: readonly [number, number]): void {
    const box = this.#target?.getBoundingClientRect();
    const middle: [number, number] = box ? [box.width / 2, box.height / 2] : [0, 0];
    this.#set(scaleAround(this.zoom, factor, centre ?? middle, this.#scaleExtent));
  }

  /** Moves the view by a distance in screen pixels. */
  panBy(dx: number, dy: number): void {
    this.#set(panBy(this.zoom, dx, dy));
  }

  reset(): void {
    this.#set(IDENTITY_ZOOM);
  }

  /**
   * Moves to `zoom` over `duration` ms (eased; at once when 0) in a view of `size`, as the
   * map frames a selection. Any other change (a drag, a button, reset) stops the move.
   */
  animateTo(zoom: ZoomState, duration: number, size: readonly [number, number]): void {
    // Stops a move under way, or makes this one at once.
    this.#set(duration > 0 ? this.zoom : zoom);
    const from = this.zoom;
    if (from.k === zoom.k && from.x === zoom.x && from.y === zoom.y) return;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      this.#apply(t < 1 ? interpolateZoom(from, zoom, easeCubic(t), size) : zoom);
      if (t < 1) this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }

  #set(zoom: ZoomState): void {
    cancelAnimationFrame(this.#frame);
    this.#apply(zoom);
  }

  #apply(zoom: ZoomState): void {
    if (zoom.k === this.zoom.k && zoom.x === this.zoom.x && zoom.y === this.zoom.y) return;
    this.zoom = zoom;
    this.#host.requestUpdate();
  }

  #attach(target: HTMLElement | SVGElement | null): void {
    if (this.#target) {
      for (const [type, listener] of this.#listeners())
        this.#target.removeEventListener(type, listener, true);
    }
    this.#pointers.clear();
    this.#dragStart = null;
    this.#dragging = false;
    this.#target = target;
    if (!target) return;
    // Capture phase, so a drag that ends on a country can cancel that country's click.
    for (const [type, listener] of this.#listeners()) {
      target.addEventListener(type, listener, { capture: true, passive: type !== 'wheel' });
    }
  }

  #listeners(): [string, EventListener][] {
    return [
      ['wheel', this.#onWheel as EventListener],
      ['pointerdown', this.#onPointerDown as EventListener],
      ['pointermove', this.#onPointerMove as EventListener],
      ['pointerup', this.#onPointerUp as EventListener],
      ['pointercancel', this.#onPointerUp as EventListener],
      ['click', this.#onClick],
    ];
  }

  #local(event: MouseEvent): [number, number] {
    const box = this.#target!.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  }

  readonly #onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.zoomBy(wheelFactor(event.deltaY, event.deltaMode, event.ctrlKey), this.#local(event));
  };

  readonly #onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    this.#pointers.set(event.pointerId, this.#local(event));
    this.#restartDrag();
  };

  readonly #onPointerMove = (event: PointerEvent): void => {
    const previous = this.#pointers.get(event.pointerId);
    if (!previous || !this.#dragStart) return;
    const point = this.#local(event);
    if (this.#pointers.size >= 2) {
      // Pinch: scale by the change in distance between the first two fingers, around
      // their midpoint, and follow the midpoint as it moves.
      const [a, b] = [...this.#pointers.values()];
      const other = a === previous ? b! : a!;
      const before = Math.hypot(previous[0] - other[0], previous[1] - other[1]);
      const after = Math.hypot(point[0] - other[0], point[1] - other[1]);
      const middle: [number, number] = [(point[0] + other[0]) / 2, (point[1] + other[1]) / 2];
      const shift: [number, number] = [(point[0] - previous[0]) / 2, (point[1] - previous[1]) / 2];
      this.#pointers.set(event.pointerId, point);
      this.#dragging = true;
      const scaled =
        before > 0 ? scaleAround(this.zoom, after / before, middle, this.#scaleExtent) : this.zoom;
      this.#set(panBy(scaled, shift[0], shift[1]));
      return;
    }
    this.#pointers.set(event.pointerId, point);
    const dx = point[0] - this.#dragStart.x;
    const dy = point[1] - this.#dragStart.y;
    if (!this.#dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!this.#dragging) {
      this.#dragging = true;
      // Captured only once it is a drag: a captured click would go to the map, not the
      // country under the pointer.
      this.#target?.setPointerCapture?.(event.pointerId);
    }
    this.#set(panBy(this.#dragStart.zoom, dx, dy));
  };

  readonly #onPointerUp = (event: PointerEvent): void => {
    if (!this.#pointers.delete(event.pointerId)) return;
    if (this.#dragging) this.#suppressClick = true;
    if (this.#pointers.size === 0) {
      this.#dragStart = null;
      this.#dragging = false;
    } else {
      this.#restartDrag();
    }
  };

  /** A drag that ends over a country must not select it. */
  readonly #onClick = (event: Event): void => {
    if (!this.#suppressClick) return;
    this.#suppressClick = false;
    event.stopPropagation();
    event.preventDefault();
  };

  #restartDrag(): void {
    const first = this.#pointers.values().next().value;
    if (!first) return;
    this.#dragStart = { x: first[0], y: first[1], zoom: this.zoom };
    this.#suppressClick = false;
  }
}
