/** elkjs's in-process worker ships without its own declaration: its exports are read at run time. */
declare module "elkjs/lib/elk-worker.min.js" {
  const exported: unknown;
  export default exported;
}
