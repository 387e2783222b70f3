import distribution from './distribution';
import networkSignUp from './network-sign-up';
import worker from './worker';

export default { distribution, 'network-sign-up': networkSignUp, worker };
