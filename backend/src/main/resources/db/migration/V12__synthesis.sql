-- Observations staff record from offline formats: stops of a district walk, flip-chart results of a workshop.
create table observation (
    id          uuid primary key,
    format_id   uuid          not null references participation_format (id) on delete cascade,
    kind        varchar(20)   not null,
    title       varchar(200)  not null,
    text        varchar(5000) not null,
    longitude   double precision,
    latitude    double precision,
    district_id uuid          references district (id) on delete set null,
    dot_count   integer,
    recorded_by varchar(200)  not null,
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null
);
create index observation_format_idx on observation (format_id);

-- Which input shaped which field of action (and goal). An input is addressed by its kind and a reference.
create table input_link (
    id                 uuid primary key,
    input_kind         varchar(30)  not null,
    input_ref          varchar(80)  not null,
    field_of_action_id uuid         not null references field_of_action (id) on delete cascade,
    goal_id            uuid         references goal (id) on delete cascade,
    linked_by          varchar(200) not null,
    linked_at          timestamptz  not null,
    constraint input_link_key unique nulls not distinct (input_kind, input_ref, field_of_action_id, goal_id)
);
create index input_link_input_idx on input_link (input_kind, input_ref);
create index input_link_field_idx on input_link (field_of_action_id);

-- The city's answer to a set of inputs, on a field of action or one of its goals.
create table official_response (
    id                 uuid primary key,
    field_of_action_id uuid          not null references field_of_action (id) on delete cascade,
    goal_id            uuid          references goal (id) on delete cascade,
    title              varchar(200)  not null,
    status             varchar(20)   not null,
    reason             varchar(5000) not null,
    version            bigint        not null default 0,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null
);
create index official_response_field_idx on official_response (field_of_action_id);

create table official_response_input (
    response_id uuid        not null references official_response (id) on delete cascade,
    input_kind  varchar(30) not null,
    input_ref   varchar(80) not null,
    primary key (response_id, input_kind, input_ref)
);
create index official_response_input_idx on official_response_input (input_kind, input_ref);
