create table map_contribution (
    id                  uuid primary key,
    format_id           uuid          not null references participation_format (id) on delete cascade,
    category            varchar(30)   not null,
    title               varchar(200)  not null,
    text                varchar(5000) not null,
    longitude           double precision,
    latitude            double precision,
    location_source     varchar(20)   not null,
    place_name          varchar(200),
    district_id         uuid          references district (id) on delete set null,
    author_account      varchar(200),
    author_name         varchar(200)  not null,
    anonymous           boolean       not null,
    deletion_token_hash varchar(64),
    state               varchar(20)   not null,
    moderation_reason   varchar(1000),
    version             bigint        not null default 0,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create index map_contribution_format_idx on map_contribution (format_id, state);
create index map_contribution_district_idx on map_contribution (district_id);
create index map_contribution_position_idx on map_contribution (longitude, latitude);

create table map_contribution_support (
    contribution_id uuid         not null references map_contribution (id) on delete cascade,
    participant     varchar(200) not null,
    primary key (contribution_id, participant)
);

create table map_contribution_report (
    id              uuid primary key,
    contribution_id uuid          not null references map_contribution (id) on delete cascade,
    reason          varchar(1000) not null,
    reported_at     timestamptz   not null,
    resolved_at     timestamptz
);
create index map_contribution_report_idx on map_contribution_report (contribution_id);

-- Named places (squares, parks, streets) for placing a contribution without a map.
create table map_place (
    id        uuid primary key,
    name      varchar(200)     not null unique,
    longitude double precision not null,
    latitude  double precision not null
);
create index map_place_name_idx on map_place (lower(name) varchar_pattern_ops);
