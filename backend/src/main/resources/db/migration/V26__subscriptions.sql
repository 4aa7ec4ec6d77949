-- People who follow a process, format, field of action or district by e-mail. Nothing is sent before the address is
-- confirmed; unconfirmed rows are deleted after 7 days and an unsubscribed address is deleted, never flagged.
create table subscription (
    id                   uuid primary key,
    email                varchar(254) not null,
    scope_type           varchar(20)  not null,
    scope_key            varchar(200) not null,
    language             varchar(2)   not null,
    confirmed_at         timestamptz,
    confirmation_sent_at timestamptz,
    version              bigint       not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    unique (email, scope_type, scope_key)
);

create index subscription_scope_idx on subscription (scope_type, scope_key) where confirmed_at is not null;
create index subscription_unconfirmed_idx on subscription (created_at) where confirmed_at is null;
