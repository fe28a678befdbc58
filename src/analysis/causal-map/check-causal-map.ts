/**
 * Semantic checks of a causal map that a schema cannot express: unique, canonical factor ids;
 * links between factors that exist; no duplicate links; self-loops allowed but warned about.
 * Every problem is reported, not just the first. The MARVEL fields are checked by
 * `checkMarvelFields` from `src/marvel/`.
 */

import { expectModel } from "../../diagnostics/check-argument.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { didYouMean, formatDidYouMean } from "../../diagnostics/did-you-mean.js";
import { checkMarvelFields } from "../../marvel/marvel-schema.js";
import { canonicalId, isCanonicalId } from "../../model/canonical.js";
import { formatPath } from "../../model/object-path.js";
import type { CausalMap } from "../../model/types.js";

function problem(
  severity: Diagnostic["severity"],
  code: string,
  message: string,
  steps: readonly PropertyKey[],
  extra: Partial<Diagnostic> = {},
): Diagnostic {
  return { severity, code, message, path: formatPath(steps), ...extra };
}

/** Diagnostics of a causal map (errors and warnings), each with the object path of the problem. */
export function checkCausalMap(map: CausalMap): Diagnostic[] {
  expectModel("checkCausalMap", "map", map, ["causal-map"]);
  const out: Diagnostic[] = [];
  const ids = new Set<string>();
  map.factors.forEach((f, i) => {
    if (!isCanonicalId(f.id)) {
      out.push(
        problem(
          "error",
          "bad-id",
          `factor id ${JSON.stringify(f.id)} is not canonical`,
          ["factors", i, "id"],
          {
            value: f.id,
            hint: `use ${JSON.stringify(canonicalId(f.id))} and put the display text in name`,
          },
        ),
      );
    }
    if (ids.has(f.id)) {
      out.push(
        problem(
          "error",
          "duplicate-id",
          `duplicate factor id ${JSON.stringify(f.id)}`,
          ["factors", i, "id"],
          {
            value: f.id,
            variable: f.id,
          },
        ),
      );
    }
    ids.add(f.id);
  });
  const seen = new Map<string, number>();
  map.links.forEach((link, i) => {
    for (const end of ["from", "to"] as const) {
      const id = link[end];
      if (!ids.has(id)) {
        out.push(
          problem(
            "error",
            "unknown-factor",
            `link ${end} unknown factor ${JSON.stringify(id)}`,
            ["links", i, end],
            {
              value: id,
              hint: formatDidYouMean(didYouMean(id, ids)),
            },
          ),
        );
      }
    }
    const key = `${link.from}\u0000${link.to}`;
    const first = seen.get(key);
    if (first !== undefined) {
      out.push(
        problem(
          "error",
          "duplicate-link",
          `duplicate link ${link.from} -> ${link.to} (first at links[${first}])`,
          ["links", i],
          { value: `${link.from} -> ${link.to}` },
        ),
      );
    } else seen.set(key, i);
    if (link.from === link.to) {
      out.push(
        problem("warning", "self-loop", `self-loop on ${JSON.stringify(link.from)}`, ["links", i], {
          value: link.from,
          variable: link.from,
        }),
      );
    }
  });
  out.push(...checkMarvelFields(map));
  return out;
}
