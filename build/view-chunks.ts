/** What the chunking step lets a group's `name` function see of the module graph. */
type ModuleGraph = {
  getModuleInfo(id: string): { importers: readonly string[]; dynamicImporters: readonly string[] } | null;
};

const viewModule = /[\\/]src[\\/]features[\\/][\w-]+[\\/]([\w-]+)-route\.tsx$/;

/**
 * The views whose route module reaches `id` through static imports alone. A lazily loaded part is a boundary:
 * what it holds loads with it, not with the view.
 */
function viewsReaching(id: string, graph: ModuleGraph): Set<string> {
  const views = new Set<string>();
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    const view = viewModule.exec(current)?.[1];
    if (view) {
      views.add(view);
      continue;
    }
    const info = graph.getModuleInfo(current);
    if (!info || (current !== id && info.dynamicImporters.length > 0)) continue;
    queue.push(...info.importers);
  }
  return views;
}

/**
 * Product code that two or more views import goes into one of three chunks instead of one chunk per set of views
 * (which had made Today's first visit fetch 23 scripts). A request costs a round trip whatever its size, and a
 * phone on HTTP/1.1 fetches six at a time, so fewer, larger files paint sooner; one chunk compresses better than
 * its parts, too. The split follows what the views share: /data shares little with the others (views-common),
 * the miss log needs the seed and the form parts but not the pace and hours code (views-core), and Today, /plan
 * and /session share the rest (views-study). Lazily loaded parts (code that only shows a learner's data) keep
 * their own chunks.
 */
export function sharedViewChunk(id: string, graph: ModuleGraph): string | null {
  if (!/[\\/]src[\\/]/.test(id) || viewModule.test(id)) return null;
  const info = graph.getModuleInfo(id);
  if (!info || info.dynamicImporters.length > 0) return null;
  const views = viewsReaching(id, graph);
  if (views.size < 2) return null;
  if (views.has('data')) return 'views-common';
  return views.has('misses') ? 'views-core' : 'views-study';
}
