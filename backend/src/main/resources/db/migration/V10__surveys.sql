create table survey (
    id             uuid primary key,
    format_id      uuid          not null references participation_format (id) on delete cascade,
    slug           varchar(120)  not null unique,
    title          varchar(200)  not null,
    description    text          not null default '',
    integrity_mode varchar(30)   not null,
    opens_at       timestamptz   not null,
    closes_at      timestamptz   not null,
    version        bigint        not null default 0,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null
);
create index survey_format_idx on survey (format_id);

create table survey_question (
    id              uuid primary key,
    survey_id       uuid          not null references survey (id) on delete cascade,
    slug            varchar(120)  not null,
    position        integer       not null,
    type            varchar(30)   not null,
    title           varchar(500)  not null,
    help_text       varchar(2000) not null default '',
    required        boolean       not null,
    options         jsonb         not null default '[]',
    scale_min       integer,
    scale_max       integer,
    scale_min_label varchar(100),
    scale_max_label varchar(100),
    max_length      integer,
    constraint survey_question_slug_key unique (survey_id, slug)
);

-- A response knows its day and channel only: no account, no code, no time of day, so nothing links it to a person.
create table survey_response (
    id           uuid primary key,
    survey_id    uuid        not null references survey (id) on delete cascade,
    submitted_on date        not null,
    channel      varchar(20) not null
);
create index survey_response_survey_idx on survey_response (survey_id);

create table survey_answer (
    id           uuid primary key,
    response_id  uuid          not null references survey_response (id) on delete cascade,
    question_id  uuid          not null references survey_question (id) on delete cascade,
    option_key   varchar(120),
    number_value integer,
    text_value   varchar(5000),
    text_state   varchar(20),
    rank         integer,
    longitude    double precision,
    latitude     double precision
);
create index survey_answer_question_idx on survey_answer (question_id, option_key);
create index survey_answer_response_idx on survey_answer (response_id);
create index survey_answer_text_state_idx on survey_answer (text_state) where text_state is not null;

-- Single-use participation codes, stored as hashes; "used" has no time and no reference to the response.
create table survey_code (
    survey_id uuid        not null references survey (id) on delete cascade,
    code_hash varchar(64) not null,
    used      boolean     not null default false,
    primary key (survey_id, code_hash)
);

-- Who has answered a ONE_PER_ACCOUNT survey, as a keyed hash, kept apart from the responses.
create table survey_participant (
    survey_id    uuid        not null references survey (id) on delete cascade,
    account_hash varchar(64) not null,
    primary key (survey_id, account_hash)
);
