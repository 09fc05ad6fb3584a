/**
 * PascalCase of a kebab-case or slash-separated name, for construct ids:
 * `catalog/list-services` becomes `CatalogListServices`.
 *
 * @param name lowercase words joined by `-`, `_` or `/`
 */
export function pascalCase(name: string): string {
  return name.replace(/(^|[-_/])([a-z0-9])/g, (_match, _sep: string, char: string) =>
    char.toUpperCase(),
  );
}
