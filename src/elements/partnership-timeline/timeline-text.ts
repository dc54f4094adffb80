import { nothing } from 'lit';
import { localize, UI_LANGUAGES, type LocalizedString, type UiLanguage } from '../../data/localize.js';
import type { DatasetIndex } from '../../data/queries.js';
import type { Collaboration } from '../../data/types.js';
import { formatPeriod } from '../../i18n/format.js';
import { messagesFor, type Messages } from '../../i18n/messages.js';
import type { Lane, TimelineItem } from '../../time/index.js';
import { memo } from '../shared/memo.js';
import { estimateTextWidth } from '../shared/server-layout.js';
import { LABEL_EM, type VERTICAL } from './metrics.js';
import { fitText } from './text-fit.js';
import { timelineMessagesFor } from './timeline-messages.js';
import { labelHeight, wrapLabel, type LabelText } from './vertical-labels.js';

/** What the texts are made of in an update; the element gives it before laying out. */
export interface TextSource {
  index: DatasetIndex;
  messages: Messages;
  uiLang: UiLanguage;
  contentLang: string;
  /** Lanes are partners, whose short name an item's texts then carry. */
  byPartner: boolean;
}

/** A lane's visible label, and its full name for its accessible name. */
export interface LaneText {
  short: LocalizedString;
  full: string;
}

/**
 * The timeline's words: lane names, label texts, periods, accessible names, and text
 * measured and fitted in the plot's fonts. It lives as long as the element, so that its
 * caches last as long as what they depend on.
 */
