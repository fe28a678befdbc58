import { describe, expect, it } from "vitest";
import { JUPYTER_DISPLAY } from "../../src/display/html-view.js";
import { tableView } from "../../src/display/table-view.js";
import { escapedOnly, NASTY } from "./nasty.js";

const rows = [
  { factor: NASTY, score: 1234.5, share: 0.25 },
  { factor: "b", score: 2, share: null },
];

describe("the notebook view of rows", () => {
  it("is a text/html and text/plain bundle whose HTML escapes cells and titles", () => {
    const bundle = tableView(rows, { title: NASTY })[JUPYTER_DISPLAY]();
    expect(Object.keys(bundle).sort()).toEqual(["text/html", "text/plain"]);
    expect(escapedOnly(bundle["text/html"]!)).toBe(true);
  });

  it("formats numbers in the chosen language and right-aligns their columns", () => {
    const text = tableView(rows, { lang: "nl", columns: ["score", "share"] }).toString();
    expect(text.split("\n")).toEqual(["score  share", "1.235  0,25", "2"]);
    expect(tableView(rows).toHTML()).toContain('text-align:right;">1,235</td>');
  });
});
