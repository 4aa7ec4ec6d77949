-- A ballot holds its dots itself, item by item in two arrays of equal length. Casting or replacing a ballot is then
-- one upsert of one row, so concurrent ballots of one participant replace each other whole in a single statement.
alter table ballot
    add column item_ids uuid[]    not null default '{}',
    add column dots     integer[] not null default '{}';

update ballot b
   set item_ids = d.item_ids, dots = d.dots
  from (select ballot_id, array_agg(item_id order by item_id) as item_ids, array_agg(dots order by item_id) as dots
          from ballot_dot group by ballot_id) d
 where d.ballot_id = b.id;

alter table ballot
    alter column item_ids drop default,
    alter column dots drop default,
    add constraint ballot_dots_per_item check (cardinality(item_ids) = cardinality(dots) and 0 < all (dots));

drop table ballot_dot;
