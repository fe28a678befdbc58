/**
 * Writing an output file so that it is either the old file or the whole new one: the bytes go to
 * a temporary file beside the target, which is then renamed over it (a rename within one folder
 * is atomic), so a full disk or a `kill -9` mid-write never leaves half a file. A target that
 * exists and is not a regular file (`/dev/null`, a pipe) is written in place, never replaced.
 * Errors come back as an {@link OutputError} with the reason in plain words, and an input file
 * read by this invocation is never overwritten.
 */
import {
  closeSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { OutputError } from "../diagnostics/errors.js";
import { isInput } from "./cli-session.js";

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  EFBIG: "file too large",
  EIO: "input/output error",
};

/** Write `data` to `file` whole, or leave `file` as it was and throw an {@link OutputError}. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const existing = statOrUndefined(file);
  if (existing?.isDirectory()) throw failure(file, "EISDIR");
  if (existing !== undefined && isInput(realpathSync(file))) {
    throw new OutputError(`cannot write ${file}: it is an input of this command`);
  }
  if (existing !== undefined && !existing.isFile()) {
    try {
      writeFileSync(file, data);
    } catch (error) {
      throw failure(file, code(error));
    }
    return;
  }
  const temporary = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`,
  );
  let fd: number | undefined;
  try {
    fd = openSync(temporary, "wx", (existing?.mode ?? 0o666) & 0o777);
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // The temporary file was never created.
    }
    throw failure(file, code(error));
  }
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function code(error: unknown): string {
  return String((error as { code?: unknown }).code ?? "");
}

function failure(file: string, errorCode: string): OutputError {
  return new OutputError(
    `cannot write ${file}: ${REASONS[errorCode] ?? (errorCode || "unknown error")}`,
  );
}
