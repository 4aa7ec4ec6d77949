-- Registration for on-site formats. A format offers registration while staff keep it open and its deadline has not
-- passed; a registration holds a seat (CONFIRMED) or a place on the waiting list (WAITING). Registrations are
-- personal data: a cancellation deletes the row, and some time after the event every row is deleted, leaving only
-- the number of confirmed registrations per day in registration_tally.
create table registration_opening (
    id              uuid primary key references participation_format (id) on delete cascade,
    capacity        integer      not null check (capacity > 0),
    waiting_list    integer      not null check (waiting_list >= 0),
    deadline        date         not null,
    questions       jsonb        not null,
    open            boolean      not null,
    attendance      integer      check (attendance >= 0),
    attendance_day  date,
    version         bigint       not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);

create table registration (
    id              uuid primary key,
    -- Strictly increasing: the order in which seats and waiting places were taken, and who moves up first.
    seq             bigint generated always as identity,
    format_id       uuid         not null references registration_opening (id) on delete cascade,
    name            varchar(200) not null,
    email           varchar(254) not null,
    answers         jsonb        not null,
    status          varchar(10)  not null check (status in ('CONFIRMED', 'WAITING')),
    language        varchar(2)   not null,
    account_subject varchar(255),
    created_at      timestamptz  not null,
    unique (format_id, email)
);

create index registration_order_idx on registration (format_id, status, seq);
create index registration_account_idx on registration (account_subject) where account_subject is not null;

-- What stays of a format's registrations after retention: confirmed registrations per day they were made.
create table registration_tally (
    format_id  uuid    not null references participation_format (id) on delete cascade,
    day        date    not null,
    confirmed  integer not null check (confirmed >= 0),
    primary key (format_id, day)
);
