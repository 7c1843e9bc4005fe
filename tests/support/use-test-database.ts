// Points the app's database client at this run's test database before any test file imports it.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
