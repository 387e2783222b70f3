import { runsInBrowser, typescript } from '@mdle/eslint-config';

export default typescript(
  { ignores: ['types/generated/**', 'public/**', 'dist/**', 'dist-test/**', '.strapi/**'] },
  runsInBrowser(['src/admin/**', 'src/plugins/*/admin/**']),
);
