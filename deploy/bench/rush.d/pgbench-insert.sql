-- (a) One row inserted, one transaction: the ceiling of any write on this PostgreSQL.
insert into one_row (at) values (now());
