import type { Collaboration } from '../../data/types.js';
import { collaborationExtent, isSpan, type Period, type TimelineItem } from '../../time/index.js';
import type { TimelineGeometry } from './geometry.js';
import { VERTICAL } from './metrics.js';
import { charsThatFit, wrapText } from './text-fit.js';

/** A vertical timeline's item label: lines of title, then lines of kind or partner and period. */
export interface ItemLabel {
  key: string;
  /** Top of the label box. */
  y: number;
  height: number;
  /** Where on the time axis the item begins, so that a leader can join mark and label. */
  anchor: number;
  title: string[];
  titleLang: string;
  meta: string[];
}

export interface LabelText {
  title: string;
  titleLang: string;
  meta: string;
}

/** The year whose stretch of the vertical axis holds an item's label: where its mark begins. */
export function labelYear(collaboration: Collaboration, period: Period): number {
  const [from, to] = collaborationExtent(collaboration);
  const at = isSpan(collaboration) ? from : (from + to) / 2;
  return Math.min(period.end, Math.max(period.start, Math.floor(at)));
}

/** Title and meta wrapped to the label column, as drawn and as measured for the room. */
export function wrapLabel(
  title: string,
  meta: string,
  labelWidth: number,
  v = VERTICAL,
): { title: string[]; meta: string[] } {
  return {
    title: wrapText(title, charsThatFit(labelWidth, v.titleFont)),
    meta: wrapText(meta, charsThatFit(labelWidth, v.metaFont)),
  };
}

export function labelHeight(titleLines: number, metaLines: number, v = VERTICAL): number {
  return titleLines * v.titleLine + metaLines * v.metaLine + 4;
}

/**
 * Labels go beside their year, in time order, each below the one before: the scale gave
 * every year room for its labels, so that they do not drift into later years.
 */
export function placeLabels(
  geometry: TimelineGeometry,
  period: Period,
  textOf: (item: TimelineItem) => LabelText,
): { labels: ItemLabel[]; bottom: number } {
  const labels: ItemLabel[] = [];
  let bottom = -Infinity;
  for (const item of geometry.layout.items) {
    const text = textOf(item);
    const { v } = geometry;
    const lines = wrapLabel(text.title, text.meta, geometry.labelWidth, v);
    const height = labelHeight(lines.title.length, lines.meta.length, v);
    const anchor = item.span ? Math.min(item.start, item.end) : item.center;
    const yearTop = geometry.scale(labelYear(item.collaboration, period));
    const y = Math.max(yearTop + v.labelGap / 2, bottom + v.labelGap);
    labels.push({
      key: item.key,
      y,
      height,
      anchor,
      title: lines.title,
      titleLang: text.titleLang,
      meta: lines.meta,
    });
    bottom = y + height;
  }
  return { labels, bottom: Number.isFinite(bottom) ? bottom : 0 };
}
