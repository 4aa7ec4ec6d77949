-- The site search finds citizens' words too: comments, map contributions, published survey free texts and the city's
-- official responses. Their search vectors are generated columns and the queries join the state at query time, so a
-- comment hidden by a moderator drops out of the results in the transaction that hides it; no index table to go stale.
-- Weights as in V5: titles A (the city's) or B (citizens'), running text C.
alter table comment add column search_vector tsvector generated always as (
    setweight(to_tsvector('german', text), 'C')) stored;
-- Only published, not withdrawn comments are ever searched; the index holds nothing else.
create index comment_search_idx on comment using gin (search_vector) where state = 'PUBLISHED' and not withdrawn;

alter table map_contribution add column search_vector tsvector generated always as (
    setweight(to_tsvector('german', title), 'B') ||
    setweight(to_tsvector('german', text), 'C')) stored;
create index map_contribution_search_idx on map_contribution using gin (search_vector) where state = 'PUBLISHED';

-- Null for the many rows that hold a choice, a value or a rank rather than a text.
alter table survey_answer add column search_vector tsvector generated always as (
    setweight(to_tsvector('german', text_value), 'C')) stored;
create index survey_answer_search_idx on survey_answer using gin (search_vector) where text_state = 'PUBLISHED';

alter table official_response add column search_vector tsvector generated always as (
    setweight(to_tsvector('german', title), 'A') ||
    setweight(to_tsvector('german', reason), 'C')) stored;
create index official_response_search_idx on official_response using gin (search_vector);

-- What the public may see, for SQL that reads across features: the rules FormatService.publiclyVisible and the
-- features' CommentTargets apply, in one place each. A search query joins these instead of other features' tables.
create view public_format as
    select f.id, f.slug, f.title
    from participation_format f join process p on p.id = f.process_id
    where f.publication_state = 'PUBLISHED' and p.publication_state = 'PUBLISHED';

create view public_field_of_action as
    select id, slug, title from field_of_action where publication_state = 'PUBLISHED';

-- Every public item citizens comment on, with its title and the slug of the page it stands on: a goal stands on its
-- field of action's page, a map contribution in its format's map portal.
create view public_comment_target as
    select 'FORMAT' as target_type, id as target_id, title, slug as page_slug from public_format
    union all
    select 'FIELD_OF_ACTION', id, title, slug from public_field_of_action
    union all
    select 'GOAL', g.id, g.title, f.slug from goal g join public_field_of_action f on f.id = g.field_of_action_id
    union all
    select 'INTERVIEW_NOTE', id, title, slug from interview_note where publication_state = 'PUBLISHED'
    union all
    select 'MAP_CONTRIBUTION', m.id, m.title, f.slug
    from map_contribution m join public_format f on f.id = m.format_id where m.state = 'PUBLISHED';
