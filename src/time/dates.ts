import { SPAN_KINDS } from '../data/types.js';
import type { Collaboration, PartialDate } from '../data/types.js';

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

/** Throws rather than return NaN, which would make a mark silently vanish from the chart. */
function parseOrThrow(text: PartialDate): PartialDateParts {
  const parts = parsePartialDate(text);
  if (!parts) throw new RangeError(`Not a date written YYYY, YYYY-MM or YYYY-MM-DD: "${text}"`);
  return parts;
}

/**
 * Decimal years let a single linear scale place dates of any precision. Months are
 * twelfths rather than counted days, so that month-precise dates land on the even
 * month grid a reader expects.
 */
export function startOfPartialDate(text: PartialDate): number {
  const { year, month, day } = parseOrThrow(text);
  if (month === undefined) return year;
  if (day === undefined) return year + (month - 1) / 12;
  return year + dayIndexInYear(year, month, day) / daysInYear(year);
}

/**
 * Exclusive, so that a date covers the whole period it names: "2014" runs to the
 * start of 2015, and a span ending "2020" is still drawn through December 2020.
 */
export function endOfPartialDate(text: PartialDate): number {
  const { year, month, day } = parseOrThrow(text);
  if (month === undefined) return year + 1;
  if (day === undefined) return year + month / 12;
  return year + (dayIndexInYear(year, month, day) + 1) / daysInYear(year);
}

export function yearOf(text: PartialDate): number {
  return parseOrThrow(text).year;
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
  const start = startOfPartialDate(collaboration.start);
  const end = Math.max(
    endOfPartialDate(collaboration.start),
    collaboration.end === undefined ? -Infinity : endOfPartialDate(collaboration.end),
  );
  return [start, end];
}

/**
 * A total order, so that lists, keyboard navigation and layout never depend on the
 * order records happen to have in the file. Ids break ties by code unit, not locale,
 * so that the order is the same in every browser and language.
 */
export function compareByStart(a: Collaboration, b: Collaboration): number {
  const [aStart, aEnd] = collaborationExtent(a);
  const [bStart, bEnd] = collaborationExtent(b);
  if (aStart !== bStart) return aStart - bStart;
  if (aEnd !== bEnd) return aEnd - bEnd;
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
  const [first, last] = activeYears(collaboration);
  return year >= first && year <= last;
}
