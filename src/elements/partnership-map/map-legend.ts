import { html, nothing } from 'lit';
import type { LegendItem } from '../../export/index.js';
import { formatCount, type Messages } from '../../i18n/messages.js';
import type { UiLanguage } from '../../data/localize.js';
import { SHADE_FILLS, type ShadeBucket } from './shade.js';

/** What the legend shows: the shades in use and whether any membership is inferred. */
export interface LegendView {
  messages: Messages;
  uiLang: UiLanguage;
  year: number | null;
  buckets: readonly ShadeBucket[];
  hasInferred: boolean;
}

function bucketLabel({ messages, uiLang }: LegendView, bucket: ShadeBucket): string {
  if (bucket.level === 0) return messages.legendNone;
  return bucket.min === bucket.max
    ? formatCount(uiLang, bucket.min)
    : `${formatCount(uiLang, bucket.min)}–${formatCount(uiLang, bucket.max)}`;
}

/** The legend under the map. */
export function renderLegend(view: LegendView) {
  return html`<div class="legend" part="legend">
    <span class="legend-title"
      >${view.messages.legendTitle}${view.year === null ? '' : ` (${view.year})`}:</span
    >
    <ul class="legend-items">
      ${view.buckets.map(
        (bucket) =>
          html`<li>
            <span class="swatch shade-${bucket.level}" aria-hidden="true"></span>${bucketLabel(view, bucket)}
          </li>`,
      )}
      ${
        view.hasInferred
          ? html`<li>
              <span class="swatch inferred" aria-hidden="true"></span>${view.messages.inferredMembership}
            </li>`
          : nothing
      }
    </ul>
  </div>`;
}

/** The same legend as the exported image draws it, with the fills the map's styles use. */
export function legendItems(view: LegendView): LegendItem[] {
  const outline = 'var(--pw-color-country-outline)';
  const items: LegendItem[] = view.buckets.map((bucket) => ({
    label: bucketLabel(view, bucket),
    fill: SHADE_FILLS[bucket.level] ?? SHADE_FILLS[0],
    stroke: outline,
  }));
  if (view.hasInferred) {
    items.push({ label: view.messages.inferredMembership, pattern: 'hatch', stroke: outline, dashed: true });
  }
  return items;
}
