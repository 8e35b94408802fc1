-- The number of the turn a session is running, null when none: set in the transaction that stores
-- the turn's user_input, cleared in the one that stores its stop. A crash leaves it set, so start-up
-- finds the interrupted turns without reading every event.
alter table chat_sessions add column running_turn int;
create index chat_sessions_running on chat_sessions(running_turn);
