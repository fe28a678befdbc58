/**
 * Evaluating an equation at one moment of a run, for the numeric polarity check: variables take
 * their saved values, graphical functions and math builtins their runtime definitions, test inputs
 * (`step`, `ramp`, `pulse` …) the clock. Stateful builtins (delays, smooths) and random draws have
 * no value outside the running engine: the result is then undefined and the caller falls back.
 */

import type { Table } from "../../compile/graphical-function.js";
import { lookupInMode } from "../../compile/lookup-modes.js";
import { RUNTIME_FUNCTIONS } from "../../compile/runtime-functions.js";
import { applyBinary } from "../../expr/apply-operator.js";
import { BUILTINS } from "../../expr/builtins.js";
import type { Expr } from "../../expr/types.js";

/** The clock of the moment: time, step and the run's bounds. */
export interface Clock {
  readonly time: number;
  readonly dt: number;
  readonly start: number;
  readonly stop: number;
  readonly saveper: number;
}

/** Where values come from. */
export interface EvaluationScope {
  value(id: string): number | undefined;
  table(id: string): Table | undefined;
  readonly clock: Clock;
}

type NumberFunction = (...args: number[]) => number;

function call(fn: string, args: readonly number[], clock: Clock): number | undefined {
  const { time, dt } = clock;
  switch (fn) {
    case "time":
      return time;
    case "dt":
      return dt;
    case "initial_time":
      return clock.start;
    case "final_time":
      return clock.stop;
    case "saveper":
      return clock.saveper;
    case "pi":
      return Math.PI;
    case "inf":
      return Number.POSITIVE_INFINITY;
    case "step":
      return RUNTIME_FUNCTIONS.step(args[0]!, args[1]!, time, dt);
    case "ramp":
      return RUNTIME_FUNCTIONS.ramp(args[0]!, args[1]!, args[2] ?? Number.NaN, time, dt);
    case "pulse":
      return RUNTIME_FUNCTIONS.pulse(args[0]!, args[1]!, time, dt);
    case "pulse_train":
      return RUNTIME_FUNCTIONS.pulse_train(args[0]!, args[1]!, args[2]!, args[3]!, time, dt);
    case "xpulse":
      return RUNTIME_FUNCTIONS.xpulse(args[0]!, args[1]!, args[2] ?? 0, time, dt);
  }
  if (BUILTINS[fn]?.category !== "math") return undefined;
  const f = (RUNTIME_FUNCTIONS as unknown as Record<string, NumberFunction | undefined>)[fn];
  return f ? f(...args) : undefined;
}

/** The value of `expr` in `scope`, or undefined when it needs what a single moment lacks. */
export function evaluateAt(expr: Expr, scope: EvaluationScope): number | undefined {
  const walk = (e: Expr): number | undefined => {
    switch (e.kind) {
      case "number":
        return e.value;
      case "ref":
        return scope.value(e.id);
      case "unary": {
        const a = walk(e.arg);
        if (a === undefined) return undefined;
        return e.op === "-" ? -a : e.op === "+" ? a : a === 0 ? 1 : 0;
      }
      case "binary": {
        const a = walk(e.left);
        const b = walk(e.right);
        return a === undefined || b === undefined ? undefined : applyBinary(e.op, a, b);
      }
      case "if": {
        const c = walk(e.cond);
        return c === undefined ? undefined : walk(c !== 0 ? e.then : e.else);
      }
      case "call": {
        const args: number[] = [];
        for (const arg of e.args) {
          const v = walk(arg);
          if (v === undefined) return undefined;
          args.push(v);
        }
        return call(e.fn, args, scope.clock);
      }
      case "lookup": {
        const table = scope.table(e.table);
        const x = walk(e.arg);
        return table === undefined || x === undefined ? undefined : lookupInMode(table, e.mode, x);
      }
    }
  };
  return walk(expr);
}
