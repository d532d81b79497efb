import { createContext, useContext } from 'react';
import type { Me } from '../../contracts/auth';

export const SessionContext = createContext<Me | null>(null);

/** The logged-in user; only inside the pages behind RequireSession. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() outside RequireSession');
  return me;
}
