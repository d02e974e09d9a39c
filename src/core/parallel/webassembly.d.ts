/**
 * The part of the WebAssembly JavaScript API the kernels use. Node has it globally; TypeScript
 * declares it only in the DOM library, which the core must not see.
 */
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    readonly buffer: ArrayBuffer;
  }
}
