/**
 * The explorer rendered to HTML in Node, for `partnership-data render`: the element with its
 * shadow root as a declarative `<template shadowrootmode="open">`, which a browser draws from
 * the HTML alone, before (or without) any script. Needs `@lit-labs/ssr`.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { provideChecker } from '../controllers/dataset-controller.js';
import * as check from '../data/check.js';
import '../elements/partnership-explorer/partnership-explorer.js';

export interface RenderOptions {
  /** The language of the interface and texts; `en` by default. */
  lang?: string;
  /** `visual` (map and timeline, the default) or `table`. */
  view?: 'visual' | 'table';
  /**
   * The dataset, as a parsed JSON object: `partnership-data render` passes the package's
   * `data/partnerships.json` unless `--data` names another. Invalid data renders the
   * element's error view. (Its build leaves the elements' own copy out.)
   */
  data: unknown;
  /**
   * Where the page serves the same dataset, written as the element's `src`: in the browser
   * the element loads it from there, and hydrates once it has, since the script does not
   * carry the HTML's data.
   */
  src?: string;
  /**
   * When the script hydrates the element: as the page loads (`load`, the default), or when
   * the reader first points at it or moves focus into it (`interaction`), written as the
   * element's `hydrate-on`.
   */
  hydrateOn?: 'load' | 'interaction';
}

// Server renders are synchronous: a dataset given is checked within the render.
provideChecker(check);

/** `<partnership-explorer>` with its prerendered shadow root, as HTML. */
export function renderExplorer({
  lang = 'en',
  view = 'visual',
  data,
  src,
  hydrateOn,
}: RenderOptions): Promise<string> {
  // `src` for the browser; on the server `data` comes first (the element prefers it).
  return collectResult(
    render(
      html`<partnership-explorer
        lang=${lang}
        view=${view}
        src=${src ?? nothing}
        hydrate-on=${hydrateOn === 'interaction' ? hydrateOn : nothing}
        .data=${data}
      ></partnership-explorer>`,
    ),
  );
}
