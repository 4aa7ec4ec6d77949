-- Counters of anonymous writes per rotating keyed hash of the client; no address is ever stored.
create table rate_limit_bucket (
    key_hash     char(64)    not null,
    window_start timestamptz not null,
    hits         integer     not null,
    primary key (key_hash, window_start)
);
create index rate_limit_bucket_window_idx on rate_limit_bucket (window_start);
