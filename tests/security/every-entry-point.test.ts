/**
 * Item 7 of issue 20, for every entry point: each function exported by the package's entries
 * (`stockflow` and its subpaths, as listed in package.json "exports") is called with wrong-typed
 * arguments — 42, "x", null, {}, a model of kind "bogus", … — one argument at a time, the others
 * valid. Each call must throw (or reject with) stockflow's UsageError whose message names the
 * function and the argument: never a raw TypeError or RangeError, never a quiet result.
 *
 * The table gives each function's parameters as their declared TypeScript types read them; a new
 * export that is missing from it fails the first test, so nothing slips through unchecked.
 */
import { beforeAll, describe, expect, it } from "vitest";
import * as mensenhandel from "../../models/mensenhandel/package/index.js";
import * as core from "../../src/index.js";
import * as vensim from "../../src/io/vensim/index.js";
import * as xmile from "../../src/io/xmile/index.js";
import * as render from "../../src/render/index.js";
import * as sensitivity from "../../src/sensitivity/index.js";

const ENTRIES: Readonly<Record<string, Record<string, unknown>>> = {
  stockflow: core,
  "stockflow/render": render,
  "stockflow/xmile": xmile,
  "stockflow/vensim": vensim,
  "stockflow/sensitivity": sensitivity,
  "stockflow/mensenhandel": mensenhandel,
};

/**
 * Parameters of each exported function, `name:kind`, `?` when optional. Kinds: the shape a value
 * must have; `oneOf:x` is a choice of strings of which `x` is one; `unknown` takes anything.
 */
