/**
 * The committed WebAssembly modules are what their AssemblyScript sources compile to: the
 * generated file cannot drift from assembly/*.ts unnoticed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without type declarations
import { compileKernel, generatedPath, moduleText } from '../../../scripts/build-kernels.mjs';

describe('generated kernels', () => {
  it('src/core/parallel/wasm/paths.wasm.ts is assembly/paths.ts compiled', async () => {
    const binary = (await compileKernel('paths')) as Buffer;
    expect(readFileSync(generatedPath('paths') as string, 'utf8')).toBe(moduleText('paths', binary));
  });
});
