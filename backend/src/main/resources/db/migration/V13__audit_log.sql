-- Who among staff did what, and when: every state-changing call by an admin or moderator, refused ones included.
-- No address, no user agent, no request body: the operation and the path name the item.
create table audit_entry (
    id          uuid primary key,
    occurred_at timestamptz  not null,
    actor       varchar(255) not null,
    actor_roles varchar(100) not null,
    method      varchar(10)  not null,
    operation   varchar(100) not null,
    path        varchar(500) not null,
    status      integer      not null
);
create index audit_entry_newest on audit_entry (occurred_at desc, id);
create index audit_entry_actor on audit_entry (actor, occurred_at desc);
