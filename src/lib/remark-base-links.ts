/**
 * Content links are written root-relative (`/radar/fastapi/`); this prefixes the deployment
 * base so the same MDX works at `/` and under a sub-path such as `/pyradar/`.
 */
interface Node {
  type: string;
  url?: string;
  children?: Node[];
}

function walk(node: Node, base: string): void {
  if ((node.type === 'link' || node.type === 'definition') && node.url?.startsWith('/') && !node.url.startsWith('//')) {
    node.url = `${base}${node.url}`;
  }
  node.children?.forEach((child) => walk(child, base));
}

export function remarkBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/+$/, '');
  return () => (tree: Node) => {
    if (base) walk(tree, base);
  };
}
