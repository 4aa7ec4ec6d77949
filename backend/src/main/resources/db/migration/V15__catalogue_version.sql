-- One counter that every change to the public catalogue (processes, formats, districts, fields of action, interview
-- notes) moves, whichever instance made it, announced on the channel catalogue_changed. Instances cache catalogue
-- answers per version, so a cached answer is not served after a change anywhere.
create table catalogue_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);
insert into catalogue_version (id, version) values (1, 0);

create function bump_catalogue_version() returns trigger language plpgsql as $$
declare
    bumped bigint;
begin
    update catalogue_version set version = version + 1 where id = 1 returning version into bumped;
    -- Delivered at commit, to every instance listening.
    perform pg_notify('catalogue_changed', bumped::text);
    return null;
end
$$;

do $$
declare
    catalogue_table text;
begin
    foreach catalogue_table in array array['process', 'phase', 'participation_format', 'format_district',
            'format_field_of_action', 'district', 'field_of_action', 'goal', 'interview_note',
            'interview_note_field_of_action', 'interview_note_finding', 'interview_note_participant',
            'interview_note_topic']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function bump_catalogue_version()',
                       catalogue_table || '_bumps_catalogue', catalogue_table);
    end loop;
end
$$;
