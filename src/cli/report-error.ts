import { formatDiagnostic } from "../diagnostics/diagnostic.js";
import { ModelError, StockflowError, UsageError } from "../diagnostics/errors.js";

/**
 * Print an error the way a user should see it (no stack trace for errors stockflow raised on
 * purpose) and exit: 2 for bad usage, 1 for a bad model, a failed run, a limit or a write that
 * failed. A stack overflow or an out-of-memory error is reported as such, without a trace.
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
  if (error instanceof StockflowError) {
    process.stderr.write(`stockflow: ${error.message}\n`);
    process.exit(1);
  }
  if (
    error instanceof RangeError &&
    /call stack|invalid array length|allocation failed/i.test(error.message)
  ) {
    process.stderr.write(
      `stockflow: the model is too large or too deeply nested to process (${error.message}); please report it\n`,
    );
    process.exit(1);
  }
  process.stderr.write(
    `stockflow: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
}