const PARAMS: Readonly<Record<string, readonly string[]>> = {
  analyzeStructure: ["graph:graph", "options:options?"],
  causalGraph: ["model:anyModel", "options:options?"],
  edgeKey: ["from:string", "to:string"],
  causalMapGraph: ["map:map"],
  stockFlowGraph: ["model:model", "options:options?"],
  descendingRanks: ["values:numbers"],
  leverageRanking: ["rows:array"],
  structuralTable: ["graph:graph", "options:options?"],
  linkDelay: ["link:object", "values:options?"],
  linkStrength: ["link:object", "values:options?"],
  findLoops: ["graph:graph", "options:options?"],
  chainPolarity: ["signs:iterable"],
  loopPolarity: ["signs:iterable"],
  loopsThrough: ["loops:array", "id:string"],
  shortestLoopThrough: ["graph:graph", "id:string", "values:options?"],
  causalTree: ["graph:graph", "id:string", "direction:oneOf:causes", "depth:number?"],
  findPaths: ["graph:graph", "from:string", "to:string", "options:options?"],
  exprMonotonicity: ["expr:expr", "input:string", "options:options?"],
  linkPolarity: ["expr:expr", "input:string", "options:options?"],
  graphicalFunctionMonotonicity: ["gf:graphicalFunction"],
  changeCorrelation: ["x:numbers", "y:numbers"],
  settlePolarity: ["graph:graph", "run:run", "options:options?"],
  resolveNode: ["graph:graph", "name:string"],
  checkCausalMap: ["map:map"],
  parseCausalMapObject: ["value:unknown", "options:options?"],
  readCausalMapObject: ["value:unknown", "options:options?"],
  readCausalMapText: ["text:string", "options:options?"],
  parseCausalMapCsv: ["text:string", "options:options?"],
  readCausalMapCsv: ["text:string", "options:options?"],
  causalMapToObject: ["map:map"],
  writeCausalMap: ["map:map", "format:oneOf:json?"],
  dominantAt: ["ids:strings", "relative:numbers", "share:number?"],
  dominantPeriods: ["time:numbers", "ids:strings", "scores:array"],
  elementaryStructure: ["compiled:compiled", "functions:options?"],
  loopDominance: ["source:model", "options:options?"],
  prepareDominance: ["model:model", "maxLoops:number?"],
  strongestPathLoops: ["adjacency:object", "starts:strings", "maxDepth:number?"],
  calibrate: ["model:model", "data:object", "parameters:array", "options:options?"],
  fitStatistics: ["simulated:numbers", "observed:numbers"],
  nelderMead: ["objective:function", "start:numbers", "options:options?"],
  clampUnit: ["x:numbers"],
  powell: ["objective:function", "start:numbers", "options:options?"],
  readObservedData: ["text:string", "source:model", "file:string?"],
  readRealityChecks: ["text:string", "options:options?"],
  checkScenarioOf: ["check:object"],
  judge: ["run:run", "expect:expectation", "from:number", "lang:oneOf:en?"],
  runRealityChecks: ["model:model", "checks:array", "options:options?"],
  checkUnits: ["model:model"],
  inferUnits: ["expr:expr", "ctx:object"],
  formatUnits: ["d:object"],
  parseUnits: ["text:string", "resolve:function?"],
  sameDimensions: ["a:object", "b:object"],
  checkModel: ["model:model"],
  compileModel: ["model:model"],
  lookupTable: ["table:table", "input:number"],
  tablePoints: ["gf:graphicalFunction"],
  formatDiagnostic: ["d:object"],
  editDistance: ["a:string", "b:string", "max:number?"],
  didYouMean: ["word:string", "candidates:iterable", "options:options?"],
  formatDidYouMean: ["suggestions:strings"],
  currentLimits: [],
  setLimits: ["limits:object"],
  limitNames: [],
  limitProblem: ["name:oneOf:steps", "requested:number"],
  checkLimit: ["name:oneOf:steps", "requested:number", "where:string?", "override:options?"],
  equationScope: ["variables:array"],
  parseEquation: ["text:string", "scope:options?"],
  printExpr: ["expr:expr"],
  references: ["expr:expr", "into:iterable?"],
  stripSpans: ["expr:expr"],
  resolveBuiltin: ["name:string"],
  loadModel: ["path:string", "options:options?"],
  formatOfFile: ["file:string"],
  locateDiagnostics: ["diagnostics:array", "located:object"],
  parseLocatedText: ["text:string", "options:options?"],
  parseModelText: ["text:string", "options:options?"],
  readModelText: ["text:string", "options:options?"],
  modelFileObject: ["model:anyModel", "options:options?"],
  writeModelJson: ["model:anyModel", "options:options?"],
  writeModelYaml: ["model:anyModel", "options:options?"],
  checkMarvelMap: ["map:map", "settings:object"],
  classifyPattern: ["d:numbers", "tolerance:options?"],
  compileCausalMap: ["map:map", "settings:options?"],
  evaluateMarvel: ["map:map", "options:options?"],
  marvelJson: ["evaluation:object"],
  marvelTable: ["evaluation:object"],
  resolveScenarios: ["map:map", "selection:object"],
  checkMarvelFields: ["map:map"],
  marvelSettings: ["settings:options?"],
  parseIndicatorSpecs: ["map:map", "specs:strings"],
  parseInterventionSpecs: ["map:map", "specs:strings"],
  parseMoments: ["text:string"],
  classConstantValues: ["map:map", "settings:object"],
  sampleClassMappings: ["map:map", "settings:object", "options:object"],
  scoreIndicators: ["indicators:array"],
  canonicalId: ["name:string"],
  isCanonicalId: ["id:string"],
  displayName: ["v:object"],
  stockFlow: ["name:string", "specs:specs", "options:options?"],
  checkGraphicalFunction: ["gf:object", "path:string", "variable:string?"],
  checkModelStructure: ["model:model"],
  checkSimSpecs: ["specs:object", "path:string?"],
  modelJsonSchema: [],
  schemaDiagnostics: ["issues:array", "input:unknown", "schema:options?"],
  validateModel: ["input:unknown"],
  validateModelFile: ["input:unknown"],
  seededRandom: ["seed:number"],
  seededStreams: ["seed:number", "count:number"],
  applyMeasures: ["model:model", "measures:array"],
  measureParams: ["measured:object", "measures:array"],
  measureSignature: ["model:model", "measures:array"],
  checkScenario: ["source:model", "scenario:object"],
  compare: ["runs:array", "options:options?"],
  defineScenario: ["model:model", "scenario:object"],
  loadScenario: ["path:string", "options:options?", "chain:strings?"],
  readScenarioText: ["text:string", "options:options?"],
  mergeScenario: ["base:scenario", "scenario:scenario"],
  resolveExtends: ["scenarios:array"],
  prepareScenarios: ["model:model", "scenarios:array", "cache:options?"],
  runScenarios: ["model:model", "scenarios:array", "options:options?"],
  changeCoefficients: ["change:object"],
  flattenScenario: ["view:object", "scenario:scenario"],
  scenarioModel: ["model:model"],
  writeScenarioYaml: ["scenario:scenario"],
  createRunner: ["compiled:compiled", "options:options?"],
  parameterValues: ["compiled:compiled", "params:options?"],
  runModel: ["model:model", "options:options?"],
  simulate: ["compiled:compiled", "options:options?"],
  runToCsv: ["run:run"],
  runToJson: ["run:run"],
  runToTable: ["run:run"],
  runToTsv: ["run:run"],
  writeRun: ["run:run", "format:oneOf:csv"],
  modelCld: ["model:anyModel", "options:options?"],
  modelLoops: ["model:anyModel"],
  modelStockFlow: ["model:anyModel", "options:options?"],
  heading: ["key:oneOf:delay", "lang:oneOf:en"],
  t: ["key:oneOf:delay", "lang:oneOf:en"],
  escapeXml: ["text:string"],
  svgToPng: ["svg:string", "options:options?"],
  comparisonView: ["input:object", "options:options?"],
  displayLang: ["model:anyModel", "lang:oneOf:en?"],
  formatNumber: ["x:number", "lang:oneOf:en"],
  formatPercent: ["x:number", "lang:oneOf:en"],
  formatTime: ["x:number", "lang:oneOf:en"],
  loopsView: ["loops:object", "options:options?"],
  marvelView: ["evaluation:object", "options:options?"],
  modelView: ["model:anyModel", "options:options?"],
  runView: ["run:run", "options:options?"],
  tableView: ["rows:array", "options:options?"],
  bandChart: ["bands:object", "options:options?"],
  loopScoreChart: ["scores:object", "options:options?"],
  toSeriesData: ["input:chart", "variables:strings?"],
  smallMultiples: ["input:chart", "options:options?"],
  timeSeriesChart: ["input:chart", "options:options?"],
  tornadoChart: ["bars:array", "base:number", "options:options?"],
  causalLoopDiagram: ["input:object", "options:options?"],
  loopDiagrams: ["input:object", "options:options?"],
  isDelayed: ["e:object"],
  cldFromCausalMap: ["map:map", "loops:array?"],
  cldFromGraph: ["graph:graph", "loops:array?"],
  nodeLabel: ["node:object", "lang:oneOf:en"],
  layoutCld: ["input:object", "options:options?"],
  modelReportInput: ["model:anyModel", "options:options?"],
  prefixIds: ["svg:string", "prefix:string"],
  renderReport: ["input:object"],
  autoLayout: ["model:model", "links:array", "seed:number", "parts:object"],
  layoutFromView: ["model:model"],
  modelLinks: ["model:model"],
  stockFlowDiagram: ["model:model", "options:options?"],
  parseXmileExpr: ["text:string", "scope:object"],
  printXmileExpr: ["expr:expr", "scope:object"],
  readXmile: ["text:string", "options:options?"],
  readXmileWithDiagnostics: ["text:string", "options:options?"],
  parseSafeXml: ["text:string", "options:options?"],
  translateXmileEquation: ["text:string", "names:options?"],
  writeXmile: ["model:model", "options:options?"],
  xmileFunction: ["name:string"],
  decodeXmileName: ["raw:string"],
  xmileNameToId: ["name:string"],
  seriesKey: ["name:string", "elements:strings?"],
  readDataSeries: ["text:string", "file:string"],
  readVensim: ["text:string", "options:options?"],
  readVensimWithDiagnostics: ["text:string", "options:options?"],
  translateVensimEquation: ["text:string", "lookups:strings?"],
  vensimFunction: ["name:string"],
  vensimFunctionNames: [],
  formatDistribution: ["d:distribution"],
  normalQuantile: ["p:number"],
  quantile: ["d:distribution", "u:number"],
  parseDistribution: ["text:string"],
  parseParamSpec: ["text:string"],
  runBatch: ["compiled:compiled", "setup:object", "batch:object"],
  runSensitivity: ["model:model", "parameters:array", "options:options?"],
  shardRange: ["runs:number", "index:number", "count:number"],
  runVectors: [
    "compiled:compiled",
    "setup:object",
    "vectors:numbers",
    "rows:number",
    "options:options?",
  ],
  permutation: ["n:number", "random:function"],
  sampleDesign: ["distributions:array", "runs:number", "method:oneOf:mc", "seed:number"],
  mergeShards: ["shards:array"],
  readShardFile: ["text:string", "file:string"],
  writeShardFile: ["result:object", "study:string", "extra:options?"],
  sortedQuantile: ["sorted:numbers", "p:number"],
  summarizeRuns: ["results:numbers", "runs:number", "variables:number", "rows:number"],
  tornado: ["model:model", "parameters:array", "options:object"],
  runAnalysis: ["options:options?"],
  writeAnalysis: ["analysis:object", "dir:string"],
  justiceFigures: ["indicator:string"],
  readDataRows: ["file:oneOf:nrm"],
  registeredVictims: ["series:oneOf:nrm?"],
  victimEstimates: [],
  leverMeasures: ["measure:object"],
  mensenhandelSfd: ["options:options?"],
  sfdScenario: ["scenario:object"],
  sfdScenarios: [],
  checkMeasureId: ["id:string"],
  isMeasureId: ["id:string"],
  measureById: ["id:string"],
  mensenhandelFiles: [],
  packageRoot: ["from:string?"],
  scenarioFile: ["id:string"],
  runMeasure: ["id:string", "options:options?"],
  scenarioFileTexts: [],
  assumption: ["reasoning:string"],
  source: ["ids:array", "note:string?"],
  factorById: ["id:string"],
  link: [
    "from:string",
    "to:string",
    "polarity:oneOf:+",
    "strength:oneOf:weak",
    "speed:oneOf:average",
    "evidence:evidence",
    "note:string?",
  ],
  chosen: ["reasoning:string"],
  derived: ["arithmetic:string"],
  measureInterventions: ["measure:object"],
  ramp: ["factor:string", "size:number", "start:number", "duration:number", "basis:basis"],
  step: ["factor:string", "size:number", "start:number", "basis:basis", "end:number?"],
  overrideMeasure: ["measure:object", "override:options?"],
  scenarioInterventions: ["scenario:object"],
  scenarioMap: ["map:map", "scenarios:array"],
  sourceById: ["id:string"],
};

