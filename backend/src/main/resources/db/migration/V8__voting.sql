create table voting_round (
    id                   uuid primary key,
    format_id            uuid         not null references participation_format (id) on delete cascade,
    title                varchar(200) not null,
    item_type            varchar(20)  not null,
    dots_per_participant integer      not null,
    max_dots_per_item    integer      not null,
    opens_at             timestamptz  not null,
    closes_at            timestamptz  not null,
    version              bigint       not null default 0,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null
);
create index voting_round_format_idx on voting_round (format_id);

create table voting_item (
    round_id uuid    not null references voting_round (id) on delete cascade,
    position integer not null,
    item_id  uuid    not null,
    primary key (round_id, position)
);

-- One ballot per participant and round; participant is an account name or the hash of a device's ballot token.
create table ballot (
    id          uuid primary key,
    round_id    uuid         not null references voting_round (id) on delete cascade,
    participant varchar(200) not null,
    channel     varchar(20)  not null,
    cast_at     timestamptz  not null,
    constraint ballot_round_participant_key unique (round_id, participant)
);

create table ballot_dot (
    ballot_id uuid    not null references ballot (id) on delete cascade,
    item_id   uuid    not null,
    dots      integer not null check (dots > 0),
    primary key (ballot_id, item_id)
);
create index ballot_dot_item_idx on ballot_dot (item_id);
