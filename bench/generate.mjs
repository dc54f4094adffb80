/**
 * Seeded generator of larger datasets for the scaling benchmark: `size` collaborations over
 * every country of the bundled geometry (data/region.topo.json) and 30 partner
 * organisations, in the format of data/partnerships.schema.json, with the consistency the
 * library checks beyond the schema (unique ids, references that resolve, real dates inside
 * 2006–2026, ends after starts, spans that end). The same seed gives the same dataset.
 *
 *   node bench/generate.mjs 1000 [--seed 42] [--partners 30] [--out file.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { feature } from 'topojson-client';
import { geoCentroid } from 'd3-geo';
import { random } from './lib/random.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SEED = 20060301;

const SPAN_KINDS = ['partnership', 'programme'];
const EVENT_KINDS = ['conference', 'study', 'agreement', 'submission', 'project', 'milestone'];
const ORGANISATION_KINDS = ['insurer', 'ngo', 'network', 'programme'];
const pad = (value) => String(value).padStart(2, '0');
const text = (en, fr = en, nl = en) => ({ nl, fr, en });

/** The countries of the bundled geometry: ISO id, English name, centroid. */
export function geometryCountries(topology) {
  const object = Object.values(topology.objects)[0];
  return feature(topology, object).features.map((country) => {
    const [lon, lat] = geoCentroid(country);
    return {
      id: country.id,
      name: country.properties?.name ?? country.id,
      coordinates: [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100],
    };
  });
}

export function generateDataset(size, options = {}) {
  const seed = options.seed ?? DEFAULT_SEED;
  const partnerCount = options.partners ?? 30;
  const topology =
    options.topology ?? JSON.parse(readFileSync(join(ROOT, 'data', 'region.topo.json'), 'utf8'));
  const next = random(seed);
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const pickSome = (list, min, max) => {
    const count = Math.min(list.length, int(min, max));
    const chosen = new Set();
    while (chosen.size < count) chosen.add(pick(list));
    return [...chosen];
  };
  const confidence = () => {
    const roll = next();
    return roll < 0.3 ? 'report' : roll < 0.8 ? 'confirmed' : 'inferred';
  };
  const period = { start: 2006, end: 2026 };

  const sources = Array.from({ length: 12 }, (_, index) => ({
    id: `source-${index + 1}`,
    title: `Generated source ${index + 1}`,
    lang: pick(['nl', 'fr', 'en']),
    publisher: 'Benchmark generator',
    url: `https://example.org/sources/${index + 1}`,
    date: `${int(period.start, period.end)}-${pad(int(1, 12))}`,
  }));
  const sourceIds = sources.map((source) => source.id);

  const organisations = Array.from({ length: partnerCount }, (_, index) => {
    const number = index + 1;
    return {
      id: `partner-${number}`,
      name: text(
        `Partner organisation ${number}`,
        `Organisation partenaire ${number}`,
        `Partnerorganisatie ${number}`,
      ),
      shortName: text(`P${number}`),
      kind: ORGANISATION_KINDS[index % ORGANISATION_KINDS.length],
      description: text(
        `Generated partner number ${number}.`,
        `Partenaire généré numéro ${number}.`,
        `Gegenereerde partner nummer ${number}.`,
      ),
      sources: pickSome(sourceIds, 1, 2),
      confidence: confidence(),
    };
  });
  const organisationIds = organisations.map((organisation) => organisation.id);

  const geography = geometryCountries(topology);
  const countries = geography.map((country) => ({
    id: country.id,
    name: text(country.name),
    masmut: next() < 0.8 ? 'confirmed' : 'inferred',
    sources: pickSome(sourceIds, 1, 2),
    partners: pickSome(organisationIds, 0, 3).map((organisation) => ({
      organisation,
      sources: pickSome(sourceIds, 1, 1),
      confidence: confidence(),
    })),
  }));
  const countryIds = countries.map((country) => country.id);
  const coordinatesOf = new Map(geography.map((country) => [country.id, country.coordinates]));

  const collaborations = [];
  for (let index = 0; index < size; index++) {
    const number = index + 1;
    const span = next() < 0.3;
    const kind = span ? pick(SPAN_KINDS) : pick(EVENT_KINDS);
    const where = pickSome(countryIds, 1, span ? 4 : 2);
    const record = {
      id: `${kind}-${number}`,
      kind,
      start: '',
      partners: pickSome(organisationIds, 1, 3),
      countries: where,
      title: text(
        `${kind[0].toUpperCase()}${kind.slice(1)} ${number} in ${where.join(', ')}`,
        `${kind} ${number} : ${where.join(', ')}`,
        `${kind} ${number} in ${where.join(', ')}`,
      ),
      summary: text(
        `Generated ${kind} number ${number}, in ${where.length} countries.`,
        `${kind} générée numéro ${number}, dans ${where.length} pays.`,
        `Gegenereerde ${kind} nummer ${number}, in ${where.length} landen.`,
      ),
      sources: pickSome(sourceIds, 1, 2),
      confidence: confidence(),
    };
    if (span) {
      const startYear = int(period.start, period.end - 1);
      const endYear = Math.min(period.end, startYear + int(1, 8));
      record.start = next() < 0.5 ? `${startYear}-${pad(int(1, 12))}` : String(startYear);
      record.end = String(endYear);
    } else {
      const year = int(period.start, period.end);
      const month = int(1, 12);
      const day = int(1, 25);
      record.start = `${year}-${pad(month)}-${pad(day)}`;
      if (next() < 0.3) record.end = `${year}-${pad(month)}-${pad(day + int(1, 3))}`;
      if (kind === 'conference') {
        record.venue = {
          city: text(`City ${number}`, `Ville ${number}`, `Stad ${number}`),
          country: where[0],
          coordinates: coordinatesOf.get(where[0]),
        };
      }
    }
    if (next() < 0.1)
      record.note = text('A generated note.', 'Une note générée.', 'Een gegenereerde notitie.');
    collaborations.push(record);
  }

  return {
    version: 1,
    title: text(
      `Generated partnerships (${size} collaborations, seed ${seed})`,
      `Partenariats générés (${size} collaborations, graine ${seed})`,
      `Gegenereerde partnerschappen (${size} samenwerkingen, zaad ${seed})`,
    ),
    period,
    sources,
    organisations,
    countries,
    collaborations,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const size = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 1000);
  const dataset = generateDataset(size, {
    seed: option('seed') === undefined ? DEFAULT_SEED : Number(option('seed')),
    partners: option('partners') === undefined ? 30 : Number(option('partners')),
  });
  const json = JSON.stringify(dataset);
  if (option('out')) writeFileSync(option('out'), json);
  else process.stdout.write(`${json}\n`);
}
