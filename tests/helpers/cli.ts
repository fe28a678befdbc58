/** Run the `stockflow` CLI from source in a child process, as a user would. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function cli(args: readonly string[], options: { cwd?: string } = {}): CliResult {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", `${root}src/cli/main.ts`, ...args],
    {
      cwd: options.cwd ?? root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
