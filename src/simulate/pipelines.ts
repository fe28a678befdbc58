/**
 * True pipeline delays. A fixed pipeline (DELAY FIXED, XMILE DELAY) is a ring buffer of
 * round(delay/dt) slots sized when the run starts: what enters at step k leaves at step
 * k + n exactly. A material pipeline (DELAY MATERIAL) is a queue of parcels, each leaving at its
 * entry time plus the delay time at entry (never before an earlier parcel), so material is
 * conserved whatever the delay time does.
 */
import type { PipelineState } from "../compile/generate-program.js";
import { SimulationError } from "../diagnostics/errors.js";

/** The longest pipeline, in steps (a buffer of 8 bytes a step). */
const MAX_STEPS = 10_000_000;

function tooLong(variable: string, delay: number, dt: number, t = Number.NaN): SimulationError {
  return new SimulationError(
    variable,
    t,
    delay,
    `a pipeline delay of ${delay} would hold more than ${MAX_STEPS} steps of dt = ${dt}`,
  );
}

/** DELAY FIXED: a ring buffer. A delay below one dt is raised to one dt. */
export class FixedPipeline implements PipelineState {
  /** @param variable Display name of the variable whose equation holds the delay, for errors. */
  constructor(private readonly variable = "a delay") {}

  private buffer = new Float64Array(1);
  private head = 0;
  /** The number of steps of the delay, set at the start of the run. */
  steps = 1;
  /** True when the delay was shorter than dt and was raised to one dt. */
  raised = false;

  start(initial: number, delay: number, dt: number, t = Number.NaN): void {
    this.raised = delay < dt;
    const steps = Math.round(delay / dt);
    if (!(steps <= MAX_STEPS)) throw tooLong(this.variable, delay, dt, t);
    this.steps = Math.max(1, steps);
    this.buffer = new Float64Array(this.steps).fill(initial);
    this.head = 0;
  }

  output(): number {
    return this.buffer[this.head]!;
  }

  push(input: number): void {
    this.buffer[this.head] = input;
    this.head = this.head + 1 === this.steps ? 0 : this.head + 1;
  }
}

/** DELAY MATERIAL: a queue of parcels (rate × dt), released as a rate. */
export class MaterialPipeline implements PipelineState {
  /** @param variable Display name of the variable whose equation holds the delay, for errors. */
  constructor(private readonly variable = "a delay") {}

  private exits: number[] = [];
  private amounts: number[] = [];
  private first = 0;
  private released = 0;
  private releasedAt = Number.NaN;

  start(initial: number, delay: number, dt: number, t: number): void {
    // Pre-filled so that the output is `initial` until the first input arrives.
    this.exits = [];
    this.amounts = [];
    this.first = 0;
    this.releasedAt = Number.NaN;
    const steps = Math.max(1, Math.round(delay / dt));
    if (!(steps <= MAX_STEPS)) throw tooLong(this.variable, delay, dt, t);
    for (let i = 0; i < steps; i++) {
      this.exits.push(t + i * dt);
      this.amounts.push(initial * dt);
    }
  }

  output(t: number, dt: number): number {
    if (this.releasedAt === t) return this.released / dt;
    let amount = 0;
    while (this.first < this.exits.length && this.exits[this.first]! <= t + dt / 2) {
      amount += this.amounts[this.first]!;
      this.first++;
    }
    if (this.first > 1024 && this.first * 2 > this.exits.length) {
      this.exits = this.exits.slice(this.first);
      this.amounts = this.amounts.slice(this.first);
      this.first = 0;
    }
    this.released = amount;
    this.releasedAt = t;
    return amount / dt;
  }

  push(input: number, delay: number, t: number, dt: number): void {
    const last =
      this.exits.length > this.first
        ? this.exits[this.exits.length - 1]!
        : Number.NEGATIVE_INFINITY;
    this.exits.push(Math.max(t + Math.max(delay, dt), last));
    this.amounts.push(input * dt);
  }
}
