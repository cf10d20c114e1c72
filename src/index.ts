/**
 * france-russia-relations: element classes and types, without side effects.
 * Import `france-russia-relations/all.js` (or one `./<tag>.js`) to register elements.
 */
export { LOCALES, type Locale } from './shared/locales.js';
export { THEMES, type Theme } from './shared/themes.js';
export {
  PRECISIONS,
  type Precision,
  type PartialDate,
  type DayDate,
  parseIsoDate,
  julianToGregorian,
  gregorianToJulian,
  isRussianOldStyleEra,
} from './shared/calendar.js';
export { DataError, ValidationError, type Validator } from './data/load.js';
export { RelationsTimeline, CALENDARS, CONTROLS, type Calendar, type Controls } from './relations-timeline/relations-timeline.js';
export { RelationsSelectEvent } from './shared/events.js';
export { CATEGORIES, CLIMATES, type Category, type Climate } from './data/types.js';
export type * from './data/types.js';
export { AllianceCard, ALLIANCE_CARD_VARIANTS, type AllianceCardVariant } from './alliance-card/alliance-card.js';
export { AllianceGallery, ALLIANCE_GALLERY_VARIANTS, type AllianceGalleryVariant } from './alliance-gallery/alliance-gallery.js';
export { ALLIANCE_KINDS, STAGES, ENDINGS, type AllianceKind, type Stage, type Ending } from './data/types.js';
export { OpinionPollChart } from './opinion-poll-chart/opinion-poll-chart.js';
export { CHART_TYPES, type ChartType } from './opinion-poll-chart/model.js';
export { marginOfError, samplingError, type MarginOfError } from './opinion-poll-chart/margin-of-error.js';
export { readBundled, loadBundled, type Part } from './data/dataset.js';
export { preload } from './shared/preload.js';
export { timelinePart, detailsPart, allDetailsParts, centuryOf } from './data/timeline-parts.js';
export { agreementPart, allAgreementParts, AGREEMENT_IDS } from './data/agreement-parts.js';
export { pollPart, seriesPart, POLL_IDS, SERIES_IDS } from './data/poll-parts.js';
