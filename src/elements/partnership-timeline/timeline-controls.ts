import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { Period, TimelineGrouping } from '../../time/index.js';
import { styleMap } from '../shared/style-map.js';
import type { TimelineGeometry } from './geometry.js';

/** The scrubber's thumb, in pixels; the CSS draws it this size so that it lines up with the axis. */
const THUMB = 16;

/** What the controls show, and what they change: the element's grouping and year. */
export interface Controls {
  messages: Messages;
  grouping: TimelineGrouping;
  year: number | null;
  group(grouping: TimelineGrouping): void;
  setYear(year: number | null): void;
}

const pressed = (on: boolean) => (on ? 'true' : 'false');

/** The row above the chart: grouping by kind or partner, the year shown, and all years. */
export function renderToolbar(controls: Controls): TemplateResult {
  const { messages: m, grouping, year } = controls;
  return html`<div class="toolbar" part="toolbar">
    <div class="group-by" part="group-by" role="group" aria-labelledby="group-by-label">
      <span id="group-by-label" class="toolbar-label">${m.groupBy}</span>
      <button
        type="button"
        part="button"
        aria-pressed=${pressed(grouping === 'kind')}
        @click=${() => controls.group('kind')}
      >
        ${m.groupByKind}
      </button>
      <button
        type="button"
        part="button"
        aria-pressed=${pressed(grouping === 'partner')}
        @click=${() => controls.group('partner')}
      >
        ${m.groupByPartner}
      </button>
    </div>
    <div class="year-control">
      <label for="year" class="toolbar-label">${m.year}</label>
      ${year === null ? nothing : html`<span class="year-value" aria-hidden="true">${year}</span>`}
      <button
        type="button"
        class="all-years"
        part="button all-years"
        aria-pressed=${pressed(year === null)}
        @click=${() => controls.setYear(null)}
      >
        ${m.allYears}
      </button>
    </div>
  </div>`;
}

/** The year scrubber; horizontal, each of its values lines up with its year on the axis. */
export function renderScrubber(
  controls: Controls,
  geometry: TimelineGeometry,
  period: Period,
): TemplateResult {
  const { year, messages } = controls;
  const style: Record<string, string> = {};
  if (geometry.orientation === 'horizontal' && period.end > period.start) {
    // The thumb's centre travels from THUMB / 2 to width − THUMB / 2, so this puts each
    // value under the middle of its year on the axis.
    const first = geometry.scale(period.start + 0.5);
    const last = geometry.scale(period.end + 0.5);
    style['margin-left'] = `${first - THUMB / 2}px`;
    style['width'] = `${last - first + THUMB}px`;
  }
  return html`<div class="scrubber">
    <input
      id="year"
      type="range"
      part="scrubber"
      class=${year === null ? 'all-years' : ''}
      min=${period.start}
      max=${period.end}
      step="1"
      .value=${String(year ?? period.start)}
      aria-valuetext=${year === null ? messages.allYears : String(year)}
      style=${styleMap(style)}
      @input=${(event: Event) => {
        const value = Number((event.target as HTMLInputElement).value);
        if (Number.isInteger(value)) controls.setYear(value);
      }}
    />
  </div>`;
}
