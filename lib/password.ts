// Password hashing with argon2id (the library's default algorithm, named here so it cannot drift).
import { hash, verify } from "@node-rs/argon2";

// `Algorithm.Argon2id` is an ambient const enum, which isolated modules cannot read; its value is 2.
const ARGON2ID = 2;
const ARGON2ID_OPTIONS = { algorithm: ARGON2ID } as const;

export function hashPassword(password: string) {
  return hash(password, ARGON2ID_OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string) {
  return verify(passwordHash, password, ARGON2ID_OPTIONS);
}
