/**
 * What each element's manifest entry says, read from the code where the code
 * knows it, checked against the class's JSDoc contract where only people do:
 *
 * - attribute and property types through the type checker, aliases resolved
 *   (`'auto' | 'light' | 'dark'`, not `Theme`), in the order of the `const`
 *   array they come from; attributes described by the class's `@attr` lines;
 * - events from the element's `dispatchEvent(new SomeEvent(…))` calls, named by
 *   the event class (`static eventName`), described by `@fires`;
 * - custom properties from the stylesheets the element adopts (`static
 *   styles`): its own `--<tag>-*` (described by `@cssprop`) and the global
 *   `--frr-*` theme it reads, with their fallbacks as defaults;
 * - parts: every literal `part="…"` in the templates of the element's folder and
 *   of src/shared/ must have its `@csspart` line (parts built from variables
 *   are covered by test/manifest.test.ts, which renders every element).
 *
 * A JSDoc line the code contradicts fails `npm run analyze` with its file and line.
 */
import { dirname, join } from 'node:path';
import {
  classDeclaration,
  classTags,
  declarationOf,
  findAll,
  project,
  sourceFile,
  ts,
  unwrap,
  where,
} from './program.mjs';

/** The global theme (src/shared/theme.ts): what each token sets, as in the README's Theming table. */
export const THEME_TOKENS = {
  '--frr-color-surface': 'Background.',
  '--frr-color-surface-raised': 'Raised surfaces: cards, bars, hover.',
  '--frr-color-text': 'Text colour.',
  '--frr-color-text-muted': 'Secondary text colour.',
  '--frr-color-border': 'Borders and rules.',
  '--frr-color-accent': 'Accent: links, the France side.',
  '--frr-color-accent-alt': 'Second accent: the Russia side.',
  '--frr-color-focus': 'Focus ring.',
  '--frr-color-error': 'Text and border of error messages.',
  '--frr-color-error-surface': 'Background of error messages.',
  '--frr-font-family': 'Font (inherited from the page by default).',
  '--frr-font-size': 'Base font size (inherited from the page by default).',
  '--frr-line-height': 'Line height.',
  '--frr-radius': 'Corner radius.',
  '--frr-space': 'Base spacing.',
  '--frr-duration': 'Animation length (0s when the reader prefers reduced motion).',
};

class ContractError extends Error {}

const fail = (node, message) => {
  throw new ContractError(`${where(node)}: ${message}`);
};

export function fromCode() {
  return {
    name: 'frr-from-code',
    packageLinkPhase({ customElementsManifest }) {
      const problems = [];
      for (const mod of customElementsManifest.modules) {
        for (const element of mod.declarations ?? []) {
          if (!element.customElement || !element.tagName) continue;
          const cls = classDeclaration(mod.path, element.name);
          for (const step of [types, events, cssProperties, parts]) {
            try {
              step(element, cls, mod.path);
            } catch (error) {
              if (!(error instanceof ContractError)) throw error;
              problems.push(error.message);
            }
          }
        }
      }
      if (problems.length) {
        throw new Error(`custom-elements.json: the JSDoc contract disagrees with the code:\n- ${problems.join('\n- ')}`);
      }
    },
  };
}

// ---------------------------------------------------------------- types

/** The literal values a type annotation names, in the order its source writes them. */
function literalOrder(node) {
  if (!node) return [];
  if (ts.isParenthesizedTypeNode(node)) return literalOrder(node.type);
  if (ts.isUnionTypeNode(node)) return node.types.flatMap(literalOrder);
  if (ts.isLiteralTypeNode(node)) {
    return ts.isStringLiteral(node.literal) || ts.isNumericLiteral(node.literal) ? [node.literal.text] : [];
  }
  if (ts.isTypeReferenceNode(node)) {
    const alias = declarationOf(ts.isQualifiedName(node.typeName) ? node.typeName.right : node.typeName);
    return alias && ts.isTypeAliasDeclaration(alias) ? literalOrder(alias.type) : [];
  }
  // (typeof VALUES)[number], where VALUES = [...] as const
  if (ts.isIndexedAccessTypeNode(node)) {
    let object = node.objectType;
    while (ts.isParenthesizedTypeNode(object)) object = object.type;
    if (!ts.isTypeQueryNode(object)) return [];
    const variable = declarationOf(ts.isQualifiedName(object.exprName) ? object.exprName.right : object.exprName);
    const array = variable && ts.isVariableDeclaration(variable) ? unwrap(variable.initializer) : undefined;
    if (!array || !ts.isArrayLiteralExpression(array)) return [];
    return array.elements.map(unwrap).filter((e) => ts.isStringLiteral(e) || ts.isNumericLiteral(e)).map((e) => e.text);
  }
  return [];
}

