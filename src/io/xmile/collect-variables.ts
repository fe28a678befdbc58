/**
 * Collect the variable elements of an XMILE model and flatten its modules (XMILE 1.0 §3.7.4,
 * §4.7) into one list.
 *
 * Each `<module name="m">` instantiates the `<model name="m">` of the same file (or the one its
 * `model` attribute names); the instance's variables get ids `m__<var>` (nested: `a__b__<var>`)
 * and display names `m.<var>`. A `<connect to="m.x" from=".y"/>` (or `to="x"`, as Stella writes
 * it) makes the module's input `x` an auxiliary equal to the root model's `y` (`from="other.z"`
 * takes another module's output); a connection the other way (`to` outside, `from="m.out"`)
 * defines the outer variable as the module's output. Modules in other files (`resource`) are
 * not supported.
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
  /** Set when an equation uses this aux (which has a `<gf>`) as a lookup table. */
  asTable?: boolean;
  /** Set for an outflow of a conveyor or queue, whose equation the stock decides. */
  driven?: boolean;
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
  const connections: {
    to: string;
    from: string;
    instance: string;
    instanceId: string;
    prefix: string;
    at: XmlElement;
    path: string;
  }[] = [];
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
          const to = decodeXmileName(c.attrs.to ?? "");
          const from = decodeXmileName(c.attrs.from ?? "");
          connections.push({
            to,
            from,
            instance,
            instanceId,
            prefix,
            at: c,
            path: `${elPath}/connect`,
          });
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
  const has = (id: string) => byId.has(id);
  for (const c of connections) {
    // Inside the instance: `m.x`, or a bare `x` as Stella writes it.
    const own = `${xmileNameToId(c.instance)}__`;
    const inner = (name: string) => {
      const id = xmileNameToId(name);
      return `${c.instanceId}__${id.startsWith(own) ? id.slice(own.length) : id}`;
    };
    const outer = (name: string) => resolveXmileName(name, c.prefix, has);
    let target = inner(c.to);
    let source = outer(c.from);
    if (!has(target) && has(outer(c.to))) {
      // An output connection: the enclosing model's variable takes the module's value.
      target = outer(c.to);
      source = has(inner(c.from)) ? inner(c.from) : source;
    }
    const missing = !has(target) ? c.to : !has(source) ? c.from : undefined;
    if (missing !== undefined) {
      ctx.error("unknown-connection", `module connection names unknown variable ${missing}`, {
        path: c.path,
        element: c.at,
        value: missing,
      });
      continue;
    }
    byId.get(target)!.connectedFrom = source;
  }
  return out;
}

/**
 * The id a name written inside the module with id prefix `prefix` refers to: `.x` is the root
 * model's `x`; a qualified `m.x` is looked up in this module, then in each enclosing one up to
 * the root (Stella writes sibling modules' outputs so); a plain `x` is this module's own.
 */
export function resolveXmileName(
  name: string,
  prefix: string,
  has: (id: string) => boolean,
): string {
  if (name.startsWith(".")) return xmileNameToId(name.slice(1));
  const id = xmileNameToId(name);
  const local = prefix + id;
  if (has(local) || !id.includes("__")) return local;
  const parts = prefix.split("__").filter((p) => p !== "");
  while (parts.length > 0) {
    parts.pop();
    const candidate = parts.map((p) => `${p}__`).join("") + id;
    if (has(candidate)) return candidate;
  }
  return local;
}
