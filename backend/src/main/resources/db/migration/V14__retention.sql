-- Retention: personal data of a process is anonymised a configured time after the process was completed.
alter table process add column completed_at timestamptz;
alter table process add column personal_data_retired_at timestamptz;
update process set completed_at = updated_at where status = 'COMPLETED';
