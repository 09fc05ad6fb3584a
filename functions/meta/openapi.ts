import { buildOpenApiDocument, routes } from '@eruz/api';
import { httpHandler } from '@eruz/http';

let document: Record<string, unknown> | undefined;

export const handler = httpHandler(routes.getOpenApi, async () => {
  document ??= buildOpenApiDocument();

  return { body: document };
});
