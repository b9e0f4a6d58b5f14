import { PortError } from '../../application/ports/PortError';
import { ClassStateServer } from '../../infrastructure/shared/classstate/ClassStateServer';

/** For adapter tests about IM alone: a school server that cannot be reached, as on a dropped network. */
export const NO_SCHOOL: ClassStateServer = {
  read: () => Promise.reject(new PortError('NETWORK', 'no school server in this test')),
  hand: () => Promise.reject(new PortError('NETWORK', 'no school server in this test')),
  reply: () => Promise.reject(new PortError('NETWORK', 'no school server in this test')),
};
