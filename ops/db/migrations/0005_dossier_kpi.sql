-- Facts the reform plan's KPIs need per dossier (Decision 766: on time, digitized components,
-- digitized results), kept beside the projection so reports never parse canonical JSON.
alter table lienthong.dossier
  add column returned_at timestamptz,
  add column has_digitized_components boolean,
  add column result_digitized boolean,
  add column sector_code text;
create index dossier_admin_month on lienthong.dossier (admin_level, received_at);
