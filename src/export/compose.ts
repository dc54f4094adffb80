/**
 * One standalone SVG file of the current view: a title, the live SVG panels as they are on
 * screen (zoom, selection, year), a legend and a source line, with no stylesheet, script or
 * `var(` in it, for a slide deck or a report.
 *
 * Everything is built with DOM calls and written by `XMLSerializer`, so that any text from
 * the caller or the dataset (`<`, `&`, quotes) ends up as text, never as markup.
 */
import { HATCH } from '../elements/shared/hatch.js';
import { resolveColor, type SrgbColor } from './color.js';
import { inlineStyles, NOT_EXPORTED } from './inline-styles.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** One entry of the legend drawn under the panels. */
export interface LegendItem {
  label: string;
  /** Any CSS colour, including `var(--pw-…)` and `color-mix()`, resolved against the panels. */
  fill?: string;
  stroke?: string;
  /** Hatching over the fill, as the map and timeline draw inferred facts. */
  pattern?: 'hatch';
  /** A dashed outline, the other mark of inferred facts. */
  dashed?: boolean;
}

export interface ExportOptions {
  /** The first line, and the file's accessible name (`<title>`). */
  title: string;
  subtitle?: string;
  legend?: LegendItem[];
  /** Written in bold before the legend's items, e.g. "Active collaborations (2021):". */
  legendTitle?: string;
  /** e.g. "Source: Mutualités Libres annual report 2021 and public sources; see …". */
  sourceLine?: string;
  /** Language of the texts: `lang` and `xml:lang` on the root. */
  lang?: string;
  /** Space between panels, in px. Default 12. */
  gap?: number;
  /** Margin around everything, in px. Default 16. */
  padding?: number;
  /** Narrower panels are centred in this width. Default 0. */
  minWidth?: number;
  /**
   * Colours and font of the added texts; CSS values, `var(…)` allowed. By default they come
   * from the first panel's element: its background and `color`, `--pw-color-text-muted`,
   * `--pw-color-inferred` and `font-family`, so that a themed element exports themed.
   */
  background?: string;
  textColor?: string;
  mutedColor?: string;
  hatchColor?: string;
  fontFamily?: string;
  /** Selectors of further elements to leave out, added to the interaction-only ones. */
  exclude?: string;
  /** Prefix of every id in the file; by default unique per call, so that two exports inlined in one page do not clash. */
  idPrefix?: string;
}

/** A panel, with the space above it when it belongs with the one before (a timeline's axis and plot). */
export interface ExportPanel {
  svg: SVGSVGElement;
  gapBefore?: number;
}

export interface ComposedExport {
  /** The SVG document, without XML declaration (`toSvgBlob` adds one). */
  svg: string;
  /** Size in CSS px, whole numbers; also the root's `width`, `height` and `viewBox`. */
  width: number;
  height: number;
}

// Type scale of the added texts, in px: font size and line height.
const TITLE = { size: 18, line: 24, weight: '700' };
const SUBTITLE = { size: 13, line: 18, weight: '400' };
const LEGEND = { size: 12, line: 16, weight: '400', swatch: 14, gap: 6, spacing: 16 };
const SOURCE = { size: 11, line: 15, weight: '400' };

let exportCount = 0;
let measureContext: CanvasRenderingContext2D | null | undefined;

/**
 * Text width as the browser would draw it, for wrapping. The PNG is drawn by this same
 * browser with the same fonts; other programs substitute fonts of about the same width.
 */
function textWidth(text: string, size: number, weight: string, family: string): number {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * size * 0.6;
  measureContext.font = `${weight} ${size}px ${family}`;
  return measureContext.measureText(text).width;
}

/** Greedy word wrap; a word wider than the line (a long URL) is cut between characters. */
function wrap(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** XML 1.0 cannot hold control characters or lone surrogates; the serializer would write them anyway. */
function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number | undefined> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) node.setAttribute(key, typeof value === 'number' ? round(value) : value);
  }
  if (text !== undefined) node.textContent = xmlText(text);
  return node;
}

/** The next element up, through shadow roots: the host of a panel's shadow root is its parent. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The colour behind an element on screen: the first ancestor background that is not transparent. */
function backgroundBehind(start: Element | null): SrgbColor | null {
  for (let node = start; node; node = parentOf(node)) {
    const color = resolveColor(getComputedStyle(node).backgroundColor, node);
    if (color && color.alpha > 0) return color;
  }
  return null;
}

/** Fill (or stroke) and its opacity as attributes, with SVG 1.1's separate alpha. */
function paintAttributes(
  kind: 'fill' | 'stroke',
  color: SrgbColor | null,
): Record<string, string | undefined> {
  return {
    [kind]: color ? color.hex : 'none',
    [`${kind}-opacity`]: color && color.alpha < 1 ? String(color.alpha) : undefined,
  };
}

function panelSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  if (box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  return { width: svg.width.baseVal.value, height: svg.height.baseVal.value };
}

