-- An admin chooses per survey whether its results are public while it runs (LIVE) or only once it has closed.
alter table survey add column results_visibility varchar(20) not null default 'LIVE';
alter table survey alter column results_visibility drop default;
