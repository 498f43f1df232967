/**
 * Chrome's `storage.managed_schema`, generated from the same valibot schema the extension
 * validates with, so the two cannot drift. Chrome accepts a subset of JSON Schema: every node
 * has exactly one `type` (or `$ref`), and there are no unions; an invalid schema stops the
 * extension from loading.
 *
 * The schema declares types only, no `enum`s or patterns: Chrome silently drops a value that
 * does not fit (a whole list for one bad item), so a misspelt severity would vanish without a
 * trace. Preflight validates every managed value itself and lists the bad ones, with path and
 * reason, in its options page — the same messages `preflight policy validate` prints.
 */
import { OBJECT_ITEM_SPLITS } from './managed';
import { policySchema } from './schema';

export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  additionalProperties?: ChromeSchema;
}

interface Node {
  type: string;
  entries?: Record<string, Node>;
  wrapped?: Node;
  item?: Node;
  value?: Node;
  literal?: unknown;
  options?: unknown[];
  pipe?: { type: string; kind: string; requirement?: unknown }[];
}

function toChrome(node: Node, path: string): ChromeSchema {
  switch (node.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
      return toChrome(node.wrapped as Node, path);
    case 'object':
    case 'strict_object':
    case 'loose_object': {
      const properties: Record<string, ChromeSchema> = {};
      for (const [key, child] of Object.entries(node.entries ?? {})) {
        const childPath = path ? `${path}.${key}` : key;
        const split = OBJECT_ITEM_SPLITS.find((s) => `${s.parent}.${s.key}` === childPath);
        if (split) Object.assign(properties, splitObjectItems(child, childPath, split.key, split.objectKey));
        else properties[key] = toChrome(child, childPath);
      }
      return { type: 'object', properties };
    }
    case 'array':
      return { type: 'array', items: toChrome(node.item as Node, `${path}[]`) };
    case 'record':
      return { type: 'object', properties: {}, additionalProperties: toChrome(node.value as Node, `${path}.*`) };
    case 'literal': {
      const kind = typeof node.literal;
      return { type: kind === 'number' ? 'number' : kind === 'boolean' ? 'boolean' : 'string' };
    }
    case 'picklist':
    case 'string':
      return { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'number': {
      const integer = node.pipe?.some((a) => a.type === 'integer');
      return { type: integer ? 'integer' : 'number' };
    }
    case 'union':
    case 'variant': {
      // Chrome has no unions. Lists of "string or object" are split (see OBJECT_ITEM_SPLITS);
      // any other union falls back to its first form.
      const first = (node.options as Node[])[0] as Node;
      return toChrome(first, path);
    }
    default:
      throw new Error(`${path}: no Chrome schema equivalent for valibot type "${node.type}"`);
  }
}

/** A list of "string or object" becomes two lists: strings under `key`, objects under `objectKey`. */
function splitObjectItems(node: Node, path: string, key: string, objectKey: string): Record<string, ChromeSchema> {
  const list = unwrap(node);
  const item = list.item ? unwrap(list.item) : undefined;
  const forms = item?.type === 'union' ? (item.options as Node[]).map(unwrap) : [];
  const stringForm = forms.find((f) => f.type === 'string' || f.type === 'picklist');
  const objectForm = forms.find((f) => f.type.endsWith('object'));
  if (list.type !== 'array' || !stringForm || !objectForm) return { [key]: toChrome(node, path) };
  return {
    [key]: { type: 'array', items: toChrome(stringForm, `${path}[]`) },
    [objectKey]: { type: 'array', items: toChrome(objectForm, `${path}[]`) },
  };
}

function unwrap(node: Node): Node {
  return node.type === 'optional' ? unwrap(node.wrapped as Node) : node;
}

export function managedSchema(): ChromeSchema {
  const schema = toChrome(policySchema as unknown as Node, '');
  schema.title = 'Preflight policy';
  schema.description = 'Social media policy enforced by Preflight (see docs/admin.md).';
  return schema;
}
