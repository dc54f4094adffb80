/**
 * Stands in for d3-transition in the bundle. d3-zoom imports it only to interrupt running
 * transitions, and the map never starts one (no animated zoom: reduced motion for all, and
 * double-click zoom is off). The real module would bring d3-transition, d3-color, d3-timer
 * and d3-ease: about 8 KB gzip for code that never runs.
 */
import { selection } from 'd3-selection';

export function interrupt() {}

selection.prototype.interrupt = function interruptNothing() {
  return this;
};
