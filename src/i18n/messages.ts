import type { UiLanguage } from '../data/localize.js';
import { numberFormat } from './intl-cache.js';
import { plural } from './plural.js';

/** Every text the interface itself shows, in each language it speaks. */
export interface Messages {
  mapLabel: string;
  timelineLabel: string;
  loading: string;
  errorTitle: string;
  errorHelp: string;
  retry: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  allYears: string;
  year: string;
  yearValue: (year: number) => string;
  activeCount: (count: number, year: number | null) => string;
  collaborationCount: (count: number) => string;
  partners: string;
  partnerFilter: string;
  allPartners: string;
  countries: string;
  period: string;
  sources: string;
  confidence: string;
  confidenceLabel: Record<'report' | 'confirmed' | 'inferred', string>;
  inferred: string;
  inferredMembership: string;
  confirmedMembership: string;
  masmutCountry: string;
  kindLabel: Record<string, string>;
  groupBy: string;
  groupByKind: string;
  groupByPartner: string;
  clearSelection: string;
  details: string;
  noSelection: string;
  collaborationsHere: string;
  whoWorksHere: string;
  venue: string;
  note: string;
  noCollaborations: string;
  /** The button under a shortened list of a country's collaborations. */
  showAll: (count: number) => string;
  /** Beside a list of countries that no source confirms for that record. */
  countriesNotConfirmed: string;
  /** Read out after a source title in square brackets: it is our description, not the document's title. */
  titleIsDescription: string;
  /** A file of `chunks/` did not load: which one, and what the site must do. */
  missingChunk: (file: string) => string;
  /** The dataset names countries the map file has no outline of. */
  countriesOffMap: (countries: string) => string;
  selected: (name: string) => string;
  selectionCleared: string;
  legendTitle: string;
  legendNone: string;
  keyboardHelpMap: string;
  keyboardHelpTimeline: string;
  tableLabel: string;
  showTable: string;
  showVisual: string;
  viewSwitch: string;
  columnCollaboration: string;
  columnKind: string;
  mapUnavailable: string;
  sortAscending: (column: string) => string;
  sortDescending: (column: string) => string;
  download: string;
  downloadAs: (format: string) => string;
  exportSource: string;
  legendSpan: string;
  legendEvent: string;
  presenter: {
    controls: string;
    previous: string;
    next: string;
    play: string;
    pause: string;
    step: (current: number, total: number) => string;
    progress: string;
    fullscreen: string;
  };
}

const kindNl = {
  partnership: 'Partnerschap',
  programme: 'Programma',
  conference: 'Conferentie',
  study: 'Studie',
  agreement: 'Akkoord',
  submission: 'Indiening',
  project: 'Project',
  milestone: 'Mijlpaal',
};
const kindFr = {
  partnership: 'Partenariat',
  programme: 'Programme',
  conference: 'Conférence',
  study: 'Étude',
  agreement: 'Accord',
  submission: 'Soumission',
  project: 'Projet',
  milestone: 'Étape',
};
const kindEn = {
  partnership: 'Partnership',
  programme: 'Programme',
  conference: 'Conference',
  study: 'Study',
  agreement: 'Agreement',
  submission: 'Submission',
  project: 'Project',
  milestone: 'Milestone',
};

/**
 * Counts in the language's own digits grouping: 10.000 (nl), 10 000 (fr), 10,000 (en).
 * Below a thousand there is no grouping, so those are written without Intl (see
 * `takesSingular` for why the first render avoids it).
 */
export function formatCount(lang: UiLanguage, count: number): string {
  if (Number.isInteger(count) && count >= 0 && count < 1000) return String(count);
  return numberFormat(lang).format(count);
}