/**
 * A property's type as text with aliases of literal unions spelled out:
 * `{ property: "'auto' | 'light' | 'dark'", attribute: "'auto' | 'light' | 'dark'" }`.
 * The attribute's type is what markup can give it: no `undefined`, no objects
 * (`alliance` takes a record as a property, an id as an attribute).
 */
function typeTexts(member) {
  const { checker } = project();
  const type = checker.getTypeAtLocation(member.name);
  const constituents = type.isUnion() ? type.types : [type];
  const order = literalOrder(member.type);
  const rank = (t) => {
    const i = order.indexOf(String(t.value));
    return i < 0 ? order.length : i;
  };
  const literals = constituents.filter((t) => t.isStringLiteral() || t.isNumberLiteral()).sort((a, b) => rank(a) - rank(b));
  const booleans = constituents.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral);
  const nullish = constituents.filter((t) => t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined));
  const others = constituents.filter((t) => !literals.includes(t) && !booleans.includes(t) && !nullish.includes(t));
  const text = (t) => checker.typeToString(t, member, ts.TypeFormatFlags.NoTruncation);
  const literal = (t) => (t.isStringLiteral() ? `'${t.value.replace(/'/g, "\\'")}'` : String(t.value));
  const bool = booleans.length === 2 ? ['boolean'] : booleans.map(text);
  const markup = [...literals.map(literal), ...bool, ...others.filter((t) => !(t.flags & ts.TypeFlags.Object)).map(text)];
  const nullishLast = [ts.TypeFlags.Null, ts.TypeFlags.Undefined].flatMap((flag) => nullish.filter((t) => t.flags & flag)).map(text);
  return {
    property: [...literals.map(literal), ...bool, ...others.map(text), ...nullishLast].join(' | '),
    attribute: (markup.length ? markup : ['string']).join(' | '),
  };
}

/** A type as a set of its alternatives, for comparing JSDoc with code (`"a"|"b"` = `'b' | 'a'`). */
const alternatives = (text) =>
  new Set(
    text
      .split('|')
      .map((t) => t.trim().replace(/"/g, "'"))
      .filter((t) => t && t !== 'undefined'),
  );
const sameType = (a, b) => {
  const [x, y] = [alternatives(a), alternatives(b)];
  return x.size === y.size && [...x].every((t) => y.has(t));
};

function classMember(cls, name) {
  return cls.members.find(
    (m) => (ts.isPropertyDeclaration(m) || ts.isGetAccessorDeclaration(m)) && m.name && ts.isIdentifier(m.name) && m.name.text === name,
  );
}

function types(element, cls) {
  for (const field of element.members ?? []) {
    if (field.kind !== 'field' || field.static || field.privacy === 'private') continue;
    const member = classMember(cls, field.name);
    if (member) field.type = { text: typeTexts(member).property };
  }
  const documented = new Map(classTags(cls, ['attr', 'attribute']).map((tag) => [tag.name, tag]));
  for (const attribute of element.attributes ?? []) {
    const tag = documented.get(attribute.name);
    const member = attribute.fieldName && classMember(cls, attribute.fieldName);
    if (!member) {
      fail(tag?.node ?? cls, `@attr ${attribute.name} is documented, but no property of ${element.name} has that attribute`);
    }
    if (!tag) fail(member, `attribute "${attribute.name}" has no @attr line in the class's JSDoc`);
    const text = typeTexts(member).attribute;
    if (tag.type && !sameType(tag.type, text)) {
      fail(tag.node, `@attr {${tag.type}} ${attribute.name}: the code's type is ${text}`);
    }
    attribute.type = { text };
    if (tag.description) attribute.description = tag.description;
  }
}

// ---------------------------------------------------------------- events

/** The string a name expression holds: a literal, or `SomeEvent.eventName`. */
function stringValue(node) {
  node = unwrap(node);
  if (!node) return undefined;
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isPropertyAccessExpression(node) || ts.isIdentifier(node)) {
    const declaration = declarationOf(ts.isPropertyAccessExpression(node) ? node.name : node);
    if (declaration && (ts.isPropertyDeclaration(declaration) || ts.isVariableDeclaration(declaration))) {
      return stringValue(declaration.initializer);
    }
  }
  return undefined;
}

/** The name an event class gives its events: `static eventName`, or the literal it passes to `super`. */
function eventClassName(declaration) {
  const fixed = declaration.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'eventName');
  if (fixed) return stringValue(fixed.initializer);
  const ctor = declaration.members.find(ts.isConstructorDeclaration);
  const call = ctor && findAll(ctor, (n) => ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword)[0];
  return call ? stringValue(call.arguments[0]) : undefined;
}

