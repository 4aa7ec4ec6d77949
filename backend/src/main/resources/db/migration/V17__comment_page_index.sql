-- The public comment list of an item reads published comments oldest first, ties broken by id: with the id in the
-- index a page is the next rows of one index range, and the count an index-only scan.
drop index comment_target_idx;
create index comment_target_idx on comment (target_type, target_id, state, created_at, id);
