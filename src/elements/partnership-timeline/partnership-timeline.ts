import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from '../shared/style-map.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { localize, UI_LANGUAGES, type LocalizedString, type UiLanguage } from '../../data/localize.js';
import { highlightedBy, matchesPartners, type DatasetIndex } from '../../data/queries.js';
import type { Collaboration } from '../../data/types.js';
import { PartnershipSelectEvent, PartnershipYearChangeEvent } from '../../events.js';
import { formatPeriod } from '../../i18n/format.js';
import { messagesFor } from '../../i18n/messages.js';
import { isActiveIn, type Lane, type TimelineGrouping, type TimelineItem } from '../../time/index.js';
import { defineElement } from '../shared/define.js';
import { PartnershipElement } from '../shared/partnership-element.js';
import { themeStyles } from '../shared/styles.js';
import {
  charsThatFit,
  computeGeometry,
  diamond,
  HORIZONTAL,
  labelHeight,
  placeLabels,
  truncateWords,
  VERTICAL,
  wrapLabel,
  type ItemLabel,
  type LabelText,
  type Orientation,
  type TimelineGeometry,
} from './geometry.js';
import { timelineStyles } from './partnership-timeline.styles.js';
import { timelineMessagesFor, type TimelineMessages } from './timeline-messages.js';

export type TimelineOrientation = 'auto' | 'horizontal' | 'vertical';

/** Below this width, `orientation="auto"` turns the timeline on its side. */
const VERTICAL_BELOW = 600;
/** The scrubber's thumb, in pixels; the CSS draws it this size so that it lines up with the axis. */
const THUMB = 16;

const OPTION = '[role="option"]';

/** Derived values are recomputed only when one of their inputs is no longer the same. */
function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/**
 * A 2006–2026 timeline of the collaborations: partnerships and programme phases as bars,
 * one-off events as diamonds, in lanes by kind or by partner. A year scrubber dims what
 * was not active that year; items are selectable with pointer and keyboard (one tab stop,
 * arrow keys in time order). Under 600 px wide it turns vertical, time running downwards
 * with each item's title beside it.
 *
 * @tagname partnership-timeline
 * @summary Timeline of the collaborations, with a year scrubber and grouping by kind or partner.
 *
 * @event partnership-select - An item was selected (`detail` is `{kind: 'collaboration', id}`), or the selection was cleared with Escape (`detail` is null).
 * @event partnership-year-change - The user moved the year scrubber or chose all years; `detail` is `{year}`, null for all years.
 * @event partnership-error - The dataset could not be loaded or is invalid; `detail` is `{message, issues}`.
 *
 * @csspart base - The wrapper of everything below; carries `data-orientation`.
 * @csspart toolbar - The row with the grouping control, the year label and the "All years" button.
 * @csspart group-by - The grouping control.
 * @csspart button - Each button.
 * @csspart all-years - The "All years" button.
 * @csspart axis - The year axis.
 * @csspart scrubber - The year range input.
 * @csspart plot - The SVG holding lanes and items.
 * @csspart lane-label - Each lane's label.
 * @csspart item - Each item; also `span` or `event`, and `inferred`, `selected`, `highlighted`, `dimmed` when so.
 * @csspart year-marker - The line marking the chosen year.
 * @csspart tooltip - The tooltip shown on hover and focus.
 * @csspart empty - The message shown when no collaboration matches.
 * @csspart status - The loading message.
 * @csspart error - The error message with its list of problems.
 *
 * @cssproperty --pw-color-span - Fill of bars (partnerships, programme phases).
 * @cssproperty --pw-color-event - Fill of event diamonds.
 * @cssproperty --pw-color-inferred - Hatching and dashed outline of inferred items.
 * @cssproperty --pw-color-selected - Outline of the selected item.
 * @cssproperty --pw-color-accent - Year marker, scrubber and outline of highlighted items.
 * @cssproperty --pw-color-focus - Keyboard focus ring.
 * @cssproperty --pw-color-surface - Background of every other lane and of buttons.
 * @cssproperty --pw-color-text - Text and outlines.
 * @cssproperty --pw-color-text-muted - Axis, grid and secondary text.
 * @cssproperty --pw-color-background - Background, and the ground of hatched marks.
 * @cssproperty --pw-radius - Corner radius of buttons and tooltip.
 * @cssproperty --pw-timeline-dim-opacity - Opacity of items not active in the chosen year or outside the selected country. Default 0.3.
 */
export class PartnershipTimeline extends PartnershipElement {
  static override styles = [themeStyles, timelineStyles];

  /** Lanes by collaboration kind, or one lane per partner organisation. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: TimelineGrouping = 'kind';

  /** `auto` is horizontal from 600 px wide and vertical below; the others force one. */
  @property({ reflect: true }) orientation: TimelineOrientation = 'auto';

