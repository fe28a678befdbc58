/**
 * Item 5 of issue 20: inputs that used to end in an internal error with a stack trace — an id
 * named `constructor`, a ring of 5,000 factors, 50,000 links, 5,000 nested parentheses, flat
 * sums of thousands of terms, a 300,000-line data file, a view coordinate of 1e300.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { causalGraph } from "../../src/analysis/graph/causal-graph.js";
import { strongComponents } from "../../src/analysis/graph/strong-components.js";
import { findLoops } from "../../src/analysis/loops/find-loops.js";
import { loadModel } from "../../src/io/load-model.js";
import { readVensim } from "../../src/io/vensim/read-vensim.js";
import { readXmileWithDiagnostics } from "../../src/io/xmile/read-xmile.js";
import type { CausalMap, Model } from "../../src/model/types.js";
import { modelCld } from "../../src/render/model-pictures.js";
import { runModel } from "../../src/simulate/simulate.js";

const dir = mkdtempSync(join(tmpdir(), "stockflow-internal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const map = (ids: string[], links: [string, string][]): CausalMap => ({
  kind: "causal-map",
  factors: ids.map((id) => ({ kind: "factor" as const, id })),
  links: links.map(([from, to]) => ({ kind: "link" as const, from, to, polarity: "+" as const })),
});

const xmile = (eqn: string) =>
  `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"><sim_specs><start>0</start><stop>1</stop><dt>1</dt></sim_specs><model><variables><aux name="a"><eqn>1</eqn></aux><aux name="y"><eqn>${eqn}</eqn></aux></variables></model></xmile>`;

describe("ids that JavaScript objects already have", () => {
  it("a factor called constructor is in the graph, its loop found and drawn", () => {
    const graph = causalGraph(
      map(
        ["constructor", "b"],
        [
          ["constructor", "b"],
          ["b", "constructor"],
        ],
      ),
    );
    const { loops } = findLoops(graph);
    expect(loops.map((l) => l.variables)).toEqual([["b", "constructor_"]]);
    expect(graph.getNodeAttribute("constructor_", "label")).toBe("constructor");
    expect(modelCld(map(["constructor", "b"], [["constructor", "b"]])).svg).toContain(
      ">constructor<",
    );
  });

  it("a variable called constructor runs and has its links", () => {
    const model: Model = {
      kind: "stock-flow",
      specs: { start: 0, stop: 2, dt: 1 },
      variables: [
        { kind: "constant", id: "constructor", value: 2 },
        { kind: "aux", id: "y", equation: "constructor * 3" },
      ],
    };
    expect(runModel(model).series("y").at(-1)).toBe(6);
    expect(causalGraph(model).hasDirectedEdge("constructor_", "y")).toBe(true);
  });
});

describe("big graphs do not overflow the stack", () => {
  it("a feedback ring of 5,000 factors is one loop", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `f${i}`);
    const ring = map(
      ids,
      ids.map((id, i) => [id, ids[(i + 1) % ids.length]!]),
    );
    const { loops } = findLoops(causalGraph(ring), { maxLength: 10_000 });
    expect(loops).toHaveLength(1);
    expect(loops[0]!.variables).toHaveLength(5000);
  });

  it("strong components of a 50,000-link chain, against their definition", () => {
    const n = 50_001;
    const ids = Array.from({ length: n }, (_, i) => `g${i}`);
    const chain = map(
      ids,
      ids.slice(1).map((id, i) => [ids[i]!, id]),
    );
    const graph = causalGraph({
      ...chain,
      links: [...chain.links, { kind: "link", from: "g3", to: "g1", polarity: "+" }],
    });
    const components = strongComponents(graph);
    expect(components).toHaveLength(n - 2);
    expect(components.find((c) => c.length > 1)?.sort()).toEqual(["g1", "g2", "g3"]);
  });
});

describe("deep and long equations", () => {
  it("5,000 nested parentheses in XMILE are a diagnostic", () => {
    const reading = readXmileWithDiagnostics(xmile(`${"(".repeat(5000)}a${")".repeat(5000)}`));
    expect(reading.diagnostics.map((d) => d.message)).toEqual(["equation nested too deeply"]);
  });

  it("flat sums of 2,000 and 3,000 terms read, print and run in XMILE and Vensim", () => {
    for (const n of [2000, 3000]) {
      const sum = Array.from({ length: n }, () => "a").join(" + ");
      const x = readXmileWithDiagnostics(xmile(sum));
      expect(x.diagnostics).toEqual([]);
      expect(runModel(x.model!).series("y").at(-1)).toBe(n);
      const v = readVensim(
        `a = 1 ~~|\ny = ${sum} ~~|\nINITIAL TIME = 0 ~~|\nFINAL TIME = 1 ~~|\nTIME STEP = 1 ~~|\n`,
      );
      expect(runModel(v).series("y").at(-1)).toBe(n);
    }
  });

  it("a short sum keeps its left-to-right order (no rounding changes)", () => {
    const model: Model = {
      kind: "stock-flow",
      specs: { start: 0, stop: 0, dt: 1 },
      variables: [{ kind: "aux", id: "y", equation: "0.1 + 0.2 + 0.3" }],
    };
    expect(runModel(model).series("y")[0]).toBe(0.1 + 0.2 + 0.3);
  });
});

describe("big data files", () => {
  it("GET DIRECT DATA of a 300,000-line CSV", async () => {
    const lines = Array.from({ length: 300_000 }, (_, i) => `${i},${i * 2}`);
    writeFileSync(join(dir, "long.csv"), `${lines.join("\n")}\n`);
    const path = join(dir, "long.mdl");
    writeFileSync(
      path,
      "d := GET DIRECT DATA('long.csv', ',', 'A', 'B1') ~~|\nINITIAL TIME = 0 ~~|\nFINAL TIME = 3 ~~|\nTIME STEP = 1 ~~|\n",
    );
    const model = (await loadModel(path, { allowRead: [dir] })) as Model;
    expect(runModel(model).series("d").at(-1)).toBe(6);
  });
});
