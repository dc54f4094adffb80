/**
 * Copies a live SVG with its computed styles written on each element, so that it paints
 * the same with no stylesheet: the elements' shadow-root styles, theme custom properties,
 * `:hover` and selection classes all end up as plain values.
 */
import { toSrgb } from './color.js';

/**
 * What an export leaves out: pointer targets and focus rings that are transparent or hidden
 * on screen anyway, tooltips, and elements that would carry behaviour or unresolved styles.
 */
export const NOT_EXPORTED =
  '.target, .marker-target, .hit, .focus-ring, .tooltip, style, script, foreignObject';

interface StyleProperty {
  name: string;
  /** Inherited properties are written only where they change; the others where not initial. */
  inherited: boolean;
  initial: string;
}

const property = (name: string, inherited: boolean, initial = ''): StyleProperty => ({
  name,
  inherited,
  initial,
});

/** The properties that change how SVG paints. Geometry (`r`, `rx`…) is handled apart. */
const PROPERTIES: StyleProperty[] = [
  ...[
    'fill',
    'fill-opacity',
    'fill-rule',
    'stroke',
    'stroke-opacity',
    'stroke-width',
    'stroke-dasharray',
    'stroke-dashoffset',
    'stroke-linecap',
    'stroke-linejoin',
    'stroke-miterlimit',
    'paint-order',
    'visibility',
    'shape-rendering',
    'font-family',
    'font-size',
    'font-style',
    'font-weight',
    'font-variant-numeric',
    'letter-spacing',
    'text-anchor',
  ].map((name) => property(name, true)),
  property('opacity', false, '1'),
  // Inherited in SVG 2 and Chromium, not in SVG 1.1 (PowerPoint, older Inkscape): written
  // wherever it is set, it reads the same either way.
  property('dominant-baseline', false, 'auto'),
  property('clip-path', false, 'none'),
  property('mask', false, 'none'),
  property('filter', false, 'none'),
  property('vector-effect', false, 'none'),
  property('mix-blend-mode', false, 'normal'),
];

/** Shapes that paint nothing when both fill and stroke are none: pure pointer targets. */
const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);

/** Geometry that CSS can set (`.selected .marker-dot { r: 8px }`), copied back as attributes. */
const GEOMETRY: Record<string, string[]> = {
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
};

type Declarations = Map<string, string>;

const URL_REFERENCE = /url\((['"]?)[^'")]*#([^'")]+)\1\)/g;

/** Points `url(#id)` at the renamed id; a reference outside the copy becomes `none`. */
function rewriteUrls(value: string, ids: Map<string, string>): string {
  return value.replace(URL_REFERENCE, (_, _quote: string, id: string) => {
    const renamed = ids.get(decodeURIComponent(id));
    return renamed ? `url(#${renamed})` : 'none';
  });
}

function paint(declarations: Declarations, name: 'fill' | 'stroke', value: string): void {
  const opacity = `${name}-opacity`;
  const color = toSrgb(value);
  if (!color) {
    declarations.set(name, value === 'none' || value.startsWith('url(') ? value : 'none');
    return;
  }
  if (color.alpha === 0) {
    declarations.set(name, 'none');
    return;
  }
  declarations.set(name, color.hex);
  if (color.alpha < 1) {
    const own = parseFloat(declarations.get(opacity) ?? '1');
    declarations.set(opacity, String(Math.round(own * color.alpha * 1000) / 1000));
  }
}

/** The values to write for one element, in the forms standalone SVG readers understand. */
function resolve(style: CSSStyleDeclaration, ids: Map<string, string>): Declarations {
  const declarations: Declarations = new Map();
  for (const { name } of PROPERTIES) {
    declarations.set(name, rewriteUrls(style.getPropertyValue(name).trim(), ids));
  }
  // After the opacities, which the paints' own alpha multiplies.
  paint(declarations, 'fill', declarations.get('fill')!);
  paint(declarations, 'stroke', declarations.get('stroke')!);
  return declarations;
}

function cleanAttributes(element: Element, ids: Map<string, string>): void {
  for (const attribute of [...element.attributes]) {
    const { name, value } = attribute;
    if (
      name === 'style' ||
      name === 'tabindex' ||
      name === 'role' ||
      name === 'part' ||
      name === 'focusable' ||
      name.startsWith('aria-') ||
      name.startsWith('on')
    ) {
      element.removeAttributeNode(attribute);
    } else if (name === 'id') {
      attribute.value = ids.get(value) ?? value;
    } else if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) {
      attribute.value = `#${ids.get(value.slice(1)) ?? value.slice(1)}`;
    } else if (value.includes('url(')) {
      attribute.value = rewriteUrls(value, ids);
    }
  }
}

/**
 * A copy of `source` with every element's painting styles inlined in a `style` attribute,
 * ids prefixed with `idPrefix` (and references to them followed), interaction-only elements
 * (`exclude`, anything `display: none` or `opacity: 0`, shapes that paint nothing) dropped,
 * and ARIA, roles, tab stops and Lit's comment markers removed: the export is one image.
 * Its one effect on the live SVG: CSS transitions under way are finished.
 */
export function inlineStyles(source: SVGSVGElement, idPrefix: string, exclude = NOT_EXPORTED): SVGSVGElement {
  // A transition under way (a selection or year changed a moment ago) would be caught half
  // way; the export shows the state the view is going to, so transitions end first.
  for (const animation of source.getAnimations({ subtree: true })) {
    if (animation instanceof CSSTransition) animation.finish();
  }
  const copy = source.cloneNode(true) as SVGSVGElement;
  const ids = new Map<string, string>();
  for (const element of [source, ...source.querySelectorAll('[id]')]) {
    if (element.id) ids.set(element.id, `${idPrefix}${element.id}`);
  }
  const dropped: Element[] = [];

  const visit = (original: Element, clone: Element, parent: Declarations | null): void => {
    if (parent && original.matches(exclude)) {
      dropped.push(clone);
      return;
    }
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.opacity === '0') {
      dropped.push(clone);
      return;
    }
    const declarations = resolve(style, ids);
    const tag = original.localName;
    const invisible =
      declarations.get('visibility') !== 'visible' ||
      (declarations.get('fill') === 'none' && declarations.get('stroke') === 'none');
    if (SHAPES.has(tag) && invisible) {
      dropped.push(clone);
      return;
    }
    const written: string[] = [];
    for (const { name, inherited, initial } of PROPERTIES) {
      const value = declarations.get(name)!;
      if (value !== (inherited ? parent?.get(name) : initial)) written.push(`${name}:${value}`);
    }
    cleanAttributes(clone, ids);
    if (written.length) clone.setAttribute('style', written.join(';'));
    for (const name of GEOMETRY[tag] ?? []) {
      const value = style.getPropertyValue(name);
      if (value.endsWith('px')) clone.setAttribute(name, String(parseFloat(value)));
    }
    const originals = original.children;
    const clones = clone.children;
    for (let index = 0; index < originals.length; index++) {
      visit(originals[index]!, clones[index]!, declarations);
    }
  };

  visit(source, copy, null);
  for (const element of dropped) element.remove();

  // Lit's markers and the template's indentation: dead weight in a file.
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  const empty: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const inText = node.parentElement?.closest('text');
    if (node.nodeType === Node.COMMENT_NODE || (!inText && !node.nodeValue?.trim())) empty.push(node);
  }
  for (const node of empty) node.parentNode?.removeChild(node);
  return copy;
}
