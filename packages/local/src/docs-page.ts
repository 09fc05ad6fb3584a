type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
header{background:#0d4cd3;color:#fff;padding:20px 32px}
header a{color:#fff}
main{max-width:1040px;margin:0 auto;padding:16px 32px 48px}
h2{margin-top:32px;border-bottom:1px solid #d0d5dd;padding-bottom:4px}
details{background:#fff;border:1px solid #d0d5dd;border-radius:6px;margin:8px 0}
summary{cursor:pointer;padding:10px 14px;display:flex;gap:12px;align-items:baseline}
.op{padding:0 16px 12px}
.method{font:600 12px monospace;color:#fff;border-radius:4px;padding:2px 8px;min-width:52px}
.method{text-align:center}
.get{background:#1f883d}.post{background:#0969da}.put{background:#9a6700}
.patch{background:#8250df}.delete{background:#cf222e}.head,.options{background:#57606a}
code.path{font-size:14px}
.summary{color:#57606a}
table{border-collapse:collapse;width:100%;margin:6px 0}
th,td{border:1px solid #d0d5dd;padding:4px 8px;text-align:left;vertical-align:top;font-size:14px}
th{background:#f0f2f5}
.access{font-size:13px;color:#57606a}
`;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string) {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}

const asObject = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown) => (typeof value === 'string' ? value : '');

/** A short description of a JSON schema's type: `string`, `enum: ru, en`, `integer 1–100`. */
export function schemaSummary(schema: unknown): string {
  const s = asObject(schema);
  if (Array.isArray(s.enum)) return `enum: ${s.enum.map(String).join(', ')}`;
  if (s.const !== undefined) return `const: ${String(s.const)}`;
  const variants = asArray(s.anyOf ?? s.oneOf);
  if (variants.length > 0) return variants.map(schemaSummary).join(' | ');
  const type = Array.isArray(s.type) ? s.type.join(' | ') : asText(s.type) || 'any';
  const bounds = [
    s.minimum !== undefined ? `≥ ${String(s.minimum)}` : '',
    s.maximum !== undefined ? `≤ ${String(s.maximum)}` : '',
    s.maxLength !== undefined ? `≤ ${String(s.maxLength)} chars` : '',
    s.pattern !== undefined ? `pattern ${String(s.pattern)}` : '',
    s.default !== undefined ? `default ${JSON.stringify(s.default)}` : '',
  ].filter(Boolean);

  return bounds.length > 0 ? `${type} (${bounds.join(', ')})` : type;
}

function parametersTable(parameters: unknown[]) {
  if (parameters.length === 0) return '<p>No parameters.</p>';
  const rows = parameters.map((raw) => {
    const p = asObject(raw);
    const description = asText(p.description) || asText(asObject(p.schema).description);

    return (
      `<tr><td><code>${escapeHtml(asText(p.name))}</code></td>` +
      `<td>${escapeHtml(asText(p.in))}</td>` +
      `<td>${p.required === true ? 'yes' : 'no'}</td>` +
      `<td>${escapeHtml(schemaSummary(p.schema))}</td><td>${escapeHtml(description)}</td></tr>`
    );
  });

  return (
    '<table><tr><th>Parameter</th><th>In</th><th>Required</th><th>Schema</th>' +
    `<th>Description</th></tr>${rows.join('')}</table>`
  );
}

function responsesTable(responses: Json) {
  const rows = Object.entries(responses).map(([status, raw]) => {
    const response = asObject(raw);
    const types = Object.keys(asObject(response.content)).join(', ');

    return (
      `<tr><td>${escapeHtml(status)}</td><td>${escapeHtml(asText(response.description))}</td>` +
      `<td>${escapeHtml(types)}</td></tr>`
    );
  });

  return (
    '<table><tr><th>Status</th><th>Meaning</th><th>Content type</th></tr>' +
    `${rows.join('')}</table>`
  );
}

function accessNote(operation: Json) {
  const security = asArray(operation.security);
  const roles = asArray(operation['x-roles']).map(String);
  if (security.length === 0) return 'Public: no sign-in needed.';
  if (roles.length > 0) return `Signed-in people with a role: ${roles.join(', ')}.`;
  const schemes = security.flatMap((entry) => Object.entries(asObject(entry)));

  const needs = schemes.map(([name, scopes]) => `${name} ${asArray(scopes).join(' ')}`);

  return `Needs ${needs.join(' or ')}.`;
}

function operationBlock(method: string, path: string, operation: Json) {
  const description = asText(operation.description);
  const body = asObject(operation.requestBody);
  const bodyTypes = Object.keys(asObject(body.content)).join(', ');

  return (
    `<details id="${escapeHtml(asText(operation.operationId))}"><summary>` +
    `<span class="method ${method}">${method.toUpperCase()}</span>` +
    `<code class="path">${escapeHtml(path)}</code>` +
    `<span class="summary">${escapeHtml(asText(operation.summary))}</span></summary>` +
    '<div class="op">' +
    (description ? `<p>${escapeHtml(description)}</p>` : '') +
    `<p class="access">${escapeHtml(accessNote(operation))} ` +
    `Operation id <code>${escapeHtml(asText(operation.operationId))}</code>.</p>` +
    parametersTable(asArray(operation.parameters)) +
    (bodyTypes ? `<p>Request body: ${escapeHtml(bodyTypes)}</p>` : '') +
    responsesTable(asObject(operation.responses)) +
    '</div></details>'
  );
}

/**
 * Renders an OpenAPI 3.1 document as one self-contained HTML page (no scripts, no CDN):
 * operations grouped by tag, each with its method, path, summary, description, access,
 * parameters and responses.
 */
export function renderDocsPage(document: Json, openApiUrl = '/openapi.json'): string {
  const info = asObject(document.info);
  const byTag = new Map<string, string[]>();
  const tagDescriptions = new Map(
    asArray(document.tags).map((raw) => [
      asText(asObject(raw).name),
      asText(asObject(raw).description),
    ]),
  );
  for (const [path, rawItem] of Object.entries(asObject(document.paths))) {
    const item = asObject(rawItem);
    for (const method of METHODS) {
      if (!item[method]) continue;
      const operation = asObject(item[method]);
      const tag = asText(asArray(operation.tags)[0]) || 'other';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)?.push(operationBlock(method, path, operation));
    }
  }
  const sections = [...byTag].map(([tag, blocks]) => {
    const about = tagDescriptions.get(tag);

    return (
      `<section><h2>${escapeHtml(tag)}</h2>` +
      (about ? `<p>${escapeHtml(about)}</p>` : '') +
      `${blocks.join('\n')}</section>`
    );
  });
  const title = asText(info.title) || 'API';

  return [
    '<!doctype html>',
    '<html lang="ru"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}: API reference</title><style>${STYLE}</style></head>`,
    `<body><header><h1>${escapeHtml(title)} `,
    `<small>${escapeHtml(asText(info.version))}</small></h1>`,
    `<p>${escapeHtml(asText(info.description))}</p>`,
    `<p>Machine-readable: <a href="${escapeHtml(openApiUrl)}">${escapeHtml(openApiUrl)}</a></p>`,
    '</header><main>',
    sections.join('\n') || '<p>The document lists no operations.</p>',
    '</main></body></html>',
  ].join('\n');
}
