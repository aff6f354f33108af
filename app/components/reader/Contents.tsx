import type { ProvisionTree } from "@/db/queries/corpus";
import { extraHeading, HEADED_KINDS } from "@/lib/prosemirror/treaty-schema";

/** Which provisions the table of contents lists: the outline, headed passages, and an article's first level. */
function listed(node: ProvisionTree, parent: ProvisionTree | null): boolean {
  if (node.kind === "epigraph" || node.kind === "figure") return false; // an epigraph's "heading" is its attribution
  return HEADED_KINDS.has(node.kind) || node.heading !== null || parent?.kind === "article";
}

function entries(nodes: readonly ProvisionTree[], parent: ProvisionTree | null): { node: ProvisionTree; children: ReturnType<typeof entries> }[] {
  const out: ReturnType<typeof entries> = [];
  for (const node of nodes) {
    const children = entries(node.children, node);
    if (listed(node, parent)) out.push({ node, children });
    else out.push(...children);
  }
  return out;
}

function ContentsList({ items }: { items: ReturnType<typeof entries> }) {
  return (
    <ol>
      {items.map(({ node, children }) => (
        <li key={node.id}>
          <a href={`#${node.id}`}>
            {HEADED_KINDS.has(node.kind) ? node.label : (node.heading ?? node.label)}
            {HEADED_KINDS.has(node.kind) && extraHeading(node.label, node.heading) ? <span className="toc__heading"> {node.heading}</span> : null}
          </a>
          {children.length > 0 && <ContentsList items={children} />}
        </li>
      ))}
    </ol>
  );
}

/** The reader's table of contents: links to provision anchors, usable without JavaScript. */
export function Contents({ tree }: { tree: readonly ProvisionTree[] }) {
  const items = entries(tree, null);
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="panel-title">
        Contents
      </h2>
      <ContentsList items={items} />
    </nav>
  );
}
