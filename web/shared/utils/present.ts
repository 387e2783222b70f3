/** The items of a GraphQL list that are there: Strapi types list members as nullable. */
export const present = <T>(items: ReadonlyArray<T | null> | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => item !== null);
