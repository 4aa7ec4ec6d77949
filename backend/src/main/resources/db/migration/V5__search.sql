-- Full-text search with the german configuration; titles weigh most (A), then summaries (B), then bodies (C).
alter table participation_format add column search_vector tsvector generated always as (
    setweight(to_tsvector('german', title), 'A') ||
    setweight(to_tsvector('german', summary), 'B') ||
    setweight(to_tsvector('german', body), 'C')) stored;
create index participation_format_search_idx on participation_format using gin (search_vector);

alter table document add column search_vector tsvector generated always as (
    setweight(to_tsvector('german', title), 'A')) stored;
create index document_search_idx on document using gin (search_vector);

alter table field_of_action add column search_vector tsvector generated always as (
    setweight(to_tsvector('german', title), 'A') ||
    setweight(to_tsvector('german', summary), 'B') ||
    setweight(to_tsvector('german', description), 'C')) stored;
create index field_of_action_search_idx on field_of_action using gin (search_vector);

alter table goal add column search_vector tsvector generated always as (
    setweight(to_tsvector('german', title), 'A') ||
    setweight(to_tsvector('german', description), 'C')) stored;
create index goal_search_idx on goal using gin (search_vector);

alter table interview_note add column search_vector tsvector generated always as (
    setweight(to_tsvector('german', title), 'A') ||
    setweight(to_tsvector('german', stakeholder), 'A') ||
    setweight(to_tsvector('german', summary), 'B')) stored;
create index interview_note_search_idx on interview_note using gin (search_vector);
