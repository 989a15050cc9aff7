import { inject } from "vitest";

// Code that opens its own connections (the live bus, activity, route handlers) reads
// DATABASE_URL: point it at this run's fresh database, never at the server it was made on.
process.env.DATABASE_URL = inject("databaseUrl");
