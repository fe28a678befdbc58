/**
 * One chain of stocks drawn as a row (the dense rows layout, `rows-layout.ts`): stocks in their
 * columns, left to right, with straight pipes between neighbours on a lane; a pipe to a stock on
 * a lower lane drops from its source and runs in from the left, one to a higher lane runs out
 * to the right and rises; pipes that turn back (and clouds with no room beside their stock) run
 * along tracks below the row, short ones nearest, so that nested pipes do not cross. Pipes are
 * orthogonal polylines whose valve sits on a horizontal piece with its label clear of every
 * box. Coordinates are local: the main lane at y = 0, the first column at x = 0.
 */
import type { ViewPoint } from "../../model/types.js";
import { assignTracks } from "./assign-tracks.js";
import { type Area, areaOf } from "./free-space.js";
import { placeValves } from "./place-valves.js";
import type { FlowPlace, StockPlace } from "./sf-layout.js";
import type { SymbolSize } from "./sf-node-sizes.js";
import type { ChainFlow, StockChain } from "./stock-chains.js";

/** A stock's drawn extent around the centre of its front box. */
export interface StockSize {
  readonly width: number;
  readonly height: number;
  /** Room below the front box (the dimension names of an arrayed stock). */
  readonly below: number;
  /** Room above and to the right (the boxes stacked behind an arrayed stock). */
  readonly stack: number;
}

/** A valve's label box around the valve: size and the valve's distance from its top. */
export type ValveSize = SymbolSize;

/** A chain drawn in local coordinates, with the areas it takes. */
export interface ChainRow {
  readonly stocks: ReadonlyMap<string, StockPlace>;
  readonly flows: ReadonlyMap<string, FlowPlace>;
  readonly clouds: readonly ViewPoint[];
  readonly taken: readonly Area[];
}

/** Room between a valve's label and a stock. */
const PAD = 10;
const CLOUD_HALF = 15;
const MIN_GAP = 40;
const LANE_GAP = 26;

type Kind =
  | "straight"
  | "down-right"
  | "right-up"
  | "track"
  | "cloud-left"
  | "cloud-right"
  | "free";

interface Route {
  readonly f: ChainFlow;
  kind: Kind;
  /** For a track with a cloud end: the side of its stock the cloud stands on. */
  cloudSide?: -1 | 1;
}

function stockArea(p: StockPlace, s: StockSize, pad = 0): Area {
  return {
    x0: p.x - p.width / 2 - pad,
    y0: p.y - p.height / 2 - s.stack - pad,
    x1: p.x + p.width / 2 + s.stack + pad,
    y1: p.y + p.height / 2 + s.below + pad,
  };
}

