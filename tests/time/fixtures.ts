import type { Collaboration, CollaborationKind, LocalizedText } from '../../src/data/types.js';

const text = (value: string): LocalizedText => ({ nl: value, fr: value, en: value });

/** A collaboration with only what the time module reads; the rest is filler. */
export function collaboration(
  id: string,
  kind: CollaborationKind,
  start: string,
  end?: string,
  partners: string[] = ['mloz'],
): Collaboration {
  return {
    id,
    kind,
    start,
    ...(end === undefined ? {} : { end }),
    partners,
    countries: ['BEN'],
    title: text(id),
    summary: text(id),
    sources: ['report-2021'],
    confidence: 'report',
  };
}
