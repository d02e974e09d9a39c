/** Where a compiled worker script is: beside this file in dist/, or in dist/ when running from src/. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function workerScript(name: string): URL {
  const beside = new URL(`./${name}`, import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  return new URL(`../../dist/io/${name}`, import.meta.url);
}
