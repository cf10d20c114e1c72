/**
 * The project's own TypeScript program (tsconfig.json, the compiler the build
 * uses), so the manifest plugins can ask the type checker what the code says:
 * what an alias such as `Theme` stands for, which class an element dispatches,
 * which stylesheets it adopts. The analyzer parses each file on its own and
 * has no checker; this program is built once per run, on first use.
 */
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

export { ts };

export const root = resolve(import.meta.dirname, '../..');

let cached;

/** `{ program, checker }` for the project's tsconfig.json. */
export function project() {
  if (cached) return cached;
  const configPath = resolve(root, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  // No @types packages: the sources use none, and loading them doubles the time.
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true, types: [] } });
  cached = { program, checker: program.getTypeChecker() };
  return cached;
}

/** The source file of a project-relative path (`src/x/y.ts`). */
export function sourceFile(path) {
  const file = project().program.getSourceFile(resolve(root, path));
  if (!file) throw new Error(`${path} is not part of the TypeScript program (tsconfig.json)`);
  return file;
}

/** The class `name` declared at the top level of `path`. */
export function classDeclaration(path, name) {
  const found = sourceFile(path).statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === name);
  if (!found) throw new Error(`no class ${name} in ${path}`);
  return found;
}

/** `file:line` of a node, for error messages. */
export function where(node) {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  return `${file.fileName.slice(root.length + 1)}:${line + 1}`;
}

/** The declaration an identifier refers to, through imports and re-exports. */
export function declarationOf(identifier) {
  const { checker } = project();
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}

/** An expression without `as const`, `satisfies …` and parentheses around it. */
export function unwrap(node) {
  while (node && (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node))) {
    node = node.expression;
  }
  return node;
}

/** Every node below `node` (depth first) for which `test` holds. */
export function findAll(node, test) {
  const out = [];
  const visit = (child) => {
    if (test(child)) out.push(child);
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return out;
}

/**
 * The class's JSDoc tags of one kind (`attr`, `fires`, `csspart`, `cssprop`) as
 * `{ type, name, description, node }`: `@attr {type} name - description`.
 */
export function classTags(declaration, kinds) {
  const out = [];
  for (const tag of ts.getJSDocTags(declaration)) {
    if (!kinds.includes(tag.tagName.text)) continue;
    const text = (ts.getTextOfJSDocComment(tag.comment) ?? '').trim();
    const match = /^(?:\{([^}]*)\}\s*)?(\[[^\]]*\]|\S+)(?:\s+-)?\s*([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`${where(tag)}: cannot read @${tag.tagName.text} ${text}`);
    const [, type, rawName, description] = match;
    const [name, defaultValue] = rawName.replace(/^\[|\]$/g, '').split(/=(.*)/s);
    out.push({ kind: tag.tagName.text, type, name, default: defaultValue, description: description.replace(/\s+/g, ' ').trim(), node: tag });
  }
  return out;
}
