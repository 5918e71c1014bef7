-- Ropa team workspace, step 2, after `ropa --db postgresql://ropa_owner@HOST/ropa init` created the
-- schema. Run in the database as its owner: psql -U ropa_owner -d ropa -f grants.sql
GRANT USAGE ON SCHEMA public TO ropa_editor, ropa_auditor;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO ropa_editor, ropa_auditor;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ropa_editor;
REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM ropa_editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ropa_editor;
-- tables and sequences a later Ropa adds when the owner upgrades the schema
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ropa_editor, ropa_auditor;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO ropa_editor;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO ropa_editor;
