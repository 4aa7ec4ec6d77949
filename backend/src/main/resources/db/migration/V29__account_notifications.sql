-- Account holders follow with their account, not with an address: the address stays with Keycloak and is looked up when
-- a mail leaves. A subscription belongs either to an address (double opt-in) or to an account.
alter table subscription alter column email drop not null;
alter table subscription add column account_subject varchar(200);
alter table subscription add constraint subscription_one_recipient check ((email is null) <> (account_subject is null));
create unique index subscription_account_scope_idx on subscription (account_subject, scope_type, scope_key)
    where account_subject is not null;

-- How an account wants to hear: at once, as a daily or a weekly digest; whether it hears about its own contributions
-- (approved, hidden or rejected, replied to, answered by the city), which it does unless it opts out.
create table notification_preference (
    id                uuid primary key,
    account_subject   varchar(200) not null unique,
    frequency         varchar(10)  not null,
    own_contributions boolean      not null,
    language          varchar(2)   not null,
    version           bigint       not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);

-- News waiting for an account's next digest; deleted in the transaction that writes the digest mail.
create table digest_item (
    id              uuid primary key,
    account_subject varchar(200) not null,
    subscription_id uuid references subscription (id) on delete cascade,
    news            text         not null,
    created_at      timestamptz  not null
);
create index digest_item_account_idx on digest_item (account_subject, created_at);
