/**
 * JSON Schema validation of data/*.json with ajv (Node only: ajv compiles with
 * `new Function`). The generator runs it before writing anything, so bundled
 * data is validated at build time and never again in a reader's browser; the
 * data tests run it too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv/dist/2020.js';

let ajv;

/** Problems per data file, `{ 'events.json': ['/3/date must match …'], … }`; empty lists when valid. */
export function schemaProblems(root) {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
    const dir = join(root, 'data/schema');
    for (const file of readdirSync(dir)) ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
  const results = {};
  for (const file of readdirSync(join(root, 'data')).filter((f) => f.endsWith('.json'))) {
    const validate = ajv.getSchema(`https://france-russia-relations.dev/schema/${file.replace(/\.json$/, '.schema.json')}`);
    if (!validate) {
      results[file] = ['no schema for this file'];
      continue;
    }
    validate(JSON.parse(readFileSync(join(root, 'data', file), 'utf8')));
    results[file] = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
  return results;
}
