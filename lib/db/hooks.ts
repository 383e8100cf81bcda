// Side panel (React): live queries over the data layer; any write, from any view or context of the extension, re-renders every reader.
import { useLiveQuery } from 'dexie-react-hooks';
import { EMPTY_PROFILE } from '../negotiation/schemas';
import { getDefaultDB, type DealcraftDB } from './database';
import { findClientByEmail, getAgreementHistory, loadClientView, getProfile, searchClients, type ClientView } from './index';
import type { AgreementChange, Client, Profile } from './schemas';

/**
 * Each hook returns `undefined` while the first read is in flight, so a view can tell "loading" from
 * "not found" (`null`) and avoid flashing an empty state.
 */
export function useClientByEmail(email: string | undefined, db: DealcraftDB = getDefaultDB()): Client | null | undefined {
  return useLiveQuery(async () => (email ? ((await findClientByEmail(db, email)) ?? null) : null), [db, email]);
}

export function useClientView(email: string | undefined, db: DealcraftDB = getDefaultDB()): ClientView | null | undefined {
  return useLiveQuery(() => (email ? loadClientView(db, email) : null), [db, email]);
}

export function useClients(search = '', db: DealcraftDB = getDefaultDB()): Client[] | undefined {
  return useLiveQuery(() => searchClients(db, search), [db, search]);
}

export function useAgreementHistory(clientId: string | undefined, db: DealcraftDB = getDefaultDB()): AgreementChange[] | undefined {
  return useLiveQuery(async () => (clientId ? getAgreementHistory(db, clientId) : []), [db, clientId]);
}

/** Falls back to EMPTY_PROFILE while loading: the engine can always run. */
export function useProfile(db: DealcraftDB = getDefaultDB()): Profile {
  return useLiveQuery(() => getProfile(db), [db], EMPTY_PROFILE);
}
