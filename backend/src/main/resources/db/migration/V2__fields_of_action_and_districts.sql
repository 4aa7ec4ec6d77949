create table field_of_action (
    id                uuid primary key,
    slug              varchar(120)  not null constraint field_of_action_slug_key unique,
    title             varchar(200)  not null,
    summary           varchar(1000) not null,
    description       text          not null default '',
    position          integer       not null default 0,
    strategy_map      text,
    publication_state varchar(20)   not null,
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null
);

create table goal (
    id                 uuid primary key,
    field_of_action_id uuid         not null references field_of_action (id) on delete cascade,
    slug               varchar(120) not null,
    title              varchar(300) not null,
    description        text         not null default '',
    position           integer      not null,
    constraint goal_field_slug_key unique (field_of_action_id, slug)
);

create table district (
    id         uuid primary key,
    slug       varchar(120) not null constraint district_slug_key unique,
    name       varchar(200) not null,
    boundary   text,
    version    bigint       not null default 0,
    created_at timestamptz  not null,
    updated_at timestamptz  not null
);

-- Links from formats; no cascade from the far side, so a district or field still in use cannot vanish.
create table format_district (
    format_id   uuid not null references participation_format (id) on delete cascade,
    district_id uuid not null references district (id),
    primary key (format_id, district_id)
);
create index format_district_district_idx on format_district (district_id);

create table format_field_of_action (
    format_id          uuid not null references participation_format (id) on delete cascade,
    field_of_action_id uuid not null references field_of_action (id),
    primary key (format_id, field_of_action_id)
);
create index format_field_of_action_field_idx on format_field_of_action (field_of_action_id);
