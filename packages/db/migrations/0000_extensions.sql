-- Vietnamese search: unaccent removes marks server-side, pg_trgm tolerates typos. Both ship with
-- PostgreSQL's contrib and are loaded into PGlite by createDb().
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