const nl: Messages = {
  mapLabel: 'Kaart van de partnerlanden',
  timelineLabel: 'Tijdlijn van de samenwerkingen',
  loading: 'Gegevens laden…',
  errorTitle: 'De gegevens kunnen niet worden getoond',
  errorHelp: 'Verbeter de gegevens en laad de pagina opnieuw.',
  retry: 'Opnieuw proberen',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  resetZoom: 'Zoom herstellen',
  allYears: 'Alle jaren',
  year: 'Jaar',
  yearValue: (year) => `Jaar ${year}`,
  activeCount: (count, year) =>
    `${formatCount('nl', count)} ${plural('nl', count, 'samenwerking', 'samenwerkingen')}${year === null ? '' : ` actief in ${year}`}`,
  collaborationCount: (count) =>
    `${formatCount('nl', count)} ${plural('nl', count, 'samenwerking', 'samenwerkingen')}`,
  partners: 'Partners',
  partnerFilter: 'Filter op partner',
  allPartners: 'Alle partners',
  countries: 'Landen',
  period: 'Periode',
  sources: 'Bronnen',
  confidence: 'Betrouwbaarheid',
  confidenceLabel: {
    report: 'Vermeld in het jaarverslag 2021',
    confirmed: 'Bevestigd door een publieke bron',
    inferred: 'Afgeleid, niet bevestigd',
  },
  inferred: 'afgeleid',
  inferredMembership: 'deelname aan MASMUT afgeleid, niet bevestigd',
  confirmedMembership: 'deelname aan MASMUT bevestigd',
  masmutCountry: 'MASMUT-land',
  kindLabel: kindNl,
  groupBy: 'Groeperen per',
  groupByKind: 'soort',
  groupByPartner: 'partner',
  clearSelection: 'Selectie wissen',
  details: 'Details',
  noSelection: 'Kies een land op de kaart of een samenwerking op de tijdlijn.',
  collaborationsHere: 'Samenwerkingen',
  whoWorksHere: 'Wie werkt hier',
  venue: 'Plaats',
  note: 'Opmerking',
  noCollaborations: 'Geen samenwerkingen voor deze keuze.',
  showAll: (count) => `Alle ${formatCount('nl', count)} tonen`,
  countriesNotConfirmed: 'niet bevestigd',
  titleIsDescription: 'beschrijving, niet de titel van het document',
  countriesOffMap: (countries) =>
    `Niet op deze kaart: ${countries}. Maak een kaart met hen (npx partnership-data geometry) voor geometry-src.`,
  missingChunk: (file) =>
    `${file} kon niet laden: zet de map chunks/ uit dist/ naast partnership-widgets.js (README.md, "Embed").`,
  selected: (name) => `${name} geselecteerd`,
  selectionCleared: 'Selectie gewist',
  legendTitle: 'Aantal samenwerkingen',
  legendNone: 'geen',
  keyboardHelpMap: 'Pijltjestoetsen: ander land. Enter: kiezen. Escape: wissen. + en −: zoomen.',
  keyboardHelpTimeline: 'Pijltjestoetsen: andere samenwerking. Enter: kiezen. Escape: wissen.',
  tableLabel: 'Tabel van de samenwerkingen',
  showTable: 'Tabel',
  showVisual: 'Kaart en tijdlijn',
  viewSwitch: 'Weergave',
  columnCollaboration: 'Samenwerking',
  columnKind: 'Soort',
  mapUnavailable: 'De kaart kan niet worden getekend; de tabel toont dezelfde gegevens.',
  sortAscending: (column) => `Sorteer op ${column.toLowerCase()}, oplopend`,
  sortDescending: (column) => `Sorteer op ${column.toLowerCase()}, aflopend`,
  download: 'Downloaden',
  downloadAs: (format) => `Afbeelding downloaden (${format})`,
  exportSource:
    'Bron: jaarverslag 2021 van de Onafhankelijke Ziekenfondsen en publieke bronnen, vermeld in de dataset.',
  legendSpan: 'Partnerschap of programmafase',
  legendEvent: 'Gebeurtenis',
  presenter: {
    controls: 'Presentatie',
    previous: 'Vorige samenwerking',
    next: 'Volgende samenwerking',
    play: 'Automatisch afspelen',
    pause: 'Pauzeren',
    step: (current, total) => (current > 0 ? `${current} van ${total}` : `${total} samenwerkingen`),
    progress: 'Voortgang van de presentatie',
    fullscreen: 'Volledig scherm (F)',
  },
};

