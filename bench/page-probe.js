/* global window, document, performance, requestAnimationFrame, MessageChannel, PerformanceObserver, customElements, Event, setTimeout */
/**
 * Injected into every benchmark page before its own scripts (Playwright
 * `addInitScript`), so it must be self-contained: no imports, no closures over
 * Node values. It records long tasks and layout shifts from the start, polls a
 * per-contender "rendered" predicate once per animation frame, and exposes
 * `window.__bench.search(query)` and `window.__bench.scroll(frames)` for the
 * scripted interactions.
 *
 * @param {{ kind: string, expected: number, expectedText?: string }} options
 *   kind: blank | ours | timelinejs | vis | ours-poll | chartjs
 *   expected: number of events (or 0 when not applicable)
 *   expectedText: `expected` as written in English ("10,000"), formatted by the
 *   caller: formatting it here would start the page's Intl (20–40 ms while ICU
 *   loads its data) and charge that to the contender measured
 */
export function pageProbe({ kind, expected, expectedText = String(expected) }) {
  const bench = {
    kind,
    expected,
    longTasks: [],
    layoutShift: 0,
    shifts: 0,
    rendered: undefined,
    /** Ours, up to 400 events: when every event is in the DOM (the list is drawn in steps after its first screen). */
    whole: undefined,
    error: undefined,
  };
  window.__bench = bench;
  performance.setResourceTimingBufferSize?.(2000);

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        bench.layoutShift += entry.value;
        bench.shifts += 1;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (error) {
    bench.error = String(error);
  }

  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /** Resolves just after the next frame has been produced (rAF, then a task). */
  const nextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  /**
   * Called from an animation-frame callback: resolves in the first task after
   * this frame is produced. (`nextPaint` from there would wait for the frame
   * after, and count whatever work a page does between the two.)
   */
  const afterThisFrame = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = (query) => fold(query).split(/\s+/).filter(Boolean);
  const matchesAll = (text, query) => words(query).every((w) => fold(text).includes(w));

  const ours = () => document.querySelector('relations-timeline');
  const oursRoot = () => ours()?.shadowRoot ?? null;
  const oursCount = () => oursRoot()?.querySelector('[part~="count"]')?.textContent?.trim() ?? '';

  /** Per-contender "rendered" predicates; cheap enough to run every frame. */
  const predicates = {
    blank: () => !!document.querySelector('h1'),
    ours: () => {
      const root = oursRoot();
      if (!root) return false;
      if (expected <= 400) {
        // The count says every event is there, and the list's first screen is full (or the list is whole):
        // the rest is drawn in the frames that follow, timed as "whole".
        const events = root.querySelectorAll('[part~="event"]');
        const list = root.querySelector('[part~="list"]');
        if (!list || events.length === 0 || !oursCount().includes(expectedText)) return false;
        return events.length === expected || events[events.length - 1].getBoundingClientRect().top > list.getBoundingClientRect().bottom;
      }
      // Virtualized: the count says every event is there and the first rows exist.
      return oursCount().startsWith(expectedText) && root.querySelectorAll('[part~="event"]').length >= 5;
    },
    timelinejs: () =>
      document.getElementsByClassName('tl-slide').length >= expected &&
      document.getElementsByClassName('tl-timemarker').length >= expected,
    vis: () => !!document.querySelector('.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point'),
    'ours-poll': () => {
      const el = document.querySelector('opinion-poll-chart');
      const root = el?.shadowRoot;
      if (!root || !customElements.get('opinion-poll-chart')) return false;
      if (root.querySelector('[part~="loading"], [part~="error"]')) return false;
      return !!root.querySelector('svg, canvas, [part~="chart"]');
    },
    chartjs: () => window.__chartRendered === true,
  };

  const check = () => {
    let done;
    try {
      done = predicates[kind]();
    } catch {
      done = false;
    }
    if (done) afterThisFrame().then((t) => (bench.rendered = t));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);

  if (kind === 'ours' && expected <= 400) {
    const whole = () => {
      if ((oursRoot()?.querySelectorAll('[part~="event"]').length ?? 0) === expected) afterThisFrame().then((t) => (bench.whole = t));
      else requestAnimationFrame(whole);
    };
    requestAnimationFrame(whole);
  }

  /** Counts elements, descending into open shadow roots. */
  bench.domCount = () => {
    let n = 0;
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        n += 1;
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return n;
  };

  /**
   * Applies a search filter and resolves when the filtered list is on screen.
   * ours: sets the search input's value and dispatches one `input` event (as a
   * paste would), then waits until the count has changed and every rendered
   * entry matches. vis (closest equivalent, it has no search): `setItems` with
   * the matching items, then waits until every rendered item matches.
   */
  bench.search = async (query) => {
    const timeout = performance.now() + 30000;
    if (kind === 'ours') {
      const el = ours();
      const root = oursRoot();
      const input = root.querySelector('[part~="search"]');
      const before = oursCount();
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      for (;;) {
        await el.updateComplete;
        const entries = [...root.querySelectorAll('[part~="event"]')];
        const countChanged = oursCount() !== before;
        if (countChanged && entries.every((e) => matchesAll(e.querySelector('[part~="title"]').textContent + '\n' + e.querySelector('[part~="summary"]').textContent, query)))
          break;
        if (performance.now() > timeout) throw new Error(`search "${query}" did not settle: ${oursCount()}`);
        await frame();
      }
      const end = await nextPaint();
      const count = oursCount();
      const shown = query ? Number((/Showing ([\d,]+)/.exec(count)?.[1] ?? '0').replace(/,/g, '')) : expected;
      return { ms: end - start, shown, label: count };
    }
    if (kind === 'vis') {
      const { timeline, items } = window.__vis;
      const start = performance.now();
      const kept = items.filter((item) => item.type === 'background' || matchesAll(`${item.content}\n${item.title ?? ''}`, query));
      const shown = kept.filter((i) => i.type !== 'background');
      // vis emits `changed` once it has redrawn with the new items.
      const changed = new Promise((resolve) => timeline.once('changed', resolve));
      timeline.setItems(new window.vis.DataSet(kept));
      await Promise.race([changed, new Promise((resolve) => setTimeout(resolve, 30000))]);
      const titles = new Set(shown.map((i) => i.content));
      for (;;) {
        const rendered = [...document.querySelectorAll('.vis-item:not(.vis-background) .vis-item-content')];
        if (rendered.every((e) => titles.has(e.textContent))) break;
        if (performance.now() > timeout) throw new Error(`vis search "${query}" did not settle`);
        await frame();
      }
      const end = await nextPaint();
      return { ms: end - start, shown: shown.length };
    }
    return undefined;
  };

  /**
   * Scrolls through the whole content in `frames` animation frames and records
   * the interval between frames. ours: the list's scrollTop, top to bottom.
   * TimelineJS (closest equivalent): goTo() evenly spaced slides, first to last.
   * vis (closest equivalent): a window 1/20 of the full range panned from the
   * first item to the last. blank: nothing moves (the frame-rate floor).
   */
  bench.scroll = async (frames, maxMs = Infinity) => {
    let step;
    let atEnd = () => true;
    if (kind === 'ours') {
      const list = oursRoot().querySelector('[part~="list"]');
      list.scrollTo({ top: 0, behavior: 'instant' });
      const max = () => list.scrollHeight - list.clientHeight;
      step = (p) => list.scrollTo({ top: Math.round(p * max()), behavior: 'instant' });
      atEnd = () => list.scrollTop >= max() - 1;
    } else if (kind === 'timelinejs') {
      const timeline = window.__timeline;
      const n = timeline.config.events.length;
      let last = -1;
      step = (p) => {
        const index = Math.round(p * (n - 1));
        if (index !== last) timeline.goTo(index);
        last = index;
      };
    } else if (kind === 'vis') {
      const { timeline } = window.__vis;
      const range = timeline.getItemRange();
      const min = range.min.valueOf();
      const max = range.max.valueOf();
      const width = (max - min) / 20;
      step = (p) => timeline.setWindow(min + p * (max - min - width), min + p * (max - min - width) + width, { animation: false });
      step(0);
      await frame();
      await frame();
    } else {
      step = () => {};
    }
    const tasksBefore = bench.longTasks.length;
    const intervals = [];
    let last = await frame();
    const begin = last;
    // Time-boxed: a contender that needs seconds per frame stops at maxMs, and
    // `covered` says how far through the content it got.
    let covered = 0;
    for (let i = 1; i <= frames && last - begin < maxMs; i++) {
      step(i / frames);
      const t = await frame();
      intervals.push(t - last);
      last = t;
      covered = i / frames;
    }
    // A virtualized list may grow as rows are measured: keep going to the real end.
    let extra = 0;
    while (covered === 1 && !atEnd() && extra < 60 && last - begin < maxMs) {
      step(1);
      const t = await frame();
      intervals.push(t - last);
      last = t;
      extra += 1;
    }
    await nextPaint();
    // Long-task entries are delivered asynchronously: give the observer a moment.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const tasks = bench.longTasks.slice(tasksBefore).filter((t) => t.start >= begin - 1);
    return { intervals, covered, reachedEnd: covered === 1 && atEnd(), extraFrames: extra, longTasks: tasks };
  };
}
