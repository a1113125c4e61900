/** Builds dist/ once before the tests that load the built Apps Script file. */
import { build } from '../scripts/build';

export default async function setup(): Promise<void> {
  await build();
}