const fr: Messages = {
  mapLabel: 'Carte des pays partenaires',
  timelineLabel: 'Ligne du temps des collaborations',
  loading: 'Chargement des données…',
  errorTitle: 'Les données ne peuvent pas être affichées',
  errorHelp: 'Corrigez les données puis rechargez la page.',
  retry: 'Réessayer',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  resetZoom: 'Réinitialiser le zoom',
  allYears: 'Toutes les années',
  year: 'Année',
  yearValue: (year) => `Année ${year}`,
  activeCount: (count, year) =>
    `${formatCount('fr', count)} ${plural('fr', count, 'collaboration', 'collaborations')}${
      year === null ? '' : ` ${plural('fr', count, 'active', 'actives')} en ${year}`
    }`,
  collaborationCount: (count) =>
    `${formatCount('fr', count)} ${plural('fr', count, 'collaboration', 'collaborations')}`,
  partners: 'Partenaires',
  partnerFilter: 'Filtrer par partenaire',
  allPartners: 'Tous les partenaires',
  countries: 'Pays',
  period: 'Période',
  sources: 'Sources',
  confidence: 'Fiabilité',
  confidenceLabel: {
    report: 'Mentionné dans le rapport annuel 2021',
    confirmed: 'Confirmé par une source publique',
    inferred: 'Déduit, non confirmé',
  },
  inferred: 'déduit',
  inferredMembership: 'participation à MASMUT déduite, non confirmée',
  confirmedMembership: 'participation à MASMUT confirmée',
  masmutCountry: 'Pays MASMUT',
  kindLabel: kindFr,
  groupBy: 'Regrouper par',
  groupByKind: 'type',
  groupByPartner: 'partenaire',
  clearSelection: 'Effacer la sélection',
  details: 'Détails',
  noSelection: 'Choisissez un pays sur la carte ou une collaboration sur la ligne du temps.',
  collaborationsHere: 'Collaborations',
  whoWorksHere: 'Qui travaille ici',
  venue: 'Lieu',
  note: 'Remarque',
  noCollaborations: 'Aucune collaboration pour ce choix.',
  showAll: (count) => `Afficher les ${formatCount('fr', count)}`,
  countriesNotConfirmed: 'non confirmé',
  titleIsDescription: 'description, pas le titre du document',
  countriesOffMap: (countries) =>
    `Absents de cette carte : ${countries}. Créez une carte avec eux (npx partnership-data geometry) pour geometry-src.`,
  missingChunk: (file) =>
    `${file} n'a pas pu être chargé : placez le dossier chunks/ de dist/ à côté de partnership-widgets.js (README.md, « Embed »).`,
  selected: (name) => `${name} sélectionné`,
  selectionCleared: 'Sélection effacée',
  legendTitle: 'Nombre de collaborations',
  legendNone: 'aucune',
  keyboardHelpMap: 'Flèches : autre pays. Entrée : choisir. Échap : effacer. + et − : zoom.',
  keyboardHelpTimeline: 'Flèches : autre collaboration. Entrée : choisir. Échap : effacer.',
  tableLabel: 'Tableau des collaborations',
  showTable: 'Tableau',
  showVisual: 'Carte et ligne du temps',
  viewSwitch: 'Affichage',
  columnCollaboration: 'Collaboration',
  columnKind: 'Type',
  mapUnavailable: 'La carte ne peut pas être dessinée ; le tableau montre les mêmes données.',
  sortAscending: (column) => `Trier par ${column.toLowerCase()}, ordre croissant`,
  sortDescending: (column) => `Trier par ${column.toLowerCase()}, ordre décroissant`,
  download: 'Télécharger',
  downloadAs: (format) => `Télécharger l'image (${format})`,
  exportSource:
    'Source : rapport annuel 2021 des Mutualités Libres et sources publiques citées dans le jeu de données.',
  legendSpan: 'Partenariat ou phase de programme',
  legendEvent: 'Événement',
  presenter: {
    controls: 'Présentation',
    previous: 'Collaboration précédente',
    next: 'Collaboration suivante',
    play: 'Lecture automatique',
    pause: 'Pause',
    step: (current, total) => (current > 0 ? `${current} sur ${total}` : `${total} collaborations`),
    progress: 'Avancement de la présentation',
    fullscreen: 'Plein écran (F)',
  },
};

