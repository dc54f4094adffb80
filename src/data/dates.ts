import { SPAN_KINDS } from './types.js';
import type { Collaboration, PartialDate } from './types.js';

/** A partial date taken apart; `month` and `day` are absent when the source did not give them. */
export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Zero-based, so that 1 January adds nothing to the decimal year. */
function dayIndexInYear(year: number, month: number, day: number): number {
  let index = day - 1;
  for (let m = 1; m < month; m++) index += daysInMonth(year, m);
  return index;
}

/**
 * Strict on purpose: the schema's pattern lets through 2021-02-30, and a date that
 * does not exist is a typo in the data, not something to silently roll over.
 */
export function parsePartialDate(text: string): PartialDateParts | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** A date's year, and where it begins and ends in decimal years (see `startOfPartialDate`). */
interface DatePoint {
  year: number;
  start: number;
  end: number;
}

/**
 * Sorting, laying out and dimming ask for the same few thousand date strings again and
 * again (a 10,000-collaboration sort compares each record some 14 times). Keyed by the
 * text, which cannot change under the key, so that no record's edit can leave a stale
 * value behind. Only valid dates get in, and few distinct ones exist within a dataset;
 * the bound only keeps hostile input from growing it without end.
 */
const points = new Map<string, DatePoint>();
const MAX_CACHED_POINTS = 50_000;

/** Throws rather than return NaN, which would make a mark silently vanish from the chart. */
function pointOf(text: PartialDate): DatePoint {
  const cached = points.get(text);
  if (cached) return cached;
  const parts = parsePartialDate(text);
  if (!parts) throw new RangeError(`Not a date written YYYY, YYYY-MM or YYYY-MM-DD: "${text}"`);
  const point = { year: parts.year, start: startOf(parts), end: endOf(parts) };
  if (points.size >= MAX_CACHED_POINTS) points.clear();
  points.set(text, point);
  return point;
}

function startOf({ year, month, day }: PartialDateParts): number {
  if (month === undefined) return year;
  if (day === undefined) return year + (month - 1) / 12;
  return year + dayIndexInYear(year, month, day) / daysInYear(year);
}

function endOf({ year, month, day }: PartialDateParts): number {
  if (month === undefined) return year + 1;
  if (day === undefined) return year + month / 12;
  return year + (dayIndexInYear(year, month, day) + 1) / daysInYear(year);
}

/**
 * Decimal years let a single linear scale place dates of any precision. Months are
 * twelfths rather than counted days, so that month-precise dates land on the even
 * month grid a reader expects.
 */
export function startOfPartialDate(text: PartialDate): number {
  return pointOf(text).start;
}

/**
 * Exclusive, so that a date covers the whole period it names: "2014" runs to the
 * start of 2015, and a span ending "2020" is still drawn through December 2020.
 */
export function endOfPartialDate(text: PartialDate): number {
  return pointOf(text).end;
}

export function yearOf(text: PartialDate): number {
  return pointOf(text).year;
}

/** Kept as a list check so that a kind added to `SPAN_KINDS` needs no change here. */
export function isSpan(collaboration: Collaboration): boolean {
  return (SPAN_KINDS as readonly string[]).includes(collaboration.kind);
}

/**
 * The stretch of time a collaboration covers, in decimal years. Spans and multi-day
 * events both run to the end of `end`; an `end` before `start` is a data error, and
 * is ignored rather than drawn backwards.
 */
export function collaborationExtent(collaboration: Collaboration): [start: number, end: number] {
  const { start, end } = extentOf(collaboration);
  return [start, end];
}

interface Extent {
  startText: PartialDate;
  endText: PartialDate | undefined;
  start: number;
  end: number;
}

/**
 * Per record, for sorting: one lookup instead of two date lookups per side of every
 * comparison. The texts it was computed from are kept and compared (the same strings, so
 * at once), so that a record whose dates were edited is computed again.
 */
const extents = new WeakMap<Collaboration, Extent>();

function extentOf(collaboration: Collaboration): Extent {
  const cached = extents.get(collaboration);
  if (cached && cached.startText === collaboration.start && cached.endText === collaboration.end) {
    return cached;
  }
  const from = pointOf(collaboration.start);
  const extent: Extent = {
    startText: collaboration.start,
    endText: collaboration.end,
    start: from.start,
    end: Math.max(from.end, collaboration.end === undefined ? -Infinity : pointOf(collaboration.end).end),
  };
  extents.set(collaboration, extent);
  return extent;
}

/**
 * A total order, so that lists, keyboard navigation and layout never depend on the
 * order records happen to have in the file. Ids break ties by code unit, not locale,
 * so that the order is the same in every browser and language.
 */
export function compareByStart(a: Collaboration, b: Collaboration): number {
  const first = extentOf(a);
  const second = extentOf(b);
  if (first.start !== second.start) return first.start - second.start;
  if (first.end !== second.end) return first.end - second.end;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Calendar years, because the scrubber and filters work by whole years. A multi-day
 * event across New Year counts in both years.
 */
export function activeYears(collaboration: Collaboration): [first: number, last: number] {
  const first = yearOf(collaboration.start);
  const last = collaboration.end === undefined ? first : yearOf(collaboration.end);
  return [first, Math.max(first, last)];
}

export function isActiveIn(collaboration: Collaboration, year: number): boolean {
  // Without the tuple: views ask this of every record on every year change.
  const first = yearOf(collaboration.start);
  if (year < first) return false;
  return year <= (collaboration.end === undefined ? first : Math.max(first, yearOf(collaboration.end)));
}
