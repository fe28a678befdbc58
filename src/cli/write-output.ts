import { writeFileSync } from "node:fs";

/**
 * Write a command's whole output at once: to a file when one is named (so a failure never
 * leaves a partial file), else to stdout.
 */
export function writeOutput(text: string, file?: string): void {
  if (file) writeFileSync(file, text);
  else process.stdout.write(text);
}
