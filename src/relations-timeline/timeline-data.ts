/**
 * Where a timeline's data comes from, for its DataController: the bundled
 * timeline index (details follow per century, see details-controller.ts), a
 * dataset at `src`, or events given by property; with the timeline's own
 * strings, which come with its data (French and Russian are chunks of their
 * own).
 */
import { given, loadBundled, readBundled } from '../data/dataset.js';
import { timelinePart } from '../data/timeline-parts.js';
import type { Dataset, RawEvent } from '../data/types.js';
import { loadTimelineStrings, timelineStrings } from '../i18n/strings/relations-timeline.js';
import type { DataSource } from '../shared/data-controller.js';
import type { Locale } from '../shared/locales.js';
import { preloadWithDetails } from './details-controller.js';
import { withVirtualizer } from './virtualizer.js';

export interface TimelineDataHost {
  readonly src: string | undefined;
  readonly events: readonly RawEvent[] | undefined;
  readonly selected: string | undefined;
}

type Args = readonly [src: string | undefined, events: readonly RawEvent[] | undefined, locale: Locale];

export function timelineSource(host: TimelineDataHost, locale: () => Locale): DataSource<Args, Dataset> {
  return {
    args: () => [host.src, host.events, locale()],
    read: ([src, events, locale]) => (src || events || !timelineStrings(locale) ? undefined : readBundled([timelinePart(locale)], locale)),
    load: async ([src, events, locale]) => {
      const data = events ? (await given()).resolveGivenDataset({ events }, locale) : src ? (await given()).loadDatasetFrom(src, locale) : loadBundled([timelinePart(locale)], locale);
      return (await Promise.all([withVirtualizer(data), loadTimelineStrings(locale)]))[0];
    },
    // The server drew the selected event open, with its details.
    prepare: ([src, events, locale]) => Promise.all([src || events ? undefined : preloadWithDetails(locale, host.selected), loadTimelineStrings(locale)]),
  };
}
