import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Highlight, Selection } from '../../data/queries.js';
import { localize } from '../../data/localize.js';
import type { PartnershipSelectDetail } from '../../events.js';
import {
  applyZoom,
  minimumTargetRadius,
  zoomToString,
  type PlacedLabel,
  type ProjectedCountry,
  type ScreenPoint,
  type ZoomState,
} from '../../geo/index.js';
import type { Messages } from '../../i18n/messages.js';
import { hatchPattern } from '../shared/hatch.js';
import { styleMap } from '../shared/style-map.js';
import { renderTooltip } from '../shared/tooltip.js';
import type { MapLayout, VenueMarker } from './map-layout.js';
import { shadeOf, type ShadeBucket } from './shade.js';

type Name = { text: string; lang: string };

/** The zoom buttons' step, and the + and − keys'. */
export const KEY_ZOOM_STEP = 1.5;

/** What the map's drawing reads, and the few things it may ask of the element. */
export interface MapView {
  messages: Messages;
  contentLang: string;
  year: number | null;
  layout: MapLayout;
  /** Sized by its frame rather than the layout's pixels, as a server draws it (see `SERVER_WIDTH`). */
  fluid: boolean;
  zoom: ZoomState;
  labels: readonly PlacedLabel[];
  /** The venue names' font size, the country names' before any shrinking. */
  labelSize: number;
  markers: readonly VenueMarker[];
  counts: ReadonlyMap<string, number>;
  buckets: readonly ShadeBucket[];
  highlighted: Highlight;
  selection: Selection | null;
  /** The country that takes Tab. */
  tabStop: string | null;
  /** A country's full name, and the shorter one the map writes on it. */
  countryName(id: string): Name;
  countryLabel(id: string): Name;
  /** Membership of the programme, for datasets that say it; null otherwise. */
  membership(id: string): string | null;
  inferred(id: string): boolean;
  /** Where a venue's name goes (`venueNamePlace` in map-labels.ts); null for one not named. */
  venueNamePlace(marker: VenueMarker, at: ScreenPoint): [number, number, number] | null;
  select(detail: PartnershipSelectDetail | null): void;
  hover(id: string): void;
  /** The pointer left `id`: no tooltip, unless something else was hovered since. */
  leave(id: string): void;
  /**
   * The listbox's events: the map's keys, then the roving focus. Bound on each country, as
   * Chromium makes any SVG element with a focus listener focusable: on the `<g>` around them
   * they would add a tab stop.
   */
  keydown(event: KeyboardEvent): void;
  focusin(event: FocusEvent): void;
  focusout(event: FocusEvent): void;
}

const activeCount = (view: MapView, id: string) =>
  view.messages.activeCount(view.counts.get(id) ?? 0, view.year);

/** What a screen reader says for a country: name, membership, activity (`aria-selected` says the rest). */
function countryDescription(view: MapView, id: string): string {
  const parts = [view.countryName(id).text];
  const membership = view.membership(id);
  if (membership) parts.push(membership);
  parts.push(activeCount(view, id));
  return parts.join(', ');
}

/** The SVG map: land, the countries as a listbox, their names and the venue markers. */
export function renderMap(view: MapView): TemplateResult {
  const { layout, zoom } = view;
  const [width, height] = layout.frame;
  const hasHighlight = view.highlighted.countries.size > 0;
  // Strokes keep their screen width whatever the zoom.
  const strokeScale = 1 / zoom.k;
  const leaders = view.labels
    .map(({ leader }) => (leader ? `M${leader.slice(0, 2)}L${leader.slice(2)}` : ''))
    .join('');
  return html`<svg
      part="map"
      viewBox="0 0 ${width} ${height}"
      width=${view.fluid ? '100%' : width}
      height=${view.fluid ? '100%' : height}
      role="group"
      aria-label=${view.messages.mapLabel}
      style=${styleMap({ '--pw-stroke-scale': String(strokeScale) })}
      @click=${(event: Event) => {
        if (event.target === event.currentTarget) view.select(null);
      }}
    >
      <defs>${hatchPattern('inferred-hatch', { scale: strokeScale })}</defs>
      <g transform=${zoomToString(zoom)}>
        <g class="land" aria-hidden="true">
          <path class="neighbour" d=${layout.neighboursPath}></path>
          <path class="borders" d=${layout.bordersPath}></path>
        </g>
        <g class="countries" role="listbox" aria-label=${view.messages.countries} aria-describedby="map-help">
          ${repeat(
            layout.focusCountries,
            (country) => country.id,
            (country) => renderCountry(view, country, hasHighlight),
          )}
        </g>
      </g>
      <g class="labels" aria-hidden="true">
        <path class="label leader" d=${leaders}></path>
        ${view.labels.map((label) => {
          const name = view.countryLabel(label.id);
          // Placed in screen pixels, for the zoom drawn: type keeps its size on zoom.
          return svg`<text class="label" x=${label.x} y=${label.y} font-size=${label.size} lang=${name.lang}
              >${name.text}</text>`;
        })}
      </g>
      <g class="markers" aria-hidden="true">
        ${repeat(
          view.markers,
          (marker) => marker.key,
          (marker) => renderMarker(view, marker, applyZoom(zoom, marker.point)),
        )}
      </g>
    </svg>
    <p id="map-help" class="visually-hidden">${view.messages.keyboardHelpMap}</p>`;
}

