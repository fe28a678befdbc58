/**
 * The package as an analyst gets it: `npm pack`, then `npm install` of the tarball in an empty
 * folder, then a script importing `stockflow/mensenhandel` runs a measure and gets a table.
 * Slow (an install), so it runs in CI and when STOCKFLOW_PACK_TEST=1, and says so otherwise.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const enabled = process.env.CI === "true" || process.env.STOCKFLOW_PACK_TEST === "1";
if (!enabled)
  process.stderr.write(
    "pack-install.test.ts: skipped outside CI (npm pack + npm install take a minute); set STOCKFLOW_PACK_TEST=1 to run it\n",
  );

/** Newest modification time under `dir` (files only). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Whether dist/ was built after the last change to the sources. */
function distIsFresh(): boolean {
  const built = ["dist/index.js", "dist/mensenhandel.js", "dist/cli/main.js"].map((f) => {
    try {
      return statSync(join(root, f)).mtimeMs;
    } catch {
      return 0;
    }
  });
  return Math.min(...built) > Math.max(newest(join(root, "src")), newest(join(root, "models")));
}

const npm = (args: readonly string[], cwd: string) =>
  execFileSync("npm", [...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

describe.runIf(enabled)("npm pack, then npm install of the tarball in an empty folder", () => {
  it("lets a script import stockflow/mensenhandel, run a measure and get a table", () => {
    const work = mkdtempSync(join(tmpdir(), "stockflow-pack-"));
    // `npm pack` would run `prepare` (the build) and mix its output into the JSON: build first
    // when dist/ is older than a source, then pack what is built.
    if (!distIsFresh()) npm(["run", "build"], root);
    const packed = JSON.parse(
      npm(["pack", "--json", "--ignore-scripts", "--pack-destination", work], root),
    ) as { filename: string; files: { path: string }[] }[];
    const paths = packed[0]!.files.map((f) => f.path);
    for (const file of [
      "dist/index.js",
      "dist/mensenhandel.js",
      "dist/mensenhandel.d.ts",
      "dist/cli/main.js",
      "dist/nrm-registered.csv",
      "models/mensenhandel/sfd/mensenhandel-sfd.json",
      "models/mensenhandel/systeemkaart.json",
      "models/mensenhandel/data/nrm-registered.csv",
      "models/mensenhandel/scenarios/avim_capaciteit.yaml",
    ])
      expect(paths, file).toContain(file);

    const project = join(work, "analyst");
    mkdirSync(project);
    writeFileSync(
      join(project, "package.json"),
      '{ "name": "analyst", "private": true, "type": "module" }\n',
    );
    npm(
      ["install", "--prefer-offline", "--no-audit", "--no-fund", join(work, packed[0]!.filename)],
      project,
    );
    writeFileSync(
      join(project, "script.js"),
      [
        'import { mensenhandelFiles, runMeasure } from "stockflow/mensenhandel";',
        'import { existsSync } from "node:fs";',
        'const { rows } = runMeasure("avim_capaciteit", { indicators: ["convictions"], years: [2030] });',
        "console.log(JSON.stringify({ rows, scenario: existsSync(mensenhandelFiles().scenarios.avim_capaciteit) }));",
      ].join("\n"),
    );
    const out = JSON.parse(
      execFileSync(process.execPath, ["script.js"], { cwd: project, encoding: "utf8" }),
    );
    expect(out.scenario).toBe(true);
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0]).toMatchObject({ indicator: "convictions", year: 2030 });
    expect(out.rows[0].measure).toBeGreaterThan(out.rows[0].baseline);

    const version = execFileSync(
      join(project, "node_modules", ".bin", "stockflow"),
      ["--version"],
      {
        cwd: project,
        encoding: "utf8",
      },
    );
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+/);
  }, 300_000);
});
