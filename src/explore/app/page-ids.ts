/** Ids of the explorer page's script elements: the spec (JSON) and the app (its own source). */
export const SPEC_ID = "stockflow-spec";
export const APP_ID = "stockflow-app";
