/**
 * Minifies the static text of Lit's `css`, `html` and `svg` tagged templates
 * in our own modules: comments out, whitespace collapsed (strings in CSS kept
 * as they are), so the CDN files carry no indentation. Template expressions are
 * untouched, and the source map follows the edits.
 */
import MagicString from 'magic-string';

/** CSS text with comments removed and whitespace collapsed outside strings. */
export function minifyCss(text) {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '"' || c === "'") {
      // A string, copied as is up to its closing quote (escapes included).
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (/\s/.test(c)) {
      while (i < text.length && /\s/.test(text[i])) i++;
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  // Strings were copied whole: each step below changes only what is outside them.
  const outside = (pattern, replace) => (css) =>
    css.replace(pattern, (match, ...groups) => {
      const [offset, all] = groups.slice(-2);
      return insideString(all, offset) ? match : replace(match, offset, all);
    });
  return [
    // No space is needed next to these.
    outside(/ ?([{};,]) ?/g, (match) => match.trim()),
    // Nor after a colon: a value or a media feature follows (`a: hover` is no selector).
    outside(/: /g, () => ':'),
    // Nor around a child combinator; inside parentheses `>` may compare a media feature: kept there.
    outside(/ ?> ?/g, (match, offset, all) => (depth(all, offset) > 0 ? match : '>')),
    outside(/ !important/g, () => '!important'),
    // The last declaration of a block needs no semicolon.
    outside(/;}/g, () => '}'),
    // Nor does a fraction its leading zero (not after a digit, a letter or a dot).
    outside(/(?<![\w.])0\.(?=\d)/g, () => '.'),
  ].reduce((css, step) => step(css), out);
}

/** How many parentheses are open at `offset` of `css` (strings hold none in our styles). */
function depth(css, offset) {
  let open = 0;
  for (let i = 0; i < offset; i++) open += css[i] === '(' ? 1 : css[i] === ')' ? -1 : 0;
  return open;
}

/** Whether `offset` of `css` falls inside a quoted string. */
function insideString(css, offset) {
  let quote;
  for (let i = 0; i < offset; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
  }
  return quote !== undefined;
}

/** HTML or SVG template text with runs of whitespace collapsed to one space. */
export const minifyMarkup = (text) => text.replace(/\s+/g, ' ');

/** Calls `visit` on `node` and every ESTree node below it. */
export function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/**
 * `code` with the static text of its css``/html``/svg`` templates minified,
 * and a map from the result back to `code`; `null` when nothing changed.
 * `parse` is an ESTree parser (rollup's).
 */
export function minifyModule(code, parse) {
  if (!/\b(css|html|svg)\s*`/.test(code)) return null;
  const s = new MagicString(code);
  walk(parse(code), (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const minify = node.tag.name === 'css' ? minifyCss : node.tag.name === 'html' || node.tag.name === 'svg' ? minifyMarkup : undefined;
    if (!minify) return;
    for (const quasi of node.quasi.quasis) {
      const raw = code.slice(quasi.start, quasi.end);
      const small = minify(raw);
      if (small !== raw && quasi.end > quasi.start) s.overwrite(quasi.start, quasi.end, small);
    }
  });
  return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
}

export function minifyTemplates({ include = /[\\/]dist[\\/](?!cdn[\\/]).*\.js$/ } = {}) {
  return {
    name: 'frr-minify-templates',
    transform(code, id) {
      return include.test(id) ? minifyModule(code, (text) => this.parse(text)) : null;
    },
  };
}
