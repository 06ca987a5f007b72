/**
 * A small XML tree and its serialiser, for the TEI and CMIF exports. Written here rather than taken
 * from an XML builder because the text must survive: builders' pretty printers (xmlbuilder2's among
 * them) indent mixed content, which puts line breaks and spaces into the document's text around every
 * note and correction. Here an element holding text is written on one line exactly as built, and only
 * elements that hold elements alone are indented. Everything is escaped by construction; the output
 * is checked against the RELAX NG schemas in the tests (jing).
 */

/** An element: its name (with a prefix where one is meant, `xml:id`), attributes and children. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string | number | null | undefined>;
  children: XmlNode[];
  /** Holds running text (a paragraph, a heading, a note): always written on one line, never indented inside. */
  mixed?: boolean;
}

/** A child: an element or text. */
export type XmlNode = XmlElement | string;

type Children = (XmlNode | XmlNode[] | null | undefined | false)[];

const kept = (children: Children): XmlNode[] =>
  children.flat().filter((c): c is XmlNode => c !== null && c !== undefined && c !== false && c !== '');

/** An element; `null`, `undefined`, `false` and empty children are left out, as are attributes without a value. */
export function el(name: string, attrs: XmlElement['attrs'] = {}, ...children: Children): XmlElement {
  return { name, attrs, children: kept(children) };
}

/**
 * An element of running text (`p`, `head`, `note`): written on one line as built, even when it
 * happens to hold only elements (a paragraph that is one corrected phrase), so no whitespace enters the text.
 */
export function phrase(name: string, attrs: XmlElement['attrs'] = {}, ...children: Children): XmlElement {
  return { name, attrs, children: kept(children), mixed: true };
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');

/** Characters XML 1.0 does not allow, which no source text should hold. */
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function attributes(attrs: XmlElement['attrs']): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}

/** One element on one line, children inline: how mixed content is written. */
function inline(node: XmlNode): string {
  if (typeof node === 'string') {
    if (INVALID.test(node)) throw new Error(`Text holds a character XML does not allow: ${JSON.stringify(node.slice(0, 60))}`);
    return escapeText(node);
  }
  const open = `<${node.name}${attributes(node.attrs)}`;
  return node.children.length === 0 ? `${open}/>` : `${open}>${node.children.map(inline).join('')}</${node.name}>`;
}

function block(node: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const elementsOnly = !node.mixed && node.children.length > 0 && node.children.every((c) => typeof c !== 'string');
  if (!elementsOnly) {
    out.push(pad + inline(node));
    return;
  }
  out.push(`${pad}<${node.name}${attributes(node.attrs)}>`);
  for (const child of node.children as XmlElement[]) block(child, depth + 1, out);
  out.push(`${pad}</${node.name}>`);
}

/**
 * A document: the XML declaration (UTF-8), processing instructions such as `xml-model`, then the
 * root element, indented where it holds elements only; ends with a newline.
 */
export function serializeXml(root: XmlElement, instructions: { target: string; data: string }[] = []): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', ...instructions.map((pi) => `<?${pi.target} ${pi.data}?>`)];
  block(root, 0, out);
  return `${out.join('\n')}\n`;
}
