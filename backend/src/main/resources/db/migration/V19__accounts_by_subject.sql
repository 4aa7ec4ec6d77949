-- Accounts are known by the token's immutable subject (sub), never by the login name: a deleted name can be
-- registered again by someone else, who must inherit nothing. Every stored reference so far held a login name; it is
-- kept as 'legacy-login:<name>', which matches no subject, until the account carry-over (LegacyLogins) asks Keycloak
-- for the subject of that name and replaces it, or erases the data of a name Keycloak no longer knows.

alter table comment rename column author_account to author_subject;
alter index comment_author_idx rename to comment_author_subject_idx;
alter table comment alter column author_subject type varchar(255);
update comment set author_subject = 'legacy-login:' || author_subject where author_subject is not null;

alter table comment_support alter column participant type varchar(255);
update comment_support set participant = 'legacy-login:' || participant where participant not like 'erased:%';

alter table map_contribution rename column author_account to author_subject;
alter table map_contribution alter column author_subject type varchar(255);
update map_contribution set author_subject = 'legacy-login:' || author_subject where author_subject is not null;

alter table map_contribution_support alter column participant type varchar(255);
update map_contribution_support set participant = 'legacy-login:' || participant where participant not like 'erased:%';

alter table ballot alter column participant type varchar(255);
update ballot set participant = 'account:legacy-login:' || substring(participant from 9)
 where participant like 'account:%';

-- Staff records keep the login name as a label and gain the subject that identifies the staff member.
alter table moderation_decision add column moderator_subject varchar(255);
update moderation_decision set moderator_subject = 'legacy-login:' || moderator where moderator <> 'Gelöschtes Konto';
create index moderation_decision_moderator_subject_idx on moderation_decision (moderator_subject);

alter table input_link add column linked_by_subject varchar(255);
update input_link set linked_by_subject = 'legacy-login:' || linked_by
 where linked_by not in ('Gelöschtes Konto', 'demo');

alter table observation add column recorded_by_subject varchar(255);
update observation set recorded_by_subject = 'legacy-login:' || recorded_by
 where recorded_by not in ('Gelöschtes Konto', 'demo');

alter table interview_note_revision add column changed_by_subject varchar(255);
update interview_note_revision set changed_by_subject = 'legacy-login:' || changed_by
 where changed_by not in ('Gelöschtes Konto', 'demo');

alter table audit_entry add column actor_subject varchar(255);
update audit_entry set actor_subject = 'legacy-login:' || actor where actor <> 'Gelöschtes Konto';
create index audit_entry_actor_subject on audit_entry (actor_subject);
