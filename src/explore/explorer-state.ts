/**
 * The reader's choices on an explorer page, and their default: what the share link encodes.
 */
import type { ExplorerSpec } from "./explorer-spec.js";

/** A switch's setting: size relative to the plan, start year. */
export interface SwitchSetting {
  readonly on: boolean;
  readonly size: number;
  readonly start: number;
}

/** The state of the page. */
export interface ExplorerState {
  readonly lang: "nl" | "en";
  /** Values of the parameters by id. */
  readonly params: Readonly<Record<string, number>>;
  readonly switches: Readonly<Record<string, SwitchSetting>>;
  /** The indicator drawn. */
  readonly indicator: string;
  /** The factor whose loops the map highlights ("" for none). */
  readonly factor: string;
  /** Whether the 5–95 % band is drawn. */
  readonly band: boolean;
}

/** The state a page opens in: the model's values, the baseline's switches on at their plan. */
export function defaultState(spec: ExplorerSpec): ExplorerState {
  return {
    lang: spec.lang,
    params: Object.fromEntries(spec.parameters.map((p) => [p.id, p.value])),
    switches: Object.fromEntries(
      spec.switches.map((s) => [s.id, { on: s.on === true, size: 1, start: s.start }]),
    ),
    indicator: spec.indicators[0]?.id ?? "",
    factor: "",
    band: false,
  };
}

/** `state` with the switches of the baseline: what the choice is compared with. */
export function baselineState(spec: ExplorerSpec, state: ExplorerState): ExplorerState {
  return { ...state, switches: defaultState(spec).switches };
}
