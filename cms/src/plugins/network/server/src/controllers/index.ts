import networkSignUp from './network-sign-up';
import networkTools from './network-tools';
import reportSubmission from './report-submission';

export default {
  'network-sign-up': networkSignUp,
  'network-tools': networkTools,
  'report-submission': reportSubmission,
};
