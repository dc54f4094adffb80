import { html, nothing, type PropertyValues } from 'lit';
import {
  countByCountry,
  highlightedBy,
  visibleCollaborations,
  type DatasetIndex,
  type Highlight,
} from '../../data/queries.js';
import { localize } from '../../data/localize.js';
import type { Collaboration } from '../../data/types.js';
import { isIdentityZoom, type PlacedLabel, type PlaneRegion } from '../../geo/index.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { RovingListboxController } from '../../controllers/roving-listbox-controller.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { announceError } from '../../events.js';
import type { ExportOptions, LegendItem } from '../../export/index.js';
import { defineElement } from '../shared/define.js';
import { memo } from '../shared/memo.js';
import { PartnershipElement } from '../shared/partnership-element.js';
import { SERVER_MAP_IN_EXPLORER, SERVER_WIDTH } from '../shared/server-layout.js';
import { themeStyles } from '../shared/styles.js';
import { downloadView, exportPng, exportSvg, type ComposeView } from '../shared/view-export.js';
import {
  measureControls,
  measureLabels,
  placeCountryLabels,
  serverLabelMetrics,
  venueNamePlace,
  type LabelMetrics,
} from './map-labels.js';
import {
  distinctPlaces,
  layoutMap,
  offMapCountries,
  selectionZoom,
  venueMarkers,
  type MapLayout,
  type VenueMarker,
} from './map-layout.js';
import { legendItems, renderLegend, type LegendView } from './map-legend.js';
import { mapStyles } from './partnership-map.styles.js';
import { KEY_ZOOM_STEP, renderControls, renderMap, renderMapTooltip, type MapView } from './render-map.js';
import { shadeBuckets, type ShadeBucket } from './shade.js';

const MIN_ZOOM = 1;
const MAX_ZOOM = 8;
const KEY_PAN_STEP = 40;
/** How long framing a selection takes, in ms (none with reduced motion). */
const FRAME_DURATION = 600;
/** Shift and an arrow pan the map, by this much; the arrows alone move between countries. */
const PAN_KEYS: Record<string, [number, number]> = {
  ArrowLeft: [KEY_PAN_STEP, 0],
  ArrowRight: [-KEY_PAN_STEP, 0],
  ArrowUp: [0, KEY_PAN_STEP],
  ArrowDown: [0, -KEY_PAN_STEP],
};
/** Zoom factor of each zoom key, as typed with or without Shift; 0 returns to the whole region. */
const ZOOM_KEYS: Record<string, number> = {
  '+': KEY_ZOOM_STEP,
  '=': KEY_ZOOM_STEP,
  '-': 1 / KEY_ZOOM_STEP,
  _: 1 / KEY_ZOOM_STEP,
  '0': 0,
};
/** The options before there is a map: one array, as the listbox asks of its keys. */
const NO_COUNTRIES: readonly string[] = [];

/**
 * An SVG map of the partner countries and their neighbours. The dataset's countries stand
 * out, shaded by how many collaborations are active in the chosen year; venues are marked;
 * countries are selectable with pointer and keyboard; the map zooms and pans.
 *
 * @tagname partnership-map
 * @summary Map of the partner countries, shaded by active collaborations.
 *
 * @event partnership-select - A country (or a venue's collaboration) was selected; `detail` is `{kind, id}`, or null when cleared.
 * @event partnership-error - The dataset could not be loaded or is invalid; `detail` is `{message, issues}`.
 *
 * @csspart frame - The box holding the SVG map.
 * @csspart map - The SVG element.
 * @csspart country - Each selectable country shape.
 * @csspart marker - Each venue marker.
 * @csspart controls - The zoom buttons.
 * @csspart button - Each button.
 * @csspart legend - The legend under the map.
 * @csspart tooltip - The tooltip shown on hover and focus.
 * @csspart status - The loading message.
 * @csspart error - The error message with its list of problems.
 *
 * @cssproperty --pw-map-aspect-ratio - Width to height of the map when the host has no height of its own. Default 16 / 10.
 * @cssproperty --pw-map-label-shrink - The least fraction of their size names may shrink to where space is short. Default 5/6; 1 never shrinks them.
 * @cssproperty --pw-map-label-size - Size of the country and venue names. Default 0.75em (12px at the default 16px): they follow the host's font size, as the legend and buttons do.
 * @cssproperty --pw-color-land - Fill of neighbouring countries.
 * @cssproperty --pw-color-country-low - Fill of a partner country with few collaborations.
 * @cssproperty --pw-color-country-high - Fill of a partner country with the most collaborations.
 * @cssproperty --pw-color-country-outline - Outline of partner countries.
 * @cssproperty --pw-color-selected - Outline of selected and highlighted countries.
 * @cssproperty --pw-color-marker - Fill of venue markers.
 * @cssproperty --pw-color-focus - Keyboard focus ring.
 */
