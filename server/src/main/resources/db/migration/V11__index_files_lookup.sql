-- A chunk's file is looked up by its parsed file id or its file id alone (file names in chat and MCP
-- results, one lookup per result; page screenshots): without these the lookup read every file row of
-- the project's indexes. Plain SQL for SQLite and PostgreSQL; both combine the two with an OR plan.
create index index_files_parsed_file on index_files(parsed_file_id);
create index index_files_file on index_files(file_id);