function renderCountry(view: MapView, country: ProjectedCountry, hasHighlight: boolean): SVGTemplateResult {
  const { id } = country;
  const bucket = shadeOf(view.counts.get(id) ?? 0, view.buckets);
  const selected = view.selection?.kind === 'country' && view.selection.id === id;
  const highlighted = view.highlighted.countries.has(id);
  const inferred = view.inferred(id);
  const targetRadius = minimumTargetRadius(country.bounds) * (1 / view.zoom.k);
  const classes = [
    'country',
    `shade-${bucket}`,
    inferred ? 'inferred' : '',
    selected ? 'selected' : '',
    highlighted ? 'highlighted' : '',
    hasHighlight && !highlighted ? 'dimmed' : '',
  ].join(' ');
  return svg`<g
      class=${classes}
      part="country"
      role="option"
      data-country=${id}
      tabindex=${id === view.tabStop ? 0 : -1}
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${countryDescription(view, id)}
      @click=${(event: Event) => {
        event.stopPropagation();
        view.select({ kind: 'country', id });
      }}
      @keydown=${view.keydown}
      @focusin=${view.focusin}
      @focusout=${view.focusout}
      @pointerenter=${() => view.hover(id)}
      @pointerleave=${() => view.leave(id)}
    >
      ${targetRadius > 0 ? svg`<circle class="target" cx=${country.label[0]} cy=${country.label[1]} r=${targetRadius}></circle>` : nothing}
      <path class="shape" d=${country.path}></path>
      ${inferred ? svg`<path class="hatch" d=${country.path}></path>` : nothing}
    </g>`;
}

function renderMarker(view: MapView, marker: VenueMarker, at: ScreenPoint): SVGTemplateResult {
  const { id } = marker.collaboration;
  const selected = view.selection?.kind === 'collaboration' && view.selection.id === id;
  const name = view.venueNamePlace(marker, at);
  const hoverId = `venue:${id}`;
  return svg`<g class=${`marker${selected ? ' selected' : ''}`} part="marker" data-collaboration=${id}
      transform="translate(${at[0]} ${at[1]})"
      @click=${(event: Event) => {
        event.stopPropagation();
        view.select({ kind: 'collaboration', id });
      }}
      @pointerenter=${() => view.hover(hoverId)}
      @pointerleave=${() => view.leave(hoverId)}>
      <circle r="12" class="marker-target"></circle>
      <circle r="6" class="marker-dot"></circle>
      ${name ? svg`<text class="label venue-name" x=${name[0]} y=${name[1]} font-size=${view.labelSize} lang=${marker.city.lang}>${marker.city.text}</text>` : nothing}
    </g>`;
}

/**
 * The tooltip of the country or venue `id` (`venue:` and a collaboration id), beside it where
 * it is drawn now, on the side with more room.
 */
export function renderMapTooltip(view: MapView, id: string, mapWidth: number) {
  let point: ScreenPoint;
  let title: Name;
  let lines: string[];
  if (id.startsWith('venue:')) {
    const marker = view.markers.find((candidate) => `venue:${candidate.key}` === id);
    if (!marker) return nothing;
    point = marker.point;
    title = localize(marker.collaboration.title, view.contentLang);
    lines = [marker.city.text];
  } else {
    const country = view.layout.focusCountries.find((candidate) => candidate.id === id);
    if (!country) return nothing;
    point = country.label;
    title = view.countryName(id);
    const membership = view.membership(id);
    lines = [...(membership ? [membership] : []), activeCount(view, id)];
  }
  const [x, y] = applyZoom(view.zoom, point);
  const flip = x > mapWidth * 0.6;
  return renderTooltip(title, lines, {
    left: x,
    top: y,
    transform: `translate(${flip ? 'calc(-100% - 12px)' : '12px'}, -50%)`,
  });
}

/**
 * The zoom buttons and the download button, over the map's corner or, when narrow, under it;
 * `zoomed` when there is a zoom or pan to reset.
 */
export function renderControls(
  map: { zoomBy(factor: number): void; resetZoom(): void },
  messages: Messages,
  zoomed: boolean,
  downloadImage: () => void,
): TemplateResult {
  const button = (label: string, content: unknown, action: () => void, disabled = false, name?: string) =>
    html`<button
      type="button"
      part="button"
      class=${name ?? nothing}
      aria-label=${label}
      title=${label}
      @click=${action}
      ?disabled=${disabled}
    >
      ${content}
    </button>`;
  const download = messages.downloadAs('PNG');
  return html`<div class="controls" part="controls">
    ${button(messages.zoomIn, '+', () => map.zoomBy(KEY_ZOOM_STEP))}
    ${button(messages.zoomOut, '−', () => map.zoomBy(1 / KEY_ZOOM_STEP))}
    ${button(messages.resetZoom, '⟲', () => map.resetZoom(), !zoomed)}
    ${button(
      download,
      html`<svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" class="icon">
        <path d="M8 1v9M4 6l4 4 4-4M2 14h12" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>`,
      downloadImage,
      false,
      'download',
    )}
  </div>`;
}
