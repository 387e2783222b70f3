// Root scripts (launcher helpers, repository-wide tests); each workspace has its own config.
import { typescript } from '@mdle/eslint-config';

export default typescript({ ignores: ['cms/**', 'web/**', 'packages/**', '.tools/**'] });
