/** Lengths of the timeline's drawing, shared by the layout, the labels and the renderers. */

export type Orientation = 'horizontal' | 'vertical';

/**
 * Pixels at the host's default font size of 16 px; every length scales with the host's
 * font size. Rows are 24 px so that every item is a target of at least 24 × 24 px (WCAG 2.5.8).
 */
export const HORIZONTAL = {
  axisHeight: 30,
  rowHeight: 24,
  barHeight: 16,
  laneGap: 10,
  padTop: 8,
  padRight: 16,
  eventSize: 16,
  minLabelColumn: 104,
  maxLabelColumn: 160,
  labelGap: 4,
};

export const VERTICAL = {
  axisWidth: 40,
  padTop: 14,
  padBottom: 14,
  padRight: 8,
  laneGap: 4,
  maxColumn: 16,
  minColumn: 3,
  eventSize: 14,
  /** The least room a year gets: enough for its label on the axis. */
  minYear: 40,
  labelGap: 8,
  titleLine: 16,
  metaLine: 15,
  titleFont: 13,
  metaFont: 12,
};

/** Item labels and year labels, in em of the host's font size (12 px at 16 px), as the styles set them. */
export const LABEL_EM = 0.75;
/**
 * The least row height, in label font sizes: the box of a line of text, which Firefox
 * makes 1.4 times the font size, so that labels of adjacent rows never overlap.
 */
export const LEAST_ROW = 1.45;
