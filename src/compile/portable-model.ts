/**
 * A compiled model as plain data, to hand to a worker thread: everything a run needs, with the
 * program as its generated source. A worker revives it by instantiating that source against the
 * same builtin table, instead of compiling the model again — the same code, so the same numbers,
 * without each worker paying for a parse, a compile and the compiler's modules.
 */
import type { CompiledModel } from "./compile-model.js";
import { instantiate } from "./instantiate.js";
import { RUNTIME_FUNCTIONS } from "./runtime-functions.js";

/** {@link CompiledModel} without its functions and its analysis structure (structured-cloneable). */
export type PortableModel = Omit<CompiledModel, "program" | "structure"> & {
  readonly program: { readonly source: string; readonly random: boolean };
};

/** The data of `compiled` that a run needs. */
export function portableModel(compiled: CompiledModel): PortableModel {
  const { program, structure: _, ...rest } = compiled;
  return { ...rest, program: { source: program.source, random: program.random } };
}

/**
 * A runnable model again. It runs exactly as the original (same source, same builtins), but has
 * an empty `structure`: it is for running, not for the analyses that read the compiled nodes.
 */
export function reviveModel(portable: PortableModel): CompiledModel {
  const { source, random } = portable.program;
  const functions = instantiate<Omit<CompiledModel["program"], "source" | "random">>(
    source,
    RUNTIME_FUNCTIONS,
  );
  return {
    ...portable,
    program: { ...functions, random, source },
    structure: {
      nodes: [],
      slots: new Map(),
      paramIndex: new Map(),
      tableIndex: new Map(),
      stocks: [],
    },
  };
}
