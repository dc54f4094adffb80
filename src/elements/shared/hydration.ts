/**
 * Hydration of a prerendered shadow root (see `PartnershipElement.hydrating`): a chunk of its
 * own, loaded only by pages that have prerendered HTML.
 */
import { hydrate } from '@lit-labs/ssr-client';
import type { RenderOptions } from 'lit';

/**
 * Hydrates `root` with `value`; false, having said why in the console, when the HTML does not
 * match (another version of the package, other data), for the element to draw anew.
 */
export function hydrated(
  value: unknown,
  root: HTMLElement | DocumentFragment,
  options: RenderOptions,
  name: string,
): boolean {
  try {
    hydrate(value, root, options);
  } catch (error) {
    console.warn(`<${name}>: the prerendered HTML does not match; drawn again.`, error);
    return false;
  }
  forgetCommitted((root as { _$litPart$?: Part })._$litPart$);
  return true;
}

/**
 * Lit's parts as hydration leaves them. Lit's production build renames its internals, the
 * same way in each of its packages (that is how `@lit-labs/ssr-client` reaches them); its
 * development build keeps the names.
 */
type Part = Record<string, unknown> & { type: number };
type Names = { committed: string; parts: string };
const PRODUCTION: Names = { committed: '_$AH', parts: '_$AV' };
const DEVELOPMENT: Names = { committed: '_$committedValue', parts: '_$parts' };

const FORGOTTEN = {};
const CHILD_PART = 2;
const EVENT_PART = 5;

/**
 * Makes the next render write every value of a hydrated tree: hydration adopts the server's
 * nodes but takes the client's values as written, and a page may ask for other state than the
 * server drew (`?lang=fr` on a page prerendered in English). The structure is the server's;
 * only values are written, into the same nodes. Listeners are bound already.
 */
function forgetCommitted(part: Part | undefined, names?: Names): void {
  if (!part || part.type === EVENT_PART) return;
  names ??= PRODUCTION.committed in part ? PRODUCTION : DEVELOPMENT;
  const value = part[names.committed];
  const parts = (value as Record<string, unknown> | null)?.[names.parts];
  const forget = (inner: Part | undefined) => forgetCommitted(inner, names);
  if (Array.isArray(parts)) parts.forEach(forget);
  // A child part's list of parts; an attribute's list is of the values of its interpolations.
  else if (Array.isArray(value) && part.type === CHILD_PART) value.forEach(forget);
  else part[names.committed] = Array.isArray(value) ? [] : FORGOTTEN;
}
