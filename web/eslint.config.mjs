import { createConfigForNuxt } from '@nuxt/eslint-config/flat';
import { ignores } from '@mdle/eslint-config';
import prettier from 'eslint-config-prettier';

export default createConfigForNuxt({ features: { typescript: true } })
  .prepend(ignores)
  .append({
    rules: {
      // Single-word names are fine for pages, layouts and app-level components.
      'vue/multi-word-component-names': 'off',
    },
  })
  .append(prettier);
