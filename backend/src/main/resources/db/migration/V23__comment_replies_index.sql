-- Replies are found by their parent: withdrawing or erasing a comment, and showing a thread, look them up.
-- Without this index each lookup scans every comment of the city.
create index comment_parent_idx on comment (parent_id) where parent_id is not null;
