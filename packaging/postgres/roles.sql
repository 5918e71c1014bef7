-- Ropa team workspace, step 1: roles and the database. Run as a superuser: psql -U postgres -f roles.sql
-- Three group roles: the owner creates and upgrades the schema, editors change the record,
-- auditors only read (open, export, check). People log in as themselves and inherit a group.
CREATE ROLE ropa_owner LOGIN PASSWORD 'change-me';
CREATE ROLE ropa_editor NOLOGIN;
CREATE ROLE ropa_auditor NOLOGIN;
CREATE DATABASE ropa OWNER ropa_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE ropa FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE ropa TO ropa_editor, ropa_auditor;
-- one login per person, in the group that fits their work
CREATE ROLE alice LOGIN PASSWORD 'change-me' IN ROLE ropa_editor;
CREATE ROLE bob LOGIN PASSWORD 'change-me' IN ROLE ropa_auditor;
