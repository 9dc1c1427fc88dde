// @ts-check
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Which libraries each library may import: apps → libs; crm-core → customization → tenancy → access. */
export const LIBRARY_DEPENDENCIES = {
  'crm-core': ['customization', 'tenancy', 'access'],
  customization: ['tenancy', 'access'],
  tenancy: ['access'],
  access: [],
};

/** Packages a framework-free library never imports: it is shared by the API and the admin UI. */
const FRAMEWORK_FREE = { access: [/^@nestjs\//, /^react(-dom)?(\/|$)/, /^antd(\/|$)/, /^typeorm(\/|$)/] };

/** libs/<lib>/src/<capability>/…: the capability folder of a crm-core file, or null. */
const CAPABILITY_LIBS = ['crm-core'];

const posix = (p) => p.split(sep).join('/');

/** @param {string} path repo-relative */
function locate(path) {
  const m = /^libs\/([^/]+)\/(.*)$/.exec(path);
  if (!m) return null;
  const [, lib, rest] = m;
  const cap = CAPABILITY_LIBS.includes(lib) ? (/^src\/([^/]+)\/./.exec(rest)?.[1] ?? null) : null;
  return { lib, rest, capability: cap };
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Libraries import only downwards; crm-core capabilities meet only through their index.',
    },
    schema: [],
    messages: {
      direction:
        "libs/{{from}} may not import '{{spec}}': libraries depend downwards only (crm-core → customization → tenancy → access).",
      framework: "libs/{{from}} is framework-free and may not import '{{spec}}'.",
      escape:
        "'{{spec}}' leaves libs/{{from}}: import another library by its name (@pcrm/…), never by a relative path.",
      capability:
        "'{{spec}}' reaches into the {{target}} capability: import its public API ('{{api}}') instead.",
    },
  },
  create(context) {
    const file = posix(relative(ROOT, context.physicalFilename ?? context.filename));
    const from = locate(file);
    if (!from) return {};

    /** @param {import('estree').Node} node @param {unknown} source */
    function check(node, source) {
      if (typeof source !== 'string') return;
      const data = { from: from.lib, spec: source };
      const alias = /^@pcrm\/([^/]+)/.exec(source)?.[1];
      if (alias) {
        const allowed = LIBRARY_DEPENDENCIES[from.lib] ?? [];
        if (!allowed.includes(alias)) context.report({ node, messageId: 'direction', data });
        return;
      }
      if ((FRAMEWORK_FREE[from.lib] ?? []).some((re) => re.test(source))) {
        context.report({ node, messageId: 'framework', data });
        return;
      }
      if (!source.startsWith('.')) return;
      const target = posix(relative(ROOT, join(dirname(join(ROOT, file)), source)));
      const to = locate(target);
      if (!to || to.lib !== from.lib) {
        context.report({ node, messageId: 'escape', data });
        return;
      }
      const targetCap = /^src\/([^/]+)(\/(.*))?$/.exec(to.rest);
      const isFolder = targetCap && !targetCap[1].includes('.');
      if (!CAPABILITY_LIBS.includes(to.lib) || !isFolder || targetCap[1] === from.capability) return;
      const inside = targetCap[3];
      if (inside !== undefined && inside !== '' && inside !== 'index') {
        const api = posix(relative(dirname(file), `libs/${to.lib}/src/${targetCap[1]}`));
        context.report({
          node,
          messageId: 'capability',
          data: { spec: source, target: targetCap[1], api: api.startsWith('.') ? api : `./${api}` },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      /** `import x = require('…')` */
      TSExternalModuleReference: (node) => check(node, node.expression.value),
    };
  },
};

export default { rules: { 'import-boundaries': rule } };
