create table document (
    id           uuid primary key,
    format_id    uuid         not null references participation_format (id) on delete cascade,
    title        varchar(300) not null,
    kind         varchar(20)  not null,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    version      bigint       not null default 0,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null
);
create index document_format_idx on document (format_id, created_at);

-- The bytes, apart from the metadata so that lists never load them.
create table document_content (
    document_id uuid primary key references document (id) on delete cascade,
    data        bytea not null
);
