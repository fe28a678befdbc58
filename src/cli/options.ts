/** Small parsers for CLI option values; each throws a UsageError naming the option and value. */
import { UsageError } from "../diagnostics/errors.js";

/** A finite number. */
export function parseNumber(option: string): (value: string) => number {
  return (value) => {
    const x = Number(value);
    if (value.trim() === "" || !Number.isFinite(x)) {
      throw new UsageError(`${option} takes a number, got ${JSON.stringify(value)}`);
    }
    return x;
  };
}

/** One of a fixed set of words. */
export function parseChoice<T extends string>(
  option: string,
  choices: readonly T[],
): (value: string) => T {
  return (value) => {
    if (!(choices as readonly string[]).includes(value)) {
      throw new UsageError(
        `${option} takes one of ${choices.join(", ")}, got ${JSON.stringify(value)}`,
      );
    }
    return value as T;
  };
}

/** Collects repeated `NAME=VALUE` options into a record of numbers. */
export function collectAssignment(option: string) {
  return (value: string, previous: Record<string, number> = {}): Record<string, number> => {
    const at = value.indexOf("=");
    if (at <= 0) throw new UsageError(`${option} takes NAME=VALUE, got ${JSON.stringify(value)}`);
    const name = value.slice(0, at).trim();
    return { ...previous, [name]: parseNumber(`${option} ${name}`)(value.slice(at + 1)) };
  };
}

/** A comma-separated list. */
export function parseList(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
