-- Keep payloads of ordinary size inline and uncompressed. A dossier's canonical record is about
-- 2 KB, just over the default TOAST threshold (~2 KB), so every accept paid for pglz compression
-- of the exchange payload and of the dossier projection (a tenth of PostgreSQL's CPU in
-- bench:ingest). Rows up to a page stay as they are; larger ones are still toasted and compressed.
alter table lienthong.exchange set (toast_tuple_target = 8160);
alter table lienthong.dossier set (toast_tuple_target = 8160);
