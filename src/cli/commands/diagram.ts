import type { Command } from "commander";
import { UsageError } from "../../diagnostics/errors.js";
import type { Lang } from "../../render/strings.js";
import { loadCliModel } from "../load-cli-model.js";
import { parseChoice, parseNumber } from "../options.js";

interface DiagramCommandOptions {
  kind: "cld" | "stock-flow";
  highlight?: string;
  from?: string;
  lang?: Lang;
  colourBy?: "polarity" | "group";
  seed?: number;
  title?: string;
  output?: string;
}

/** `stockflow diagram MODEL`: draw a causal-loop or stock-and-flow diagram as SVG. */
export function registerDiagram(program: Command): void {
  program
    .command("diagram <model>")
    .description("draw a causal-loop (cld) or stock-and-flow diagram of a model as SVG")
    .option(
      "--kind <kind>",
      "cld or stock-flow",
      parseChoice("--kind", ["cld", "stock-flow"] as const),
      "cld",
    )
    .option("--highlight <loop>", "highlight one loop (cld), e.g. R1")
    .option("--from <factor>", "highlight the paths from one factor (cld)")
    .option("--lang <lang>", "labels in nl or en", parseChoice("--lang", ["nl", "en"] as const))
    .option(
      "--colour-by <what>",
      "cld link colour: polarity or group",
      parseChoice("--colour-by", ["polarity", "group"] as const),
    )
    .option("--seed <n>", "layout seed", parseNumber("--seed"))
    .option("--title <text>", "picture title")
    .option("-o, --output <file>", "write the picture to FILE.svg or FILE.png instead of stdout")
    .action(async (path: string, options: DiagramCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { modelCld, modelStockFlow } = await import("../../render/model-pictures.js");
      const { checkPictureOutput, writePicture } = await import("../write-picture.js");
      checkPictureOutput(options.output);
      if (options.highlight !== undefined && options.from !== undefined) {
        throw new UsageError("diagram: give --highlight or --from, not both");
      }
      const cldOnly = [
        options.highlight && "--highlight",
        options.from && "--from",
        options.colourBy && "--colour-by",
      ];
      const misplaced = cldOnly.filter((o) => typeof o === "string");
      if (options.kind === "stock-flow" && misplaced.length > 0) {
        throw new UsageError(`diagram: ${misplaced.join(", ")} only apply to --kind cld`);
      }
      const model = await loadCliModel(path);
      // An equation that does not parse would silently lose its links: refuse the model.
      if (model.kind === "stock-flow")
        (await import("../../analysis/graph/causal-graph.js")).causalGraph(model);
      const common = {
        ...(options.lang === undefined ? {} : { lang: options.lang }),
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.title === undefined ? {} : { title: options.title }),
      };
      const svg =
        options.kind === "stock-flow"
          ? modelStockFlow(model, common)
          : modelCld(model, {
              ...common,
              ...(options.colourBy === undefined ? {} : { colourBy: options.colourBy }),
              ...(options.highlight !== undefined
                ? { highlight: { loop: options.highlight } }
                : {}),
              ...(options.from !== undefined ? { highlight: { from: options.from } } : {}),
            });
      await writePicture(svg, options.output);
    });
}
