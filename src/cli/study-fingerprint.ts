/**
 * A fingerprint of a sensitivity study: SHA-256 of everything that decides its runs (model,
 * parameters and their distributions, base values, runs, seed, sampling, saved variables), so
 * that `stockflow merge` refuses shards of different studies.
 */
import { createHash } from "node:crypto";

/** The hex SHA-256 of the study's description, as JSON (keys in the order given). */
export function studyFingerprint(study: Readonly<Record<string, unknown>>): string {
  return createHash("sha256").update(JSON.stringify(study)).digest("hex");
}
