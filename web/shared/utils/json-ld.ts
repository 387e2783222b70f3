/** JSON for a `<script>` element: `<` escaped, so that no value can close the element. */
export const serialiseJsonLd = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
