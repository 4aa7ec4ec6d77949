-- What scheduled news was already told to followers, so each reminder leaves once however many instances check and
-- however often they restart: a row is inserted (on conflict do nothing) in the transaction that writes the mails.
-- The occasion is part of the key: a format moved to a new date is announced again for the new one.
create table notification_sent (
    kind          varchar(40)  not null,
    subject_key   varchar(200) not null,
    occasion_date date         not null,
    sent_at       timestamptz  not null,
    primary key (kind, subject_key, occasion_date)
);

-- Staff announcements to the followers of a process, kept so staff see what was sent, by whom and to how many.
create table newsletter (
    id              uuid primary key,
    process_id      uuid          not null references process (id) on delete cascade,
    subject         varchar(150)  not null,
    body            varchar(5000) not null,
    -- Sending the same newsletter twice (a double click, a retried request) is refused: subject and text hashed,
    -- as a text this long does not fit an index.
    content_sha256  char(64)      not null,
    sent_by         varchar(200)  not null,
    -- The staff member's account (erasure keeps the newsletter and replaces the name, see StaffRecords).
    sent_by_subject varchar(255),
    sent_at         timestamptz   not null,
    recipient_count integer       not null,
    unique (process_id, content_sha256)
);

create index newsletter_process_idx on newsletter (process_id, sent_at desc);
