-- The outbox: messages written in the same transaction as what they announce, delivered later by whichever instance
-- claims them first (FOR UPDATE SKIP LOCKED). A claim is a lease: next_attempt_at moves past the longest delivery, so a
-- crashed instance's claims fall due again. Webhooks use it now, e-mail notifications later. The label says what a
-- message is about (an event type), for the staff view. A retry staff ask for starts a fresh series of waits from
-- retries_from; attempt numbers keep counting.
create table outbox_message (
    id              uuid primary key,
    channel         varchar(40)  not null,
    destination     uuid         not null,
    label           varchar(100) not null,
    payload         text         not null,
    created_at      timestamptz  not null,
    attempts        integer      not null default 0,
    retries_from    integer      not null default 0,
    next_attempt_at timestamptz  not null,
    delivered_at    timestamptz,
    abandoned_at    timestamptz
);
create index outbox_message_due_idx on outbox_message (next_attempt_at)
    where delivered_at is null and abandoned_at is null;
create index outbox_message_destination_idx on outbox_message (destination, created_at desc);

-- What each try of a message ended with: the HTTP status, or why there was none. Never the receiver's answer body.
create table outbox_attempt (
    id            uuid primary key,
    message_id    uuid        not null references outbox_message (id) on delete cascade,
    number        integer     not null,
    attempted_at  timestamptz not null,
    status        integer,
    failure       varchar(200),
    duration_ms   integer     not null
);
create index outbox_attempt_message_idx on outbox_attempt (message_id, number);

-- A registered app's endpoint and the event types it wants (empty: all); the secret signs every delivery (Standard
-- Webhooks). After a rotation the previous secret signs too, until previous_secret_until, so receivers can switch over.
create table webhook_subscription (
    id                    uuid primary key,
    app_client            varchar(100)  not null,
    url                   varchar(2000) not null,
    event_types           varchar(1000) not null,
    secret                varchar(100)  not null,
    previous_secret       varchar(100),
    previous_secret_until timestamptz,
    active                boolean       not null,
    version               bigint        not null,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null
);

-- What the opportunity watch last announced, so that an opening, a change or a closing is announced once, whichever
-- instance notices it, including those that happen by the clock rather than by a write.
-- Path and closing time stay so that a closing can still be announced with them once the item is gone from the list.
create table announced_opportunity (
    key         varchar(300) primary key,
    kind        varchar(20)  not null,
    id          varchar(200) not null,
    path        varchar(500) not null,
    closes_at   timestamptz,
    fingerprint varchar(64)  not null
);
