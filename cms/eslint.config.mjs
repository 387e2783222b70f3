import { typescript } from '@mdle/eslint-config';

export default typescript({ ignores: ['src/admin/**', 'types/generated/**', 'public/**'] });
