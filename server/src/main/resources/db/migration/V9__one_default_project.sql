-- Nodes starting together on an empty shared database each try to create the default organization
-- and project; this makes the second attempt fail, and that node reads the first one's instead.
create unique index projects_one_default on projects(is_default) where is_default = true;