/**
 * Builds the export of `panels` (each a live `<svg>`, in a shadow root or not), stacked top
 * to bottom in the given order, with the texts and legend of `options`.
 */
export function composeExport(
  panels: readonly (SVGSVGElement | ExportPanel)[],
  options: ExportOptions,
): ComposedExport {
  const list: ExportPanel[] = panels.map((panel) =>
    panel instanceof SVGSVGElement ? { svg: panel } : panel,
  );
  const first = list[0]?.svg;
  const host = first ? ((first.getRootNode() as ShadowRoot).host ?? first) : document.documentElement;
  const hostStyle = getComputedStyle(host);
  const color = (value: string | undefined, fallback: SrgbColor): SrgbColor =>
    (value ? resolveColor(value, host) : null) ?? fallback;

  const background = color(options.background, backgroundBehind(host) ?? { hex: '#ffffff', alpha: 1 });
  const text = color(options.textColor, resolveColor(hostStyle.color, host) ?? { hex: '#000000', alpha: 1 });
  const muted = color(options.mutedColor ?? 'var(--pw-color-text-muted)', text);
  const hatch = color(options.hatchColor ?? 'var(--pw-color-inferred)', text);
  const family = options.fontFamily ?? (hostStyle.fontFamily || 'sans-serif');
  const padding = options.padding ?? 16;
  const gap = options.gap ?? 12;
  const prefix = options.idPrefix ?? `pwx${++exportCount}-`;

  const sizes = list.map((panel) => panelSize(panel.svg));
  const contentWidth = Math.max(
    options.minWidth ?? 0,
    ...sizes.map((size) => size.width),
    list.length ? 0 : 480,
  );
  const width = Math.ceil(contentWidth + 2 * padding);

  const root = element('svg', { role: 'img', 'aria-labelledby': `${prefix}title` });
  root.setAttribute('xmlns', SVG_NS);
  if (options.lang) {
    root.setAttribute('lang', options.lang);
    root.setAttributeNS(XML_NS, 'xml:lang', options.lang);
  }
  root.setAttribute('font-family', family);
  root.append(element('title', { id: `${prefix}title` }, options.title));
  const description = [options.subtitle, options.sourceLine].filter(Boolean).join('\n');
  if (description) root.append(element('desc', {}, description));
  const defs = element('defs');
  const backdrop = element('rect', { x: 0, y: 0, width, ...paintAttributes('fill', background) });
  root.append(defs, backdrop);

  let y = padding;
  /** Lines of text from `y`, each on its own baseline (no dominant-baseline: SVG 1.1 readers differ). */
  const textLines = (
    content: string | undefined,
    style: { size: number; line: number; weight: string },
    fill: SrgbColor,
    className: string,
  ): void => {
    if (!content) return;
    const measure = (line: string) => textWidth(line, style.size, style.weight, family);
    for (const line of wrap(xmlText(content), contentWidth, measure)) {
      const baseline = y + (style.line - style.size) / 2 + style.size * 0.8;
      root.append(
        element(
          'text',
          {
            class: className,
            x: padding,
            y: baseline,
            'font-size': style.size,
            'font-weight': style.weight === '400' ? undefined : style.weight,
            ...paintAttributes('fill', fill),
          },
          line,
        ),
      );
      y += style.line;
    }
  };

  textLines(options.title, TITLE, text, 'title');
  textLines(options.subtitle, SUBTITLE, muted, 'subtitle');
  if (options.title || options.subtitle) y += gap;

  const exclude = options.exclude ? `${NOT_EXPORTED}, ${options.exclude}` : NOT_EXPORTED;
  list.forEach((panel, index) => {
    const size = sizes[index]!;
    if (index > 0) y += panel.gapBefore ?? gap;
    const x = padding + (contentWidth - size.width) / 2;
    const behind = backgroundBehind(panel.svg);
    if (behind && (behind.hex !== background.hex || behind.alpha !== background.alpha)) {
      root.append(
        element('rect', { x, y, width: size.width, height: size.height, ...paintAttributes('fill', behind) }),
      );
    }
    const copy = inlineStyles(panel.svg, `${prefix}${index}-`, exclude);
    const viewBox = panel.svg.viewBox.baseVal;
    copy.setAttribute(
      'viewBox',
      viewBox && viewBox.width > 0 && viewBox.height > 0
        ? [viewBox.x, viewBox.y, viewBox.width, viewBox.height].map(round).join(' ')
        : `0 0 ${round(size.width)} ${round(size.height)}`,
    );
    for (const [key, value] of Object.entries({ x, y, width: size.width, height: size.height })) {
      copy.setAttribute(key, round(value));
    }
    root.append(copy);
    y += size.height;
  });

  const legend = options.legend ?? [];
  if (legend.length || options.legendTitle) {
    y += gap;
    const group = element('g', { class: 'legend', 'font-size': LEGEND.size });
    const measure = (line: string, weight = LEGEND.weight) => textWidth(line, LEGEND.size, weight, family);
    let x = 0;
    let rowHeight = 0;
    const place = (itemWidth: number, itemHeight: number): [number, number] => {
      if (x > 0 && x + itemWidth > contentWidth) {
        y += rowHeight + 4;
        x = 0;
        rowHeight = 0;
      }
      const at: [number, number] = [padding + x, y];
      x += itemWidth + LEGEND.spacing;
      rowHeight = Math.max(rowHeight, itemHeight);
      return at;
    };
    const label = (lines: string[], left: number, top: number, weight: string) =>
      lines.forEach((line, index) => {
        const baseline = top + index * LEGEND.line + (LEGEND.line - LEGEND.size) / 2 + LEGEND.size * 0.8;
        group.append(
          element(
            'text',
            {
              x: left,
              y: baseline,
              'font-weight': weight === '400' ? undefined : weight,
              ...paintAttributes('fill', text),
            },
            line,
          ),
        );
      });

    if (options.legendTitle) {
      const lines = wrap(xmlText(options.legendTitle), contentWidth, (line) => measure(line, '600'));
      const [left, top] = place(
        Math.max(...lines.map((line) => measure(line, '600'))),
        lines.length * LEGEND.line,
      );
      label(lines, left, top, '600');
    }
    let usesHatch = false;
    for (const item of legend) {
      const room = contentWidth - LEGEND.swatch - LEGEND.gap;
      const lines = wrap(xmlText(item.label), room, (line) => measure(line));
      const labelWidth = Math.max(0, ...lines.map((line) => measure(line)));
      const height = Math.max(LEGEND.swatch, lines.length * LEGEND.line);
      const [left, top] = place(LEGEND.swatch + LEGEND.gap + labelWidth, height);
      const swatch = {
        x: left,
        y: top + (LEGEND.line - LEGEND.swatch) / 2,
        width: LEGEND.swatch,
        height: LEGEND.swatch,
        rx: 2,
      };
      const fill = item.fill ? resolveColor(item.fill, host) : null;
      const stroke = item.stroke ? resolveColor(item.stroke, host) : null;
      group.append(element('rect', { ...swatch, ...paintAttributes('fill', fill) }));
      if (item.pattern === 'hatch') {
        usesHatch = true;
        group.append(element('rect', { ...swatch, fill: `url(#${prefix}hatch)` }));
      }
      if (stroke) {
        group.append(
          element('rect', {
            ...swatch,
            fill: 'none',
            ...paintAttributes('stroke', stroke),
            'stroke-dasharray': item.dashed ? '3 2' : undefined,
          }),
        );
      }
      label(lines, left + LEGEND.swatch + LEGEND.gap, top, LEGEND.weight);
    }
    y += rowHeight;
    root.append(group);
    if (usesHatch) {
      // The views' hatching (`hatchPattern`), with its paint written out: the file has no styles.
      const pattern = element('pattern', {
        id: `${prefix}hatch`,
        patternUnits: 'userSpaceOnUse',
        width: HATCH.size,
        height: HATCH.size,
        patternTransform: `rotate(${HATCH.rotate})`,
      });
      pattern.append(
        element('line', {
          x1: 0,
          y1: 0,
          x2: 0,
          y2: HATCH.size,
          'stroke-width': 1.5,
          ...paintAttributes('stroke', hatch),
        }),
      );
      defs.append(pattern);
    }
  }

  if (options.sourceLine) {
    y += gap / 2;
    textLines(options.sourceLine, SOURCE, muted, 'source');
  }
  if (!defs.hasChildNodes()) defs.remove();

  const height = Math.ceil(y + padding);
  backdrop.setAttribute('height', String(height));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** The panels of an element, through nested shadow roots: maps, a timeline's axis and plot. */
export const PANEL_SELECTOR = 'svg[part~="map"], svg[part~="axis"], svg[part~="plot"]';

/**
 * Finds the SVG panels shown inside `root` (through shadow roots, so the explorer's map and
 * timeline are found), in on-screen order, top to bottom. Panels of one shadow root after
 * the first get no gap: a horizontal timeline's axis sits directly on its plot.
 */
export function collectPanels(root: Element, selector = PANEL_SELECTOR): ExportPanel[] {
  const found: SVGSVGElement[] = [];
  const search = (scope: Element | ShadowRoot): void => {
    for (const node of scope.querySelectorAll('*')) {
      if (node instanceof SVGSVGElement && node.matches(selector) && node.getClientRects().length)
        found.push(node);
      if (node.shadowRoot) search(node.shadowRoot);
    }
  };
  if (root.shadowRoot) search(root.shadowRoot);
  search(root);
  const top = (svg: SVGSVGElement) => svg.getBoundingClientRect();
  found.sort((a, b) => top(a).top - top(b).top || top(a).left - top(b).left);
  return found.map((svg, index) => ({
    svg,
    gapBefore: index > 0 && found[index - 1]!.getRootNode() === svg.getRootNode() ? 0 : undefined,
  }));
}
