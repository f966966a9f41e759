// The Assay grammar's Ohm recipe for the bundles, without where each rule and expression sits in
// assay.ohm: Ohm keeps those positions only to describe the grammar itself (to show a rule's text), and
// building an interval for every expression took most of the grammar's construction at start-up
// (makeRecipe 11-15 ms with them, 3.5-5.5 ms without). Matching and its error messages are unchanged
// (server/test/parser/lean-recipe.test.ts).

/** `recipe` (the text of `grammar.toRecipe()`) with every source and source interval removed, as JSON text. */
export function leanRecipe(recipe) {
  return JSON.stringify(withoutSources(JSON.parse(recipe)));
}

/**
 * A recipe node is `[kind, metaInfo, ...parts]`, where metaInfo holds only `source` (the grammar's)
 * or `sourceInterval` (a rule's or an expression's); rules are `[action, metaInfo, description, ...]`.
 */
function withoutSources(node) {
  if (Array.isArray(node)) {
    const copy = node.map(withoutSources);
    if (typeof copy[0] === 'string' && isSourceInfo(copy[1])) copy[1] = null;
    return copy;
  }
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withoutSources(value)]));
  return node;
}

function isSourceInfo(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).every((key) => key === 'source' || key === 'sourceInterval');
}