const en: Messages = {
  mapLabel: 'Map of the partner countries',
  timelineLabel: 'Timeline of the collaborations',
  loading: 'Loading data…',
  errorTitle: 'The data cannot be shown',
  errorHelp: 'Correct the data, then reload the page.',
  retry: 'Try again',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Reset zoom',
  allYears: 'All years',
  year: 'Year',
  yearValue: (year) => `Year ${year}`,
  activeCount: (count, year) =>
    `${formatCount('en', count)} ${plural('en', count, 'collaboration', 'collaborations')}${year === null ? '' : ` active in ${year}`}`,
  collaborationCount: (count) =>
    `${formatCount('en', count)} ${plural('en', count, 'collaboration', 'collaborations')}`,
  partners: 'Partners',
  partnerFilter: 'Filter by partner',
  allPartners: 'All partners',
  countries: 'Countries',
  period: 'Period',
  sources: 'Sources',
  confidence: 'Confidence',
  confidenceLabel: {
    report: 'Stated in the 2021 annual report',
    confirmed: 'Confirmed by a public source',
    inferred: 'Inferred, not confirmed',
  },
  inferred: 'inferred',
  inferredMembership: 'MASMUT membership inferred, not confirmed',
  confirmedMembership: 'MASMUT membership confirmed',
  masmutCountry: 'MASMUT country',
  kindLabel: kindEn,
  groupBy: 'Group by',
  groupByKind: 'kind',
  groupByPartner: 'partner',
  clearSelection: 'Clear selection',
  details: 'Details',
  noSelection: 'Choose a country on the map or a collaboration on the timeline.',
  collaborationsHere: 'Collaborations',
  whoWorksHere: 'Who works here',
  venue: 'Venue',
  note: 'Note',
  noCollaborations: 'No collaborations for this choice.',
  showAll: (count) => `Show all ${formatCount('en', count)}`,
  countriesNotConfirmed: 'not confirmed',
  titleIsDescription: "description, not the document's title",
  countriesOffMap: (countries) =>
    `Not on this map: ${countries}. Build a map with them (npx partnership-data geometry) for geometry-src.`,
  missingChunk: (file) =>
    `${file} did not load: put the chunks/ folder of dist/ beside partnership-widgets.js (README.md, "Embed").`,
  selected: (name) => `${name} selected`,
  selectionCleared: 'Selection cleared',
  legendTitle: 'Number of collaborations',
  legendNone: 'none',
  keyboardHelpMap: 'Arrow keys: another country. Enter: select. Escape: clear. + and −: zoom.',
  keyboardHelpTimeline: 'Arrow keys: another collaboration. Enter: select. Escape: clear.',
  tableLabel: 'Table of the collaborations',
  showTable: 'Table',
  showVisual: 'Map and timeline',
  viewSwitch: 'View',
  columnCollaboration: 'Collaboration',
  columnKind: 'Kind',
  mapUnavailable: 'The map cannot be drawn; the table shows the same data.',
  sortAscending: (column) => `Sort by ${column.toLowerCase()}, ascending`,
  sortDescending: (column) => `Sort by ${column.toLowerCase()}, descending`,
  download: 'Download',
  downloadAs: (format) => `Download image (${format})`,
  exportSource:
    'Source: Independent Health Insurance Funds annual report 2021 and public sources cited in the dataset.',
  legendSpan: 'Partnership or programme phase',
  legendEvent: 'Event',
  presenter: {
    controls: 'Presentation',
    previous: 'Previous collaboration',
    next: 'Next collaboration',
    play: 'Play automatically',
    pause: 'Pause',
    step: (current, total) => (current > 0 ? `${current} of ${total}` : `${total} collaborations`),
    progress: 'Progress of the presentation',
    fullscreen: 'Full screen (F)',
  },
};

const catalogue: Record<UiLanguage, Messages> = { nl, fr, en };

export function messagesFor(lang: UiLanguage): Messages {
  return catalogue[lang];
}
