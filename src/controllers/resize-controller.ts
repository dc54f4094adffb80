import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content size of an element. Views lay themselves out from this size, so a
 * map or timeline fits whatever container a page gives it.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => Element | null = () => host,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      this.host.requestUpdate();
    });
    this.host.updateComplete.then(() => {
      const target = this.target();
      if (target && this.observer) this.observer.observe(target);
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
