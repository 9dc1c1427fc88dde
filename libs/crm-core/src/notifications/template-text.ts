/** `{{name}}`: the only placeholder syntax; a name is a JavaScript-style identifier. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;
/** Braces left after taking out the placeholders: a typo such as `{receiptNumber}}`. */
const STRAY_BRACE = /\{\{|\}\}/;

export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

export function hasStrayBraces(text: string): boolean {
  return STRAY_BRACE.test(text.replace(PLACEHOLDER, ''));
}

export function fill(text: string, variables: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => variables[name] ?? '');
}
