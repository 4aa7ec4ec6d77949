create table process (
    id                uuid primary key,
    slug              varchar(120)  not null constraint process_slug_key unique,
    title             varchar(200)  not null,
    summary           varchar(1000) not null,
    description       text          not null default '',
    status            varchar(20)   not null,
    publication_state varchar(20)   not null,
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null
);

create table phase (
    id         uuid primary key,
    process_id uuid         not null references process (id) on delete cascade,
    slug       varchar(120) not null,
    title      varchar(200) not null,
    starts_on  date,
    ends_on    date,
    position   integer      not null,
    constraint phase_process_slug_key unique (process_id, slug)
);

create index phase_slug_idx on phase (slug);

-- Formats refer to processes and phases without cascading: deleting either while formats use it is a conflict.
create table participation_format (
    id                uuid primary key,
    process_id        uuid          not null references process (id),
    phase_id          uuid references phase (id),
    slug              varchar(120)  not null constraint participation_format_slug_key unique,
    kind              varchar(40)   not null,
    title             varchar(200)  not null,
    summary           varchar(1000) not null,
    body              text          not null default '',
    starts_on         date          not null,
    ends_on           date          not null,
    date_precision    varchar(10)   not null,
    venue             varchar(300),
    online            boolean       not null,
    audience          varchar(20)   not null,
    publication_state varchar(20)   not null,
    comments_enabled  boolean       not null,
    anonymous_allowed boolean       not null,
    pre_moderation    boolean       not null,
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null
);

create index participation_format_listing_idx on participation_format (publication_state, process_id, starts_on, id);
create index participation_format_phase_idx on participation_format (phase_id);
create index participation_format_kind_idx on participation_format (kind);