/** Exports that take anything on purpose: predicates and validators of unknown input. */
const TAKES_ANYTHING = new Set([
  "isCanonicalId", // a predicate: false for anything that is not a canonical id
  "isMeasureId", // likewise for measure ids
]);

const sfModel = {
  kind: "stock-flow",
  specs: { start: 0, stop: 2, dt: 1 },
  variables: [
    { kind: "stock", id: "s", initial: "1", inflows: ["f"], outflows: [] },
    { kind: "flow", id: "f", equation: "k * s" },
    { kind: "constant", id: "k", value: 0.1 },
  ],
} as const;
const causalMap = {
  kind: "causal-map",
  factors: [
    { kind: "factor", id: "a" },
    { kind: "factor", id: "b" },
  ],
  links: [
    { kind: "link", from: "a", to: "b", polarity: "+" },
    { kind: "link", from: "b", to: "a", polarity: "+" },
  ],
} as const;

/** A valid value of each kind, to fill the arguments before the one under test. */
let VALID: Record<string, unknown>;
beforeAll(() => {
  const compiled = core.compileModel(sfModel as never);
  VALID = {
    string: "x",
    number: 1,
    model: sfModel,
    map: causalMap,
    anyModel: sfModel,
    graph: core.causalGraph(sfModel as never),
    run: core.runModel(sfModel as never),
    compiled,
    expr: { kind: "number", value: 1 },
    numbers: [1, 2],
    strings: ["a"],
    array: [],
    iterable: [],
    object: {},
    options: undefined,
    function: () => 0,
    distribution: { kind: "uniform", lo: 0, hi: 1 },
    expectation: { kind: "rises" },
    evidence: { kind: "assumption", reasoning: "r" },
    basis: { kind: "assumption", reasoning: "r" },
    chart: { time: [0, 1], series: [] },
    table: { type: "continuous", x: [0, 1], y: [0, 1] },
    graphicalFunction: { x: [0, 1], y: [0, 1] },
    specs: { start: 0, stop: 1, dt: 1 },
    scenario: { name: "s" },
    unknown: undefined,
  };
});

