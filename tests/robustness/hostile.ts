import bundled from '../../data/partnerships.json';
import type { Dataset } from '../../src/data/types.js';

/**
 * Script and markup payloads for every text of a dataset. Each one, if it ever ran, would
 * set `window.__pwned` to its own name, so a test sees both that something ran and what.
 */
export const PAYLOADS = [
  `<script>window.__pwned='script'</script>`,
  `<img src=x onerror="window.__pwned='img-onerror'">`,
  `<svg onload="window.__pwned='svg-onload'"><script>window.__pwned='svg-script'</script></svg>`,
  `"><img src=x onerror=window.__pwned='attribute-breakout'>`,
  `' onmouseover='window.__pwned="single-quote-breakout"' x='`,
  `javascript:window.__pwned='javascript-url'`,
  `<a href="javascript:window.__pwned='javascript-link'">click</a>`,
  `data:text/html,<script>window.__pwned='data-url'</script>`,
  `<iframe srcdoc="<script>parent.__pwned='iframe-srcdoc'</script>"></iframe>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mutation-xss'">`,
  `</text><foreignObject><body onload="window.__pwned='foreign-object'"></body></foreignObject>`,
  `<style>*{background:url("javascript:window.__pwned='css'")}</style>`,
  '${window.__pwned="template-literal"}',
  `{{constructor.constructor('window.__pwned="template-injection"')()}}`,
  `<!-- --><script>window.__pwned='comment-breakout'</script>`,
  `<details open ontoggle="window.__pwned='ontoggle'">`,
];

/** Links that look like web addresses and pass the schema, with markup in path and query. */
export const HOSTILE_HTTP_URLS = [
  `https://example.org/"><script>window.__pwned='url-path'</script>`,
  `https://example.org/?q=<img/src=x/onerror=window.__pwned='url-query'>`,
  `http://example.org/#"onmouseover="window.__pwned='url-fragment'`,
];

/** Links that must never become `<a href>`, whatever the data says. */
export const NON_HTTP_URLS = [
  `javascript:window.__pwned='bypass-javascript'`,
  `JavaScript:window.__pwned='bypass-mixed-case'`,
  ` javascript:window.__pwned='bypass-leading-space'`,
  `java\tscript:window.__pwned='bypass-tab'`,
  `data:text/html,<script>window.__pwned='bypass-data'</script>`,
  `vbscript:msgbox("bypass-vbscript")`,
  `//evil.example/bypass-protocol-relative`,
  `file:///etc/passwd`,
];

/** Fields whose strings are ids, codes or dates, which the schema keeps free of payloads. */
const STRUCTURAL = new Set([
  '$schema',
  'id',
  'lang',
  'kind',
  'start',
  'end',
  'date',
  'masmut',
  'confidence',
  'countriesConfidence',
  'country',
  'organisation',
  'url',
]);

/**
 * The bundled dataset with every text, in every language, replaced by a payload (plus a
 * `de` text, for the extra-language fallback), and every source link by a hostile http(s)
 * address. It still passes validation: hostile text is valid text.
 */
export function hostileDataset(): Dataset {
  const dataset = structuredClone(bundled) as unknown as Dataset;
  let next = 0;
  const payload = (): string => PAYLOADS[next++ % PAYLOADS.length]!;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object') visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const isLocalized = typeof record.en === 'string' && typeof record.fr === 'string';
    if (isLocalized) record.de = 'x';
    for (const key of Object.keys(record)) {
      if (typeof record[key] === 'string' && !STRUCTURAL.has(key)) record[key] = payload();
      else visit(record[key]);
    }
  };
  visit(dataset);
  dataset.sources.forEach((source, index) => {
    source.url = HOSTILE_HTTP_URLS[index % HOSTILE_HTTP_URLS.length];
  });
  return dataset;
}

/** Every element in `root` and in the shadow roots below it. */
export function* allElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

/** Elements that no view of ours creates, and that a payload would have to. */
const FOREIGN = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'img',
  'image',
  'foreignobject',
  'math',
  'base',
  'meta',
  'link',
  'form',
  'details',
  'audio',
  'video',
]);
/** Attributes that take a URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'data',
  'srcdoc',
  'poster',
]);

/**
 * What the DOM under `root` must not hold after rendering hostile text: elements or event
 * handler attributes a payload would bring, URLs other than http(s) or in-page `#ids`,
 * `<a>` without an http(s) href, or a payload inside a style. Returns the offences found.
 */
export function offences(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of allElements(root)) {
    const name = element.localName.toLowerCase();
    if (FOREIGN.has(name)) found.push(`a <${name}> element`);
    if (name === 'style' && element.textContent?.includes('__pwned')) found.push('a payload in a <style>');
    for (const attribute of element.attributes) {
      const attributeName = attribute.name.toLowerCase();
      if (attributeName.startsWith('on')) found.push(`an ${attributeName} attribute on <${name}>`);
      if (URL_ATTRIBUTES.has(attributeName) && !/^(https?:\/\/|#)/.test(attribute.value))
        found.push(`${attributeName}="${attribute.value}" on <${name}>`);
      // `fill: url(#hatch)` refers to a pattern in the same SVG; any other url( is foreign.
      if (attributeName === 'style' && /__pwned|url\((?!\s*['"]?#)/i.test(attribute.value))
        found.push(`style="${attribute.value}" on <${name}>`);
    }
    if (name === 'a' && !/^https?:\/\//.test(element.getAttribute('href') ?? ''))
      found.push(`<a> without an http(s) href: ${element.getAttribute('href')}`);
  }
  return found;
}

/** The payloads that show up, as text, in the text of `root`. */
export function payloadsShown(root: ParentNode): string[] {
  const text = allText(root);
  return PAYLOADS.filter((payload) => text.includes(payload));
}

/** All text under `root`, through shadow roots: payloads must show up here, as text. */
export function allText(root: ParentNode): string {
  let text = '';
  for (const element of allElements(root)) {
    for (const child of element.childNodes) if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    for (const attribute of ['aria-label', 'title']) text += element.getAttribute(attribute) ?? '';
  }
  return text;
}

declare global {
  interface Window {
    __pwned?: string;
  }
}
