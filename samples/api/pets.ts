// The pet domain shared by REST and GraphQL: the in-memory pet store (seeded with three pets,
// ids increasing monotonically) and validation of pet input from either API.
import type { ErrorDetail } from './http-util.js';

export interface PetFields {
  name: string;
  tag: string | null;
  age: number | null;
}

export interface Pet extends PetFields {
  id: number;
  createdAt: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; details: ErrorDetail[] };

const SEED: ReadonlyArray<PetFields & { createdAt: string }> = [
  { name: 'Rex', tag: 'dog', age: 3, createdAt: '2024-01-01T09:00:00.000Z' },
  { name: 'Tom', tag: 'cat', age: 5, createdAt: '2024-01-02T09:00:00.000Z' },
  { name: 'Nemo', tag: 'fish', age: 1, createdAt: '2024-01-03T09:00:00.000Z' },
];

const NAME_MAX_LENGTH = 64;

export class PetStore {
  private readonly pets = new Map<number, Pet>();
  private lastId = 0;

  /** A store holding the three seed pets, ids 1 to 3. */
  static seeded(): PetStore {
    const store = new PetStore();
    for (const { createdAt, ...fields } of SEED) store.insert(fields, createdAt);
    return store;
  }

  /** Every pet in id order, optionally only those with the given tag. */
  all(tag?: string): Pet[] {
    return [...this.pets.values()].filter((pet) => tag === undefined || pet.tag === tag).map((pet) => ({ ...pet }));
  }

  get(id: number): Pet | undefined {
    const pet = this.pets.get(id);
    return pet && { ...pet };
  }

  create(fields: PetFields): Pet {
    return this.insert(fields, new Date().toISOString());
  }

  /** Applies `changes` (all fields for a full replace, some for a patch); undefined when there is no such pet. */
  update(id: number, changes: Partial<PetFields>): Pet | undefined {
    const pet = this.pets.get(id);
    if (pet === undefined) return undefined;
    Object.assign(pet, changes);
    return { ...pet };
  }

  remove(id: number): boolean {
    return this.pets.delete(id);
  }

  private insert(fields: PetFields, createdAt: string): Pet {
    this.lastId += 1;
    const pet: Pet = { id: this.lastId, ...fields, createdAt };
    this.pets.set(pet.id, pet);
    return { ...pet };
  }
}

function checkFields(input: Record<string, unknown>, partial: boolean): { fields: Partial<PetFields>; details: ErrorDetail[] } {
  const fields: Partial<PetFields> = {};
  const details: ErrorDetail[] = [];
  const { name, tag, age } = input;
  if (name === undefined) {
    if (!partial) details.push({ field: 'name', message: 'is required' });
  } else if (typeof name !== 'string' || [...name].length < 1 || [...name].length > NAME_MAX_LENGTH) {
    details.push({ field: 'name', message: `must be a string of 1 to ${NAME_MAX_LENGTH} characters` });
  } else {
    fields.name = name;
  }
  if (tag !== undefined) {
    if (tag === null || typeof tag === 'string') fields.tag = tag;
    else details.push({ field: 'tag', message: 'must be a string or null' });
  }
  if (age !== undefined) {
    if (age === null || (typeof age === 'number' && Number.isSafeInteger(age) && age >= 0)) fields.age = age;
    else details.push({ field: 'age', message: 'must be an integer >= 0 or null' });
  }
  return { fields, details };
}

/** Validates a complete pet (create or full replace); absent `tag`/`age` become null. Other keys are ignored. */
export function validatePet(input: Record<string, unknown>): Validation<PetFields> {
  const { fields, details } = checkFields(input, false);
  if (details.length > 0 || fields.name === undefined) return { ok: false, details };
  return { ok: true, value: { name: fields.name, tag: fields.tag ?? null, age: fields.age ?? null } };
}

/** Validates a partial update: only the given fields change; null clears `tag` or `age`. Other keys are ignored. */
export function validatePetPatch(input: Record<string, unknown>): Validation<Partial<PetFields>> {
  const { fields, details } = checkFields(input, true);
  return details.length > 0 ? { ok: false, details } : { ok: true, value: fields };
}
