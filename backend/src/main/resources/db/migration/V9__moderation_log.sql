create index moderation_decision_log_idx on moderation_decision (decided_at desc, id);
