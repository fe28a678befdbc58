/**
 * Where the parts of a stock-and-flow diagram go: stock boxes, flow valves and pipes, clouds,
 * and auxiliaries, in diagram coordinates. Both the view reader and the automatic layout
 * produce one of these; the renderer only draws it.
 */
import type { ViewPoint } from "../../model/types.js";

/** A stock box (centre and size). */
export interface StockPlace {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /**
   * Where an arrayed stock names its dimensions: under its boxes (the default) or inside the
   * front box under its label, which keeps the room under the box free for pipes.
   */
  readonly dimensions?: "below" | "inside";
}

/** A flow: its valve and its pipe from source end to target end. */
export interface FlowPlace {
  readonly valve: ViewPoint;
  readonly pipe: readonly ViewPoint[];
  /** The pipe's points are a cubic Bézier chain (start, then control, control, end, …). */
  readonly cubic?: boolean;
}

/** A routed connector: points from the reader's source to the variable that reads it. */
export interface ConnectorRoute {
  readonly points: readonly ViewPoint[];
  /** The points are a cubic Bézier chain (start, then control, control, end, …). */
  readonly cubic: boolean;
}

/** The geometry of a whole diagram. */
export interface SfLayout {
  readonly stocks: ReadonlyMap<string, StockPlace>;
  readonly flows: ReadonlyMap<string, FlowPlace>;
  /** Auxiliaries, constants, lookups and flows without a pipe. */
  readonly nodes: ReadonlyMap<string, ViewPoint>;
  readonly clouds: readonly ViewPoint[];
  /** Connector start angles (degrees counter-clockwise from east), keyed `from→to`. */
  readonly angles: ReadonlyMap<string, number>;
  /** Connectors routed by the layout, keyed `from→to` (drawn as they are when present). */
  readonly connectors?: ReadonlyMap<string, ConnectorRoute>;
}

/** Default stock size. */
export const STOCK_SIZE = { width: 90, height: 50 } as const;

/** The key of a connector in {@link SfLayout.angles}. */
export function connectorKey(from: string, to: string): string {
  return `${from}\u2192${to}`;
}
