-- A number per organisation raised by every transaction that writes its data, in that transaction:
-- a board view rendered at one revision can be kept and served until the next (shared/DataRevisions).
create table data_revision (
    organisation_id  bigint not null primary key references organisation (id),
    revision         bigint not null
);
