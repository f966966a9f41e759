// The in-memory state of one running sample API instance: pets, login sessions and polling jobs.
import { SessionStore } from './auth.js';
import { JobStore } from './jobs.js';
import { PetStore } from './pets.js';

export interface AppState {
  pets: PetStore;
  sessions: SessionStore;
  jobs: JobStore;
}

export function createAppState(): AppState {
  return { pets: PetStore.seeded(), sessions: new SessionStore(), jobs: new JobStore() };
}
