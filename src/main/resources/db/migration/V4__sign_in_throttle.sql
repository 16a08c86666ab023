-- Sign-in throttling replaces the account lockout: wrong passwords no longer lock an account, so
-- anyone who knows a username can no longer keep its owner out. Attempts are limited instead per
-- username and source address, and per source address, in token buckets that Bucket4j keeps here
-- so that every instance of the application sees the same counts.

alter table app_user drop column failed_sign_ins;
alter table app_user drop column locked_until;

-- One row per bucket: id is a hash of what it limits (never the username itself), state is
-- Bucket4j's serialised bucket, expires_at (epoch milliseconds) when a full bucket may be deleted.
create table sign_in_throttle (
    id          varchar(80) primary key,
    state       bytea,
    expires_at  bigint
);
create index ix_sign_in_throttle_expires_at on sign_in_throttle (expires_at);