/** Lay out one chain; `stock` and `valve` give the sizes of its parts. */
export function chainRow(
  chain: StockChain,
  stock: (id: string) => StockSize,
  valve: (id: string) => ValveSize,
): ChainRow {
  const col = (s: string) => chain.column.get(s)!;
  const lane = (s: string) => chain.lane.get(s)!;
  const routes: Route[] = chain.flows.map((f) => ({ f, kind: "free" as Kind }));
  const gapUse = new Map<string, number>(); // `${lane},${column}`: the gap right of a column
  const sides = new Map<string, Route[]>(); // `${stock},left|right`
  const side = (s: string, which: "left" | "right") => {
    const k = `${s},${which}`;
    if (!sides.has(k)) sides.set(k, []);
    return sides.get(k)!;
  };
  const widthOf = (r: Route) => valve(r.f.id).width + 2 * PAD;
  const useGap = (l: number, c: number, w: number) =>
    gapUse.set(`${l},${c}`, Math.max(gapUse.get(`${l},${c}`) ?? 0, w));
  // stock-to-stock pipes first, then the clouds where room is left
  for (const r of routes) {
    const { from: s, to: t } = r.f;
    if (s === undefined || t === undefined) continue;
    const forward = col(t) > col(s);
    if (forward && lane(s) === lane(t) && col(t) === col(s) + 1) {
      r.kind = "straight";
      useGap(lane(s), col(s), widthOf(r));
      side(s, "right").push(r);
      side(t, "left").push(r);
    } else if (forward && lane(t) > lane(s)) {
      r.kind = "down-right";
      side(t, "left").push(r);
    } else if (forward && lane(t) < lane(s)) {
      r.kind = "right-up";
      side(s, "right").push(r);
    } else r.kind = "track";
  }
  for (const r of routes) {
    const { from: s, to: t } = r.f;
    if (s === undefined && t !== undefined) {
      const free = side(t, "left").length === 0 && !gapUse.has(`${lane(t)},${col(t) - 1}`);
      r.kind = free ? "cloud-left" : "track";
      r.cloudSide = -1;
      if (free) {
        useGap(lane(t), col(t) - 1, widthOf(r) + 2 * CLOUD_HALF + PAD);
        side(t, "left").push(r);
      }
    } else if (t === undefined && s !== undefined) {
      const free = side(s, "right").length === 0 && !gapUse.has(`${lane(s)},${col(s)}`);
      r.kind = free ? "cloud-right" : "track";
      r.cloudSide = 1;
      if (free) {
        useGap(lane(s), col(s), widthOf(r) + 2 * CLOUD_HALF + PAD);
        side(s, "right").push(r);
      }
    }
  }
  // columns: each as wide as its widest stock, gaps as wide as the valves in them need
  const columns = Math.max(0, ...chain.stocks.map(col)) + 1;
  const half = Array.from({ length: columns }, (_, c) =>
    Math.max(
      0,
      ...chain.stocks.filter((s) => col(s) === c).map((s) => stock(s).width / 2 + stock(s).stack),
    ),
  );
  const colX: number[] = [];
  for (let c = 0; c < columns; c++) {
    const gap = Math.max(
      MIN_GAP,
      ...[...gapUse].filter(([k]) => Number(k.split(",")[1]) === c - 1).map(([, w]) => w),
    );
    colX.push(c === 0 ? 0 : colX[c - 1]! + half[c - 1]! + gap + half[c]!);
  }
  // lanes: each below the one above with its stocks' labels and the valve labels hanging under it
  const lanes = Math.max(0, ...chain.stocks.map(lane)) + 1;
  const laneY: number[] = [];
  for (let l = 0; l < lanes; l++) {
    const mine = chain.stocks.filter((s) => lane(s) === l);
    if (l === 0) {
      laneY.push(0);
      continue;
    }
    const above = chain.stocks.filter((s) => lane(s) === l - 1);
    const hanging = routes
      .filter(
        (r) =>
          (r.kind === "straight" || r.kind === "cloud-left" || r.kind === "cloud-right") &&
          lane((r.f.from ?? r.f.to)!) === l - 1,
      )
      .map((r) => valve(r.f.id).height - valve(r.f.id).centre);
    const bottom = Math.max(
      0,
      ...above.map((s) => stock(s).height / 2 + stock(s).below),
      ...hanging,
    );
    const top = Math.max(0, ...mine.map((s) => stock(s).height / 2 + stock(s).stack));
    laneY.push(laneY[l - 1]! + bottom + LANE_GAP + top);
  }
  const stocks = new Map<string, StockPlace>();
  for (const s of chain.stocks) {
    const z = stock(s);
    stocks.set(s, { x: colX[col(s)]!, y: laneY[lane(s)]!, width: z.width, height: z.height });
  }
  const place = (s: string) => stocks.get(s)!;
  // ports on the left and right sides: clouds and straight pipes on the centre line, pipes from
  // a higher lane above it, the farthest source on top: the nearer one's pipe then drops across
  // it to run in underneath, and both valve labels hang clear below their own pipes
  const portY = new Map<string, number>(); // `${flow},${stock}`
  for (const [key, list] of sides) {
    const [s] = key.split(",") as [string];
    const p = place(s);
    const level = list.filter((r) => r.kind !== "down-right" && r.kind !== "right-up");
    const bent = list
      .filter((r) => r.kind === "down-right" || r.kind === "right-up")
      .sort((a, b) =>
        a.kind === "down-right" ? col(a.f.from!) - col(b.f.from!) : col(b.f.to!) - col(a.f.to!),
      );
    for (const [i, r] of level.entries()) {
      portY.set(`${r.f.id},${s}`, p.y + (i - (level.length - 1) / 2) * 12);
    }
    const room = level.length > 0 ? p.height / 2 - 8 : p.height;
    const top = p.y - p.height / 2;
    for (const [i, r] of bent.entries()) {
      portY.set(`${r.f.id},${s}`, top + (room * (i + 1)) / (bent.length + 1));
    }
  }
  // tracks below the row: intervals between the stocks' centres, shortest nearest the row
  const cloudReach = (r: Route) => widthOf(r) + 2 * CLOUD_HALF;
  const tracked = routes.filter((r) => r.kind === "track");
  for (const r of tracked) {
    const { from: s, to: t } = r.f;
    if (s !== undefined && t !== undefined) continue;
    const own = (s ?? t)!;
    // a cloud goes to the side its stock's other tracks do not use
    const others = tracked
      .filter((o) => o !== r && o.f.from !== undefined && o.f.to !== undefined)
      .filter((o) => o.f.from === own || o.f.to === own)
      .map((o) => Math.sign(colX[col(o.f.from === own ? o.f.to! : o.f.from!)]! - place(own).x));
    const preferred = r.cloudSide!;
    r.cloudSide =
      others.includes(preferred) && !others.includes(-preferred)
        ? (-preferred as -1 | 1)
        : preferred;
  }
  const interval = (r: Route): [number, number] => {
    const { from: s, to: t } = r.f;
    if (s !== undefined && t !== undefined) {
      const a = place(s).x;
      const b = place(t).x;
      return a === b
        ? [a - place(s).width / 2, a + place(s).width / 2]
        : [Math.min(a, b), Math.max(a, b)];
    }
    const x = place((s ?? t)!).x;
    return r.cloudSide! < 0 ? [x - cloudReach(r) - 20, x] : [x, x + cloudReach(r) + 20];
  };
  const trackOf = new Map(tracked.map((r, i) => [r, assignTracks(tracked.map(interval), 24)[i]!]));
  const rowBottom = Math.max(
    0,
    ...chain.stocks.map((s) => place(s).y + stock(s).height / 2 + stock(s).below),
    ...routes
      .filter((r) => r.kind !== "track" && r.kind !== "free")
      .map((r) => {
        const end = r.kind === "down-right" || r.kind === "cloud-left" ? r.f.to! : r.f.from!;
        const y =
          r.kind === "right-up" || r.kind === "down-right"
            ? portY.get(`${r.f.id},${end}`)!
            : place(end).y;
        return y + valve(r.f.id).height - valve(r.f.id).centre;
      }),
  );
  const pitch = Math.max(0, ...tracked.map((r) => valve(r.f.id).height)) + 8;
  const trackY = (r: Route) => rowBottom + 22 + trackOf.get(r)! * pitch;
  // attachments under each stock: pipes heading left first, shallow to deep, then those
  // heading right, deep to shallow, so that none crosses another under the stock
  const under = new Map<string, { r: Route; dir: number; depth: number }[]>();
  const attach = (s: string, r: Route, dir: number, depth: number) =>
    under.set(s, [...(under.get(s) ?? []), { r, dir, depth }]);
  for (const r of routes) {
    const { from: s, to: t } = r.f;
    if (r.kind === "down-right") attach(s!, r, 1, portY.get(`${r.f.id},${t}`)!);
    if (r.kind === "right-up") attach(t!, r, -1, portY.get(`${r.f.id},${s}`)!);
    if (r.kind === "track") {
      if (s !== undefined && t !== undefined) {
        const dir = Math.sign(place(t).x - place(s).x) || 1;
        attach(s, r, dir, trackY(r));
        if (t !== s) attach(t, r, -dir, trackY(r));
      } else attach((s ?? t)!, r, r.cloudSide!, trackY(r));
    }
  }
  const underX = new Map<string, number>(); // `${flow},${stock}`
  for (const [s, list] of under) {
    const sorted = [
      ...list.filter((e) => e.dir < 0).sort((a, b) => a.depth - b.depth),
      ...list.filter((e) => e.dir >= 0).sort((a, b) => b.depth - a.depth),
    ];
    const p = place(s);
    for (const [i, e] of sorted.entries()) {
      underX.set(`${e.r.f.id},${s}`, p.x - p.width / 2 + (p.width * (i + 1)) / (sorted.length + 1));
    }
  }
  // the pipes, and the horizontal piece each valve goes on
  const clouds: ViewPoint[] = [];
  const pipes = new Map<string, { points: ViewPoint[]; piece: [ViewPoint, ViewPoint] }>();
  const left = (s: string) => place(s).x - place(s).width / 2;
  const right = (s: string) => place(s).x + place(s).width / 2;
  const bottom = (s: string) => place(s).y + place(s).height / 2;
  for (const r of routes) {
    const { from: s, to: t } = r.f;
    const id = r.f.id;
    let points: ViewPoint[];
    let piece: [ViewPoint, ViewPoint];
    switch (r.kind) {
      case "straight": {
        const y = portY.get(`${id},${t}`)!;
        points = [
          { x: right(s!), y },
          { x: left(t!), y },
        ];
        piece = [points[0]!, points[1]!];
        break;
      }
      case "cloud-left": {
        const y = portY.get(`${id},${t}`)!;
        const cloud = { x: left(t!) - widthOf(r) - CLOUD_HALF, y };
        clouds.push(cloud);
        points = [
          { x: cloud.x + CLOUD_HALF, y },
          { x: left(t!), y },
        ];
        piece = [points[0]!, points[1]!];
        break;
      }
      case "cloud-right": {
        const y = portY.get(`${id},${s}`)!;
        const cloud = { x: right(s!) + stock(s!).stack + widthOf(r) + CLOUD_HALF, y };
        clouds.push(cloud);
        points = [
          { x: right(s!), y },
          { x: cloud.x - CLOUD_HALF, y },
        ];
        piece = [points[0]!, points[1]!];
        break;
      }
      case "down-right": {
        const y = portY.get(`${id},${t}`)!;
        const x = underX.get(`${id},${s}`)!;
        points = [
          { x, y: bottom(s!) },
          { x, y },
          { x: left(t!), y },
        ];
        piece = [points[1]!, points[2]!];
        break;
      }
      case "right-up": {
        const y = portY.get(`${id},${s}`)!;
        const x = underX.get(`${id},${t}`)!;
        points = [
          { x: right(s!), y },
          { x, y },
          { x, y: bottom(t!) },
        ];
        piece = [points[0]!, points[1]!];
        break;
      }
      case "track": {
        const y = trackY(r);
        if (s !== undefined && t !== undefined) {
          const xs = underX.get(`${id},${s}`)!;
          const xt = underX.get(`${id},${t}`)!;
          points = [
            { x: xs, y: bottom(s) },
            { x: xs, y },
            { x: xt, y },
            { x: xt, y: bottom(t) },
          ];
          piece = [points[1]!, points[2]!];
        } else {
          const own = (s ?? t)!;
          const x = underX.get(`${id},${own}`)!;
          const cloud = { x: x + r.cloudSide! * (widthOf(r) + CLOUD_HALF), y };
          clouds.push(cloud);
          const near = { x: cloud.x - r.cloudSide! * CLOUD_HALF, y };
          points =
            s !== undefined
              ? [{ x, y: bottom(s) }, { x, y }, near]
              : [near, { x, y }, { x, y: bottom(t!) }];
          piece = [points[s !== undefined ? 1 : 0]!, points[s !== undefined ? 2 : 1]!];
        }
        break;
      }
      case "free": {
        const cloud = { x: 0, y: 0 };
        const end = { x: widthOf(r) + 2 * CLOUD_HALF, y: 0 };
        clouds.push(cloud, end);
        points = [
          { x: CLOUD_HALF, y: 0 },
          { x: end.x - CLOUD_HALF, y: 0 },
        ];
        piece = [points[0]!, points[1]!];
        break;
      }
    }
    pipes.set(id, { points, piece });
  }
  // the areas taken: stocks, clouds and pipes; then each valve where its label is clear
  const taken: Area[] = [
    ...chain.stocks.map((s) => stockArea(place(s), stock(s), 4)),
    ...clouds.map((c) => areaOf(c.x, c.y, 2 * CLOUD_HALF, 22, 4)),
  ];
  const valves = placeValves(pipes, valve, taken);
  const flows = new Map<string, FlowPlace>();
  for (const [id, { points }] of pipes) {
    flows.set(id, { valve: valves.at.get(id)!, pipe: points, cubic: false });
  }
  return { stocks, flows, clouds, taken: [...taken, ...valves.taken] };
}
