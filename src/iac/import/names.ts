/** Design ids for imports, derived from file names. */

/** A design id from a file name: its base name without extensions, in id-safe characters. */
export function designIdFrom(file: string): string {
  const base = file.split(/[\\/]/).pop()!.replace(/\.(ya?ml|json|template|tfstate|tfplan|ha)+$/gi, '').replace(/\.[^.]*$/, '');
  const id = base.replace(/[^A-Za-z0-9_.:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 100);
  return id || 'imported';
}
