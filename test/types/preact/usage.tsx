/** @jsxImportSource preact */
/**
 * Preact: our tags type-check with their attributes, properties and events,
 * and wrong values are rejected (each `@ts-expect-error` must meet an error).
 */
import type {} from 'france-russia-relations/preact';
import type { RawEvent, RelationsSelectEvent } from 'france-russia-relations';

declare const events: readonly RawEvent[];

export function Good() {
  const onSelect = (event: RelationsSelectEvent) => console.log(event.eventId.toUpperCase());
  return (
    <>
      <relations-timeline
        from="1891"
        to="1917"
        categories="treaty alliance"
        calendar="dual"
        controls="search"
        theme="dark"
        heading-level="3"
        compact
        link
        lang="fr"
        class="history"
        events={events}
        onrelations-select={onSelect}
      />
      <relations-timeline headingLevel={4} onrelations-select={(event) => event.eventId.length} />
      <alliance-card alliance="franco-russian-alliance" variant="compact" for="timeline" heading-level={3} />
      <alliance-card htmlFor="timeline" headingLevel={6} calendar="gregorian" />
      <alliance-gallery kinds="alliance entente" variant="full" theme="light" />
      <opinion-poll-chart series="pew-france-opinion-of-russia" type="line" downloadable data={{ polls: [] }} />
    </>
  );
}

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error -- "purple" is not a theme */}
      <relations-timeline theme="purple" />
      {/* @ts-expect-error -- "tabs" is not one of the controls */}
      <relations-timeline controls="tabs" />
      {/* @ts-expect-error -- heading levels stop at 5 on the timeline */}
      <relations-timeline heading-level="6" />
      {/* @ts-expect-error -- events is an array of event records */}
      <relations-timeline events="1812" />
      {/* @ts-expect-error -- the listener receives a RelationsSelectEvent, not a CustomEvent */}
      <relations-timeline onrelations-select={(event: CustomEvent<string>) => event.detail} />
      {/* @ts-expect-error -- "tiny" is not a card variant */}
      <alliance-card variant="tiny" />
      {/* @ts-expect-error -- headingLevel is a number */}
      <alliance-card headingLevel="2" />
      {/* @ts-expect-error -- "pie" is not a chart type */}
      <opinion-poll-chart type="pie" />
      {/* @ts-expect-error -- data is a poll, a series or a dataset */}
      <opinion-poll-chart data={42} />
    </>
  );
}
