/**
 * Collect the variable elements of an XMILE model and flatten its modules (XMILE 1.0 §3.7.4,
 * §4.7) into one list.
 *
 * Each `<module name="m">` instantiates the `<model name="m">` of the same file (or the one its
 * `model` attribute names); the instance's variables get ids `m__<var>` (nested: `a__b__<var>`)
 * and display names `m.<var>`. A `<connect to="m.x" from=".y"/>` makes the module's input `x`
 * take the value of the enclosing model's `y` (`from="other.z"` takes another module's output);
 * a connection the other way (`to` outside, `from="m.out"`) defines the outer variable as the
 * module's output. Modules in other files (`resource`) are not supported.
 */
import { pathStep, type XmileContext } from "./xmile-context.js";
import { decodeXmileName, xmileNameToId } from "./xmile-names.js";
import { child, childrenNamed, isPrefixed, type XmlElement } from "./xml-element.js";

/** One variable element found in a model, with the id it gets after flattening. */
export interface RawVariable {
  readonly tag: "stock" | "flow" | "aux" | "gf";
  readonly id: string;
  readonly name: string;
  readonly element: XmlElement;
  readonly path: string;
  /** Id prefix of the module instance the variable belongs to (`""` at the top). */
  readonly prefix: string;
  /** Set by a module connection: the id whose value this variable takes. */
  connectedFrom?: string;
}

const VARIABLE_TAGS = new Set(["stock", "flow", "aux", "gf"]);
/** Elements that may sit among the variables and carry nothing the model needs. */
const IGNORED = new Set(["group", "display", "interface", "macro", "event_poster", "button"]);
const MAX_MODULE_DEPTH = 16;

/** The variables of the root model, modules flattened, in document order. */
export function collectVariables(
  root: XmlElement,
  models: ReadonlyMap<string, XmlElement>,
  ctx: XmileContext,
): RawVariable[] {
  const out: RawVariable[] = [];
  const connections: { to: string; from: string; at: XmlElement; path: string }[] = [];
  const walk = (model: XmlElement, prefix: string, namePrefix: string, path: string, depth = 0) => {
    const container = child(model, "variables");
    const base = container === undefined ? path : `${path}/variables`;
    for (const el of (container ?? model).children) {
      const elPath = `${base}/${pathStep(el)}`;
      if (VARIABLE_TAGS.has(el.name)) {
        const raw = el.attrs.name;
        if (raw === undefined || raw.trim() === "") {
          ctx.error("missing-name", `<${el.name}> without a name`, { path: elPath, element: el });
          continue;
        }
        const name = decodeXmileName(raw);
        const tag = el.name as RawVariable["tag"];
        const id = prefix + xmileNameToId(name);
        out.push({ tag, id, name: namePrefix + name, element: el, path: elPath, prefix });
      } else if (el.name === "module") {
        const instance = decodeXmileName(el.attrs.name ?? "");
        const sub = models.get(xmileNameToId(decodeXmileName(el.attrs.model ?? instance)));
        if (el.attrs.resource !== undefined || sub === undefined || instance === "") {
          ctx.error("unsupported", "unsupported: module without a model in this file", {
            path: elPath,
            element: el,
            value: el.attrs.resource ?? instance,
          });
          continue;
        }
        if (depth >= MAX_MODULE_DEPTH) {
          ctx.error("module-depth", "modules nested too deeply (or recursively)", {
            path: elPath,
            element: el,
          });
          continue;
        }
        const instanceId = prefix + xmileNameToId(instance);
        walk(sub, `${instanceId}__`, `${namePrefix}${instance}.`, elPath, depth + 1);
        for (const c of childrenNamed(el, "connect")) {
          const to = qualify(c.attrs.to ?? "", instance, prefix, instanceId);
          const from = qualify(c.attrs.from ?? "", instance, prefix, instanceId);
          connections.push({ to, from, at: c, path: `${elPath}/connect` });
        }
      } else if (!IGNORED.has(el.name) && !isPrefixed(el) && container !== undefined) {
        ctx.warning("unknown-element", `unknown element <${el.name}> ignored`, {
          path: elPath,
          element: el,
        });
      }
    }
  };
  walk(root, "", "", `xmile/${pathStep(root)}`);

  const byId = new Map(out.map((v) => [v.id, v]));
  for (const c of connections) {
    const target = byId.get(c.to);
    if (target === undefined || !byId.has(c.from)) {
      const missing = target === undefined ? c.to : c.from;
      ctx.error("unknown-connection", `module connection names unknown variable ${missing}`, {
        path: c.path,
        element: c.at,
        value: missing,
      });
      continue;
    }
    target.connectedFrom = c.from;
  }
  return out;
}

/**
 * The flattened id of a name in a `<connect>`: `m.x` inside instance `m`, `.y` or `y` in the
 * enclosing model, `other.z` in a sibling module.
 */
function qualify(raw: string, instance: string, prefix: string, instanceId: string): string {
  const name = decodeXmileName(raw);
  if (name.startsWith(".")) return prefix + xmileNameToId(name.slice(1));
  const id = xmileNameToId(name);
  const own = `${xmileNameToId(instance)}__`;
  if (id.startsWith(own)) return `${instanceId}__${id.slice(own.length)}`;
  return prefix + id;
}
