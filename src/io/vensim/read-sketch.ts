/**
 * The sketch of a `.mdl` file (after `\\\---/// Sketch information`) as a {@link View}.
 * Records are comma-separated lines; the reader uses four kinds (ids restart on each `*View`):
 * `10,id,name,x,y,w,h,…` a variable (x, y its centre, w and h half its size), `11,id,…,x,y,…`
 * a valve (the `10` record right after it is its flow), `12,id,48,x,y,…` a cloud, and
 * `1,id,from,to,shape,hidden,polarity,thickness,…|(x,y)|` an arrow (the polarity is a character
 * code: 43 `+`, 45 `-`, 83 `S`, 79 `O`, 63 `?`). An arrow from a valve is
 * a pipe (shape 100 marks the end the flow comes from); any other arrow is a connector, whose
 * angle is the tangent at its start of the arc through its control point.
 */
import type { Polarity, View, ViewElement, ViewPoint } from "../../model/types.js";

/** The polarity character codes of an arrow's sixth field: `+`/`S` same, `-`/`O` opposite. */
const POLARITY: ReadonlyMap<number, Polarity> = new Map([
  [43, "+"],
  [83, "+"],
  [45, "-"],
  [79, "-"],
  [63, "?"],
]);

interface SketchObject {
  readonly type: "variable" | "valve" | "cloud";
  readonly x: number;
  readonly y: number;
  /** The variable (for a valve: its flow), when it is one of the model's. */
  variable?: string;
}

/** Read the sketch; `idOf` maps a sketch name to a variable id, when it is one. */
export function readSketch(
  text: string,
  idOf: (name: string) => string | undefined,
): View | undefined {
  const out: ViewElement[] = [];
  let objects = new Map<string, SketchObject>();
  const arrows: string[][] = [];
  const flush = () => {
    addArrows(arrows, objects, out);
    arrows.length = 0;
    objects = new Map();
  };
  let lastValve: SketchObject | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith("///---")) break;
    if (line.startsWith("*")) {
      flush();
      continue;
    }
    const fields = splitRecord(line);
    const [type, id] = fields;
    if (id === undefined) continue;
    const x = Number(fields[3]);
    const y = Number(fields[4]);
    if (type === "10" && Number.isFinite(x) && Number.isFinite(y)) {
      const variable = idOf(fields[2] ?? "");
      const obj: SketchObject = {
        type: "variable",
        x,
        y,
        ...(variable !== undefined ? { variable } : {}),
      };
      objects.set(id, obj);
      if (lastValve !== undefined && variable !== undefined) {
        lastValve.variable ??= variable;
        objects.set(id, { ...obj, x: lastValve.x, y: lastValve.y });
      }
      if (variable !== undefined) {
        const w = Number(fields[5]);
        const h = Number(fields[6]);
        const at = lastValve ?? obj;
        out.push({
          kind: "node",
          variable,
          x: at.x,
          y: at.y,
          ...(lastValve === undefined && w > 0 && h > 0 ? { width: 2 * w, height: 2 * h } : {}),
        });
      }
      lastValve = undefined;
    } else if (type === "11" && Number.isFinite(x) && Number.isFinite(y)) {
      lastValve = { type: "valve", x, y };
      objects.set(id, lastValve);
    } else if (type === "12" && fields[2] === "48" && Number.isFinite(x) && Number.isFinite(y)) {
      objects.set(id, { type: "cloud", x, y });
      lastValve = undefined;
    } else if (type === "1") {
      arrows.push(fields);
      lastValve = undefined;
    } else {
      lastValve = undefined;
    }
  }
  flush();
  return out.length > 0 ? { elements: out } : undefined;
}

function addArrows(
  arrows: readonly string[][],
  objects: ReadonlyMap<string, SketchObject>,
  out: ViewElement[],
): void {
  const pipes = new Map<SketchObject, { from?: SketchObject; to?: SketchObject }>();
  for (const a of arrows) {
    const from = objects.get(a[2] ?? "");
    const to = objects.get(a[3] ?? "");
    if (from === undefined || to === undefined) continue;
    if (from.type === "valve" && to.type !== "valve") {
      const pipe = pipes.get(from) ?? {};
      if (a[4] === "100") pipe.from = to;
      else pipe.to = to;
      pipes.set(from, pipe);
      continue;
    }
    if (from.variable === undefined || to.variable === undefined || from.variable === to.variable)
      continue;
    const control = /\|\((-?[\d.]+),(-?[\d.]+)\)\|/.exec(a.join(","));
    const angle =
      control === null
        ? undefined
        : startAngle(from, { x: Number(control[1]), y: Number(control[2]) }, to);
    const polarity = POLARITY.get(Number(a[6]) % 256);
    out.push({
      kind: "connector",
      from: from.variable,
      to: to.variable,
      ...(angle !== undefined ? { angle } : {}),
      ...(polarity !== undefined ? { polarity } : {}),
    });
  }
  for (const [valve, pipe] of pipes) {
    if (valve.variable === undefined) continue;
    const flow = valve.variable;
    const points: ViewPoint[] = [pipe.from, valve, pipe.to]
      .filter((p) => p !== undefined)
      .map((p) => ({ x: p.x, y: p.y }));
    out.push({ kind: "pipe", flow, points });
    for (const end of [pipe.from, pipe.to]) {
      if (end?.type === "cloud") out.push({ kind: "cloud", flow, x: end.x, y: end.y });
    }
  }
}

/**
 * The direction at `a` of the circular arc from `a` through `c` to `b`, in degrees
 * counter-clockwise from east (screen y grows downwards); the straight line when they are
 * collinear.
 */
export function startAngle(a: ViewPoint, c: ViewPoint, b: ViewPoint): number {
  const d = 2 * (a.x * (c.y - b.y) + c.x * (b.y - a.y) + b.x * (a.y - c.y));
  let dx = b.x - a.x;
  let dy = b.y - a.y;
  if (Math.abs(d) > 1e-9) {
    const sq = (p: ViewPoint) => p.x * p.x + p.y * p.y;
    const ux = (sq(a) * (c.y - b.y) + sq(c) * (b.y - a.y) + sq(b) * (a.y - c.y)) / d;
    const uy = (sq(a) * (b.x - c.x) + sq(c) * (a.x - b.x) + sq(b) * (c.x - a.x)) / d;
    // The tangent is perpendicular to the radius, pointing the way the arc goes (towards c).
    dx = -(a.y - uy);
    dy = a.x - ux;
    if (dx * (c.x - a.x) + dy * (c.y - a.y) < 0) {
      dx = -dx;
      dy = -dy;
    }
  }
  const degrees = (Math.atan2(-dy, dx) * 180) / Math.PI;
  return Math.round(((degrees + 360) % 360) * 100) / 100;
}

/** Split a sketch record on commas outside quotes. */
function splitRecord(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]!;
    if (c === '"') quoted = !quoted;
    if (c === "," && !quoted) {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields;
}
