import type { LocalizedString } from '../../data/localize.js';
import type { TimelineItem } from '../../time/index.js';
import type { TimelineGeometry } from './geometry.js';
import { HORIZONTAL, LABEL_EM } from './metrics.js';
import type { TimelineText } from './timeline-text.js';

/** A horizontal item's label: inside its bar, or beside its mark (`outside`), dark on the ground. */
export interface MarkLabel {
  text: string;
  lang: string;
  /** Where the text begins. */
  x: number;
  /** Pixels the label takes. */
  width: number;
  outside: boolean;
  row: number;
  /**
   * When even the first word is too wide: the pixels of it that show, before an ellipsis.
   * The whole word stays in the text, so that it is a word of the item's name.
   */
  clip: number;
  /** A compact timeline's callout too wide for either side of its mark: over or under it. */
  offRow?: boolean;
  /**
   * It ends at its mark, on the mark's left: drawn from its end, so that text wider than its
   * width (a server's estimate, in the page's own font) runs away from the mark, not over it.
   */
  end?: boolean;
}

/**
 * A horizontal timeline's labels for one layout, language and selection. The selected
 * collaboration's are placed first, whole, as callouts where their room is too small; the
 * others are placed as their items are drawn (a scroll area draws only some), and give way.
 */
export class MarkLabels {
  /** The selected collaboration's labels, by item key, when they take more than their room. */
  readonly callouts = new Map<string, MarkLabel>();
  readonly #labels = new Map<string, MarkLabel>();
  readonly #geometry: TimelineGeometry;
  readonly #text: TimelineText;
  readonly #compact: boolean;

  constructor(
    geometry: TimelineGeometry,
    text: TimelineText,
    selected: string | null,
    compact: boolean,
    virtual: boolean,
  ) {
    this.#geometry = geometry;
    this.#text = text;
    this.#compact = compact;
    // Thousands of items in a scroll area keep their marks alone.
    if (!virtual) this.#placeCallouts(selected);
  }

  /**
   * An item's label at rest: inside its bar, or beside its mark in the room the layout
   * left it, shortened to fit; then clear of any callout in its row, which wins.
   */
  get(item: TimelineItem): MarkLabel {
    let label = this.#labels.get(item.key);
    if (label) return label;
    const title = this.#text.title(item);
    const gap = HORIZONTAL.labelGap * this.#geometry.k;
    const low = Math.min(item.start, item.end);
    const high = Math.max(item.start, item.end);
    const end = item.side < 0;
    const x = end ? low - gap : item.side ? high + gap : low + gap;
    // Compact: no text but the callout's, so no target wider than its mark.
    if (this.#compact && !this.callouts.has(item.key)) {
      label = { text: '', lang: title.lang, x: low, width: 0, outside: false, row: item.row, clip: 0 };
      this.#labels.set(item.key, label);
      return label;
    }
    label = this.callouts.get(item.key) ?? this.#measured(title, x, end, item.room, !!item.side, item.row);
    const callout = [...this.callouts.values()].find((other) => other.row === item.row);
    if (callout && callout !== label) {
      const [from, to] = [callout.x - gap, callout.x + callout.width + gap];
      if (label.x < to && from < label.x + label.width) {
        // Yields: keeps what is before a callout on its right, or after one on its left.
        label = this.#measured(title, x, end, end ? x - to : from - x, !!item.side, item.row);
      }
    }
    this.#labels.set(item.key, label);
    return label;
  }

  #measured(
    title: LocalizedString,
    x: number,
    end: boolean,
    room: number,
    outside: boolean,
    row: number,
  ): MarkLabel {
    const text = this.#text;
    const scale = this.#geometry.textScale;
    let shown = text.fit(title.text, room, scale);
    let width = text.width(shown) * scale;
    let clip = 0;
    if (width > room) {
      // A few characters at the least, or nothing.
      clip = room - text.width('…') * scale;
      width = room;
      if (clip < LABEL_EM * text.em * scale * 1.5) [shown, width] = ['', 0];
    }
    return { text: shown, lang: title.lang, x: end ? x - width : x, width, outside, row, clip, end };
  }

  /**
   * The selected collaboration's label is whole: when its room is too small, it goes beside
   * the mark where it fits, else over the mark, as a callout on a plate above its
   * neighbours, whose labels give way (`get`).
   */
  #placeCallouts(selected: string | null): void {
    const geometry = this.#geometry;
    const compact = this.#compact;
    const gap = HORIZONTAL.labelGap * geometry.k;
    const scale = geometry.textScale;
    for (const item of geometry.layout.items) {
      if (item.id !== selected) continue;
      const title = this.#text.title(item);
      let text = title.text;
      let width = this.#text.width(text) * scale;
      // Compact, the callout is the only label there is.
      if (width <= item.room && !compact) continue;
      const low = Math.min(item.start, item.end);
      const high = Math.max(item.start, item.end);
      // Where a callout's text may run, its plate (3 px around it) inside the plot.
      const [left, right] = [4, geometry.width - 4];
      if (width > right - left) {
        // Wider than the whole timeline (a slide's large type on a portrait screen):
        // shortened to that width as labels at rest are, on a plate as wide, which the
        // placing below puts at its left; the details show it whole.
        text = this.#text.fit(text, right - left, scale);
        width = right - left;
      }
      if (compact) {
        // Beside its mark when it fits, else over or under it: the mark stays in sight.
        const beside =
          high + gap + width <= right
            ? high + gap
            : low - gap - width >= geometry.labelEdge
              ? low - gap - width
              : null;
        const x = beside ?? Math.max(left, Math.min((low + high) / 2 - width / 2, right - width));
        this.callouts.set(item.key, {
          text,
          lang: title.lang,
          x,
          width,
          outside: true,
          row: item.row,
          clip: 0,
          offRow: beside === null,
        });
        continue;
      }
      const end = high + gap + width > right && low - gap - width >= geometry.labelEdge;
      const x = end
        ? low - gap
        : high + gap + width <= right
          ? high + gap
          : Math.max(left, Math.min(low, right - width));
      this.callouts.set(item.key, {
        text,
        lang: title.lang,
        x: end ? x - width : x,
        width,
        outside: true,
        row: item.row,
        clip: 0,
        end,
      });
    }
  }
}