/** Wrong values for a parameter of `kind`: none of them is of that kind. */
function wrongValues(kind: string): unknown[] {
  const bogus = { ...sfModel, kind: "bogus" };
  if (kind === "string" || kind.startsWith("oneOf:")) return [42, null, {}, ["x"]];
  if (kind === "number") return ["0.5", null, {}];
  if (kind === "model" || kind === "map" || kind === "anyModel") return [42, "x", null, {}, bogus];
  if (kind === "options") return [42, "x", null, [1]];
  if (kind === "object") return [42, "x", null];
  if (kind === "unknown") return [];
  return [42, "x", null, {}, bogus];
}

function validValue(kind: string): unknown {
  return kind.startsWith("oneOf:") ? kind.slice("oneOf:".length) : VALID[kind];
}

/** What calling `fn` with `args` did: a UsageError's message, or a description of what went wrong. */
async function outcome(fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<string> {
  try {
    await fn(...args);
    return "accepted";
  } catch (error) {
    if (error instanceof core.UsageError) return error.message;
    return `raw ${(error as Error)?.name}: ${(error as Error)?.message}`;
  }
}

const exported = Object.entries(ENTRIES).flatMap(([entry, module]) =>
  Object.entries(module)
    .filter(
      ([, v]) => typeof v === "function" && !/^class\s/.test(Function.prototype.toString.call(v)),
    )
    .map(([name, fn]) => ({ entry, name, fn: fn as (...args: unknown[]) => unknown })),
);

describe("every exported function checks its arguments", () => {
  it("knows the parameters of every exported function", () => {
    const unknown = exported
      .filter((e) => PARAMS[e.name] === undefined)
      .map((e) => `${e.entry}: ${e.name}`);
    expect(unknown).toEqual([]);
    expect(exported.length).toBeGreaterThan(200);
  });

  it("throws a UsageError naming the function and the argument for every wrong argument", async () => {
    const failures: string[] = [];
    let calls = 0;
    const checked = new Set<string>();
    for (const { entry, name, fn } of exported) {
      if (TAKES_ANYTHING.has(name)) continue;
      const params = PARAMS[name]!.map((p) => {
        const at = p.indexOf(":");
        const arg = p.slice(0, at);
        const kind = p.slice(at + 1);
        return { arg, kind: kind.replace(/\?$/, ""), optional: kind.endsWith("?") };
      });
      for (let i = 0; i < params.length; i++) {
        const { arg, kind } = params[i]!;
        for (const bad of wrongValues(kind)) {
          const args = params.slice(0, i).map((p) => validValue(p.kind));
          args.push(bad);
          calls++;
          checked.add(name);
          const message = await outcome(fn, args);
          const named = `${name}: ${arg}`;
          if (!message.startsWith(named)) {
            failures.push(
              `${entry} ${name}(… ${arg} = ${JSON.stringify(bad) ?? String(bad)}): ${message.slice(0, 160)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // The counts the docs quote (docs/security.md).
    expect({ functions: checked.size, calls }).toMatchInlineSnapshot(`
      {
        "calls": 1768,
        "functions": 223,
      }
    `);
  });
});
