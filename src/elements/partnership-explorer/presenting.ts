import type { ReactiveElement } from 'lit';
import { PresenterController, type PresenterOptions } from '../../controllers/presenter-controller.js';
import { SlideshowController, type SlideshowOptions } from '../../controllers/slideshow-controller.js';
import { presentationStyles } from './presentation.styles.js';

export { renderPresenterBar } from './presenter-bar.js';

/** The explorer's show: its timer, and its presenter's keys, swipes and full screen. */
export interface Show {
  slideshow: SlideshowController;
  presenter: PresenterController;
  actions: PresenterOptions;
}

/**
 * Presenting and playing, which only projectors, kiosks and talks use: a chunk the explorer
 * loads the first time it presents or plays (see `OnDemand`). Adds the presentation's styles
 * to the explorer's shadow root and starts the show's controllers on it.
 */
export function startShow(
  host: ReactiveElement,
  timing: SlideshowOptions,
  actions: Omit<PresenterOptions, 'slideshow'>,
): Show {
  const root = host.renderRoot as ShadowRoot;
  const sheet = presentationStyles.styleSheet;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else
    root.append(Object.assign(document.createElement('style'), { textContent: presentationStyles.cssText }));
  const slideshow = new SlideshowController(host, timing);
  const withSlideshow = { ...actions, slideshow };
  return { slideshow, presenter: new PresenterController(host, withSlideshow), actions: withSlideshow };
}
