-- One comment model for every commentable item; the target is named by type and id, not by foreign key,
-- because targets live in different features' tables.
create table comment (
    id                  uuid primary key,
    target_type         varchar(30)   not null,
    target_id           uuid          not null,
    parent_id           uuid references comment (id),
    depth               integer       not null,
    text                varchar(2000) not null,
    author_account      varchar(200),
    author_name         varchar(100)  not null,
    anonymous           boolean       not null,
    deletion_token_hash char(64),
    state               varchar(20)   not null,
    moderation_reason   varchar(1000),
    withdrawn           boolean       not null default false,
    version             bigint        not null default 0,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create index comment_target_idx on comment (target_type, target_id, state, created_at);
create index comment_state_idx on comment (state, created_at);
create index comment_author_idx on comment (author_account);

create table comment_support (
    comment_id  uuid         not null references comment (id) on delete cascade,
    participant varchar(200) not null,
    primary key (comment_id, participant)
);

create table comment_report (
    id          uuid primary key,
    comment_id  uuid          not null references comment (id) on delete cascade,
    reason      varchar(1000) not null,
    reported_at timestamptz   not null,
    resolved_at timestamptz
);
create index comment_report_open_idx on comment_report (comment_id) where resolved_at is null;

create table moderation_decision (
    id         uuid primary key,
    comment_id uuid          not null references comment (id) on delete cascade,
    decision   varchar(20)   not null,
    reason     varchar(1000),
    moderator  varchar(200)  not null,
    decided_at timestamptz   not null
);
create index moderation_decision_comment_idx on moderation_decision (comment_id, decided_at);