/** What the class dispatches: `[{ name, type, node }]`, from its `dispatchEvent(new X(…))` calls. */
function dispatched(cls) {
  const calls = findAll(
    cls,
    (n) => ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'dispatchEvent',
  );
  return calls.map((call) => {
    const created = unwrap(call.arguments[0]);
    if (!created || !ts.isNewExpression(created)) fail(call, 'dispatch `new SomeEvent(…)` directly, so the manifest can name the event');
    const type = created.expression.getText();
    // Our own event classes name themselves; Event and CustomEvent take the name first.
    const declaration = declarationOf(created.expression);
    const name = declaration && ts.isClassDeclaration(declaration) ? eventClassName(declaration) : stringValue(created.arguments?.[0]);
    if (!name) fail(call, `cannot tell the name of the ${type} dispatched here: give the class a static eventName`);
    return { name, type, node: call };
  });
}

/** The names the package root exports (src/index.ts), for type references users can import. */
function rootExports() {
  const names = new Set();
  for (const statement of sourceFile('src/index.ts').statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const specifier of statement.exportClause.elements) names.add(specifier.name.text);
    }
  }
  return names;
}

function events(element, cls) {
  const fires = new Map(classTags(cls, ['fires', 'event']).map((tag) => [tag.name, tag]));
  const found = new Map();
  for (const event of dispatched(cls)) {
    const known = found.get(event.name);
    if (known && known.type !== event.type) fail(event.node, `"${event.name}" is dispatched as ${known.type} and as ${event.type}`);
    found.set(event.name, event);
  }
  for (const [name, tag] of fires) {
    if (!found.has(name)) fail(tag.node, `@fires ${name}: ${element.name} dispatches no such event`);
  }
  const exported = rootExports();
  element.events = [...found.values()].map(({ name, type, node }) => {
    const tag = fires.get(name);
    if (!tag) fail(node, `${element.name} dispatches "${name}" with no @fires line in the class's JSDoc`);
    if (tag.type && tag.type !== type) fail(tag.node, `@fires {${tag.type}} ${name}: the code dispatches a ${type}`);
    const references = exported.has(type) ? [{ name: type, module: 'src/index.ts', start: 0, end: type.length }] : undefined;
    return { name, type: { text: type, ...(references && { references }) }, description: tag.description };
  });
  if (element.events.length === 0) delete element.events;
}

// ---------------------------------------------------------------- custom properties

/** The css`` stylesheets the class adopts, by variable name: `[{ name, text, node }]`. */
function stylesheets(cls) {
  const styles = cls.members.find(
    (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'styles' && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword),
  );
  if (!styles) return [];
  const value = unwrap(styles.initializer);
  const items = ts.isArrayLiteralExpression(value) ? value.elements : [value];
  return items.map((item) => {
    const declaration = declarationOf(item);
    const sheet = declaration && ts.isVariableDeclaration(declaration) ? unwrap(declaration.initializer) : undefined;
    if (!sheet || !ts.isTaggedTemplateExpression(sheet) || sheet.tag.getText() !== 'css') {
      fail(item, `${item.getText()} in static styles is not a css\`…\` stylesheet the manifest plugin can read`);
    }
    return { name: item.getText(), text: sheet.template.getText(), node: item };
  });
}