export class PartnershipMap extends PartnershipElement {
  static override properties = {
    noLegend: { type: Boolean, attribute: 'no-legend' },
    frameSelection: { type: Boolean, attribute: 'frame-selection', reflect: true },
    fit: { type: Boolean, reflect: true },
    hovered: { state: true, attribute: false },
  };

  static override styles = [themeStyles, mapStyles];

  static override drawsMap = true;

  /** Hides the legend, for tight layouts. */
  noLegend = false;

  /**
   * Moves the view to the selection: a country, a collaboration's countries (or its venue
   * and the country around it), and back to the whole region when nothing is selected;
   * smoothly, or at once with reduced motion. The reader can still zoom and pan.
   */
  frameSelection = false;

  /** Fills the height the page's CSS gives the element (a slide), instead of taking it from its width. */
  fit = false;

  private hovered: string | null = null;

  readonly #size = new ResizeController(
    this,
    () => this.renderRoot.querySelector('.frame'),
    () =>
      this.hasAttribute('data-nested') ? SERVER_MAP_IN_EXPLORER : [SERVER_WIDTH, (SERVER_WIDTH * 10) / 16],
  );
  /** The buttons change size with the type, and go under the map when it is narrow. */
  readonly #controlsSize = new ResizeController(this, () => this.renderRoot.querySelector('.controls'));
  readonly #zoomer = new ZoomController(
    this,
    () => this.renderRoot.querySelector<SVGSVGElement>('svg[part="map"]'),
    [MIN_ZOOM, MAX_ZOOM],
  );
  /** The countries as a listbox, west to east; the tab stop is the selected country, else the first. */
  readonly #listbox = new RovingListboxController(this, {
    keys: () => this.#layout?.order ?? NO_COUNTRIES,
    fallback: () => {
      const order = this.#layout?.order ?? NO_COUNTRIES;
      const selection = this.selection;
      return selection?.kind === 'country' && order.includes(selection.id)
        ? selection.id
        : (order[0] ?? null);
    },
    element: (id) => this.renderRoot.querySelector<SVGGElement>(`[data-country="${CSS.escape(id)}"]`),
    keyOf: (node) => (node as Partial<HTMLOrSVGElement> | null)?.dataset?.country ?? null,
    activate: (id) => this.select({ kind: 'country', id }),
    dismiss: () => {
      if (this.selected === null) return false;
      this.select(null);
      return true;
    },
    // Focus moved by key (or pointer): the tooltip follows it rather than a country hovered before.
    focused: () => {
      this.hovered = null;
    },
  });

  /** Geometry is projected once per dataset, map file and size, never on a year change or hover. */
  readonly #layoutOf = memo(layoutMap);
  #layout: MapLayout | null = null;
  /** The layout the view was last framed for: a new one frames the selection at once. */
  #framed: MapLayout | null = null;
  readonly #bucketsOf = memo((counts: ReadonlyMap<string, number>) =>
    shadeBuckets(Math.max(0, ...counts.values())),
  );
  readonly #markersOf = memo(
    (visible: readonly Collaboration[], layout: MapLayout, index: DatasetIndex, lang: string) =>
      venueMarkers(visible, layout.projection, index, (city) => localize(city, lang)),
  );
  readonly #placesOf = distinctPlaces();
  /**
   * The names' type, the buttons' box and the countries' names measured, per layout, language
   * and size of the buttons. Not before the map has a frame: reading a style then forces a
   * style pass over a page whose elements have only just been created, for labels that would
   * not be drawn.
   */
  readonly #metricsOf = memo(
    (frame: Element, layout: MapLayout, _lang: string, _width: number, _height: number) =>
      measureLabels(frame, measureControls(this.renderRoot), this.#labelNames(layout)),
  );

  /** The names the map places on its countries, by id. */
  #labelNames(layout: MapLayout): [string, string][] {
    return layout.focusCountries.map((country) => [country.id, this.#countryLabel(country.id).text]);
  }
  readonly #labelsOf = memo(placeCountryLabels);
  /** Countries of the dataset that the map has no outline of: named once per dataset and map file. */
  readonly #offMapOf = memo((index: DatasetIndex, region: PlaneRegion) => {
    const offMap = offMapCountries(index.dataset.countries, region);
    if (offMap.length) {
      announceError(this, {
        message: this.#offMapMessage(offMap),
        issues: offMap.map(({ id, index }) => ({
          path: `countries[${index}].id`,
          message: `not on the map: npx partnership-data geometry builds a map with ${id}`,
        })),
      });
    }
    return offMap;
  });

  #offMap: { id: string; index: number }[] = [];
  #counts: ReadonlyMap<string, number> = new Map();
  #buckets: ShadeBucket[] = [];
  #markers: VenueMarker[] = [];
  #metrics: LabelMetrics | null = null;
  #labels: PlacedLabel[] = [];
  #highlighted: Highlight = { countries: new Set<string>(), collaborations: new Set<string>() };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const index = this.index;
    const region = this.shapes.region;
    if (!index || !region) return;
    // Countries of the dataset the map file lacks are named, with the command that builds a
    // map with them, in the map and in `partnership-error`; the rest still draws.
    this.#offMap = this.#offMapOf(index, region);
    const { width, height } = this.#size;
    if (width > 0 && height > 0) this.#layout = this.#layoutOf(index, region, width, height);
    const visible = visibleCollaborations(index, this.year, this.partnerSet);
    this.#counts = countByCountry(visible);
    this.#buckets = this.#bucketsOf(this.#counts);
    this.#highlighted = highlightedBy(index, this.selection);
    this.#listbox.sync();
    const layout = this.#layout;
    if (!layout) return;
    this.#markers = this.#markersOf(visible, layout, index, this.contentLang);
    const relaid = layout !== this.#framed;
    this.#framed = layout;
    if (this.frameSelection && (relaid || changed.has('selected') || changed.has('frameSelection'))) {
      const still = relaid || matchMedia('(prefers-reduced-motion: reduce)').matches;
      const target = selectionZoom(layout, index, this.selection, MAX_ZOOM);
      this.#zoomer.animateTo(target, still ? 0 : FRAME_DURATION, layout.frame);
    }
    if (this.drawsAsServer) {
      // Rendered once, with no fonts to measure: the default type, widths estimated (and so
      // again for the hydration of that drawing).
      this.#metrics = serverLabelMetrics(layout.frame, this.#labelNames(layout));
    } else {
      const frame = this.renderRoot.querySelector('.frame');
      const controls = this.#controlsSize;
      if (frame)
        this.#metrics = this.#metricsOf(frame, layout, this.contentLang, controls.width, controls.height);
    }
    // Placed anew for each zoom drawn (names keep their size on screen), not on hover.
    const metrics = this.#metrics;
    this.#labels = metrics
      ? this.#labelsOf(metrics, layout, this.#placesOf(this.#markers), this.#zoomer.zoom)
      : [];
  }

  /** Zooms by a factor around the centre; used by the buttons and the + and − keys. */
  zoomBy(factor: number): void {
    this.#zoomer.zoomBy(factor);
  }

  /** Returns to the whole region. */
  resetZoom(): void {
    this.#zoomer.reset();
  }

  /** The map's own keys (pan, zoom) come first; the rest move between countries and choose. */
  readonly #keydown = (event: KeyboardEvent): void => {
    const pan = event.shiftKey ? PAN_KEYS[event.key] : undefined;
    const zoom = ZOOM_KEYS[event.key];
    if (pan) this.#zoomer.panBy(...pan);
    else if (zoom !== undefined) {
      if (zoom) this.zoomBy(zoom);
      else this.resetZoom();
    } else return this.#listbox.keydown(event);
    event.preventDefault();
  };

  /** The legend as the exported image draws it; the explorer adds the timeline's. */
  exportLegend(): LegendItem[] {
    return legendItems(this.#legendView());
  }

  /** Title, legend and source line around the exported view. */
  exportOptions(): ExportOptions {
    const title = this.index
      ? localize(this.index.dataset.title, this.contentLang).text
      : this.messages.mapLabel;
    return {
      title,
      subtitle: this.year === null ? this.messages.allYears : this.messages.yearValue(this.year),
      legendTitle: this.messages.legendTitle,
      legend: this.exportLegend(),
      sourceLine: this.messages.exportSource,
      lang: this.contentLang,
    };
  }

  /** The map as drawn now (zoom, year, selection) as a standalone SVG document. */
  exportSVG(): Promise<string> {
    return exportSvg(this.#compose);
  }

  /** The map as drawn now as a PNG, `scale` device pixels per CSS pixel. */
  exportPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    return exportPng(this.#compose, scale);
  }

  readonly #compose: ComposeView = ({ composeExport }) => {
    const svgElement = this.renderRoot.querySelector<SVGSVGElement>('svg[part="map"]');
    if (!svgElement) throw new Error('<partnership-map>: nothing is drawn yet to export');
    return composeExport([svgElement], this.exportOptions());
  };

  #country(id: string) {
    return this.index?.countries.get(id);
  }

  /** The map label: the short name when the dataset gives one. */
  #countryLabel(id: string): { text: string; lang: string } {
    const record = this.#country(id);
    if (record?.shortName) return localize(record.shortName, this.contentLang);
    return this.countryName(id);
  }

  /** Membership of the programme, for datasets that say it (`masmut`); null otherwise. */
  #membership(id: string): string | null {
    const masmut = this.#country(id)?.masmut;
    if (!masmut) return null;
    return masmut === 'inferred' ? this.messages.inferredMembership : this.messages.confirmedMembership;
  }

  #offMapMessage(offMap: readonly { id: string }[]): string {
    return this.messages.countriesOffMap(
      offMap.map(({ id }) => `${this.countryName(id).text} (${id})`).join(', '),
    );
  }

  #legendView(): LegendView {
    return {
      messages: this.messages,
      uiLang: this.uiLang,
      year: this.year,
      buckets: this.#buckets,
      hasInferred: !!this.index?.dataset.countries.some((country) => country.masmut === 'inferred'),
    };
  }

  #mapView(layout: MapLayout, metrics: LabelMetrics | null): MapView {
    return {
      messages: this.messages,
      contentLang: this.contentLang,
      year: this.year,
      layout,
      fluid: this.drawsAsServer,
      zoom: this.#zoomer.zoom,
      labels: this.#labels,
      labelSize: metrics?.size ?? 12,
      markers: this.#markers,
      counts: this.#counts,
      buckets: this.#buckets,
      highlighted: this.#highlighted,
      selection: this.selection,
      tabStop: this.#listbox.tabStop,
      countryName: (id) => this.countryName(id),
      countryLabel: (id) => this.#countryLabel(id),
      membership: (id) => this.#membership(id),
      inferred: (id) => this.#country(id)?.masmut === 'inferred',
      venueNamePlace: (marker, at) => (metrics ? venueNamePlace(metrics, layout.frame, marker, at) : null),
      select: (detail) => this.select(detail),
      hover: (id) => {
        this.hovered = id;
      },
      leave: (id) => {
        if (this.hovered === id) this.hovered = null;
      },
      keydown: this.#keydown,
      focusin: this.#listbox.focusin,
      focusout: this.#listbox.focusout,
    };
  }

  override render() {
    const status = this.renderStatus(true);
    if (status) return status;
    const { width, height } = this.#size;
    const view = width > 0 && height > 0 && this.#layout ? this.#mapView(this.#layout, this.#metrics) : null;
    const tooltip = this.hovered ?? (this.#listbox.focusWithin ? this.#listbox.tabStop : null);
    return html`
      ${
        this.#offMap.length
          ? html`<p class="notice" part="notice" role="status">${this.#offMapMessage(this.#offMap)}</p>`
          : nothing
      }
      <div class="stage">
        <div class="frame" part="frame">${view ? renderMap(view) : nothing}</div>
        ${view && tooltip ? renderMapTooltip(view, tooltip, width) : nothing}
        ${renderControls(this, this.messages, !isIdentityZoom(this.#zoomer.zoom), () => {
          void downloadView(
            this.#compose,
            `partnership-map-${this.year ?? 'all-years'}-${this.uiLang}`,
            'png',
          );
        })}
      </div>
      ${this.noLegend ? nothing : renderLegend(this.#legendView())}
    `;
  }
}

defineElement('partnership-map', PartnershipMap);

declare global {
  interface HTMLElementTagNameMap {
    'partnership-map': PartnershipMap;
  }
}
