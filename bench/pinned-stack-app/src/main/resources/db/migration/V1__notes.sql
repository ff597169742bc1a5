create sequence Note_SEQ start with 1 increment by 50;
create sequence Member_SEQ start with 1 increment by 50;
create table Note (id bigint primary key, text varchar(255));
create table Member (id bigint primary key, name varchar(255), password varchar(255), roles varchar(255));
