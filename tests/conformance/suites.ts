/** The conformance suites the tests run: folder under `../shared` and expected-status file. */
export const CONFORMANCE_SUITES = [
  { title: "the SDXorg test-models suite", folder: "test-models", expected: "expected.json" },
  {
    title: "SDEverywhere's models",
    folder: "test-suites/sdeverywhere/models",
    expected: "expected-sdeverywhere.json",
  },
  { title: "Simlin's tests", folder: "test-suites/simlin", expected: "expected-simlin.json" },
] as const;