  /** Key of the item that holds the tab stop; an id, not a node, so that it survives re-rendering. */
  @state() private focusKey: string | null = null;
  @state() private hoverKey: string | null = null;
  @state() private focusInItems = false;
  /** Escape hides the tooltip until the pointer or focus moves to another item (WCAG 1.4.13). */
  @state() private tooltipDismissed = false;

  /**
   * Measures a zero-height sizer rather than the host, whose height follows the layout:
   * observing the host would resize it within its own notification and make the browser
   * report a ResizeObserver loop.
   */
  private readonly size = new ResizeController(this, () => this.renderRoot.querySelector('.sizer'));

  private geometry: TimelineGeometry | null = null;
  private geometryInputs: readonly unknown[] = [];
  private itemsByKey = new Map<string, TimelineItem>();
  private labels = new Map<string, ItemLabel>();
  private labelsBottom = 0;
  private labelInputs: readonly unknown[] = [];
  private highlight = { countries: new Set<string>(), collaborations: new Set<string>() };
  private highlightInputs: readonly unknown[] = [];
  /** Formatting dates builds `Intl` objects, so periods are formatted once per language. */
  private periods = new Map<string, string>();
  private periodsIndex: DatasetIndex | null = null;
  private focusId: string | null = null;
  private tabStopKey: string | null = null;
  private restoreFocus = false;
  private timelineMessages: TimelineMessages = timelineMessagesFor('en');

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.timelineMessages = timelineMessagesFor(this.uiLang);
    const index = this.index;
    if (!index) {
      this.geometry = null;
      return;
    }
    if (index !== this.periodsIndex) {
      this.periodsIndex = index;
      this.periods.clear();
    }

    // The observer reports only after the first render; the host's width is already known.
    const width = this.size.width || this.clientWidth;
    const grouping: TimelineGrouping = this.groupBy === 'partner' ? 'partner' : 'kind';
    const orientation = this.effectiveOrientation(width);
    const inputs = [index, width, grouping, this.partnerSet, orientation];
    if (width > 0 && !sameInputs(inputs, this.geometryInputs)) {
      this.geometryInputs = inputs;
      this.geometry = computeGeometry(this.shownCollaborations(index, grouping), {
        period: index.dataset.period,
        width,
        grouping,
        orientation,
        labelHeight: this.labelRoom,
      });
      this.itemsByKey = new Map(this.geometry.layout.items.map((item) => [item.key, item]));
    }

    // Vertical labels are wrapped text, so they depend on the language as well as the layout.
    const geometry = this.geometry;
    if (geometry?.orientation === 'vertical') {
      const labelInputs = [geometry, this.contentLang, this.uiLang];
      if (!sameInputs(labelInputs, this.labelInputs)) {
        this.labelInputs = labelInputs;
        const placed = placeLabels(geometry, index.dataset.period, (item) => this.labelText(item));
        this.labels = new Map(placed.labels.map((label) => [label.key, label]));
        this.labelsBottom = placed.bottom;
      }
    }

    const highlightInputs = [index, this.selected];
    if (!sameInputs(highlightInputs, this.highlightInputs)) {
      this.highlightInputs = highlightInputs;
      this.highlight = highlightedBy(index, this.selection);
    }

