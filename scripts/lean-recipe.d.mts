// Types of lean-recipe.mjs, for the test that imports it.
export function leanRecipe(recipe: string): string;
