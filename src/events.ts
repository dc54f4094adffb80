import { formatDatasetError, type DatasetError } from './data/errors.js';
import type { ValidationIssue } from './data/types.js';

export interface PartnershipSelectDetail {
  kind: 'country' | 'collaboration';
  id: string;
}

/** Fired when the user selects a country or a collaboration; `detail` is null when cleared. */
export class PartnershipSelectEvent extends CustomEvent<PartnershipSelectDetail | null> {
  static readonly eventName = 'partnership-select';
  constructor(detail: PartnershipSelectDetail | null) {
    super(PartnershipSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Fired when the user moves the year; `year` is null for all years. */
export class PartnershipYearChangeEvent extends CustomEvent<{ year: number | null }> {
  static readonly eventName = 'partnership-year-change';
  constructor(year: number | null) {
    super(PartnershipYearChangeEvent.eventName, { detail: { year }, bubbles: true, composed: true });
  }
}

/** Fired when the user changes the partner filter; an empty list means all partners. */
export class PartnershipFilterChangeEvent extends CustomEvent<{ partners: string[] }> {
  static readonly eventName = 'partnership-filter-change';
  constructor(partners: string[]) {
    super(PartnershipFilterChangeEvent.eventName, { detail: { partners }, bubbles: true, composed: true });
  }
}

/** Fired when the dataset cannot be loaded or is invalid. */
export class PartnershipErrorEvent extends CustomEvent<{ message: string; issues: ValidationIssue[] }> {
  static readonly eventName = 'partnership-error';
  constructor(message: string, issues: ValidationIssue[]) {
    super(PartnershipErrorEvent.eventName, { detail: { message, issues }, bubbles: true, composed: true });
  }
}

/**
 * How an element tells of a problem it shows: the console gets the message with one line
 * per located issue, the page a `partnership-error` event, from the element that shows it.
 */
export function announceError(host: HTMLElement, error: Pick<DatasetError, 'message' | 'issues'>): void {
  console.error(`<${host.localName}>: ${formatDatasetError(error)}`);
  host.dispatchEvent(new PartnershipErrorEvent(error.message, error.issues));
}

declare global {
  interface HTMLElementEventMap {
    'partnership-select': PartnershipSelectEvent;
    'partnership-year-change': PartnershipYearChangeEvent;
    'partnership-filter-change': PartnershipFilterChangeEvent;
    'partnership-error': PartnershipErrorEvent;
  }
}