    this.tabStopKey = this.resolveTabStop();
    // Set here, where it schedules no second update, so that the focus restored below is
    // already the one remembered.
    if (this.focusKey !== null) this.focusKey = this.tabStopKey;
    const active = this.shadowRoot?.activeElement;
    this.restoreFocus = active instanceof Element && active.matches(OPTION);
  }

  protected override updated(): void {
    // A regrouping or filter replaces the focused node; focus follows the collaboration.
    if (!this.restoreFocus) return;
    this.restoreFocus = false;
    const active = this.shadowRoot?.activeElement;
    if (active instanceof Element && active.matches(OPTION) && active.isConnected) return;
    if (this.tabStopKey) this.itemElement(this.tabStopKey)?.focus();
  }

  private effectiveOrientation(width: number): Orientation {
    if (this.orientation === 'vertical') return 'vertical';
    if (this.orientation === 'horizontal') return 'horizontal';
    return width > 0 && width < VERTICAL_BELOW ? 'vertical' : 'horizontal';
  }

  /**
   * Partner filtering is done before the layout, so that hidden items leave no gaps. In
   * partner lanes, a collaboration shows only in the lanes of the partners asked for.
   */
  private shownCollaborations(index: DatasetIndex, grouping: TimelineGrouping): Collaboration[] {
    const partners = this.partnerSet;
    const shown = index.chronological.filter((collaboration) => matchesPartners(collaboration, partners));
    if (grouping !== 'partner' || partners.size === 0) return shown;
    return shown.map((collaboration) => ({
      ...collaboration,
      partners: collaboration.partners.filter((partner) => partners.has(partner)),
    }));
  }

  private resolveTabStop(): string | null {
    const items = this.geometry?.layout.items ?? [];
    if (this.focusKey && this.itemsByKey.has(this.focusKey)) return this.focusKey;
    const sameCollaboration = this.focusId ? items.find((item) => item.id === this.focusId) : undefined;
    const selected = items.find((item) => item.id === this.selected);
    return (sameCollaboration ?? selected ?? items[0])?.key ?? null;
  }

  /** The dataset's record, not the layout's copy, which a partner filter may have narrowed. */
  private collaborationOf(item: TimelineItem): Collaboration {
    return this.index?.collaborations.get(item.id) ?? item.collaboration;
  }

  private periodOf(collaboration: Collaboration, lang: UiLanguage = this.uiLang): string {
    const key = `${collaboration.id}|${lang}`;
    let text = this.periods.get(key);
    if (text === undefined) {
      text = formatPeriod(collaboration.start, collaboration.end, lang);
      this.periods.set(key, text);
    }
    return text;
  }

  private kindOf(collaboration: Collaboration): string {
    return this.messages.kindLabel[collaboration.kind] ?? collaboration.kind;
  }

  /** Short text for the lane's visible label, and the full name for its accessible name. */
  private laneText(key: string): { short: LocalizedString; full: string } {
    if (this.groupBy !== 'partner') {
      const label = this.messages.kindLabel[key] ?? key;
      return { short: { text: label, lang: this.uiLang }, full: label };
    }
    const organisation = this.index?.organisations.get(key);
    if (!organisation) return { short: { text: key, lang: this.uiLang }, full: key };
    return {
      short: localize(organisation.shortName, this.contentLang),
      full: localize(organisation.name, this.contentLang).text,
    };
  }

  /** In partner lanes, the partner's short name: a vertical timeline has no lane labels to show it. */
  private partnerOf(lane: string, contentLang: string): string | null {
    if (this.groupBy !== 'partner') return null;
    const organisation = this.index?.organisations.get(lane);
    return organisation ? localize(organisation.shortName, contentLang).text : lane;
  }

  /**
   * The second part of a vertical label: partner, kind and period, in the order the
   * accessible name has them, so that the visible text is a run of words of the name.
   */
  private metaText(
    collaboration: Collaboration,
    lane: string,
    uiLang: UiLanguage,
    contentLang: string,
  ): string {
    const kind = messagesFor(uiLang).kindLabel[collaboration.kind] ?? collaboration.kind;
    const partner = this.partnerOf(lane, contentLang);
    return [partner, kind, this.periodOf(collaboration, uiLang)].filter(Boolean).join(' · ');
  }

  private labelText(item: TimelineItem): LabelText {
    const collaboration = this.collaborationOf(item);
    const title = localize(collaboration.title, this.contentLang);
    return {
      title: title.text,
      titleLang: title.lang,
      meta: this.metaText(collaboration, item.lane, this.uiLang, this.contentLang),
    };
  }

  /**
   * The room a vertical label needs in whichever language it is shown, so that the layout
   * is the same in every language and a language switch only replaces text.
   */
  private readonly labelRoom = (collaboration: Collaboration, lane: string, labelWidth: number): number => {
    const record = this.index?.collaborations.get(collaboration.id) ?? collaboration;
    let titleLines = 1;
    let metaLines = 1;
    for (const title of Object.values(record.title)) {
      titleLines = Math.max(titleLines, wrapLabel(title, '', labelWidth).title.length);
    }
    // The interface languages bound it; a dataset's extra languages only risk a label
    // pushed a little below its year, which placement allows for.
    for (const lang of UI_LANGUAGES) {
      const meta = this.metaText(record, lane, lang, lang);
      metaLines = Math.max(metaLines, wrapLabel('', meta, labelWidth).meta.length);
    }
    return labelHeight(titleLines, metaLines);
  };

  /**
   * "Synergie MASMUT phase 1, programme, 2014 – December 2016, 6 partners, inferred"; in
   * partner lanes the lane's short name follows the title, since arrow keys cross lanes.
   */
  private accessibleName(collaboration: Collaboration, lane: string): string {
    const parts = [
      localize(collaboration.title, this.contentLang).text,
      this.partnerOf(lane, this.contentLang),
      this.kindOf(collaboration).toLocaleLowerCase(this.uiLang),
      this.periodOf(collaboration),
      this.timelineMessages.partnerCount(collaboration.partners.length),
    ];
    if (collaboration.confidence === 'inferred') parts.push(this.messages.inferred);
    if (this.year !== null && !isActiveIn(collaboration, this.year)) {
      parts.push(this.timelineMessages.notActiveIn(this.year));
    }
    return parts.filter(Boolean).join(', ');
  }

  /** Lang only where the text is not in the language around it. */
  private langOf(text: LocalizedString): string | typeof nothing {
    return text.lang === this.uiLang ? nothing : text.lang;
  }

  private itemElement(key: string): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`${OPTION}[data-key="${CSS.escape(key)}"]`);
  }

  private itemFromEvent(event: Event): TimelineItem | null {
    const target = event.target instanceof Element ? event.target.closest(OPTION) : null;
    const key = target?.getAttribute('data-key');
    return key ? (this.itemsByKey.get(key) ?? null) : null;
  }

  // --- interaction -------------------------------------------------------------------------

  private selectCollaboration(id: string | null): void {
    if (this.selected === id) return;
    this.selected = id;
    // Built apart from `dispatchEvent` so that the manifest analyzer does not mistake the
    // constructor's argument for an event name; the events are documented above.
    const event = new PartnershipSelectEvent(id === null ? null : { kind: 'collaboration', id });
    this.dispatchEvent(event);
  }

  private setYear(year: number | null): void {
    if (this.year === year) return;
    this.year = year;
    const event = new PartnershipYearChangeEvent(year);
    this.dispatchEvent(event);
  }

  private focusItem(item: TimelineItem): void {
    this.focusKey = item.key;
    this.focusId = item.id;
    this.tooltipDismissed = false;
    // The node exists already; tabindex -1 still takes focus, and Lit moves the tab stop.
    this.itemElement(item.key)?.focus();
  }

  private readonly onItemClick = (event: MouseEvent): void => {
    const item = this.itemFromEvent(event);
    if (!item) return;
    this.focusItem(item);
    this.selectCollaboration(item.id);
  };

  private readonly onItemKeydown = (event: KeyboardEvent): void => {
    const items = this.geometry?.layout.items ?? [];
    const current = this.itemFromEvent(event);
    // Alt+Left and the like belong to the browser.
    if (!current || items.length === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const position = items.findIndex((item) => item.key === current.key);
    let target: TimelineItem | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        target = items[Math.min(items.length - 1, position + 1)];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        target = items[Math.max(0, position - 1)];
        break;
      case 'Home':
        target = items[0];
        break;
      case 'End':
        target = items[items.length - 1];
        break;
      case 'Enter':
      case ' ':
        this.selectCollaboration(current.id);
        break;
      case 'Escape':
        if (this.selected === null && (this.tooltipDismissed || !this.focusInItems)) return;
        this.tooltipDismissed = true;
        this.selectCollaboration(null);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (target) this.focusItem(target);
  };

  private readonly onItemFocusIn = (event: FocusEvent): void => {
    const item = this.itemFromEvent(event);
    if (!item) return;
    if (item.key !== this.focusKey) this.tooltipDismissed = false;
    this.focusKey = item.key;
    this.focusId = item.id;
    this.focusInItems = true;
  };

  private readonly onItemFocusOut = (event: FocusEvent): void => {
    // Focus lost because this update removed the node is given back in `updated`.
    if (this.restoreFocus) return;
    const next = event.relatedTarget;
    if (next instanceof Element && next.matches(OPTION) && this.renderRoot.contains(next)) return;
    this.focusInItems = false;
  };

  private readonly onPointerOver = (event: PointerEvent): void => {
    const item = this.itemFromEvent(event);
    if (!item || item.key === this.hoverKey) return;
    this.hoverKey = item.key;
    this.tooltipDismissed = false;
  };

  private readonly onPointerOut = (event: PointerEvent): void => {
    const from = this.itemFromEvent(event);
    const to = event.relatedTarget instanceof Element ? event.relatedTarget.closest(OPTION) : null;
    if (from && to?.getAttribute('data-key') !== from.key) this.hoverKey = null;
  };

  private readonly onYearInput = (event: Event): void => {
    const year = Number((event.target as HTMLInputElement).value);
    if (Number.isInteger(year)) this.setYear(year);
  };

  private readonly onAllYears = (): void => this.setYear(null);

  private setGrouping(grouping: TimelineGrouping): void {
    this.groupBy = grouping;
  }

  // --- rendering ---------------------------------------------------------------------------

  override render(): TemplateResult {
    // The sizer is there in every state, since the resize controller looks for it only once.
    const sizer = html`<div class="sizer" aria-hidden="true"></div>`;
    const status = this.renderStatus();
    if (status) return html`${sizer}${status}`;
    const geometry = this.geometry;
    const orientation = geometry?.orientation ?? this.effectiveOrientation(this.size.width);
    return html`${sizer}
      <div class="base" part="base" data-orientation=${orientation} lang=${this.uiLang}>
        ${this.renderToolbar()} ${geometry ? this.renderChart(geometry) : nothing}
        <p id="help" class="visually-hidden">${this.messages.keyboardHelpTimeline}</p>
      </div>`;
  }

  private renderToolbar(): TemplateResult {
    const m = this.messages;
    const grouping = this.groupBy === 'partner' ? 'partner' : 'kind';
    return html`<div class="toolbar" part="toolbar">
      <div class="group-by" part="group-by" role="group" aria-labelledby="group-by-label">
        <span id="group-by-label">${m.groupBy}</span>
        <button
          type="button"
          part="button"
          aria-pressed=${grouping === 'kind' ? 'true' : 'false'}
          @click=${() => this.setGrouping('kind')}
        >
          ${m.groupByKind}
        </button>
        <button
          type="button"
          part="button"
          aria-pressed=${grouping === 'partner' ? 'true' : 'false'}
          @click=${() => this.setGrouping('partner')}
        >
          ${m.groupByPartner}
        </button>
      </div>
      <div class="year-control">
        <label for="year">${m.year}</label>
        ${this.year === null ? nothing : html`<span class="year-value" aria-hidden="true">${this.year}</span>`}
        <button
          type="button"
          class="all-years"
          part="button all-years"
          aria-pressed=${this.year === null ? 'true' : 'false'}
          @click=${this.onAllYears}
        >
          ${m.allYears}
        </button>
      </div>
    </div>`;
  }

  private renderChart(geometry: TimelineGeometry): TemplateResult {
    const horizontal = geometry.orientation === 'horizontal';
    const height = horizontal ? geometry.height : Math.max(geometry.height, this.labelsBottom + 8);
    const items = geometry.layout.items;
    return html`<div class="chart">
      ${horizontal ? this.renderAxis(geometry) : nothing} ${this.renderScrubber(geometry)}
      <div class="plot-frame">
        ${
          items.length === 0
            ? html`<p class="empty" part="empty" role="status">${this.messages.noCollaborations}</p>`
            : html`<svg
                class="plot"
                part="plot"
                role="group"
                aria-label=${this.messages.timelineLabel}
                width=${geometry.width}
                height=${height}
                viewBox="0 0 ${geometry.width} ${height}"
              >
                <defs>
                  <pattern
                    id="hatch"
                    width="6"
                    height="6"
                    patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)"
                  >
                    <rect class="hatch-ground" width="6" height="6"></rect>
                    <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
                  </pattern>
                </defs>
                ${horizontal ? this.renderLanesHorizontal(geometry) : this.renderAxisVertical(geometry, height)}
                ${this.renderYearMarker(geometry, height)} ${this.renderItems(geometry)}
              </svg>`
        }
        ${this.renderTooltip(geometry, height)}
      </div>
    </div>`;
  }

  private renderAxis(geometry: TimelineGeometry): TemplateResult {
    const { scale, ticks, width } = geometry;
    const { period } = this.index!.dataset;
    const h = HORIZONTAL.axisHeight;
    const years: number[] = [];
    for (let year = period.start; year <= period.end + 1; year++) years.push(year);
    return html`<svg class="axis" part="axis" aria-hidden="true" width=${width} height=${h}>
      <line class="axis-line" x1=${geometry.range[0]} x2=${geometry.range[1]} y1=${h - 1} y2=${h - 1}></line>
      ${years.map((year) => svg`<line class="tick" x1=${scale(year)} x2=${scale(year)} y1=${h - 6} y2=${h}></line>`)}
      ${ticks.map(
        (year) =>
          svg`<text class=${classMap({ 'tick-label': true, current: year === this.year })}
            x=${scale(year + 0.5)} y=${h - 12} text-anchor="middle">${year}</text>`,
      )}
      ${
        this.year !== null && this.year >= period.start && this.year <= period.end
          ? svg`<path class="year-pointer" part="year-marker"
            d=${diamond(scale(this.year + 0.5), h - 3, 5)}></path>`
          : nothing
      }
    </svg>`;
  }

  private renderScrubber(geometry: TimelineGeometry): TemplateResult {
    const { period } = this.index!.dataset;
    const style: Record<string, string> = {};
    if (geometry.orientation === 'horizontal' && period.end > period.start) {
      // The thumb's centre travels from THUMB / 2 to width − THUMB / 2, so this puts each
      // value under the middle of its year on the axis.
      const first = geometry.scale(period.start + 0.5);
      const last = geometry.scale(period.end + 0.5);
      style['margin-left'] = `${first - THUMB / 2}px`;
      style['width'] = `${last - first + THUMB}px`;
    }
    const value = this.year ?? period.start;
    return html`<div class="scrubber">
      <input
        id="year"
        type="range"
        part="scrubber"
        class=${classMap({ 'all-years': this.year === null })}
        min=${period.start}
        max=${period.end}
        step="1"
        .value=${live(String(value))}
        aria-valuetext=${this.year === null ? this.messages.allYears : String(this.year)}
        style=${styleMap(style)}
        @input=${this.onYearInput}
      />
    </div>`;
  }

  private renderLanesHorizontal(geometry: TimelineGeometry): SVGTemplateResult {
    const { bands, scale, width, height, labelEdge } = geometry;
    const { period } = this.index!.dataset;
    const grid: number[] = [];
    for (let year = period.start; year <= period.end + 1; year++) grid.push(scale(year));
    const maxChars = charsThatFit(labelEdge - 16, 13);
    return svg`<g aria-hidden="true">
      ${bands.map((band, index) =>
        index % 2 === 0
          ? svg`<rect class="lane-band" x="0" y=${band.start} width=${width} height=${band.size}></rect>`
          : nothing,
      )}
      ${grid.map((x) => svg`<line class="grid" x1=${x} x2=${x} y1="0" y2=${height}></line>`)}
      ${bands.map((band) => {
        const text = this.laneText(band.key).short;
        const first = geometry.layout.lanes.find((lane) => lane.key === band.key)?.firstRow ?? 0;
        const y = (geometry.rowOffsets[first] ?? 0) + geometry.rowSize / 2;
        return svg`<text class="lane-label" part="lane-label" x=${labelEdge - 10} y=${y}
          text-anchor="end" dominant-baseline="central" lang=${this.langOf(text)}>${truncateWords(text.text, maxChars)}</text>`;
      })}
    </g>`;
  }

  private renderAxisVertical(geometry: TimelineGeometry, height: number): SVGTemplateResult {
    const { scale, ticks, width } = geometry;
    const { period } = this.index!.dataset;
    const grid: number[] = [];
    for (let year = period.start; year <= period.end + 1; year++) grid.push(scale(year));
    const x = VERTICAL.axisWidth;
    return svg`<g class="axis" part="axis" aria-hidden="true">
      ${grid.map((y) => svg`<line class="grid" x1=${x} x2=${width} y1=${y} y2=${y}></line>`)}
      <line class="axis-line" x1=${x} x2=${x} y1=${geometry.range[0]} y2=${Math.max(geometry.range[1], height)}></line>
      ${ticks.map(
        (year) =>
          svg`<text class=${classMap({ 'tick-label': true, current: year === this.year })}
            x=${x - 8} y=${scale(year + 0.5)} text-anchor="end" dominant-baseline="central">${year}</text>`,
      )}
    </g>`;
  }

  private renderYearMarker(geometry: TimelineGeometry, height: number): SVGTemplateResult | typeof nothing {
    const year = this.year;
    const { period } = this.index!.dataset;
    if (year === null || year < period.start || year > period.end) return nothing;
    const { scale, width } = geometry;
    const from = scale(year);
    const to = scale(year + 1);
    const middle = scale(year + 0.5);
    if (geometry.orientation === 'horizontal') {
      return svg`<g class="year-marker" part="year-marker" aria-hidden="true">
        <rect class="year-band" x=${Math.min(from, to)} y="0" width=${Math.abs(to - from)} height=${height}></rect>
        <line class="year-line" x1=${middle} x2=${middle} y1="0" y2=${height}></line>
      </g>`;
    }
    const x = VERTICAL.axisWidth;
    return svg`<g class="year-marker" part="year-marker" aria-hidden="true">
      <rect class="year-band" x=${x} y=${Math.min(from, to)} width=${width - x} height=${Math.abs(to - from)}></rect>
      <line class="year-line" x1=${x} x2=${width} y1=${middle} y2=${middle}></line>
    </g>`;
  }

  private renderItems(geometry: TimelineGeometry): SVGTemplateResult {
    const year = this.year;
    const visibleCount = new Set(
      geometry.layout.items
        .filter((item) => year === null || isActiveIn(item.collaboration, year))
        .map((item) => item.id),
    ).size;
    // Listbox and option: one tab stop, arrow keys, and a selection state that Chromium and
    // screen readers report as "selected" — which is what choosing an item is.
    return svg`<g
      class="items"
      role="listbox"
      aria-label=${this.messages.activeCount(visibleCount, year)}
      aria-orientation=${geometry.orientation}
      aria-describedby="help"
      @click=${this.onItemClick}
      @keydown=${this.onItemKeydown}
      @focusin=${this.onItemFocusIn}
      @focusout=${this.onItemFocusOut}
      @pointerover=${this.onPointerOver}
      @pointerout=${this.onPointerOut}
    >
      ${repeat(
        geometry.layout.lanes,
        (lane) => lane.key,
        (lane) => this.renderLane(geometry, lane),
      )}
    </g>`;
  }

  private renderLane(geometry: TimelineGeometry, lane: Lane): SVGTemplateResult {
    return svg`<g role="group" aria-label=${this.laneText(lane.key).full}>
      ${repeat(
        lane.items,
        (item) => item.key,
        (item) => this.renderGuardedItem(geometry, item),
      )}
    </g>`;
  }

  /**
   * Re-renders an item only when something it shows changed: a year change touches the
   * items whose activity changed, not all of them, which matters with thousands of items.
   */
  private renderGuardedItem(geometry: TimelineGeometry, item: TimelineItem) {
    const selection = this.selection;
    const inactive = this.year !== null && !isActiveIn(item.collaboration, this.year);
    return guard(
      [
        geometry,
        item,
        this.labels,
        this.contentLang,
        this.uiLang,
        selection?.kind === 'collaboration' && selection.id === item.id,
        selection?.kind === 'country' ? this.highlight.collaborations.has(item.id) : null,
        // The year is in the name of an inactive item only.
        inactive ? this.year : null,
        item.key === this.tabStopKey,
      ],
      () => this.renderItem(geometry, item),
    );
  }

  private renderItem(geometry: TimelineGeometry, item: TimelineItem): SVGTemplateResult {
    const collaboration = this.collaborationOf(item);
    const inferred = collaboration.confidence === 'inferred';
    const selection = this.selection;
    const selected = selection?.kind === 'collaboration' && selection.id === item.id;
    const inCountry = selection?.kind === 'country' && this.highlight.collaborations.has(item.id);
    const inactive = this.year !== null && !isActiveIn(collaboration, this.year);
    const dimmed = inactive || (selection?.kind === 'country' && !inCountry);
    const parts = [
      'item',
      item.span ? 'span' : 'event',
      inferred ? 'inferred' : '',
      selected ? 'selected' : '',
      inCountry ? 'highlighted' : '',
      dimmed ? 'dimmed' : '',
    ].filter(Boolean);
    const classes = {
      item: true,
      span: item.span,
      event: !item.span,
      inferred,
      selected,
      highlighted: inCountry,
      dimmed,
    };
    const shape =
      geometry.orientation === 'horizontal'
        ? this.renderMarkHorizontal(geometry, item, collaboration, inferred)
        : this.renderMarkVertical(geometry, item);
    return svg`<g
      class=${classMap(classes)}
      part=${parts.join(' ')}
      role="option"
      tabindex=${item.key === this.tabStopKey ? '0' : '-1'}
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${this.accessibleName(collaboration, item.lane)}
      data-key=${item.key}
      data-id=${item.id}
    >${shape}</g>`;
  }

  private renderMarkHorizontal(
    geometry: TimelineGeometry,
    item: TimelineItem,
    collaboration: Collaboration,
    inferred: boolean,
  ): SVGTemplateResult {
    const top = geometry.rowOffsets[item.row] ?? 0;
    const middle = top + geometry.rowSize / 2;
    const bar = geometry.markSize;
    const x = Math.min(item.start, item.end);
    const length = Math.abs(item.end - item.start);
    // At least 24 px wide, so that short spans and events are easy to hit.
    const hitWidth = Math.max(24, length);
    const hit = svg`<rect class="hit" x=${(x + x + length) / 2 - hitWidth / 2} y=${top}
      width=${hitWidth} height=${geometry.rowSize}></rect>`;
    if (!item.span) {
      const r = HORIZONTAL.eventSize / 2;
      return svg`${hit}<path class="mark" d=${diamond(item.center, middle, r - 1)}></path>
        <path class="focus-ring" d=${diamond(item.center, middle, r + 3)}></path>`;
    }
    const title = localize(collaboration.title, this.contentLang);
    const shown = truncateWords(title.text, charsThatFit(length - 10, 12));
    const label = shown
      ? svg`<text class="mark-label" x=${x + 5} y=${middle} dominant-baseline="central"
          lang=${this.langOf(title)}>${shown}</text>`
      : nothing;
    return svg`${hit}<rect class="mark" x=${x} y=${middle - bar / 2} width=${length} height=${bar} rx="3"></rect>
      ${inferred ? svg`<rect class="hatch" x=${x} y=${middle - bar / 2} width=${length} height=${bar} rx="3"></rect>` : nothing}
      ${label}
      <rect class="focus-ring" x=${x - 4} y=${middle - bar / 2 - 4} width=${length + 8} height=${bar + 8} rx="5"></rect>`;
  }

  private renderMarkVertical(geometry: TimelineGeometry, item: TimelineItem): SVGTemplateResult {
    const left = geometry.rowOffsets[item.row] ?? 0;
    const centre = left + geometry.rowSize / 2;
    const mark = geometry.markSize;
    const label = this.labels.get(item.key);
    const markTop = Math.min(item.start, item.end);
    const length = Math.abs(item.end - item.start);
    const shape = item.span
      ? svg`<rect class="mark" x=${centre - mark / 2} y=${markTop} width=${mark} height=${length} rx="2"></rect>
          ${item.collaboration.confidence === 'inferred' ? svg`<rect class="hatch" x=${centre - mark / 2} y=${markTop} width=${mark} height=${length} rx="2"></rect>` : nothing}`
      : svg`<path class="mark" d=${diamond(centre, item.center, VERTICAL.eventSize / 2 - 1)}></path>`;
    if (!label) return shape;
    const labelX = geometry.labelEdge;
    const anchorX = centre + (item.span ? mark / 2 : VERTICAL.eventSize / 2);
    const titleTop = label.y + 12;
    const metaTop = label.y + label.title.length * VERTICAL.titleLine + 12;
    const titleLang = label.titleLang === this.uiLang ? nothing : label.titleLang;
    return svg`<rect class="hit" x=${left - 2} y=${markTop} width=${geometry.rowSize + 4} height=${Math.max(length, VERTICAL.eventSize)}></rect>
      <rect class="hit" x=${labelX - 4} y=${label.y} width=${geometry.labelWidth + 6} height=${label.height}></rect>
      <path class="leader" d="M${anchorX},${label.anchor}L${labelX - 8},${label.y + 8}L${labelX - 3},${label.y + 8}"></path>
      ${shape}
      <text class="item-title" x=${labelX} y=${titleTop} lang=${titleLang}>${label.title.map(
        (line, index) => svg`<tspan x=${labelX} dy=${index === 0 ? 0 : VERTICAL.titleLine}>${line}</tspan>`,
      )}</text>
      <text class="item-meta" x=${labelX} y=${metaTop}>${label.meta.map(
        (line, index) => svg`<tspan x=${labelX} dy=${index === 0 ? 0 : VERTICAL.metaLine}>${line}</tspan>`,
      )}</text>
      <rect class="focus-ring" x=${labelX - 6} y=${label.y - 3} width=${geometry.labelWidth + 10} height=${label.height + 4} rx="5"></rect>`;
  }

  private renderTooltip(geometry: TimelineGeometry, height: number): TemplateResult | typeof nothing {
    if (this.tooltipDismissed) return nothing;
    const key = this.hoverKey ?? (this.focusInItems ? this.tabStopKey : null);
    const item = key ? this.itemsByKey.get(key) : undefined;
    if (!item) return nothing;
    const collaboration = this.collaborationOf(item);
    const title = localize(collaboration.title, this.contentLang);
    let x: number;
    let top: number;
    let bottom: number;
    if (geometry.orientation === 'horizontal') {
      const from = Math.max(geometry.range[0], Math.min(item.start, item.end));
      const to = Math.min(geometry.range[1], Math.max(item.start, item.end));
      x = (from + to) / 2;
      top = geometry.rowOffsets[item.row] ?? 0;
      bottom = top + geometry.rowSize;
    } else {
      const label = this.labels.get(item.key);
      x = geometry.labelEdge;
      top = label?.y ?? Math.min(item.start, item.end);
      bottom = top + (label?.height ?? geometry.rowSize);
    }
    // Sliding by the anchor's share of the width keeps the tooltip inside the element at
    // either edge without measuring it; it goes above the item when there is no room below.
    const share = Math.min(100, Math.max(0, (x / geometry.width) * 100));
    const above = bottom + 80 > height && top > 80;
    const style = {
      left: `${x}px`,
      top: `${above ? top - 4 : bottom + 4}px`,
      transform: `translate(${-share}%, ${above ? '-100%' : '0'})`,
    };
    const kind = this.kindOf(collaboration);
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${styleMap(style)}>
      <strong class="tooltip-title" lang=${this.langOf(title)}>${title.text}</strong>
      <span class="tooltip-line">${this.periodOf(collaboration)}</span>
      <span class="tooltip-line"
        >${kind}${
          collaboration.confidence === 'inferred'
            ? html` · <em class="tooltip-inferred">${this.messages.inferred}</em>`
            : nothing
        }</span
      >
    </div>`;
  }
}

defineElement('partnership-timeline', PartnershipTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'partnership-timeline': PartnershipTimeline;
  }
}
