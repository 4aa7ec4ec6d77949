-- One integrity core for every format that counts people (surveys, voting rounds): each scope has an integrity mode,
-- printed single-use codes and keyed marks of who took part, in the feature's own tables.

-- Voting rounds choose their integrity mode; rounds so far took anyone.
alter table voting_round add column integrity_mode varchar(30) not null default 'OPEN';
alter table voting_round alter column integrity_mode drop default;

-- By which right a ballot came in (ANONYMOUS device, ACCOUNT, CODE); erased ballots were cast with a login.
alter table ballot add column admission varchar(20);
update ballot set admission = case when participant like 'account:%' or participant like 'erased:%' then 'ACCOUNT'
                                   else 'ANONYMOUS' end;
alter table ballot alter column admission set not null;

create table voting_code (
    round_id  uuid        not null references voting_round (id) on delete cascade,
    code_hash varchar(71) not null,
    used      boolean     not null default false,
    primary key (round_id, code_hash)
);

-- Who voted in a ONE_PER_ACCOUNT round, as a keyed hash of round and subject; survives erasure until the round closes.
create table voting_participant (
    round_id uuid        not null references voting_round (id) on delete cascade,
    mark     varchar(71) not null,
    primary key (round_id, mark)
);

-- Code hashes become keyed (HMAC with the integrity secret); the plain SHA-256 ones are keyed at the next start.
alter table survey_code alter column code_hash type varchar(71);
update survey_code set code_hash = 'sha256:' || code_hash;

-- Marks of one-per-account surveys: keyed hashes of survey and subject. The former ones hashed the login name; they are
-- carried over with the accounts (see V19) and otherwise go when their survey closes.
alter table survey_participant rename column account_hash to mark;
alter table survey_participant alter column mark type varchar(71);
update survey_participant set mark = 'legacy:' || mark;

-- Responses wait here, sealed, until they can be written out in a shuffled batch (see ResponsePool).
create table survey_response_pool (
    id        uuid primary key,
    survey_id uuid  not null references survey (id) on delete cascade,
    sealed    bytea not null
);
create index survey_response_pool_survey_idx on survey_response_pool (survey_id);
