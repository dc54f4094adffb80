import { html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from '../shared/style-map.js';
import { countByCountry, highlightedBy, visibleCollaborations, type Highlight } from '../../data/queries.js';
import { localize } from '../../data/localize.js';
import type { Collaboration, Country } from '../../data/types.js';
import {
  applyZoom,
  fitRegion,
  frameBox,
  IDENTITY_ZOOM,
  isIdentityZoom,
  minimumTargetRadius,
  placeLabels,
  LINE_HEIGHT,
  projectBorders,
  projectCountries,
  projectPoint,
  westToEastOrder,
  zoomToString,
  type Box,
  type LabelSite,
  type PlacedLabel,
  type PlaneRegion,
  type ProjectedCountry,
  type RegionProjection,
  type ScreenPoint,
  type ZoomState,
} from '../../geo/index.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { announceError, PartnershipSelectEvent } from '../../events.js';
import { formatCount } from '../../i18n/messages.js';
import { defineElement } from '../shared/define.js';
import { PartnershipElement } from '../shared/partnership-element.js';
import { themeStyles } from '../shared/styles.js';
import { mapStyles } from './partnership-map.styles.js';
import { SHADE_FILLS, shadeBuckets, shadeOf, type ShadeBucket } from './shade.js';
import type { ExportOptions, LegendItem } from '../../export/index.js';
import { loadExport } from '../../export/lazy.js';

interface VenueMarker {
  key: string;
  point: ScreenPoint;
  collaboration: Collaboration;
  /**
   * The venue lies outside every country the map is about (Abidjan, in Côte d'Ivoire): no
   * country name tells where it is, so the marker names its city.
   */
  named: boolean;
}

const MIN_ZOOM = 1;
const MAX_ZOOM = 8;
const KEY_ZOOM_STEP = 1.5;
const KEY_PAN_STEP = 40;
/** Radius of a venue marker's dot (the `r` of `.marker-dot`), plus its outline. */
const MARKER_RADIUS = 7;
/** How long framing a selection takes, in ms (none with reduced motion). */
const FRAME_DURATION = 600;

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
    focusedId: { state: true, attribute: false },
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
  private focusedId: string | null = null;

  readonly #size = new ResizeController(this, () => this.renderRoot.querySelector('.frame'));
  /** The buttons change size with the type, and go under the map when it is narrow. */
  readonly #controlsSize = new ResizeController(this, () => this.renderRoot.querySelector('.controls'));
  readonly #zoomer = new ZoomController(
    this,
    () => this.renderRoot.querySelector<SVGSVGElement>('svg[part="map"]'),
    [MIN_ZOOM, MAX_ZOOM],
  );
  #projection: RegionProjection | null = null;
  #countries: ProjectedCountry[] = [];
  #focusCountries: ProjectedCountry[] = [];
  #bordersPath = '';
  #order: string[] = [];
  #labels: PlacedLabel[] = [];
  /** Country names' widths at `#labelSize`, and named venues', measured once per layout. */
  #widths = new Map<string, number>();
  #labelSize = 12;
  #labelShrink = 5 / 6;
  #lineHeight = LINE_HEIGHT;
  #labelledFor = '';
  #measure: (weight: number, text: string) => number = () => 0;
  /** What the labels were placed for: layout, markers and zoom. */
  #placedFor: unknown[] = [];
  #counts = new Map<string, number>();
  #buckets: ShadeBucket[] = [];
  #markers: VenueMarker[] = [];
  /** One marker per distinct place (and naming), which the country names keep clear of. */
  #places: VenueMarker[] = [];
  #placesKey = '';
  #highlighted: Highlight = { countries: new Set<string>(), collaborations: new Set<string>() };
  #projectedSize = '';
  #projectedIndex: unknown = null;
  #projectedRegion: unknown = null;
  /** The dataset's countries that the map file has no outline of, with their place. */
  #offMap: { id: string; index: number }[] = [];
  #offMapFor: [unknown, unknown] = [null, null];
  #controlsBox: Box = [0, 0, 0, 0];
  /** Width and height the geometry and labels were laid out for. */
  #frame: [number, number] = [0, 0];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const index = this.index;
    const region = this.shapes.region;
    if (!index || !region) return;
    const datasetChanged = index !== this.#projectedIndex || region !== this.#projectedRegion;
    if (index !== this.#offMapFor[0] || region !== this.#offMapFor[1]) {
      this.#offMapFor = [index, region];
      this.#checkOffMap(index.dataset.countries, region);
    }
    const { width, height } = this.#size;
    const sizeKey = `${width}x${height}`;

    // Geometry is projected once per dataset and size, never on a year change or hover.
    const geometryChanged = datasetChanged || sizeKey !== this.#projectedSize;
    if (geometryChanged && width > 0 && height > 0) {
      this.#projectedIndex = index;
      this.#projectedRegion = region;
      this.#projectedSize = sizeKey;
      this.#frame = [width, height];
      const partnerIds = new Set(index.dataset.countries.map((country) => country.id));
      const drawable = region.countries.some((country) => partnerIds.has(country.id));
      this.#projection = fitRegion(
        region,
        drawable ? partnerIds : new Set(region.countries.map((country) => country.id)),
        width,
        height,
        Math.min(width, height) * 0.06,
      );
      this.#countries = projectCountries(region, this.#projection).map((country) => ({
        ...country,
        focus: partnerIds.has(country.id),
      }));
      this.#focusCountries = this.#countries.filter((country) => country.focus);
      this.#order = westToEastOrder(this.#focusCountries);
      this.#bordersPath = projectBorders(region, this.#projection);
    }

    if (geometryChanged || changed.has('year') || changed.has('partners')) {
      const visible = visibleCollaborations(index, this.year, this.partnerSet);
      this.#counts = countByCountry(visible);
      this.#buckets = shadeBuckets(Math.max(0, ...this.#counts.values()));
      this.#markers = this.#projection ? this.#venueMarkers(visible, this.#projection) : [];
      // Names avoid each place once, however many collaborations met there: a year change
      // that keeps the same places (thousands of records, a few cities) places nothing anew.
      const places = new Map<string, VenueMarker>();
      for (const marker of this.#markers) {
        const key = `${Math.round(marker.point[0] * 10)},${Math.round(marker.point[1] * 10)},${marker.named}`;
        if (!places.has(key)) places.set(key, marker);
      }
      const placesKey = [...places.keys()].sort().join(' ');
      if (placesKey !== this.#placesKey) {
        this.#placesKey = placesKey;
        this.#places = [...places.values()];
      }
    }
    if (
      this.#projection &&
      this.frameSelection &&
      (geometryChanged || changed.has('selected') || changed.has('frameSelection'))
    ) {
      const still = geometryChanged || matchMedia('(prefers-reduced-motion: reduce)').matches;
      this.#zoomer.animateTo(this.#selectionZoom(), still ? 0 : FRAME_DURATION, this.#frame);
    }
    const controls = this.#controlsSize;
    const labelKey = `${this.#projectedSize}|${this.contentLang}|${controls.width}x${controls.height}`;
    // Not before the map has a size: reading a style then forces a style pass over a page
    // whose elements have only just been created, for labels that would not be drawn.
    const frame = this.renderRoot.querySelector('.frame');
    if (this.#projection && frame && labelKey !== this.#labelledFor) {
      this.#labelledFor = labelKey;
      // Read per layout, not per render (it costs a style pass): the names follow the type
      // (`--pw-map-label-size`, by default 0.75em), which presentation mode enlarges.
      const style = getComputedStyle(frame);
      this.#labelSize = parseFloat(style.fontSize);
      // A slide for an audience lets no name shrink: `--pw-map-label-shrink: 1`.
      this.#labelShrink = parseFloat(style.getPropertyValue('--pw-map-label-shrink')) || 5 / 6;
      this.#controlsBox = this.#measureControls();
      // Measured in the labels' own font (fonts differ: Firefox's bold DejaVu runs a tenth
      // wider than Chromium's), once per layout, without laying out any DOM.
      const context = document.createElement('canvas').getContext('2d')!;
      this.#measure = (weight, text) => {
        context.font = `${weight} ${this.#labelSize}px ${style.fontFamily}`;
        return context.measureText(text).width;
      };
      // The box the browser reports for a name is the font's (Firefox's runs taller than
      // Chromium's), plus the halo: placement keeps exactly that box clear.
      context.font = `700 ${this.#labelSize}px ${style.fontFamily}`;
      const font = context.measureText('Hg');
      const fontBox = (font.fontBoundingBoxAscent + font.fontBoundingBoxDescent) / this.#labelSize;
      this.#lineHeight = Math.max(LINE_HEIGHT, (fontBox || 0) + 0.15);
      this.#widths = new Map(
        this.#focusCountries.map((country) => [
          country.id,
          this.#measure(600, this.#countryLabel(country.id).text),
        ]),
      );
    }
    const zoom = this.#zoomer.zoom;
    const placedFor = [labelKey, this.#places, zoom];
    if (this.#projection && placedFor.some((value, i) => value !== this.#placedFor[i])) {
      this.#placedFor = placedFor;
      this.#labels = this.#placeLabels(zoom);
    }
    this.#highlighted = highlightedBy(index, this.selection);
  }

  /**
   * Names the countries in view where they are drawn now (zoomed or not), in screen pixels,
   * clear of the venue markers and their names, and of the buttons over the map.
   */
  #placeLabels(zoom: ZoomState): PlacedLabel[] {
    const [width, height] = this.#frame;
    const size = this.#labelSize;
    const avoid: Box[] = [this.#controlsBox];
    for (const marker of this.#places) {
      const [x, y] = applyZoom(zoom, marker.point);
      avoid.push([x - MARKER_RADIUS, y - MARKER_RADIUS, x + MARKER_RADIUS, y + MARKER_RADIUS]);
      const name = this.#venueNamePlace(marker, [x, y]);
      if (name) {
        const [nx, ny, half] = [x + name[0], y + name[1], name[2]];
        avoid.push([nx - half, ny - size * 0.65, nx + half, ny + size * 0.65]);
      }
    }
    const sites: LabelSite[] = [];
    for (const country of this.#focusCountries) {
      const label = applyZoom(zoom, country.label);
      if (label[0] < 0 || label[1] < 0 || label[0] > width || label[1] > height) continue;
      const bounds = country.bounds.map((point) => applyZoom(zoom, point)) as LabelSite['bounds'];
      sites.push({ id: country.id, label, bounds, area: country.area });
    }
    return placeLabels(sites, this.#widths, {
      size,
      // Smaller type where space is short, never below 10 px (nor 5/6 of the size).
      minSize: Math.max(10, size * this.#labelShrink),
      lineHeight: this.#lineHeight,
      view: this.#frame,
      avoid,
    });
  }

  /**
   * Where a named venue's name goes from its marker at `[x, y]` on screen: under it (coastal
   * venues have the sea below them, where no country is named), above it at the map's foot,
   * moved along to stay inside the map when the marker is; `[dx, dy, half width]`, or null
   * for an unnamed venue.
   */
  #venueNamePlace(marker: VenueMarker, [x, y]: ScreenPoint): [number, number, number] | null {
    if (!marker.named) return null;
    let width = this.#widths.get(marker.key);
    if (width === undefined)
      this.#widths.set(marker.key, (width = this.#measure(400, this.#venueName(marker).text)));
    const half = width / 2 + 1;
    const [mapWidth, mapHeight] = this.#frame;
    const below = MARKER_RADIUS + this.#labelSize * 0.75;
    return [
      // A marker out of view (zoomed) takes its name along.
      x < 0 || x > mapWidth ? 0 : Math.min(Math.max(x, half + 4), mapWidth - half - 4) - x,
      y + below + this.#labelSize * 0.65 > mapHeight - 4 ? -below : below,
      half,
    ];
  }

  #venueName(marker: VenueMarker): { text: string; lang: string } {
    return localize(marker.collaboration.venue!.city, this.contentLang);
  }

  /** The zoom that frames the selection, or the whole region. */
  #selectionZoom(): ZoomState {
    const selection = this.selection;
    const collaboration =
      selection?.kind === 'collaboration' ? this.index?.collaborations.get(selection.id) : undefined;
    const venue = collaboration?.venue;
    const ids = new Set(selection?.kind === 'country' ? [selection.id] : (collaboration?.countries ?? []));
    // A venue with no country of its own is shown with the country around it.
    if (venue && !ids.size) ids.add(venue.country);
    const points = this.#countries
      .filter((country) => ids.has(country.id))
      .flatMap((country) => country.bounds);
    const point = venue && projectPoint(this.#projection!, venue.coordinates);
    if (point) points.push(point);
    if (!points.length) return IDENTITY_ZOOM;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return frameBox(
      [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      this.#frame,
      MAX_ZOOM,
    );
  }

  /**
   * Where the zoom buttons sit, in the map's pixels (under it when it is narrow); read once
   * per layout, like the label size, since they scale with the type.
   */
  #measureControls(): Box {
    const controls = this.renderRoot.querySelector('.controls')?.getBoundingClientRect();
    const svg = this.renderRoot.querySelector('.frame')?.getBoundingClientRect();
    if (!controls || !svg) return [0, 0, 0, 0];
    return [
      controls.left - svg.left,
      controls.top - svg.top,
      controls.right - svg.left,
      controls.bottom - svg.top,
    ];
  }

  /** The map label: the short name when the dataset gives one. */
  #countryLabel(id: string): { text: string; lang: string } {
    const record = this.#countryRecord(id);
    if (record?.shortName) return localize(record.shortName, this.contentLang);
    return this.countryName(id);
  }

  #venueMarkers(collaborations: readonly Collaboration[], projection: RegionProjection): VenueMarker[] {
    const markers: VenueMarker[] = [];
    for (const collaboration of collaborations) {
      const { venue } = collaboration;
      if (!venue) continue;
      const point = projectPoint(projection, venue.coordinates);
      const named = !this.index?.countries.has(venue.country);
      if (point) markers.push({ key: collaboration.id, point, collaboration, named });
    }
    return markers;
  }

  /** Zooms by a factor around the centre; used by the buttons and the + and − keys. */
  zoomBy(factor: number): void {
    this.#zoomer.zoomBy(factor);
  }

  /** Returns to the whole region. */
  resetZoom(): void {
    this.#zoomer.reset();
  }

  #panBy(dx: number, dy: number): void {
    this.#zoomer.panBy(dx, dy);
  }

  #select(kind: 'country' | 'collaboration', id: string | null): void {
    if (this.selected === id) return;
    this.selected = id;
    // Built first: the manifest analyzer would read `new Event(arg)` inline as an event named `arg`.
    const event = new PartnershipSelectEvent(id === null ? null : { kind, id });
    this.dispatchEvent(event);
  }

  #countryRecord(id: string): Country | undefined {
    return this.index?.countries.get(id);
  }

  /**
   * Countries of the dataset that the map has no outline of are named, with the command that
   * builds a map with them, in the map and in `partnership-error`; the rest still draws.
   */
  #checkOffMap(countries: readonly Country[], region: PlaneRegion): void {
    const ids = new Set(region.countries.map((country) => country.id));
    this.#offMap = countries.flatMap((country, index) =>
      ids.has(country.id) ? [] : [{ id: country.id, index }],
    );
    if (!this.#offMap.length) return;
    announceError(this, {
      message: this.#offMapMessage(),
      issues: this.#offMap.map(({ id, index }) => ({
        path: `countries[${index}].id`,
        message: `not on the map: npx partnership-data geometry builds a map with ${id}`,
      })),
    });
  }

  #offMapMessage(): string {
    return this.messages.countriesOffMap(
      this.#offMap.map(({ id }) => `${this.countryName(id).text} (${id})`).join(', '),
    );
  }

  #renderOffMap() {
    return html`<p class="notice" part="notice" role="status">${this.#offMapMessage()}</p>`;
  }

  /** Membership of the programme, for datasets that say it (`masmut`); null otherwise. */
  #membership(record: Country | undefined): string | null {
    if (!record?.masmut) return null;
    return record.masmut === 'inferred'
      ? this.messages.inferredMembership
      : this.messages.confirmedMembership;
  }

  /** What a screen reader says for a country: name, membership, activity, selection. */
  #countryDescription(id: string): string {
    const record = this.#countryRecord(id);
    const parts = [this.countryName(id).text];
    const membership = this.#membership(record);
    if (membership) parts.push(membership);
    parts.push(this.messages.activeCount(this.#counts.get(id) ?? 0, this.year));
    return parts.join(', ');
  }

  get #currentFocusId(): string | null {
    if (this.focusedId && this.#order.includes(this.focusedId)) return this.focusedId;
    if (this.selection?.kind === 'country' && this.#order.includes(this.selection.id))
      return this.selection.id;
    return this.#order[0] ?? null;
  }

  #moveFocus(id: string | undefined): void {
    if (!id) return;
    this.focusedId = id;
    this.hovered = null;
    this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGGElement>(`[data-country="${CSS.escape(id)}"]`)?.focus();
    });
  }

  #onCountryKeydown(event: KeyboardEvent): void {
    const current = this.#currentFocusId;
    const position = current ? this.#order.indexOf(current) : -1;
    if (event.shiftKey && event.key.startsWith('Arrow')) {
      const pan: Record<string, [number, number]> = {
        ArrowLeft: [KEY_PAN_STEP, 0],
        ArrowRight: [-KEY_PAN_STEP, 0],
        ArrowUp: [0, KEY_PAN_STEP],
        ArrowDown: [0, -KEY_PAN_STEP],
      };
      const [dx, dy] = pan[event.key] ?? [0, 0];
      this.#panBy(dx, dy);
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        this.#moveFocus(this.#order[Math.min(this.#order.length - 1, position + 1)]);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        this.#moveFocus(this.#order[Math.max(0, position - 1)]);
        break;
      case 'Home':
        this.#moveFocus(this.#order[0]);
        break;
      case 'End':
        this.#moveFocus(this.#order[this.#order.length - 1]);
        break;
      case 'Enter':
      case ' ':
        if (current) this.#select('country', current);
        break;
      case 'Escape':
        this.#select('country', null);
        break;
      case '+':
      case '=':
        this.zoomBy(KEY_ZOOM_STEP);
        break;
      case '-':
      case '_':
        this.zoomBy(1 / KEY_ZOOM_STEP);
        break;
      case '0':
        this.resetZoom();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  /** The legend as the exported image draws it; the explorer adds the timeline's. */
  exportLegend(): LegendItem[] {
    const outline = 'var(--pw-color-country-outline)';
    const items: LegendItem[] = this.#buckets.map((bucket) => ({
      label: this.#bucketLabel(bucket),
      fill: SHADE_FILLS[bucket.level] ?? SHADE_FILLS[0],
      stroke: outline,
    }));
    if (this.index?.dataset.countries.some((country) => country.masmut === 'inferred')) {
      items.push({
        label: this.messages.inferredMembership,
        pattern: 'hatch',
        stroke: outline,
        dashed: true,
      });
    }
    return items;
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
  async exportSVG(): Promise<string> {
    return (await this.#composeView()).svg;
  }

  /** The map as drawn now as a PNG, `scale` device pixels per CSS pixel. */
  async exportPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    const [{ svg, width, height }, { rasterize }] = await Promise.all([this.#composeView(), loadExport()]);
    return rasterize(svg, width, height, scale);
  }

  async #composeView() {
    const svgElement = this.renderRoot.querySelector<SVGSVGElement>('svg[part="map"]');
    if (!svgElement) throw new Error('<partnership-map>: nothing is drawn yet to export');
    const options = this.exportOptions();
    const { composeExport } = await loadExport();
    return composeExport([svgElement], options);
  }

  async #downloadImage(): Promise<void> {
    const name = `partnership-map-${this.year ?? 'all-years'}-${this.uiLang}`;
    const [png, { download }] = await Promise.all([this.exportPNG({ scale: 2 }), loadExport()]);
    download(png, `${name}.png`);
  }

  #bucketLabel(bucket: ShadeBucket): string {
    if (bucket.level === 0) return this.messages.legendNone;
    return bucket.min === bucket.max
      ? formatCount(this.uiLang, bucket.min)
      : `${formatCount(this.uiLang, bucket.min)}–${formatCount(this.uiLang, bucket.max)}`;
  }

  override render() {
    const status = this.renderStatus(true);
    if (status) return status;
    const { width, height } = this.#size;
    return html`
      ${this.#offMap.length ? this.#renderOffMap() : nothing}
      <div class="stage">
        <div class="frame" part="frame">
          ${width > 0 && height > 0 ? this.#renderMap(width, height) : nothing}
        </div>
        ${this.#renderTooltip()}
        <div class="controls" part="controls">
          <button
            type="button"
            part="button"
            aria-label=${this.messages.zoomIn}
            title=${this.messages.zoomIn}
            @click=${() => this.zoomBy(KEY_ZOOM_STEP)}
          >
            +
          </button>
          <button
            type="button"
            part="button"
            aria-label=${this.messages.zoomOut}
            title=${this.messages.zoomOut}
            @click=${() => this.zoomBy(1 / KEY_ZOOM_STEP)}
          >
            −
          </button>
          <button
            type="button"
            part="button"
            aria-label=${this.messages.resetZoom}
            title=${this.messages.resetZoom}
            @click=${() => this.resetZoom()}
            ?disabled=${isIdentityZoom(this.#zoomer.zoom)}
          >
            ⟲
          </button>
          <button
            type="button"
            part="button"
            class="download"
            aria-label=${this.messages.downloadAs('PNG')}
            title=${this.messages.downloadAs('PNG')}
            @click=${() => void this.#downloadImage()}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" class="icon">
              <path d="M8 1v9M4 6l4 4 4-4M2 14h12" fill="none" stroke="currentColor" stroke-width="2" />
            </svg>
          </button>
        </div>
      </div>
      ${this.noLegend ? nothing : this.#renderLegend()}
    `;
  }

  #renderMap(width: number, height: number) {
    const zoom = this.#zoomer.zoom;
    const transform = zoomToString(zoom);
    const focusId = this.#currentFocusId;
    const hasHighlight = this.#highlighted.countries.size > 0;
    // Strokes keep their screen width whatever the zoom.
    const strokeScale = 1 / zoom.k;
    const leaders = this.#labels
      .map(({ leader }) => (leader ? `M${leader.slice(0, 2)}L${leader.slice(2)}` : ''))
      .join('');
    return html`<svg
        part="map"
        viewBox="0 0 ${width} ${height}"
        width=${width}
        height=${height}
        role="group"
        aria-label=${this.messages.mapLabel}
        style=${styleMap({ '--pw-stroke-scale': String(strokeScale) })}
        @click=${(event: Event) => {
          if (event.target === event.currentTarget) this.#select('country', null);
        }}
      >
        <defs>
          <pattern
            id="inferred-hatch"
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45) scale(${strokeScale})"
          >
            <line x1="0" y1="0" x2="0" y2="6" class="hatch-line"></line>
          </pattern>
        </defs>
        <g transform=${transform}>
          <g class="land" aria-hidden="true">
            ${repeat(
              this.#countries.filter((country) => !country.focus),
              (country) => country.id,
              (country) => svg`<path class="neighbour" d=${country.path}></path>`,
            )}
            <path class="borders" d=${this.#bordersPath}></path>
          </g>
          <g
            class="countries"
            role="listbox"
            aria-label=${this.messages.countries}
            aria-describedby="map-help"
          >
            ${repeat(
              this.#focusCountries,
              (country) => country.id,
              (country) => this.#renderCountry(country, focusId, hasHighlight),
            )}
          </g>
        </g>
        <g class="labels" aria-hidden="true">
          <path class="label leader" d=${leaders}></path>
          ${this.#labels.map((label) => {
            const name = this.#countryLabel(label.id);
            // Placed in screen pixels, for the zoom drawn: type keeps its size on zoom.
            return svg`<text class="label" x=${label.x} y=${label.y} font-size=${label.size} lang=${name.lang}
              >${name.text}</text>`;
          })}
        </g>
        <g class="markers" aria-hidden="true">
          ${repeat(
            this.#markers,
            (marker) => marker.key,
            (marker) => this.#renderMarker(marker, applyZoom(zoom, marker.point)),
          )}
        </g>
      </svg>
      <p id="map-help" class="visually-hidden">${this.messages.keyboardHelpMap}</p>`;
  }

  #renderCountry(
    country: ProjectedCountry,
    focusId: string | null,
    hasHighlight: boolean,
  ): SVGTemplateResult {
    const record = this.#countryRecord(country.id);
    const count = this.#counts.get(country.id) ?? 0;
    const bucket = shadeOf(count, this.#buckets);
    const selected = this.selection?.kind === 'country' && this.selection.id === country.id;
    const highlighted = this.#highlighted.countries.has(country.id);
    const inferred = record?.masmut === 'inferred';
    const targetRadius = minimumTargetRadius(country.bounds) * (1 / this.#zoomer.zoom.k);
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
      data-country=${country.id}
      tabindex=${country.id === focusId ? 0 : -1}
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${this.#countryDescription(country.id)}
      @click=${(event: Event) => {
        event.stopPropagation();
        this.focusedId = country.id;
        this.#select('country', country.id);
      }}
      @keydown=${this.#onCountryKeydown}
      @focus=${() => {
        this.focusedId = country.id;
      }}
      @pointerenter=${() => {
        this.hovered = country.id;
      }}
      @pointerleave=${() => {
        if (this.hovered === country.id) this.hovered = null;
      }}
    >
      ${targetRadius > 0 ? svg`<circle class="target" cx=${country.label[0]} cy=${country.label[1]} r=${targetRadius}></circle>` : nothing}
      <path class="shape" d=${country.path}></path>
      ${inferred ? svg`<path class="hatch" d=${country.path}></path>` : nothing}
    </g>`;
  }

  #renderMarker(marker: VenueMarker, at: ScreenPoint): SVGTemplateResult {
    const selected =
      this.selection?.kind === 'collaboration' && this.selection.id === marker.collaboration.id;
    const name = this.#venueNamePlace(marker, at);
    const city = this.#venueName(marker);
    return svg`<g class=${`marker${selected ? ' selected' : ''}`} part="marker" data-collaboration=${marker.collaboration.id}
      transform="translate(${at[0]} ${at[1]})"
      @click=${(event: Event) => {
        event.stopPropagation();
        this.#select('collaboration', marker.collaboration.id);
      }}
      @pointerenter=${() => {
        this.hovered = `venue:${marker.collaboration.id}`;
      }}
      @pointerleave=${() => {
        this.hovered = null;
      }}>
      <circle r="12" class="marker-target"></circle>
      <circle r="6" class="marker-dot"></circle>
      ${name ? svg`<text class="label venue-name" x=${name[0]} y=${name[1]} font-size=${this.#labelSize} lang=${city.lang}>${city.text}</text>` : nothing}
    </g>`;
  }

  #renderTooltip() {
    const id = this.hovered ?? (this.matches(':focus-within') ? this.focusedId : null);
    if (!id) return nothing;
    let point: ScreenPoint | undefined;
    let title: { text: string; lang: string };
    let lines: string[];
    if (id.startsWith('venue:')) {
      const marker = this.#markers.find((candidate) => `venue:${candidate.key}` === id);
      if (!marker) return nothing;
      point = marker.point;
      title = localize(marker.collaboration.title, this.contentLang);
      const city = marker.collaboration.venue
        ? localize(marker.collaboration.venue.city, this.contentLang).text
        : '';
      lines = [city];
    } else {
      const country = this.#focusCountries.find((candidate) => candidate.id === id);
      if (!country) return nothing;
      point = country.label;
      title = this.countryName(id);
      const membership = this.#membership(this.#countryRecord(id));
      lines = [
        ...(membership ? [membership] : []),
        this.messages.activeCount(this.#counts.get(id) ?? 0, this.year),
      ];
    }
    const [x, y] = applyZoom(this.#zoomer.zoom, point);
    const flip = x > this.#size.width * 0.6;
    return html`<div
      class="tooltip"
      part="tooltip"
      aria-hidden="true"
      style=${styleMap({
        left: `${x}px`,
        top: `${y}px`,
        transform: `translate(${flip ? 'calc(-100% - 12px)' : '12px'}, -50%)`,
      })}
    >
      <strong lang=${title.lang}>${title.text}</strong>
      ${lines.map((line) => html`<br />${line}`)}
    </div>`;
  }

  #renderLegend() {
    const hasInferred = this.index?.dataset.countries.some((country) => country.masmut === 'inferred');
    return html`<div class="legend" part="legend">
      <span class="legend-title"
        >${this.messages.legendTitle}${this.year === null ? '' : ` (${this.year})`}:</span
      >
      <ul class="legend-items">
        ${this.#buckets.map(
          (bucket) =>
            html`<li>
              <span class="swatch shade-${bucket.level}" aria-hidden="true"></span
              >${this.#bucketLabel(bucket)}
            </li>`,
        )}
        ${
          hasInferred
            ? html`<li>
                <span class="swatch inferred" aria-hidden="true"></span>${this.messages.inferredMembership}
              </li>`
            : nothing
        }
      </ul>
    </div>`;
  }
}

defineElement('partnership-map', PartnershipMap);

declare global {
  interface HTMLElementTagNameMap {
    'partnership-map': PartnershipMap;
  }
}
