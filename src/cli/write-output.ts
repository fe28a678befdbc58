import { writeFileAtomic } from "./write-file-atomic.js";

/**
 * Write a command's whole output at once: to a file when one is named (atomically, so a failure
 * never leaves a partial file), else to stdout.
 */
export function writeOutput(text: string, file?: string): void {
  if (file) writeFileAtomic(file, text);
  else process.stdout.write(text);
}
