export { type RandomSource, seededRandom, seededStreams } from "./random-source.js";
