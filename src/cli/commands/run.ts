import type { Command } from "commander";

/** `stockflow run MODEL`: simulate a model and print or write its time series. */
export function registerRun(program: Command): void {
  program.command("run <model>").description("simulate a model and print its time series");
}
