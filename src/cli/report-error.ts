import { formatDiagnostic } from "../diagnostics/diagnostic.js";
import { ModelError, SimulationError, UsageError } from "../diagnostics/errors.js";

/**
 * Print an error the way a user should see it (no stack trace for errors stockflow raised on
 * purpose) and exit: 2 for bad usage, 1 for a bad model or a failed run.
 */
export function reportAndExit(error: unknown): never {
  if (error instanceof UsageError) {
    process.stderr.write(`stockflow: ${error.message}\n`);
    process.exit(2);
  }
  if (error instanceof ModelError) {
    for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    process.exit(1);
  }
  if (error instanceof SimulationError) {
    process.stderr.write(`stockflow: ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `stockflow: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
}