/** Every `var(--name, fallback)` in a stylesheet: `[{ name, fallback }]`, nested ones included. */
export function customPropertyUses(css) {
  const uses = [];
  const pattern = /var\(\s*(--[\w-]+)\s*(,)?/g;
  for (let match; (match = pattern.exec(css)); ) {
    let fallback;
    if (match[2]) {
      let depth = 1;
      let i = pattern.lastIndex;
      for (; i < css.length && depth > 0; i++) {
        if (css[i] === '(') depth++;
        else if (css[i] === ')') depth--;
      }
      fallback = css.slice(pattern.lastIndex, i - 1).trim();
    }
    uses.push({ name: match[1], fallback });
  }
  return uses;
}

function cssProperties(element, cls) {
  const own = `--${element.tagName}-`;
  const css = stylesheets(cls).map((sheet) => sheet.text).join('\n');
  const uses = customPropertyUses(css);
  // Private locals stand for the theme token they read: `--_accent: var(--frr-color-accent, …)`.
  const locals = new Map();
  for (const [, local, token] of css.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--frr-[\w-]+)/g)) if (!locals.has(local)) locals.set(local, `var(${token})`);
  const publicValue = (value) =>
    value?.replace(/var\((--_[\w-]+)\)/g, (all, local) => locals.get(local) ?? all).replace(/\s+/g, ' ');
  const documented = classTags(cls, ['cssprop', 'cssproperty']);
  const ownEntries = documented.map((tag) => {
    if (!tag.name.startsWith(own)) fail(tag.node, `@cssprop ${tag.name}: an element documents only its own ${own}* properties (the --frr-* theme is listed from the code)`);
    const use = uses.find((u) => u.name === tag.name);
    if (!use) fail(tag.node, `@cssprop ${tag.name}: no stylesheet of ${element.name} reads it`);
    const fallback = publicValue(use.fallback);
    if (tag.default && tag.default.replace(/\s+/g, ' ') !== fallback) {
      fail(tag.node, `@cssprop [${tag.name}=${tag.default}]: the styles fall back to ${fallback ?? 'nothing'}`);
    }
    return { name: tag.name, description: tag.description, ...(fallback && { default: fallback }) };
  });
  for (const use of uses) {
    if (use.name.startsWith(own) && !documented.some((tag) => tag.name === use.name)) {
      fail(cls, `${element.name}'s styles read ${use.name}, which has no @cssprop line`);
    }
  }
  const theme = new Map();
  for (const use of uses) {
    if (!use.name.startsWith('--frr-') || theme.has(use.name)) continue;
    const description = THEME_TOKENS[use.name];
    if (!description) fail(cls, `${element.name}'s styles read ${use.name}: describe it in THEME_TOKENS (scripts/manifest/elements.mjs) and in the README's Theming table`);
    theme.set(use.name, { name: use.name, description, ...(use.fallback && { default: publicValue(use.fallback) }) });
  }
  element.cssProperties = [...ownEntries, ...theme.values()];
}

// ---------------------------------------------------------------- parts

/** The modules an element's class renders with: its own folder and src/shared/, followed through imports. */
function renderingModules(path) {
  const folder = path.split('/').slice(0, 2).join('/');
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const statement of sourceFile(file).statements) {
      const specifier = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      if (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly) continue;
      const target = join(dirname(file), specifier.text).replace(/\.js$/, '.ts');
      if (target.startsWith(`${folder}/`) || target.startsWith('src/shared/')) visit(target);
    }
  };
  visit(path);
  return [...seen];
}

/** Literal `part="a b"` tokens in a module's html`` and svg`` templates: `Map<part, 'file:line'>`. */
function literalParts(file) {
  const found = new Map();
  const source = sourceFile(file);
  const templates = findAll(source, (n) => ts.isTaggedTemplateExpression(n) && ['html', 'svg'].includes(n.tag.getText()));
  for (const { template } of templates) {
    for (const match of template.getText().matchAll(/\spart=(["'])([^"'$]*)\1/g)) {
      const { line } = source.getLineAndCharacterOfPosition(template.getStart() + match.index);
      for (const part of match[2].split(/\s+/).filter(Boolean)) if (!found.has(part)) found.set(part, `${file}:${line + 1}`);
    }
  }
  return found;
}

function parts(element, cls, path) {
  const documented = new Set((element.cssParts ?? []).map((p) => p.name));
  const missing = new Map();
  for (const file of renderingModules(path)) {
    for (const [part, at] of literalParts(file)) if (!documented.has(part) && !missing.has(part)) missing.set(part, at);
  }
  if (missing.size) {
    const list = [...missing].map(([part, at]) => `"${part}" (${at})`).join(', ');
    fail(cls, `<${element.tagName}> renders parts with no @csspart line in ${element.name}'s JSDoc: ${list}`);
  }
}
