create table interview_note (
    id                uuid primary key,
    slug              varchar(120)  not null constraint interview_note_slug_key unique,
    title             varchar(200)  not null,
    stakeholder       varchar(300)  not null,
    interview_date    date          not null,
    summary           text          not null,
    publication_state varchar(20)   not null,
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null
);
create index interview_note_listing_idx on interview_note (publication_state, interview_date, id);

create table interview_note_topic (
    note_id    uuid        not null references interview_note (id) on delete cascade,
    topic_area varchar(40) not null,
    primary key (note_id, topic_area)
);
create index interview_note_topic_idx on interview_note_topic (topic_area);

create table interview_note_participant (
    note_id    uuid         not null references interview_note (id) on delete cascade,
    position   integer      not null,
    role       varchar(200) not null,
    head_count integer      not null,
    primary key (note_id, position)
);

create table interview_note_finding (
    note_id  uuid        not null references interview_note (id) on delete cascade,
    position integer     not null,
    type     varchar(20) not null,
    text     text        not null,
    primary key (note_id, position)
);

create table interview_note_field_of_action (
    note_id            uuid not null references interview_note (id) on delete cascade,
    field_of_action_id uuid not null references field_of_action (id),
    primary key (note_id, field_of_action_id)
);

create table interview_note_revision (
    id         uuid primary key,
    note_id    uuid         not null references interview_note (id) on delete cascade,
    version    bigint       not null,
    changed_by varchar(200) not null,
    changed_at timestamptz  not null,
    changes    text         not null
);
create index interview_note_revision_note_idx on interview_note_revision (note_id, changed_at);
