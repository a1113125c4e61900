/** The `--json` output's schema (docs/tinh-diem-json.schema.json), compiled once for the tests that check real output. */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';

const schema = JSON.parse(readFileSync(new URL('../../docs/tinh-diem-json.schema.json', import.meta.url), 'utf8'));

export const validateJsonResult = new Ajv2020({ allErrors: true }).compile(schema);

/** The schema's complaints about `value`, as one readable string ('' when it conforms). */
export function schemaErrors(value: unknown): string {
  return validateJsonResult(value) ? '' : JSON.stringify(validateJsonResult.errors, null, 1);
}
