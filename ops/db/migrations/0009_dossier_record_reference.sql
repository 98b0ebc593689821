-- The dossier projection points at the exchange whose payload is the dossier's canonical record
-- instead of keeping a second copy of it. The copy doubled every dossier accept's heap and WAL
-- (about 2 KB each), made each progress event rewrite 2 KB, and kept personal data out of
-- retention's reach. Retention now spares the payload of each dossier's current record (the one
-- thing the copy kept) and clears the rest.
alter table lienthong.dossier add column record_exchange_id uuid;

-- The exchange whose payload is the projection's copy: the latest such dossier exchange.
update lienthong.dossier d set record_exchange_id = (
  select e.id from lienthong.exchange e
  where e.dossier_code = d.code and e.kind = 'dossier' and e.payload = d.canonical
  order by e.received_at desc, e.id desc limit 1);

-- Where retention already cleared that payload, the copy goes back into the log: the latest
-- dossier exchange of the code whose payload was cleared.
update lienthong.dossier d set record_exchange_id = (
  select e.id from lienthong.exchange e
  where e.dossier_code = d.code and e.kind = 'dossier' and e.payload is null
  order by e.received_at desc, e.id desc limit 1)
where d.record_exchange_id is null;
update lienthong.exchange e set payload = d.canonical
from lienthong.dossier d
where e.id = d.record_exchange_id and e.payload is null;

do $$
begin
  if exists (select 1 from lienthong.dossier where record_exchange_id is null) then
    raise exception 'a dossier projection row has no exchange to keep its canonical record';
  end if;
end $$;

alter table lienthong.dossier alter column record_exchange_id set not null;
alter table lienthong.dossier drop column canonical;
