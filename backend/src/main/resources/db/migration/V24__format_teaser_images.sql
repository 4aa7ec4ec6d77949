-- One teaser image per participation format, deleted with its format. Only images the server re-encoded itself are
-- stored (JPEG or PNG without metadata, at most 1600 px wide), so no upload's EXIF data (GPS positions) is kept.
create table format_teaser_image (
    format_id    uuid primary key references participation_format (id) on delete cascade,
    alt_text     varchar(300) not null,
    content_type varchar(20)  not null check (content_type in ('image/jpeg', 'image/png')),
    width        integer      not null check (width > 0),
    height       integer      not null check (height > 0),
    size_bytes   integer      not null,
    sha256       char(64)     not null,
    updated_at   timestamptz  not null
);

-- The bytes, apart from the metadata so that format lists never load them.
create table format_teaser_image_content (
    format_id uuid primary key references format_teaser_image (format_id) on delete cascade,
    data      bytea not null
);

-- The image and its alternative text are part of a format's answer, which is cached per catalogue version.
create trigger format_teaser_image_bumps_catalogue after insert or update or delete or truncate on format_teaser_image
    for each statement execute function bump_catalogue_version();
