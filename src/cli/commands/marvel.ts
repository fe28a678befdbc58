import type { Command } from "commander";
import { UsageError } from "../../diagnostics/errors.js";
import type { MarvelFormulation } from "../../marvel/marvel-settings.js";
import type { InterventionPackage } from "../../model/types.js";
import { loadCliModel } from "../load-cli-model.js";

interface MarvelCliOptions {
  readonly intervene: string[];
  readonly package: string[];
  readonly indicator: string[];
  readonly moments: string;
  readonly horizon?: string;
  readonly start?: string;
  readonly stop?: string;
  readonly robustness?: string;
  readonly seed: string;
  readonly spread?: string;
  readonly robustnessScope: string;
  readonly formulation: string;
  readonly format: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function number(text: string | undefined, what: string): number | undefined {
  if (text === undefined) return undefined;
  const x = Number(text);
  if (text.trim() === "" || !Number.isFinite(x))
    throw new UsageError(`marvel: ${what} must be a number, got ${JSON.stringify(text)}`);
  return x;
}

/**
 * `stockflow marvel MAP`: evaluate interventions on an enriched causal map the MARVEL way.
 * Interventions given with `--intervene` are evaluated together as one package; without
 * `--intervene` or `--package`, every declared package and intervention is evaluated and ranked.
 */
export function registerMarvel(program: Command): void {
  program
    .command("marvel <map>")
    .description(
      "evaluate interventions on an enriched causal map (MARVEL): change, direction, pattern, robustness",
    )
    .option(
      "--intervene <spec>",
      "impose a step FACTOR=CHANGE[@TIME] (repeatable; together one package)",
      collect,
      [],
    )
    .option("--package <name>", "evaluate a package declared in the map (repeatable)", collect, [])
    .option(
      "--indicator <spec>",
      "indicator FACTOR:up|down[:WEIGHT] (repeatable; default: the map's)",
      collect,
      [],
    )
    .option("--moments <list>", "moments after the start to compare at", "1,2,5,10")
    .option("--horizon <years>", "length of the run (default: 10 or the last moment)")
    .option(
      "--start <time>",
      "start time of the run (default: the earliest start of the map's interventions, else 0)",
    )
    .option("--stop <time>", "end of the run (instead of --horizon)")
    .option("--robustness <n>", "repeat over N seeded samples of the strength and speed mappings")
    .option("--seed <s>", "seed of the robustness sample", "1")
    .option("--spread <x>", "half-width of the multipliers of the class values (default 0.5)")
    .option(
      "--robustness-scope <scope>",
      "class (all links of a class together) or link (each link on its own)",
      "class",
    )
    .option("--formulation <name>", "change (default) or bsl", "change")
    .option("--format <format>", "table or json", "table")
    .action(async (path: string, opts: MarvelCliOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { evaluateMarvel } = await import("../../marvel/evaluate-marvel.js");
      const { marvelJson, marvelTable } = await import("../../marvel/marvel-report.js");
      const { parseIndicatorSpecs, parseInterventionSpecs, parseMoments } = await import(
        "../../marvel/parse-marvel-specs.js"
      );
      if (opts.format !== "table" && opts.format !== "json")
        throw new UsageError(
          `marvel: unknown format ${JSON.stringify(opts.format)}: expected table or json`,
        );
      if (opts.robustnessScope !== "class" && opts.robustnessScope !== "link")
        throw new UsageError(
          `marvel: unknown robustness scope ${JSON.stringify(opts.robustnessScope)}: expected class or link`,
        );
      if (opts.formulation !== "change" && opts.formulation !== "bsl")
        throw new UsageError(
          `marvel: unknown formulation ${JSON.stringify(opts.formulation)}: expected change or bsl`,
        );
      const model = await loadCliModel(path);
      if (model.kind !== "causal-map")
        throw new UsageError(
          `marvel: ${path} is a stock-and-flow model; marvel needs a causal map`,
        );
      const interventions = parseInterventionSpecs(model, opts.intervene);
      const map = { ...model, interventions: [...(model.interventions ?? []), ...interventions] };
      const ids = interventions.map((iv) => iv.id);
      const packages: (string | InterventionPackage)[] = [...opts.package];
      // Several --intervene run together as one package; one runs as itself.
      if (ids.length > 1) packages.push({ id: "command_line", interventions: ids });
      const indicators =
        opts.indicator.length > 0 ? parseIndicatorSpecs(model, opts.indicator) : undefined;
      const starts = map.interventions.flatMap((iv) => (iv.start === undefined ? [] : [iv.start]));
      const start =
        number(opts.start, "--start") ??
        (starts.length > 0 ? Math.floor(Math.min(...starts)) : undefined);
      const stop = number(opts.stop, "--stop");
      if (stop !== undefined && opts.horizon !== undefined)
        throw new UsageError("marvel: give --stop or --horizon, not both");
      if (stop !== undefined && !(stop > (start ?? 0)))
        throw new UsageError(
          `marvel: --stop must lie after the start (${start ?? 0}), got ${stop}`,
        );
      const horizon = stop !== undefined ? stop - (start ?? 0) : number(opts.horizon, "--horizon");
      const samples = number(opts.robustness, "--robustness");
      const spread = number(opts.spread, "--spread");
      const evaluation = evaluateMarvel(map, {
        ...(ids.length === 1 ? { interventions: ids } : {}),
        packages,
        ...(indicators ? { indicators } : {}),
        moments: parseMoments(opts.moments),
        ...(horizon === undefined ? {} : { horizon }),
        settings: {
          formulation: opts.formulation as MarvelFormulation,
          ...(start === undefined ? {} : { start }),
        },
        ...(samples === undefined
          ? {}
          : {
              robustness: {
                samples,
                seed: number(opts.seed, "--seed") ?? 1,
                scope: opts.robustnessScope as "class" | "link",
                ...(spread === undefined ? {} : { spread }),
              },
            }),
      });
      const text =
        opts.format === "json"
          ? `${JSON.stringify(marvelJson(evaluation))}\n`
          : marvelTable(evaluation);
      process.stdout.write(text);
    });
}
