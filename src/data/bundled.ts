import dataset from '../../data/partnerships.json';
import type { DetailTexts } from './details.js';

/** `data/partnerships.json`, the dataset shown when an element has neither `data` nor `src`. */
export const bundledDataset: unknown = dataset;

/**
 * True in the built bundle: the build validates `data/partnerships.json` with the same
 * validator and stops with the located problems when it is invalid (see
 * `scripts/rollup-plugins.mjs`), so the page need not check it again, nor load the
 * validator for it. False when the sources are served as they are (demo server, tests),
 * where the elements validate it like any other dataset.
 */
export const BUNDLED_DATASET_VALIDATED: boolean = false;

/**
 * In the built bundle, `bundledDataset` lacks its detail texts (`src/data/details.ts`) and
 * this loads them; null when the sources are served as they are, with the whole file.
 */
export const loadBundledDetails: (() => Promise<DetailTexts>) | null = null;
