/**
 * The configurator (dist/embed/configure.html): a form to pick an element, its
 * record, filters, language, theme and accent colour; a live preview at phone
 * and desktop widths; and the snippets to copy. The page (its options, built
 * from the dataset) is written by scripts/embed/build.mjs; this script reads
 * the form and writes the snippets, with URLs relative to where the page is
 * served, so they work wherever dist/ is hosted. The previews size themselves
 * through resize.js, as a host page would.
 */
export {};

const form = document.querySelector<HTMLFormElement>('#config')!;
const here = new URL('.', location.href);
const cdn = new URL('../cdn/france-russia-relations.js', here).href;

/** What the form asks for. */
interface Config {
  element: string;
  record: string | undefined;
  attributes: [string, string][];
  lang: string;
  accent: string | undefined;
  transparent: boolean;
}

const value = (name: string) => {
  const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | RadioNodeList | null;
  return field && 'value' in field ? field.value.trim() : '';
};
const checked = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.checked ?? false;

/** The record attribute of each element, and the form field holding it. */
const RECORDS: Record<string, { attribute: string; field: string } | undefined> = {
  'relations-timeline': { attribute: 'era', field: 'era' },
  'alliance-card': { attribute: 'alliance', field: 'alliance' },
  'opinion-poll-chart': { attribute: '', field: 'chart' },
  'alliance-gallery': undefined,
};

function read(): Config {
  const element = value('element');
  const attributes: [string, string][] = [];
  let record: string | undefined;
  const kind = RECORDS[element];
  if (kind) {
    const chosen = value(kind.field);
    if (element === 'opinion-poll-chart') {
      // "poll:<id>" or "series:<id>".
      const [attribute, id] = chosen.split(':') as [string, string];
      attributes.push([attribute, id]);
      record = `${attribute}/${id}`;
    } else if (chosen) {
      attributes.push([kind.attribute, chosen]);
      record = `${kind.attribute === 'era' ? 'era' : 'agreement'}/${chosen}`;
    }
  }
  if (element === 'relations-timeline') {
    for (const name of ['from', 'to']) if (value(name)) attributes.push([name, value(name)]);
    const categories = [...form.querySelectorAll<HTMLInputElement>('input[name="categories"]:checked')].map((box) => box.value);
    const all = form.querySelectorAll('input[name="categories"]').length;
    if (categories.length > 0 && categories.length < all) attributes.push(['categories', categories.join(' ')]);
    if (value('controls') !== 'all') attributes.push(['controls', value('controls')]);
  }
  if (element === 'alliance-card' && value('variant') !== 'full') attributes.push(['variant', value('variant')]);
  if (element === 'opinion-poll-chart' && checked('compact')) attributes.push(['compact', '']);
  if (value('theme') !== 'auto') attributes.push(['theme', value('theme')]);
  const lang = value('lang');
  return { element, record, attributes, lang, accent: checked('use-accent') ? value('accent') : undefined, transparent: checked('transparent') };
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The configurable page's URL for this configuration. */
function frameUrl(config: Config): string {
  const query = new URLSearchParams([['element', config.element], ...config.attributes, ['lang', config.lang]]);
  if (config.accent) query.set('accent', config.accent);
  if (config.transparent) query.set('transparent', '');
  return new URL(`index.html?${query}`, here).href;
}

/** The static page for the record (the URL to paste into a CMS that speaks oEmbed). */
function pageUrl(config: Config): string {
  const path =
    config.element === 'alliance-gallery' ? 'gallery' : config.element === 'relations-timeline' && !config.record ? 'timeline' : config.record;
  return new URL(`${config.lang}/${path}.html`, here).href;
}

function markup(config: Config): string {
  const attributes = [...config.attributes, ['lang', config.lang]].map(([name, v]) => ` ${name}="${escapeHtml(v!)}"`).join('');
  const style = config.accent ? ` style="--frr-color-accent: ${escapeHtml(config.accent)}"` : '';
  return `<${config.element}${attributes}${style}></${config.element}>`;
}

/** The iframe's height before its content reports one: the build's, per element (on its radio). */
const fallbackHeight = () => form.querySelector<HTMLInputElement>('input[name="element"]:checked')?.dataset['height'] ?? '760';

function snippets(config: Config): Record<string, string> {
  const record = document.querySelector<HTMLOptionElement>(`[name="${RECORDS[config.element]?.field ?? ''}"] option:checked`)?.textContent?.trim();
  const title = record ? `France–Russia relations: ${record}` : 'France–Russia relations';
  return {
    page: pageUrl(config),
    iframe:
      `<iframe data-frr-embed src="${escapeHtml(frameUrl(config))}" title="${escapeHtml(title)}" width="100%" height="${fallbackHeight()}" ` +
      `frameborder="0" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>\n` +
      `<script src="${escapeHtml(new URL('resize.js', here).href)}" async></script>`,
    script: `<script type="module" src="${escapeHtml(cdn)}"></script>\n${markup(config)}`,
    npm: `npm install france-russia-relations\n\n// in your code\nimport 'france-russia-relations/${config.element}.js';\n\n<!-- in your markup -->\n${markup(config)}`,
  };
}

function update(): void {
  const config = read();
  // Fields that do not apply to the chosen element are hidden (and skipped by keyboard and screen readers).
  for (const group of form.querySelectorAll<HTMLElement>('[data-for]')) group.hidden = !group.dataset['for']!.split(' ').includes(config.element);
  const out = snippets(config);
  for (const [name, text] of Object.entries(out)) document.querySelector<HTMLTextAreaElement>(`#snippet-${name}`)!.value = text;
  const src = frameUrl(config);
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('.preview iframe')) if (frame.src !== src) frame.src = src;
}

const status = document.querySelector<HTMLElement>('#copy-status')!;
document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
  if (!button) return;
  const field = document.querySelector<HTMLTextAreaElement>(`#snippet-${button.dataset['copy']}`)!;
  try {
    await navigator.clipboard.writeText(field.value);
    status.textContent = `Copied: ${button.dataset['label']}.`;
  } catch {
    // No clipboard permission (an insecure origin, a policy): select it for Ctrl+C.
    field.focus();
    field.select();
    status.textContent = `Selected: ${button.dataset['label']}. Press Ctrl+C (⌘C) to copy.`;
  }
});

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
update();
