/**
 * What one `stockflow` invocation shares across its command: the folders the user lets a model
 * read data from (`--allow-read`), the warning codes the user silenced (`--silence`), the files
 * read as input (never overwritten by `-o`) and the warnings already printed (each once).
 */
import type { Command } from "commander";
import { type Diagnostic, formatDiagnostic } from "../diagnostics/diagnostic.js";
import { UsageError } from "../diagnostics/errors.js";
import { limitNames, setLimits } from "../diagnostics/limits.js";
import { collectAssignment } from "./options.js";

interface Session {
  allowRead: string[];
  silenced: Set<string>;
  readonly inputs: Set<string>;
  readonly printed: Set<string>;
}

const session: Session = {
  allowRead: [],
  silenced: new Set(),
  inputs: new Set(),
  printed: new Set(),
};

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Register the options every command shares (given before or after the command's name). */
export function registerSessionOptions(program: Command): void {
  program
    .option(
      "--allow-read <dir>",
      "let model files read data files in DIR too (repeatable; default: only the model's folder)",
      collect,
    )
    .option("--silence <code>", "do not print warnings with this code (repeatable)", collect)
    .option(
      "--limit <name=n>",
      `raise a resource limit (${limitNames()}; repeatable)`,
      collectAssignment("--limit"),
    )
    .hook("preAction", (_program, command) => {
      const options = command.optsWithGlobals() as {
        allowRead?: string[];
        silence?: string[];
        limit?: Record<string, number>;
      };
      if (options.limit !== undefined) {
        try {
          setLimits(options.limit);
        } catch (error) {
          throw new UsageError(`--limit: ${(error as Error).message.replace(/^setLimits: /, "")}`);
        }
      }
      session.allowRead = options.allowRead ?? [];
      session.silenced = new Set((options.silence ?? []).flatMap((s) => s.split(",")));
    });
}

/** The folders `--allow-read` named. */
export function allowedFolders(): readonly string[] {
  return session.allowRead;
}

/** Remember a file read as input (by its real path), so that `-o` never overwrites it. */
export function recordInput(realPath: string): void {
  session.inputs.add(realPath);
}

/** Whether a real path is one of the inputs read. */
export function isInput(realPath: string): boolean {
  return session.inputs.has(realPath);
}

/**
 * Print warnings to stderr, each once per invocation, each saying how to silence it; warnings
 * whose code was silenced with `--silence CODE` are left out.
 */
export function printWarnings(warnings: readonly Diagnostic[]): void {
  for (const warning of warnings) {
    if (session.silenced.has(warning.code)) continue;
    const line = formatDiagnostic(warning);
    if (session.printed.has(line)) continue;
    session.printed.add(line);
    process.stderr.write(`${line} [silence with --silence ${warning.code}]\n`);
  }
}
