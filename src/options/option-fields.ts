/**
 * Reads a rule's option schemas (valibot) to pick an editor for each option, so a rule's options
 * appear on the page as soon as the rule declares them. A rule can name an option for people
 * with valibot's `v.title()` / `v.description()` in the option's pipe.
 */

export type FieldKind =
  | { kind: 'terms' }
  | { kind: 'topics' }
  | { kind: 'boolean' }
  | { kind: 'number'; integer: boolean }
  | { kind: 'choice'; options: string[] }
  | { kind: 'text' }
  /** Anything without a dedicated editor is edited as JSON. */
  | { kind: 'json' };

export interface OptionField {
  key: string;
  label: string;
  description?: string;
  field: FieldKind;
}

interface SchemaNode {
  type: string;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  options?: unknown[];
  pipe?: { type: string; kind: string; title?: string; description?: string }[];
}

function unwrap(node: SchemaNode): SchemaNode {
  return node.type === 'optional' || node.type === 'nullable' || node.type === 'nullish'
    ? unwrap(node.wrapped as SchemaNode)
    : node;
}

const isObjectType = (t: string) => t === 'object' || t === 'strict_object' || t === 'loose_object';

export function fieldKind(schema: unknown): FieldKind {
  const node = unwrap(schema as SchemaNode);
  switch (node.type) {
    case 'array': {
      const item = unwrap(node.item as SchemaNode);
      if (item.type === 'string' || item.type === 'picklist') return { kind: 'terms' };
      if (item.type === 'union') {
        const forms = (item.options as SchemaNode[]).map(unwrap).map((f) => f.type);
        if (forms.includes('string') && forms.some(isObjectType)) return { kind: 'topics' };
      }
      return { kind: 'json' };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'number':
      return { kind: 'number', integer: Boolean(node.pipe?.some((a) => a.type === 'integer')) };
    case 'picklist':
      return { kind: 'choice', options: (node.options as unknown[]).map(String) };
    case 'string':
      return { kind: 'text' };
    default:
      return { kind: 'json' };
  }
}

/** "allowDomains" → "Allow domains". */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function metadata(schema: unknown): { title?: string; description?: string } {
  const pipe = (schema as SchemaNode).pipe ?? unwrap(schema as SchemaNode).pipe ?? [];
  const title = pipe.find((a) => a.type === 'title')?.title;
  const description = pipe.find((a) => a.type === 'description')?.description;
  return { ...(title && { title }), ...(description && { description }) };
}

export function optionFields(options: Record<string, unknown>): OptionField[] {
  return Object.entries(options).map(([key, schema]) => {
    const { title, description } = metadata(schema);
    return { key, label: title ?? humanize(key), ...(description && { description }), field: fieldKind(schema) };
  });
}
