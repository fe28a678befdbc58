/**
 * Reading the data files a model names, confined to the folders the user trusts. A model file
 * comes from a stranger, so `GET DIRECT DATA('/etc/passwd', …)`, `'../../secret.csv'`, a
 * symbolic link out of the folder or `/proc/self/environ` must not be read: the name is resolved
 * against the model's folder, every link is followed (`realpath`), and the result must lie inside
 * the model's folder or a folder given in `allowRead`. Only regular files are read, never
 * anything under `/proc`, `/sys` or `/dev`, and never more than `maxBytes` (counted while
 * reading, since `/proc`-like files report a size of 0). A refusal never quotes the file.
 */
import { closeSync, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import type { ReadDataFile } from "./vensim/data-files.js";

/** Options of {@link confinedFileReader}. */
export interface ConfinedReaderOptions {
  /** Further folders whose files may be read (the CLI's `--allow-read DIR`). */
  readonly allowRead?: readonly string[];
  /** Largest file read, in bytes. */
  readonly maxBytes: number;
}

/** Kernel and device trees: never data files, whatever the user allows. */
const SPECIAL_ROOTS = ["/proc", "/sys", "/dev"];

/**
 * A {@link ReadDataFile} for the model file `modelFile`: names resolve against its folder and
 * must stay inside that folder or one of `allowRead`, after following links.
 */
export function confinedFileReader(
  modelFile: string,
  options: ConfinedReaderOptions,
): ReadDataFile {
  const folder = dirname(resolve(modelFile));
  const roots = [folder, ...(options.allowRead ?? [])].map((dir) => realOrSelf(resolve(dir)));
  return (name) => {
    if (name.includes("\u0000")) throw new Error("the file name holds a NUL character");
    const wanted = resolve(folder, name.replace(/\\/g, "/"));
    let real: string;
    try {
      real = realpathSync(wanted);
    } catch {
      throw new Error("no such file");
    }
    if (SPECIAL_ROOTS.some((root) => inside(real, root))) {
      throw new Error("refused: special files (/proc, /sys, /dev) are never read");
    }
    if (!roots.some((root) => inside(real, root))) {
      throw new Error(
        "refused: the file is outside the model's folder (allow its folder with --allow-read DIR, or the allowRead option of loadModel)",
      );
    }
    return readBounded(real, options.maxBytes);
  };
}

/** Whether `path` is `root` or lies under it. */
function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A regular file's bytes, refusing one larger than `maxBytes` without reading past it. */
function readBounded(path: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    throw new Error("cannot open the file");
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error("refused: not a regular file");
    if (stat.size > maxBytes) {
      throw new Error(`file is ${stat.size} bytes, more than the limit of ${maxBytes}`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      chunks.push(chunk.subarray(0, n));
      if (total > maxBytes) throw new Error(`file is more than the limit of ${maxBytes} bytes`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
