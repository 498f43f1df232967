/**
 * Chrome's `storage.managed_schema`, generated from the same valibot schema the extension
 * validates with, so the two cannot drift. Chrome accepts a subset of JSON Schema: every node
 * has exactly one `type`, and there are no unions.
 */
import { policySchema } from './schema';

export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  enum?: string[];
}

interface Node {
  type: string;
  entries?: Record<string, Node>;
  wrapped?: Node;
  item?: Node;
  options?: unknown[];
  pipe?: { type: string; kind: string; requirement?: unknown }[];
}

function toChrome(node: Node, path: string): ChromeSchema {
  switch (node.type) {
    case 'optional':
      return toChrome(node.wrapped as Node, path);
    case 'object':
    case 'strict_object':
    case 'loose_object': {
      const properties: Record<string, ChromeSchema> = {};
      for (const [key, child] of Object.entries(node.entries ?? {}))
        properties[key] = toChrome(child, `${path}.${key}`);
      return { type: 'object', properties };
    }
    case 'array':
      return { type: 'array', items: toChrome(node.item as Node, `${path}[]`) };
    case 'picklist':
      return { type: 'string', enum: node.options as string[] };
    case 'string':
      return { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'number': {
      const integer = node.pipe?.some((a) => a.type === 'integer');
      return { type: integer ? 'integer' : 'number' };
    }
    case 'union': {
      // Chrome has no unions. A list of "name or {name, terms}" becomes a list of strings; the
      // object form stays available through the JSON export and the options page.
      const first = (node.options as Node[])[0] as Node;
      return toChrome(first, path);
    }
    default:
      throw new Error(`${path}: no Chrome schema equivalent for valibot type "${node.type}"`);
  }
}

export function managedSchema(): ChromeSchema {
  const schema = toChrome(policySchema as unknown as Node, '(policy)');
  schema.title = 'Preflight policy';
  schema.description = 'Social media policy enforced by Preflight (see docs/admin.md).';
  return schema;
}
