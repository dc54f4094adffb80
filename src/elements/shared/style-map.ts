import { isServer, noChange, nothing } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** Property names (`left`, `--pw-stroke-scale`) to values; null or undefined removes one. */
export type StyleInfo = Readonly<Record<string, string | number | null | undefined>>;

const IMPORTANT = ' !important';

/**
 * Lit's `styleMap`, without its one use of a style attribute. On the first render Lit's
 * directive returns the styles as a string, which Lit writes with `setAttribute('style', …)`:
 * a page whose policy has `style-src 'self'` (no 'unsafe-inline') blocks that, reports a
 * `securitypolicyviolation`, and the element is drawn without those styles until its next
 * update (a tooltip at the corner, a year scrubber out of line). This one always goes
 * through the CSSOM (`style.setProperty`), which such a policy allows.
 *
 * Same use as Lit's: `style=${styleMap({left: '4px', '--pw-stroke-scale': '2'})}`, as the
 * whole `style` attribute. On a server it writes the attribute.
 */
class CspSafeStyleMap extends Directive {
  #applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (
      partInfo.type !== PartType.ATTRIBUTE ||
      partInfo.name !== 'style' ||
      (partInfo.strings?.length ?? 0) > 2
    ) {
      throw new Error('styleMap must be used as the whole value of a style attribute.');
    }
  }

  // A server has no CSSOM and writes the attribute, which the prerendered page shows until its
  // script runs (a year scrubber in line with its axis); in a browser only `update` writes.
  render(styles: StyleInfo): string | typeof noChange | typeof nothing {
    if (!isServer) return noChange;
    const text = Object.entries(styles)
      .filter(([, value]) => value != null)
      .map(([name, value]) => `${cssName(name)}:${String(value)}`)
      .join(';');
    return text || nothing;
  }

  override update(part: AttributePart, [styles]: [StyleInfo]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.#applied) {
      if (styles[name] == null) {
        this.#applied.delete(name);
        style.removeProperty(cssName(name));
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      this.#applied.add(name);
      const text = String(value);
      const important = text.endsWith(IMPORTANT);
      style.setProperty(
        cssName(name),
        important ? text.slice(0, -IMPORTANT.length) : text,
        important ? 'important' : '',
      );
    }
    return noChange;
  }
}

/** `marginLeft` → `margin-left`, as Lit's styleMap accepts both; custom properties stay as they are. */
function cssName(name: string): string {
  if (name.includes('-')) return name;
  return name.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g, '-$&').toLowerCase();
}

export const styleMap = directive(CspSafeStyleMap);