export class TimelineText {
  readonly #host: Element & { drawsAsServer?: boolean };
  /** Whether widths are estimated, as on a server and in the hydration of its drawing. */
  #estimated = false;
  #source!: TextSource;
  /** The host's font size, as the styles set it. */
  em = 16;
  /** The fonts of labels in the plot and of lane labels, as the styles set them. */
  #font = '';
  laneFont = '';
  #context: CanvasRenderingContext2D | undefined;
  #contextFont = '';
  #widths = new Map<string, number>();
  /** Formatting dates builds `Intl` objects, so periods are formatted once per language. */
  #periods = new Map<string, string>();
  readonly #periodsFor = memo((_index: DatasetIndex) => new Map<string, string>());
  /**
   * Accessible names without the year, which only some items add, by item key (which holds
   * the lane): once per dataset, kind of lane and language, however often the layout changes.
   */
  #names = new Map<string, string>();
  readonly #namesFor = memo(
    (_index: DatasetIndex, _byPartner: boolean, _contentLang: string, _uiLang: UiLanguage) =>
      new Map<string, string>(),
  );

  constructor(host: Element & { drawsAsServer?: boolean }) {
    this.#host = host;
  }

  /** Takes this update's dataset and languages; the caches they invalidate start again. */
  use(source: TextSource): void {
    this.#source = source;
    const { index, byPartner, contentLang, uiLang } = source;
    this.#periods = this.#periodsFor(index);
    this.#names = this.#namesFor(index, byPartner, contentLang, uiLang);
  }

  /** Reads the fonts from the host's computed style, before a layout that measures text. */
  readFonts(): void {
    const estimated = !!this.#host.drawsAsServer;
    if (estimated !== this.#estimated) this.#widths.clear();
    this.#estimated = estimated;
    if (estimated) {
      // The styles' defaults: 16px type, labels at LABEL_EM, lane labels at 0.8125em.
      this.em = 16;
      this.#font = `${LABEL_EM * 16}px sans-serif`;
      this.laneFont = `600 ${0.8125 * 16}px sans-serif`;
      return;
    }
    const style = getComputedStyle(this.#host);
    const em = parseFloat(style.fontSize) || 16;
    if (em !== this.em) this.#widths.clear();
    this.em = em;
    this.#font = `${LABEL_EM * em}px ${style.fontFamily}`;
    this.laneFont = `600 ${0.8125 * em}px ${style.fontFamily}`;
  }

  /** Pixels of `text` in the label font, or the lane label font; measured, not laid out. */
  width(text: string, font = this.#font): number {
    const key = `${font}|${text}`;
    let width = this.#widths.get(key);
    if (width === undefined && this.#estimated) {
      const [, weight, size] = /^(\d+ )?([\d.]+)px/.exec(font) ?? [];
      width = estimateTextWidth(text, Number(size) || 16, Number(weight) || 400) + 1;
      this.#widths.set(key, width);
    }
    if (width === undefined) {
      this.#context ??= document.createElement('canvas').getContext('2d')!;
      // Setting a canvas font parses it each time, even when it is the same: only on a change.
      if (this.#contextFont !== font) {
        this.#context.font = font;
        this.#contextFont = font;
      }
      // A pixel more than measured, for the rounding of glyph positions.
      width = text ? this.#context.measureText(text).width + 1 : 0;
      this.#widths.set(key, width);
    }
    return width;
  }

  /** The longest start of `text` that fits `room` in the plot's label font, at `scale` of its size. */
  fit(text: string, room: number, scale: number, font?: string): string {
    return fitText(text, room, (part) => this.width(part, font) * scale);
  }

  /**
   * Beside its mark, a label gets the room of its longest language, so that a language
   * switch moves nothing: the widest of `text` of the titles.
   */
  widest(collaboration: Collaboration, text: (title: string) => string = (title) => title): number {
    const record = this.#source.index.collaborations.get(collaboration.id) ?? collaboration;
    return Math.max(...Object.values(record.title).map((title) => this.width(text(title))));
  }

  /** The dataset's record, not the layout's copy, which a partner filter may have narrowed. */
  record(item: TimelineItem): Collaboration {
    return this.#source.index.collaborations.get(item.id) ?? item.collaboration;
  }

  title(item: TimelineItem): LocalizedString {
    return localize(this.record(item).title, this.#source.contentLang);
  }

  period(collaboration: Collaboration, lang: UiLanguage = this.#source.uiLang): string {
    const key = `${collaboration.id}|${lang}`;
    let text = this.#periods.get(key);
    if (text === undefined) {
      text = formatPeriod(collaboration.start, collaboration.end, lang);
      this.#periods.set(key, text);
    }
    return text;
  }

  kind(collaboration: Collaboration): string {
    return this.#source.messages.kindLabel[collaboration.kind] ?? collaboration.kind;
  }

  /** Lang only where the text is not in the language around it. */
  langOf(lang: string): string | typeof nothing {
    return lang === this.#source.uiLang ? nothing : lang;
  }

  /** A lane's texts; those of the lanes it holds, when lanes were merged to fit a height. */
  lane(lane: Lane): LaneText {
    const texts = lane.keys.map((key) => this.#laneText(key));
    return {
      short: { text: texts.map((text) => text.short.text).join(', '), lang: texts[0]!.short.lang },
      full: texts.map((text) => text.full).join(', '),
    };
  }

  #laneText(key: string): LaneText {
    const { byPartner, index, messages, uiLang, contentLang } = this.#source;
    if (!byPartner) {
      const label = messages.kindLabel[key] ?? key;
      return { short: { text: label, lang: uiLang }, full: label };
    }
    const organisation = index.organisations.get(key);
    if (!organisation) return { short: { text: key, lang: uiLang }, full: key };
    return {
      short: localize(organisation.shortName, contentLang),
      full: localize(organisation.name, contentLang).text,
    };
  }

  /** In partner lanes, the partner's short name: a vertical timeline has no lane labels to show it. */
  #partnerOf(lane: string, contentLang: string): string | null {
    if (!this.#source.byPartner) return null;
    const organisation = this.#source.index.organisations.get(lane);
    return organisation ? localize(organisation.shortName, contentLang).text : lane;
  }

  /**
   * The second part of a vertical label: partner, kind and period, in the order the
   * accessible name has them, so that the visible text is a run of words of the name.
   */
  #meta(collaboration: Collaboration, lane: string, uiLang: UiLanguage, contentLang: string): string {
    const kind = messagesFor(uiLang).kindLabel[collaboration.kind] ?? collaboration.kind;
    const partner = this.#partnerOf(lane, contentLang);
    return [partner, kind, this.period(collaboration, uiLang)].filter(Boolean).join(' · ');
  }

  /** A vertical item's label, before it is wrapped. */
  label(item: TimelineItem): LabelText {
    const { uiLang, contentLang } = this.#source;
    const title = this.title(item);
    return {
      title: title.text,
      titleLang: title.lang,
      meta: this.#meta(this.record(item), item.lane, uiLang, contentLang),
    };
  }

  /**
   * The room a vertical label needs in whichever language it is shown, so that the layout
   * is the same in every language and a language switch only replaces text.
   */
  readonly labelRoom = (
    collaboration: Collaboration,
    lane: string,
    labelWidth: number,
    v: typeof VERTICAL,
  ): number => {
    const record = this.#source.index.collaborations.get(collaboration.id) ?? collaboration;
    let titleLines = 1;
    let metaLines = 1;
    for (const title of Object.values(record.title)) {
      titleLines = Math.max(titleLines, wrapLabel(title, '', labelWidth, v).title.length);
    }
    // The interface languages bound it; a dataset's extra languages only risk a label
    // pushed a little below its year, which placement allows for.
    for (const lang of UI_LANGUAGES) {
      const meta = this.#meta(record, lane, lang, lang);
      metaLines = Math.max(metaLines, wrapLabel('', meta, labelWidth, v).meta.length);
    }
    return labelHeight(titleLines, metaLines, v);
  };

  /**
   * "Synergie MASMUT phase 1, programme, 2014 – December 2016, 6 partners, inferred"; in
   * partner lanes the lane's short name follows the title, since arrow keys cross lanes.
   * `inactiveIn`: the year shown, when the item was not active in it.
   */
  name(item: TimelineItem, collaboration: Collaboration, inactiveIn: number | null): string {
    const { messages, uiLang, contentLang } = this.#source;
    const extra = timelineMessagesFor(uiLang);
    let name = this.#names.get(item.key);
    if (name === undefined) {
      // The words the label shows, in its order and case, so that a speech-input user can
      // say what they read to reach the item (WCAG 2.5.3, Label in Name), then the rest.
      const parts = [
        localize(collaboration.title, contentLang).text,
        this.#partnerOf(item.lane, contentLang),
        this.kind(collaboration),
        this.period(collaboration),
        extra.partnerCount(collaboration.partners.length),
      ];
      if (collaboration.confidence === 'inferred') parts.push(messages.inferred);
      name = parts.filter(Boolean).join(', ');
      this.#names.set(item.key, name);
    }
    return inactiveIn === null ? name : `${name}, ${extra.notActiveIn(inactiveIn)}`;
  }
}
