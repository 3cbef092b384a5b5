/**
 * Shell syntax trees as plain objects: what `shell.ts` copies out of
 * tree-sitter-bash's WebAssembly memory, and what `shell-fast.ts` builds
 * directly for the scripts it understands.
 */

/** A syntax node: tree-sitter's type, UTF-16 offsets, named flag, children and their field names. */
export class Node {
  readonly children: Node[] = [];
  readonly fields: (string | null)[] = [];
  private named: Node[] | undefined;
  constructor(readonly type: string, public startIndex: number, public endIndex: number, readonly isNamed: boolean) {}
  get namedChildren(): Node[] {
    if (!this.named) {
      this.named = [];
      for (const c of this.children) if (c.isNamed) this.named.push(c);
    }
    return this.named;
  }
  get namedChildCount(): number {
    return this.namedChildren.length;
  }
  get childCount(): number {
    return this.children.length;
  }
  child(i: number): Node | undefined {
    return this.children[i];
  }
  fieldNameForChild(i: number): string | null {
    return this.fields[i] ?? null;
  }
  childForFieldName(name: string): Node | undefined {
    const i = this.fields.indexOf(name);
    return i < 0 ? undefined : this.children[i];
  }
  /** Adds a child, with its field name. */
  add(child: Node, field: string | null = null): Node {
    this.children.push(child);
    this.fields.push(field);
    return child;
  }
}

/** A syntax tree, with whether it holds a syntax error. */
export interface CopiedTree {
  root: Node;
  hasError: boolean;
}

/** A syntax tree as plain data: `[type, start, end, named, field, children]`. */
export type PlainSyntaxNode = [string, number, number, boolean, string | null, PlainSyntaxNode[]];

/** The node as plain data (for comparing trees). */
export function plain(node: Node, field: string | null = null): PlainSyntaxNode {
  return [node.type, node.startIndex, node.endIndex, node.isNamed, field, node.children.map((c, i) => plain(c, node.fields[i] ?? null))];
}
